"""Hausa (Latin, boko)."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="ha",
    cldr_countries=False,
    labels=table(
        title="sunan fim|sunan shirin",
        year="shekara|shekarar fitowa",
        directors="darakta|mai bada umarni|mai ba da umarni",
        writers="marubuci|marubuciya|mai rubutu",
        cast="jarumai|'yan wasa|jaruman fim|taurari",
        music="kiɗa|waƙa",
        producers="furodusa|mai shiryawa|furodusoshi",
        countries="ƙasa",
        genres="nau'i",
        runtime="tsawon lokaci|tsawo",
        languages="harshe",
        synopsis="taƙaitaccen labari|takaitaccen labari|labarin fim",
    ),
    director_nouns=split("darakta|daraktan"),
    starring=split("jaruman fim|jaruman shirin"),
    minutes=split("minti|mintuna|mintoci"),
    hours=split("awa|awanni|sa'a|sa'o'i"),
    months=cldr_months("ha"),
    genres=genre_table(
        Comedy="barkwanci|ban dariya",
        Romance="soyayya",
        Action="faɗa",
        Horror="ban tsoro",
        Drama="wasan kwaikwayo",
    ),
    film_words=split("fina-finai|shirin fim"),
)
