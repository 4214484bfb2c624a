"""Hungarian."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="hu",
    labels=table(
        title="cím",
        original_title="eredeti cím",
        year="év|gyártási év",
        release="bemutató|premier",
        directors="rendező|rendezte|rendezés",
        writers="forgatókönyv|forgatókönyvíró",
        cast="szereplők|főszereplők|szereplő",
        cinematography="operatőr|fényképezte",
        editing="vágó|vágás",
        music="zene",
        producers="producer|gyártó",
        countries="származási ország|ország|gyártó ország",
        genres="műfaj",
        runtime="játékidő|hossz|időtartam",
        languages="nyelv",
        synopsis="tartalom|történet",
    ),
    directed_by=split("rendezte|rendezésében"),
    starring=split("színész|színésznő|főszerepben|főszereplők"),
    director_nouns=split("rendező|rendezője"),
    minutes=split("perc"),
    hours=split("óra"),
    months=split(
        "január|február|március|április|május|június|július|augusztus|szeptember|"
        "október|november|december"
    ),
    genres=genre_table(Drama="dráma", Comedy="vígjáték", Documentary="dokumentumfilm"),
    conjunctions=split("és"),
    film_words=split("film|filmet"),
)
