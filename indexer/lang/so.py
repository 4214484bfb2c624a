"""Somali."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="so",
    cldr_countries=False,
    labels=table(
        title="cinwaan|cinwaanka|magaca filimka",
        year="sanad|sannad|sanadka",
        directors="agaasime|agaasimaha",
        writers="qoraa|qoraaga",
        cast="jilayaasha|jilaa|jilaayaasha",
        music="muusig|muusikada",
        producers="soo saare|soo saaraha",
        countries="dalka|waddanka",
        genres="nooca",
        runtime="muddada|dhererka",
        languages="luqadda|luqad",
        synopsis="soo koobid|sheekada",
    ),
    director_nouns=split("agaasime|agaasimaha"),
    minutes=split("daqiiqo|daqiiqadood|daqiiqo"),
    hours=split("saacad|saacadood"),
    months=cldr_months("so"),
    genres=genre_table(
        Documentary="dokumentari",
        Horror="filim naxdin",
        Animation="kartuun",
        Comedy="majaajillo",
        Romance="jacayl",
        Drama="riwaayad",
    ),
    conjunctions=split("iyo"),
    film_words=split("filim|filimka|filin|filinka"),
    event_words=split("bandhig*|xaflad*|festivaal*|tigidh*|maanta|caawa|tartanka|barnaamij*"),
    story_words=split(
        "sheeko*|nolol|nolosha|noloshiisa|dhallinyaro|gabadh|wiil|qoys|qoyska|aabe|aabihii|hooyo|"
        "hooyadii|jacayl|saaxiib*|tuulo|magaalada|ogaada|waa inuu"
    ),
    notice_words=split("covid*|karoona|xuquuqda oo dhan way xifdisan tahay"),
)
