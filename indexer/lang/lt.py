"""Lithuanian."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="lt",
    labels=table(
        title="pavadinimas",
        original_title="originalus pavadinimas",
        year="metai",
        release="premjera",
        directors="režisierius|režisierė|režisieriai|režisūra",
        writers="scenarijus|scenarijaus autorius",
        cast="vaidina|aktoriai|pagrindiniai vaidmenys",
        cinematography="operatorius",
        editing="montažas",
        music="muzika",
        producers="prodiuseris|prodiuserė",
        countries="šalis|šalys",
        genres="žanras",
        runtime="trukmė",
        languages="kalba",
        synopsis="aprašymas|siužetas",
    ),
    starring=split("vaidina"),
    director_nouns=split("režisierius|režisierė"),
    minutes=split("min|minutės"),
    hours=split("val|h"),
    months=split(
        "sausis|vasaris|kovas|balandis|gegužė|birželis|liepa|rugpjūtis|rugsėjis|"
        "spalis|lapkritis|gruodis"
    ),
    genres=genre_table(Drama="drama", Comedy="komedija", Documentary="dokumentinis"),
    conjunctions=split("ir"),
    film_words=split("filmas|filmą|filmo"),
)
