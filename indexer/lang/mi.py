"""Māori."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="mi",
    cldr_countries=False,
    labels=table(
        title="taitara",
        directors="kaiwhakahaere",
        writers="kaituhi",
        cast="kaiwhakaari",
        music="puoro",
        producers="kaihanga",
        countries="whenua",
        runtime="roanga",
        languages="reo",
        synopsis="whakarāpopototanga",
    ),
    director_nouns=split("kaiwhakahaere"),
    minutes=split("meneti"),
    hours=split("haora"),
    months=cldr_months("mi"),
    film_words=split("kiriata"),
    event_words=split(
        "whakaaturanga|taiopenga|hākari|tīkiti|tikiti|i tēnei rā|tēnei pō|whakataetae"
    ),
    story_words=split("pūrākau|oranga|rangatahi|wahine|kōtiro|whānau|matua|whaea|aroha|kāinga"),
    notice_words=split("covid*|kowheori*|mate urutā"),
    genres=genre_table(
        Drama="whakaari",
        Comedy="pukuhohe",
        Documentary="pakipūmeka",
        Horror="whakamataku",
        Animation="pakiwaituhi",
    ),
)
