"""Malagasy."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="mg",
    cldr_countries=False,
    labels=table(
        title="lohateny",
        year="taona",
        directors="mpitantana|talen'ny sarimihetsika|mpanatontosa",
        writers="mpanoratra",
        cast="mpilalao",
        music="mozika",
        producers="mpamokatra",
        countries="firenena",
        genres="karazana",
        runtime="faharetana",
        languages="fiteny",
        synopsis="famintinana",
    ),
    director_nouns=split("mpanatontosa|mpitantana"),
    minutes=split("minitra"),
    hours=split("ora"),
    months=cldr_months("mg"),
    conjunctions=split("ary"),
    film_words=split("sarimihetsika|horonantsary"),
    event_words=split(
        "fampisehoana|famoahana|fety|tapakila|anio|anio hariva|fifaninanana|fandaharana"
    ),
    story_words=split(
        "tantara*|fiainana|tanora|vehivavy|zazavavy|zazalahy|fianakaviana|fitiavana|namana|"
        "tanàna|mahita|tsy maintsy"
    ),
    notice_words=split("covid*|coronavirus*|zo rehetra voatokana"),
    genres=genre_table(
        Drama="drama|tantara an-tsehatra",
        Comedy="hatsikana",
        Documentary="sarimihetsika fanadihadiana",
        Horror="mampihoron-koditra",
        Animation="sariitatra",
    ),
)
