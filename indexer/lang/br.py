"""Breton."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="br",
    cldr_countries=False,
    labels=table(
        title="titl",
        year="bloavezh",
        directors="sevener|sevenerez",
        writers="senario|skrivagner",
        cast="aktorien|c'hoarierien",
        music="sonerezh",
        producers="produer",
        genres="doare",
        runtime="padelezh",
        languages="yezh",
        synopsis="diverradenn|berradenn",
    ),
    directed_by=split("sevenet gant"),
    director_nouns=split("sevener|sevenerez"),
    minutes=split("munut|munutenn"),
    hours=split("eurvezh"),
    months=cldr_months("br"),
    genres=genre_table(
        Drama="drama",
        Horror="film euzh",
        Animation="film bevaat|tresadennoù bev",
        Comedy="fent",
        Documentary="teulfilm",
        War="film brezel",
        Short="film berr",
    ),
    conjunctions=split("hag"),
    film_words=split("film|filmoù"),
    event_words=split(
        "abadenn*|gouel ar filmoù|festival*|er sinema|sinema|tikedoù|hiziv|fenoz|kevezadeg|programm"
    ),
    story_words=split(
        "istor|buhez|yaouank|maouez|plac'h|paotr|familh|mamm|merc'h|breur|c'hoar|karantez|kêr|"
        "dizolo|rankout"
    ),
    notice_words=split("covid*|gwirioù miret|an holl wirioù miret"),
)
