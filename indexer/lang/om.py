"""Oromo (Latin, Qubee)."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="om",
    cldr_countries=False,
    labels=table(
        title="mata duree",
        year="waggaa",
        directors="qajeelchaa|daayirektara",
        writers="barreessaa",
        cast="taphattoota",
        music="muuziqaa",
        producers="oomishaa",
        countries="biyya",
        genres="gosa",
        runtime="dheerina",
        languages="afaan",
        synopsis="cuunfaa",
    ),
    director_nouns=split("qajeelchaa|daayirektara"),
    minutes=split("daqiiqaa|daqiiqaawwan"),
    hours=split("sa'aatii"),
    months=cldr_months("om"),
    film_words=split("fiilmii|filmii"),
    event_words=split(
        "agarsiisa|agarsiifama|festivaala|ayyaana|tikeetii|har'a|edana|dorgommii|sagantaa"
    ),
    story_words=split(
        "seenaa|jireenya|dargaggoo|dubartii|intala|maatii|abbaa|haadha|jaalala|hiriyaa|"
        "magaalaa|argata"
    ),
    notice_words=split("covid*|koroonaa|mirgi hundi seeraan kan eegame"),
    genres=genre_table(
        Drama="diraamaa",
        Comedy="komedii",
        Documentary="dokumentarii|dokumeentarii",
        Horror="fiilmii sodaachisaa",
        Animation="animeeshinii|kartuunii",
    ),
)
