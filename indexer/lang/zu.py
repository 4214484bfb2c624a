"""Zulu."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="zu",
    cldr_countries=False,
    labels=table(
        title="isihloko",
        year="unyaka",
        directors="umqondisi|umqondisi wefilimu",
        writers="umbhali",
        cast="abalingisi",
        music="umculo",
        producers="umkhiqizi",
        countries="izwe",
        genres="uhlobo",
        runtime="ubude",
        languages="ulimi",
        synopsis="isifinyezo|okuqukethwe",
    ),
    director_nouns=split("umqondisi"),
    minutes=split("imizuzu|umzuzu|amaminithi"),
    hours=split("amahora|ihora"),
    months=cldr_months("zu"),
    genres=genre_table(
        Drama="idrama",
        Documentary="idokhumentari",
        Animation="opopayi",
        Comedy="amahlaya",
        Horror="esabekayo",
    ),
    film_words=split("ifilimu|ifilimi|imuvi"),
    event_words=split(
        "umkhosi|ukukhonjiswa|kuzokhonjiswa|umbukiso|imibukiso|ithikithi|amathikithi|namuhla|"
        "kusihlwa|umqhudelwano"
    ),
    story_words=split(
        "indaba|indaba ka|impilo|umndeni|intsha|owesifazane|intombazane|umfana|ubaba|umama|"
        "uthando|umngane|idolobha|isigodi|uthola|kumele"
    ),
    notice_words=split("covid*|igciwane|amalungelo onke agodliwe"),
)
