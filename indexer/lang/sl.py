"""Slovenian."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="sl",
    labels=table(
        title="naslov",
        original_title="izvirni naslov",
        year="leto",
        directors="režija|režiser|režiserka",
        writers="scenarij",
        cast="igrajo|vloge|igralci",
        cinematography="fotografija|kamera",
        editing="montaža",
        music="glasba",
        producers="producent|produkcija",
        countries="država|države",
        genres="žanr",
        runtime="dolžina|trajanje",
        languages="jezik",
        synopsis="vsebina|sinopsis",
    ),
    directed_by=split("v režiji|režija"),
    starring=split("igrajo|v glavnih vlogah"),
    director_nouns=split("režiser|režiserka"),
    minutes=split("min|minut"),
    hours=split("h|ur"),
    months=split(
        "januar|februar|marec|april|maj|junij|julij|avgust|september|oktober|november|december"
    ),
    genres=genre_table(Drama="drama", Comedy="komedija", Documentary="dokumentarni"),
    conjunctions=split("in"),
    film_words=split("film|filmu"),
)
