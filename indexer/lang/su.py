"""Sundanese (Latin)."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="su",
    cldr_countries=False,
    labels=table(
        title="judul",
        year="taun",
        directors="sutradara",
        writers="panulis|panulis skenario",
        cast="pamaén|pamaen|palaku",
        music="musik",
        producers="produser",
        countries="nagara",
        genres="genre|jinis",
        runtime="durasi|lilana",
        languages="basa",
        synopsis="sinopsis|ringkesan|carita",
    ),
    directed_by=split("disutradaraan ku|disutradarai ku|disutradaraan ku"),
    director_nouns=split("sutradara"),
    starring=split("dibéntangan ku|dibintangan ku|dipaénkeun ku"),
    minutes=split("menit"),
    hours=split("jam"),
    genres=genre_table(
        Drama="drama",
        Comedy="komédi|komedi",
        Documentary="dokumenter",
        Horror="horor|pikasieuneun",
        Animation="animasi",
        Family="kulawarga",
        History="sajarah",
        Short="pilem pondok",
    ),
    conjunctions=split("jeung|sarta"),
    film_words=split("film|pilem"),
    event_words=split(
        "pintonan|dipidangkeun|ditayangkeun|festival*|bioskop|tiket|poé ieu|peuting ieu|pasanggiri"
    ),
    story_words=split(
        "carita|caritana|kahirupan|hirup|ngora|awéwé|budak|kulawarga|indung|anakna|babaturan|"
        "sobat|désa|manggihan|kudu"
    ),
    notice_words=split("covid*|pagebluk|hak cipta ditangtayungan"),
    year_words=split("taun"),
)
