"""Faroese."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="fo",
    cldr_countries=False,
    labels=table(
        title="heiti",
        year="ár|útgávuár",
        directors="leikstjóri|leikstjórn",
        writers="handrit|rithøvundur",
        cast="leikarar|sjónleikarar|høvuðsleikarar",
        music="tónleikur",
        producers="framleiðari",
        countries="land",
        genres="slag|sjangur",
        runtime="longd",
        languages="mál",
        synopsis="samandráttur|søga",
    ),
    directed_by=split("leikstjórnað av|leikstýrd av"),
    director_nouns=split("leikstjóri|leikstjórin"),
    minutes=split("minuttir|minuttur"),
    hours=split("tímar|tími"),
    months=cldr_months("fo"),
    genres=genre_table(
        Drama="drama|sjónleikur",
        Horror="ræðslufilmur",
        Documentary="heimildarfilmur",
        Comedy="gamanfilmur",
        Animation="tekningafilmur",
        Short="stuttfilmur",
        Thriller="spenningsfilmur",
        Crime="kriminalfilmur",
        War="kríggsfilmur",
    ),
    film_words=split("filmur|filmurin|filmin|kvikmynd"),
    event_words=split(
        "frumsýning*|sýning*|framsýning*|festival*|atgongumerki*|í dag|í kvøld|kapping*|"
        "biografinum|í biografinum"
    ),
    story_words=split(
        "søga|søgan|lív|lívið|ungur|kvinna|genta|gentan|drongur|familja*|faðir|pápi|móðir|mamma|"
        "sonur|dóttir|bróðir|systir|kærleiki*|vinur|bygd|býur|uppdagar|noyðist"
    ),
    notice_words=split("covid*|korona*|øll rættindi vard"),
)
