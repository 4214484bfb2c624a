"""Javanese (Latin)."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="jv",
    cldr_countries=False,
    labels=table(
        title="irah-irahan|judhul",
        year="taun",
        directors="sutradara|sutradarané|sutradarane",
        writers="panulis|panulis skenario|skenario",
        cast="pemain|paraga|pemeran|para paraga",
        music="musik",
        producers="produser",
        countries="negara",
        genres="genre|jinis",
        runtime="durasi",
        languages="basa",
        synopsis="ringkesan|sinopsis|crita",
    ),
    directed_by=split("disutradarai dening|disutradarani dening|disutradarani déning"),
    director_nouns=split("sutradara|sutradarané|sutradarane"),
    starring=split("dibintangi dening|dibintangi déning|diparagani dening"),
    minutes=split("menit"),
    hours=split("jam"),
    months=cldr_months("jv"),
    genres=genre_table(
        Drama="drama",
        Comedy="komedi",
        Documentary="dokumenter",
        Horror="horor|medeni",
        Animation="animasi",
        Romance="romantis|katresnan",
        Family="kulawarga",
        Short="film cekak",
    ),
    conjunctions=split("lan|karo"),
    film_words=split("film|pilem"),
    event_words=split(
        "pemutaran|diputer|ditayangake|premiere*|festival*|bioskop|tiket|dina iki|bengi iki"
    ),
    story_words=split(
        "crita|critane|urip|uripe|enom|wadon|bocah|kulawarga|ibune|anake|sedulur|tresna|kanca|"
        "kutha|nemokake|kudu"
    ),
    notice_words=split("covid*|pagebluk|kabeh hak dilindhungi"),
    release_verbs=split("dirilis|diluncuraké|ditayangaké"),
    year_words=split("taun"),
)
