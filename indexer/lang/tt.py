"""Tatar (Cyrillic)."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="tt",
    labels=table(
        title="исеме|фильм исеме",
        year="елы|чыгу елы|төшерелгән елы",
        directors="режиссёр|режиссер|режиссеры",
        writers="сценарий|сценарий авторы|сценарист",
        cast="рольләрдә|төп рольләрдә|актёрлар|актерлар",
        music="музыка|композитор",
        producers="продюсер",
        countries="илләр",
        genres="жанр|жанры",
        runtime="дәвамлылыгы|озынлыгы",
        languages="теле",
        synopsis="кыскача эчтәлек|эчтәлек|эчтәлеге",
    ),
    directed_after=split("төшергән|режиссёрлык иткән"),
    starring=split("төп рольләрдә|рольләрдә"),
    director_nouns=split("режиссёр|режиссер|режиссеры"),
    minutes=split("минут|минутлык"),
    hours=split("сәгать"),
    months=cldr_months("tt"),
    genres=genre_table(
        Drama="драма",
        Comedy="комедия",
        Documentary="документаль",
        Thriller="триллер",
        Animation="мультфильм",
        History="тарихи",
        War="сугыш",
        Family="гаилә",
        Horror="куркыныч",
        Science_Fiction="фәнни фантастика",
        Adventure="маҗаралы",
        Romance="мәхәббәт",
        Crime="җинаять",
        Melodrama="мелодрама",
        Western="вестерн",
        Music="мюзикл",
        Fantasy="фэнтези",
        Biography="биографик",
        Short="кыска метражлы",
    ),
    conjunctions=split("һәм"),
    film_words=split("фильм|фильмы|кино|кинофильм"),
    #: the genitive of the possessor before the word for film: "Илдар Ягъфәровның фильмы"
    genitive_endings=split("ның|нең|нын|нен"),
    event_words=split(
        "премьера*|күрсәтү|күрсәтеләчәк|фестиваль*|бәйрәм*|кинотеатр*|билет*|бүген|бүген кич|"
        "бәйге*|конкурс*"
    ),
    story_words=split(
        "хикәя*|тормыш*|яшь|яшьләр*|хатын-кыз*|кыз|кызы|малай*|гаилә*|әти*|әни*|абый*|мәхәббәт*|"
        "дус|дуслар*|авыл*|шәһәр*|тиеш|ачыклый"
    ),
    notice_words=split("ковид*|коронавирус*|пандеми*|барлык хокуклар сакланган"),
    release_verbs=split("төшерелгән|чыккан|экраннарга чыкты"),
    year_words=split("елда|елны"),
)
