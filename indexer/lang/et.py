"""Estonian."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="et",
    labels=table(
        title="pealkiri",
        original_title="originaalpealkiri",
        year="aasta|tootmisaasta",
        release="esilinastus",
        directors="režissöör|lavastaja|režii",
        writers="stsenaarium|stsenarist",
        cast="osades|näitlejad|peaosades",
        cinematography="operaator",
        editing="montaaž",
        music="muusika",
        producers="produtsent",
        countries="riik|tootjariik",
        genres="žanr",
        runtime="kestus|pikkus",
        languages="keel",
        synopsis="sisukokkuvõte|sisu",
    ),
    directed_by=split("režissöör|lavastanud"),
    starring=split("näitleja|näitlejad|osades|peaosades"),
    director_nouns=split("režissöör|lavastaja"),
    minutes=split("min|minutit"),
    hours=split("h|tundi"),
    months=split(
        "jaanuar|veebruar|märts|aprill|mai|juuni|juuli|august|september|oktoober|november|detsember"
    ),
    genres=genre_table(Drama="draama", Comedy="komöödia", Documentary="dokumentaalfilm"),
    conjunctions=split("ja"),
    film_words=split("film|mängufilm|filmi"),
)
