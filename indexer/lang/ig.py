"""Igbo."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="ig",
    cldr_countries=False,
    labels=table(
        year="afọ",
        directors="onye nduzi|onye isi ihe nkiri",
        writers="onye ode akwụkwọ",
        cast="ndị omee|ndị na-eme ihe nkiri",
        music="egwu",
        producers="onye mmepụta",
        runtime="ogologo oge",
        languages="asụsụ",
        synopsis="nchịkọta",
    ),
    director_nouns=split("onye nduzi"),
    minutes=split("nkeji"),
    hours=split("elekere"),
    months=cldr_months("ig"),
    film_words=split("ihe nkiri"),
    event_words=split("ihe ngosi|ngosi|ememe|mmemme|tiketi|n'abalị a|asọmpi"),
    story_words=split(
        "akụkọ|akuko|ndụ|nwa agbọghọ|nwoke|nwanyị|ezinụlọ|nna|nne|nwanne|ịhụnanya|enyi|obodo|"
        "ime obodo|chọpụtara"
    ),
    notice_words=split("covid*|korona|nwebiisinka"),
    genres=genre_table(
        Drama="ejije",
        Comedy="ejije ọchị|ihe ọchị",
        Documentary="ihe nkiri akụkọ eziokwu",
        Horror="ihe nkiri na-eyi egwu",
        Animation="katuun",
    ),
)
