"""Tibetan."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="bo",
    verb_final=True,
    labels=table(
        year="ལོ|ལོ་ཚིགས",
        languages="སྐད་ཡིག",
        runtime="དུས་ཡུན",
    ),
    minutes=split("སྐར་མ"),
    hours=split("ཆུ་ཚོད"),
    months=cldr_months("bo"),
    film_words=split("གློག་བརྙན"),
    genres=genre_table(
        Drama="ཟློས་གར",
        Comedy="བཞད་གད",
        Documentary="ཡིག་ཆའི་བརྙན་འཕྲིན|ཡིག་ཆའི་གློག་བརྙན",
        Horror="འཇིགས་སྣང",
        Animation="འགུལ་རིས",
    ),
)
