"""Kinyarwanda."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="rw",
    cldr_countries=False,
    labels=table(
        title="umutwe",
        year="umwaka",
        directors="umuyobozi|uwayoboye",
        writers="umwanditsi",
        cast="abakinnyi",
        music="umuziki",
        countries="igihugu",
        genres="ubwoko",
        runtime="igihe",
        languages="ururimi",
        synopsis="incamake",
    ),
    minutes=split("iminota|umunota"),
    hours=split("amasaha|isaha"),
    film_words=split("filime|firime"),
    event_words=split("iserukiramuco|kwerekana|amatike|itike|uyu munsi|iri joro|irushanwa|gahunda"),
    story_words=split(
        "inkuru|ubuzima|urubyiruko|umusore|umukobwa|umugore|umuryango|nyina|urukundo|inshuti|"
        "umudugudu|umujyi|avumbura|agomba"
    ),
    notice_words=split("covid*|koronavirusi|uburenganzira bwose burabitswe"),
    genres=genre_table(
        Drama="ikinamico",
        Comedy="urwenya",
        Documentary="mbarankuru|filime mpamo",
        Horror="iteye ubwoba|ziteye ubwoba",
        Animation="filime y'ibishushanyo",
    ),
)
