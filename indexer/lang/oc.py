"""Occitan."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="oc",
    cldr_countries=False,
    labels=table(
        title="títol|titol",
        year="annada",
        directors="realizator|realizaira|realizacion",
        writers="scenari|scenarista",
        cast="actors|interprètas|distribucion",
        music="musica",
        producers="productor",
        countries="país|pais",
        genres="genre",
        runtime="durada",
        languages="lenga",
        synopsis="sinopsi|resumit",
    ),
    directed_by=split("realizat per|un filme de"),
    director_nouns=split("realizator|realizaira|cineasta"),
    minutes=split("minutas"),
    hours=split("oras"),
    months=cldr_months("oc"),
    genres=genre_table(
        Drama="drama",
        Comedy="comèdia",
        Documentary="documentari",
        Animation="animacion",
        Horror="orror",
        War="guèrra",
        Music="comèdia musicala",
        Science_Fiction="sciéncia-ficcion",
        History="istoric",
        Short="cortmetratge|cort metratge",
    ),
    conjunctions=split("e"),
    film_words=split("filme|film"),
    event_words=split(
        "estrena|projeccion*|festenal|festival*|al cinèma|cinèma|bilhets|uèi|aqueste vèspre|"
        "competicion"
    ),
    story_words=split(
        "istòria|vida|jove|femna|filha|familha|paire|filh|fraire|sòrre|amor|amic|vilatge|"
        "descobrís|decidís"
    ),
    notice_words=split("covid*|pandemia|totes los dreches reservats"),
)
