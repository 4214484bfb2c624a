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
    genres=genre_table(
        Drama="whakaari",
        Comedy="pukuhohe",
        Documentary="pakipūmeka",
        Horror="whakamataku",
        Animation="pakiwaituhi",
    ),
)
