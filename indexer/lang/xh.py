"""Xhosa."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="xh",
    cldr_countries=False,
    labels=table(
        title="isihloko",
        year="unyaka",
        directors="umlawuli",
        writers="umbhali",
        cast="abadlali",
        music="umculo",
        producers="umvelisi",
        countries="ilizwe",
        genres="uhlobo",
        runtime="ubude",
        languages="ulwimi",
        synopsis="isishwankathelo",
    ),
    director_nouns=split("umlawuli"),
    minutes=split("imizuzu|umzuzu"),
    hours=split("iiyure|iyure"),
    months=cldr_months("xh"),
    conjunctions=split("kunye"),
    film_words=split("ifilimu|imuvi"),
    event_words=split(
        "umnyhadala|umboniso|imiboniso|itikiti|amatikiti|namhlanje|ngokuhlwanje|ukhuphiswano"
    ),
    story_words=split(
        "ibali|ubomi|intsapho|usapho|ulutsha|ibhinqa|intombi|inkwenkwe|utata|umama|uthando|"
        "umhlobo|idolophu|ilali|ufumanisa|kufuneka"
    ),
    notice_words=split("covid*|intsholongwane|onke amalungelo agciniwe"),
    genres=genre_table(
        Drama="idrama",
        Comedy="amahlaya|ikhomedi",
        Documentary="idokhumentari",
        Horror="eyoyikisayo",
        Animation="oopopayi",
    ),
)
