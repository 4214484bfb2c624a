"""Hausa (Latin, boko)."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="ha",
    cldr_countries=False,
    labels=table(
        title="sunan fim|sunan shirin",
        year="shekara|shekarar fitowa|lokacin bugawa",
        directors="darekta|darakta|mai bada umarni|mai ba da umarni",
        writers="marubuci|marubuciya|mai rubutu",
        cast="jarumai|'yan wasa|ƴan wasa|yan wasan kwaikwayo|'yan wasan kwaikwayo|"
        "ƴan wasan kwaikwayo|jaruman fim|taurari",
        music="kiɗa|waƙa",
        producers="furodusa|mai shiryawa|furodusoshi",
        countries="ƙasa|ƙasar asali|kasar asali",
        genres="nau'i",
        runtime="tsawon lokaci|tsawo",
        languages="harshe",
        synopsis="taƙaitaccen labari|takaitaccen labari|takaitaccen bayani|taƙaitaccen bayani|"
        "labarin fim",
    ),
    director_nouns=split("darekta|darakta|daraktan"),
    # "A ne ya bada umarnin": A is the one who directed it
    # "Ali Nuhu ya bada umarni": Ali Nuhu gave the direction (he; "ta", she)
    directed_after=split(
        "ne ya bada umarni|ne ya ba da umarni|ne ya bada umarnin|ne ya ba da umarnin|"
        "ya bada umarni|ya ba da umarni|ta bada umarni|ta ba da umarni|ya bayar da umarni|"
        "ne ya bayar da umarni"
    ),
    #: "its director is": "daraktansa shi ne Yaseen Auwal"
    directed_by=split("daraktansa shi ne|daraktan fim din shi ne|daraktan fim ɗin shi ne"),
    plays=split("a matsayin"),
    year_words=split("shekarar|a shekarar"),
    #: "… na shekarar 2018": of the year 2018
    year_from=split("na shekarar|ta shekarar"),
    starring=split("jaruman fim|jaruman shirin"),
    minutes=split("minti|mintuna|mintoci"),
    hours=split("awa|awanni|sa'a|sa'o'i"),
    months=cldr_months("ha"),
    genres=genre_table(
        Drama="wasan kwaikwayo",
        Documentary="fim na gaskiya",
        Animation="zane mai motsi",
        Comedy="barkwanci|ban dariya",
        Romance="soyayya",
        Action="faɗa",
        Horror="ban tsoro",
        War="yaƙi",
        Biography="tarihin rayuwa",
        Short="gajeren fim",
    ),
    film_words=split("fina-finai|shirin fim"),
    event_words=split("nuna fim|za a nuna|sinima|silima|tikiti|daren yau|gasar|bikin fina-finai"),
    story_words=split(
        "labari|labarin|rayuwa|rayuwar|matashi|matasa|yarinya|iyali|iyalinsa|mahaifi|mahaifinsa|"
        "mahaifiya|mahaifiyarsa|ɗan'uwa|soyayya|aboki|ƙauye"
    ),
    notice_words=split("covid*|korona|annoba|duk haƙƙoƙi"),
)
