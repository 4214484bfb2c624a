"""Scottish Gaelic."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="gd",
    cldr_countries=False,
    labels=table(
        title="tiotal",
        year="bliadhna",
        directors="stiùiriche|stiùireadh",
        writers="sgrìobhadair|sgrìobhadh",
        cast="cleasaichean|cleasaiche",
        music="ceòl",
        producers="riochdaire|riochdachadh",
        countries="dùthaich",
        genres="gnè|seòrsa",
        runtime="ùine",
        languages="cànan",
        synopsis="geàrr-chunntas|sgeulachd",
    ),
    directed_by=split("air a stiùireadh le|air a stiùireadh aig"),
    director_nouns=split("stiùiriche"),
    minutes=split("mionaidean|mionaid"),
    hours=split("uairean|uair a thìde"),
    months=cldr_months("gd"),
    genres=genre_table(
        Drama="dràma",
        Horror="film uabhais|uabhas",
        Animation="beòthachadh",
        Comedy="comadaidh",
        Documentary="prògram aithriseach|aithriseach",
    ),
    conjunctions=split("agus"),
    film_words=split("film|filmichean"),
    event_words=split("taisbeanadh|fèis|film-fèis|tiogaidean|an-diugh|a-nochd|farpais|prògram"),
    story_words=split(
        "sgeulachd|beatha|boireannach|nighean|balach|teaghlach|athair|màthair|bràthair|"
        "piuthar|gràdh|caraid|baile|feumaidh"
    ),
    notice_words=split("covid*|còir-lethbhreac|a h-uile còir glèidhte"),
)
