"""Kazakh."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="kk",
    labels=table(
        title="атауы",
        year="жылы|шыққан жылы",
        directors="режиссер|режиссері|режиссёр",
        writers="сценарий",
        cast="рөлдерде|актерлер|басты рөлдерде",
        countries="ел|елі",
        genres="жанр|жанры",
        runtime="ұзақтығы",
        languages="тілі",
        synopsis="сюжеті",
    ),
    directed_by=split("режиссеры|режиссері|режиссер"),
    starring=split("басты рөлдерде|рөлдерде"),
    director_nouns=split("режиссер|режиссері"),
    minutes=split("мин|минут"),
    genres=genre_table(Drama="драма", Comedy="комедия"),
    conjunctions=split("және"),
    film_words=split("фильм|фильмі|фильмнің"),
)
