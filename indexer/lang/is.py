"""Icelandic."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="is",
    labels=table(
        title="titill",
        original_title="upprunalegur titill",
        year="ár|framleiðsluár",
        release="frumsýning",
        directors="leikstjóri|leikstjórn|leikstjórar",
        writers="handrit|handritshöfundur|handritshöfundar",
        cast="aðalhlutverk|leikarar|í aðalhlutverkum",
        cinematography="kvikmyndataka",
        editing="klipping",
        music="tónlist",
        producers="framleiðandi|framleiðendur",
        countries="land|lönd",
        genres="tegund",
        runtime="lengd",
        languages="tungumál|tal",
        synopsis="söguþráður|um myndina",
        ignore="texti|aldurstakmark",
    ),
    directed_by=split("í leikstjórn|leikstýrt af"),
    starring=split("með|í aðalhlutverkum"),
    director_nouns=split("leikstjórinn|leikstjóri"),
    minutes=split("mín|mínútur"),
    hours=split("klst"),
    months=split(
        "janúar|febrúar|mars|apríl|maí|júní|júlí|ágúst|september|október|nóvember|desember"
    ),
    genres=genre_table(
        Drama="drama",
        Comedy="gamanmynd",
        Documentary="heimildarmynd",
        Horror="hrollvekja|hryllingur",
        Mystery="ráðgáta|mystería",
    ),
    conjunctions=split("og"),
    film_words=split("kvikmynd|myndin|mynd"),
)
