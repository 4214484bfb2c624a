"""Haitian Creole."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="ht",
    cldr_countries=False,
    labels=table(
        directors="direktè|reyalizatè",
        writers="ekriven|sènaris",
        cast="aktè|aktè yo",
        music="mizik",
        producers="pwodiktè",
        countries="peyi",
        genres="kalite",
        runtime="longè",
        synopsis="rezime|istwa",
    ),
    directed_by=split("reyalize pa|dirije pa"),
    director_nouns=split("direktè|reyalizatè"),
    minutes=split("minit"),
    hours=split("èdtan"),
    conjunctions=split("ak|epi"),
    genres=genre_table(
        Drama="dram",
        Comedy="komedi",
        Documentary="dokimantè",
        Horror="fim laterè",
        Animation="animasyon|desen anime",
    ),
    event_words=split(
        "pwojeksyon|premye montre|festival*|sinema|tikè|jodi a|aswè a|konpetisyon|pwogram"
    ),
    story_words=split(
        "istwa|lavi|jèn|fanmi|manman|pitit fi|pitit gason|lanmou|zanmi|vilaj|dekouvri|dwe"
    ),
    notice_words=split("covid*|kowonaviris|tout dwa rezève"),
)
