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
        Crime="krîmînal",
        Music="mûzîkal",
        Fantasy="fantastîk|fantezî",
        Biography="biyografî|jiyannameyî",
        Short="kurtefîlm|fîlma kurt",
    ),
    conjunctions=split("û"),
    institution_words=split("فێستیڤاڵ*|فیستیڤاڵ*|festîval*|خەڵات*|ئەکادیمی*|پەیمانگا*"),
    film_words=split("fîlm|fîlma|fîlmê|fîlmeke"),
    event_words=split(
        "pêşandan*|nîşandan*|festîval*|sînemayê|sînema|bilêt*|îro|îşev|pêşbirk*|bername*"
    ),
    story_words=split(
        "çîrok*|jiyan*|ciwan*|keç|keça|keçik*|malbat*|dayik*|xwişk*|evîn*|heval*|kifş dike|divê|"
        "gund|gundê|bajarê"
    ),
    notice_words=split("koronavîrus*|pandemî*|hemû maf parastî ne"),
    release_verbs=split("hate weşandin|hat kişandin"),
    year_words=split("sala"),
)
