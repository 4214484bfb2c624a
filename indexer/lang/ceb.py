"""Cebuano."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="ceb",
    cldr_countries=False,
    labels=table(
        title="titulo|ulohan",
        year="tuig",
        directors="direktor|direktor sa pelikula",
        writers="magsusulat|tigsulat",
        cast="mga aktor|mga artista|nagbida|mga bida",
        music="musika",
        producers="prodyuser|prodiyuser",
        countries="nasod",
        genres="klase|matang",
        runtime="gidugayon",
        languages="pinulongan",
        synopsis="sinopsis|katingbanan|sugilanon",
    ),
    directed_by=split("gidirekta ni|gidumala ni|gi-direct ni"),
    director_nouns=split("direktor"),
    starring=split("gibidahan ni|gibidahan nila|nagbida"),
    minutes=split("minuto"),
    hours=split("oras"),
    months=cldr_months("ceb"),
    genres=genre_table(
        Animation="animasyon",
        Drama="drama",
        Comedy="komedya",
        Documentary="dokumentaryo",
        Action="aksyon",
        Horror="makahadlok",
        Romance="romansa",
        Fantasy="pantasya",
        Crime="krimen",
        Biography="biyograpiya",
        Short="mubo nga pelikula",
    ),
    conjunctions=split("ug"),
    film_words=split("pelikula"),
    event_words=split(
        "pagpasundayag|ipasalida|gipasalida|festival*|sinehan|tiket|karong gabii|kompetisyon"
    ),
    story_words=split(
        "istorya|sugilanon|kinabuhi|batan-on|babaye|dalaga|lalaki|pamilya|amahan|inahan|igsoon|"
        "asawa|gugma|higala|baryo|lungsod|kinahanglan"
    ),
    notice_words=split("covid*|pandemya|tanang katungod gigahin"),
    release_verbs=split("gipagawas"),
    unstemmed_genres=split("romansa"),
)
