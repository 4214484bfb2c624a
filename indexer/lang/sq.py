"""Albanian."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="sq",
    labels=table(
        title="titulli",
        year="viti",
        directors="regjia|regjisor|regjisore",
        writers="skenari",
        cast="aktorët|luajnë",
        countries="shteti|vendi",
        genres="zhanri",
        runtime="kohëzgjatja",
        languages="gjuha",
        synopsis="përmbledhje",
    ),
    directed_by=split("me regji të"),
    starring=split("me aktorët"),
    director_nouns=split("regjisori|regjisorja"),
    minutes=split("min|minuta"),
    hours=split("orë"),
    genres=genre_table(Drama="dramë", Comedy="komedi"),
    conjunctions=split("dhe"),
    film_words=split("film|filmi"),
)
