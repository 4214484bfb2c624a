"""Latvian."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="lv",
    labels=table(
        title="nosaukums",
        original_title="oriģinālais nosaukums",
        year="gads",
        release="pirmizrāde",
        directors="režisors|režisore|režija",
        writers="scenārijs|scenārija autors",
        cast="lomās|aktieri|galvenajās lomās",
        cinematography="operators",
        editing="montāža",
        music="mūzika",
        producers="producents",
        countries="valsts|valstis",
        genres="žanrs",
        runtime="garums|ilgums",
        languages="valoda",
        synopsis="sižets|apraksts",
    ),
    starring=split("lomās|galvenajās lomās"),
    director_nouns=split("režisors|režisore"),
    minutes=split("min|minūtes"),
    hours=split("h|st"),
    months=split(
        "janvāris|februāris|marts|aprīlis|maijs|jūnijs|jūlijs|augusts|septembris|"
        "oktobris|novembris|decembris"
    ),
    genres=genre_table(Drama="drāma", Comedy="komēdija", Documentary="dokumentālā filma"),
    conjunctions=split("un"),
    film_words=split("filma|filmu"),
)
