"""Papiamentu."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="pap",
    cldr_countries=False,
    labels=table(
        title="título|titulo",
        directors="direktor",
        writers="eskritor",
        cast="aktornan",
        music="músika|musika",
        producers="prodüktor",
        countries="pais",
        genres="género|genero",
        runtime="durashon",
        languages="idioma",
        synopsis="resumen|sinopsis",
    ),
    director_nouns=split("direktor"),
    minutes=split("minüt"),
    hours=split("ora"),
    genres=genre_table(
        Drama="drama",
        Horror="horor",
        Animation="animashon",
        Comedy="komedia",
        Documentary="dokumental",
    ),
    film_words=split("pelíkula|pelikula"),
    event_words=split("presentashon|festival*|den sine|awe anochi|kompetensia"),
    story_words=split("historia|hóben|hoben|muhé|famia|ruman|amor|amigu|bario|deskubrí"),
    notice_words=split("covid*|pandemia|tur derechi reservá"),
)
