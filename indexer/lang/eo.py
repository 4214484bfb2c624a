"""Esperanto."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="eo",
    cldr_countries=False,
    labels=table(
        title="titolo|originala titolo",
        year="jaro de produktado|produktada jaro",
        directors="reĝisoro|reĝisorino|reĝisoroj|reĝio",
        writers="scenaristo|scenaro",
        cast="aktoroj|rolantoj|ĉefrolantoj",
        music="muziko",
        producers="produktoro|produktisto",
        countries="landoj|produktada lando",
        genres="ĝenro",
        runtime="daŭro",
        languages="lingvo",
        synopsis="resumo|intrigo",
    ),
    directed_by=split("reĝisorita de|filmo de"),
    director_nouns=split("reĝisoro|reĝisorino"),
    starring=split("kun la aktoroj|ĉefrolas"),
    minutes=split("minutoj|minutojn"),
    hours=split("horoj|horo"),
    months=cldr_months("eo"),
    genres=genre_table(
        Drama="dramo",
        Comedy="komedio",
        Documentary="dokumenta filmo|dokumentario",
        Thriller="suspensfilmo",
        Animation="animacia filmo",
        Horror="hororfilmo",
        Science_Fiction="sciencfikcio",
        Adventure="aventurfilmo",
        War="militfilmo",
        Crime="krimfilmo",
        Biography="biografia filmo",
        Romance="romantika|amfilmo",
        Western="vakerfilmo|vesterno",
        Music="muzikalo",
        Fantasy="fantazifilmo",
        History="historia filmo",
        Family="familia filmo",
        Short="mallongfilmo|mallonga filmo",
    ),
    conjunctions=split("kaj"),
    film_words=split("filmo|filmon"),
    event_words=split(
        "premiero*|projekcio*|festivalo*|kinejo*|biletoj|hodiaŭ|ĉi-vespere|konkurso*|programo|"
        "programon|programoj"
    ),
    story_words=split(
        "rakonto*|rakontas|vivon|juna|junulo|virino|knabino|knabo|familio|patro|patrino|filino|"
        "frato|fratino|amiko|vilaĝo|urbo|malkovras|devas|decidas"
    ),
    notice_words=split("covid*|kronvirus*|pandemio|ĉiuj rajtoj rezervitaj"),
    year_words=split("en la jaro"),
)
