"""Kurdish, Kurmanji (Latin)."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="ku",
    cldr_countries=False,
    labels=table(
        title="sernav|navê fîlmê",
        year="sala çêkirinê|sala weşanê",
        release="dîroka weşanê",
        directors="derhêner|derhênerê|derhênera|derhênerî",
        writers="nivîskar|senarîst|senaryo",
        cast="lîstikvan|lîstikvanan|lîstikvanên sereke|lîstikvanên",
        music="muzîk|muzîka",
        producers="hilberîner|berhemdar",
        countries="welat|welatê",
        genres="janr|cureya fîlmê",
        runtime="dirêjahî|demdirêjî",
        languages="ziman",
        synopsis="kurte|naverok|kurteçîrok",
    ),
    directed_by=split("derhêneriya|bi derhêneriya|ji aliyê derhêner"),
    director_nouns=split("derhêner|derhênerê|derhênera|derhênerî"),
    starring=split("lîstikvanên sereke|lîstikvan"),
    minutes=split("deqîqe|deqe|xulek"),
    hours=split("saet|saat"),
    months=cldr_months("ku"),
    genres=genre_table(
        Drama="dram|drama",
        Comedy="komedî",
        Documentary="belgefîlm|belgeyî",
        Thriller="trîler",
        Animation="anîmasyon",
        History="dîrokî",
        Family="malbatî",
        Horror="tirsnak",
        Science_Fiction="zanistî-xeyalî",
        Adventure="serpêhatî",
        Romance="romantîk|evînî",
    ),
    conjunctions=split("û"),
    film_words=split("fîlm|fîlma|fîlmê|fîlmeke"),
    release_verbs=split("hate weşandin|hat kişandin"),
    year_words=split("sala"),
)
