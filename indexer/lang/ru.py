"""Russian."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="ru",
    labels=table(
        title="название",
        original_title="оригинальное название",
        year="год|год выпуска|год производства",
        release="премьера|дата выхода|в кино с",
        directors="режиссёр|режиссер|режиссеры|режиссура|постановка",
        writers="сценарий|сценаристы|сценарист",
        cast="в ролях|актеры|актёры|в главных ролях",
        cinematography="оператор",
        editing="монтаж",
        music="композитор|музыка",
        producers="продюсер|продюсеры",
        companies="производство|студия",
        countries="страна|страны",
        genres="жанр|жанры",
        runtime="продолжительность|время|хронометраж|длительность",
        languages="язык",
        synopsis="сюжет|описание|о фильме",
        awards="награды",
        ignore="возраст|возрастное ограничение|бюджет|сборы|рейтинг",
    ),
    directed_by=split(
        "режиссеры|режиссером|режиссёр|режиссер|режиссёра|режиссера|в постановке|снял|сняла"
    ),
    written_by=split("по сценарию"),
    starring=split("актёр|актер|актриса|актёры|в главных ролях|в ролях|с участием"),
    plays=split("в роли|играет"),
    director_nouns=split("режиссёр|режиссер|режиссёра|режиссера|постановщик"),
    minutes=split("мин|минут|минуты|минута"),
    hours=split("ч|час|часа|часов"),
    months=split(
        "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|"
        "декабрь|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|"
        "октября|ноября|декабря"
    ),
    genres=genre_table(
        Drama="драма",
        Comedy="комедия",
        Documentary="документальный",
        Horror="ужасы",
        Thriller="триллер",
        Animation="мультфильм",
        Action="боевик",
        Adventure="приключения",
        Crime="криминал",
        Family="семейный",
        Fantasy="фэнтези",
        History="исторический",
        Music="музыка",
        Mystery="детектив",
        Romance="мелодрама",
        Science_Fiction="фантастика",
        Sports="спорт",
        War="военный",
        Western="вестерн",
    ),
    conjunctions=split("и"),
    film_words=split("фильм|фильма|фильме|картина"),
    titled=split("названием"),
    review_words=split("рецензия|обзор"),
    by=split("реж.|режиссёр"),
)
