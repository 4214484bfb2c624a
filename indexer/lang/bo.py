"""Tibetan."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, split, table

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
)
