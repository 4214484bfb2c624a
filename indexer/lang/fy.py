"""West Frisian."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="fy",
    cldr_countries=False,
    labels=table(
        title="titel",
        year="jier",
        directors="regisseur|regy",
        writers="skriuwer|senario",
        cast="spilers|akteurs|rolbesetting",
        music="muzyk",
        producers="produsint",
        countries="lân",
        genres="sjenre",
        runtime="lingte|spyldoer",
        languages="taal",
        synopsis="gearfetting|ynhâld",
    ),
    directed_by=split("regissearre troch|regy troch"),
    director_nouns=split("regisseur"),
    minutes=split("minuten"),
    hours=split("oere|oeren"),
    months=cldr_months("fy"),
    genres=genre_table(
        Drama="drama",
        Horror="horrorfilm|grizelfilm",
        Comedy="komeedzje",
        Documentary="dokumintêre",
        Animation="animaasje",
        History="histoarysk",
        Romance="romantysk",
        Crime="misdiedfilm",
        War="oarlochsfilm",
        Adventure="aventoerfilm",
        Biography="biografy",
        Family="famyljefilm",
        Short="koartfilm|koarte film",
    ),
    conjunctions=split("en"),
    film_words=split("film"),
    event_words=split(
        "premjêre*|fertoaning*|festival*|yn 'e bioskoop|bioskoop|kaarten|hjoed|fannacht|"
        "kompetysje|programma*"
    ),
    story_words=split(
        "ferhaal|libben|libbet|jonge|frou|famylje|heit|soan|dochter|broer|suster|leafde|freon|"
        "doarp|stêd|ûntdekt|beslút"
    ),
    notice_words=split("covid*|korona*|alle rjochten foarbehâlden"),
)
