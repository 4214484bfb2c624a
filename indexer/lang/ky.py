"""Kyrgyz (Cyrillic)."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="ky",
    labels=table(
        title="аталышы|тасманын аталышы",
        year="жылы|чыккан жылы|тартылган жылы",
        directors="режиссёр|режиссер|режиссёру|режиссеру",
        writers="сценарий|сценарийдин автору|сценарист",
        cast="ролдордо|башкы ролдордо|актёрлор|актерлор",
        music="музыка|композитор",
        producers="продюсер|продюсерлер",
        countries="өлкө|өлкөсү",
        genres="жанр|жанры",
        runtime="узактыгы|убактысы",
        languages="тили",
        synopsis="кыскача мазмуну|мазмуну",
    ),
    directed_after=split("тарткан|тартып чыккан|режиссёрлук кылган"),
    starring=split("башкы ролдордо|ролдордо"),
    director_nouns=split("режиссёр|режиссер|режиссёру|режиссеру"),
    minutes=split("мүнөт|мүнөттүк"),
    hours=split("саат"),
    months=cldr_months("ky"),
    genres=genre_table(
        Drama="драма",
        Comedy="комедия",
        Documentary="документалдык|даректүү",
        Thriller="триллер",
        Animation="мультфильм|анимация",
        History="тарыхый",
        War="согуш",
        Family="үй-бүлөлүк",
        Horror="коркунучтуу",
        Science_Fiction="илимий фантастика",
        Fantasy="фэнтези",
        Adventure="укмуштуу окуялар",
        Romance="романтикалык",
        Crime="кылмыштуу",
        Melodrama="мелодрама",
        Western="вестерн",
        Music="мюзикл",
        Biography="биографиялык",
        Short="кыска метраждуу",
    ),
    conjunctions=split("жана"),
    institution_words=split(
        "фестивал*|институт*|академия*|сыйлык*|сыйлыг*|архив*|мектеп*|фонд*|борбор*"
    ),
    film_words=split("тасма|тасмасы|фильм|фильми|кинотасма"),
    #: the genitive of the possessor before the word for film: "Темир Бирназаровдун тасмасы"
    genitive_endings=split("нын|нин|нун|нүн|дын|дин|дун|дүн|тын|тин|тун|түн"),
    event_words=split(
        "премьера*|көрсөтүү|көрсөтүлөт|кинофестивал*|фестивал*|кинотеатр*|билет*|бүгүн|"
        "бүгүн кечинде|сынак*|программа*"
    ),
    story_words=split(
        "окуясы|аңгеме*|жашоо*|жашайт|жаштар|аял|кыз|кызы|бала|баласы|үй-бүлө*|атасы|апасы|уулу|"
        "сүйүү*|досу|досу менен|айыл*|шаар*|чечет|керек"
    ),
    notice_words=split("ковид*|коронавирус*|пандеми*|бардык укуктар корголгон"),
    genre_endings=split("лар|лер|сы|си|ны|ни|да|де"),
    release_verbs=split("тартылган|жарык көргөн|чыккан"),
    year_words=split("жылы"),
)
