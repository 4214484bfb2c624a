"""Armenian."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="hy",
    labels=table(
        title="վերնագիր",
        year="տարի",
        directors="ռեժիսոր|ռեժիսորներ",
        writers="սցենար|սցենարիստ",
        cast="դերերում|դերակատարներ",
        countries="երկիր",
        genres="ժանր",
        runtime="տևողություն",
        languages="լեզու",
        synopsis="սյուժե",
    ),
    directed_by=split("ռեժիսոր"),
    starring=split("դերերում"),
    director_nouns=split("ռեժիսոր"),
    minutes=split("րոպե"),
    genres=genre_table(Drama="դրամա", Comedy="կատակերգություն"),
    conjunctions=split("և"),
    film_words=split("ֆիլմ|ֆիլմը"),
)
