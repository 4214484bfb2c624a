"""Kazakh."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    critic_roles=split("сыншы|кинокритик"),
    code="kk",
    country_names=coded(HK="гонконг", SU="кеңес одағы|ксро"),
    labels=table(
        title="атауы",
        year="шығарылған жылы|түсірілген жылы|жылы|шыққан жылы",
        directors="режиссерлер|режиссёрлар|режиссерлері|қоюшы режиссер|режиссер|режиссері|режиссёр",
        writers="сценарий",
        cast="актерлік құрам|рөлдерде|актерлер|басты рөлдерде",
        countries="ел|елі",
        genres="жанр|жанры",
        runtime="ұзақтығы",
        languages="тілі",
        synopsis="қысқаша мазмұны|мазмұны|фильм туралы|сипаттамасы|сюжеті",
        release="премьера",
        editing="монтаж",
        cinematography="оператор",
        producers="продюсер",
        music="музыка|композитор",
    ),
    # the Latin alphabet of 2018 too ("rejısseri Alen …", "basty rólderin … somdaıdy")
    directed_by=split(
        "режиссерлер|режиссёрлары|реж.|режиссеры|режиссері|режиссер|rejısser|rejısseri|rejısserі"
    ),
    starring=split(
        "актер|актриса|актерлер|актёр|"
        "басты рөлдерде|рөлдерде|басты рөлде|басты рөлдерін|basty rólderde|basty rólderin|"
        "basty rólde|rólderde"
    ),
    director_nouns=split(
        # the Arabic script of Kazakh in China and Mongolia ("رەجيسسەر اقان ساتاەۆ")
        "режиссёр|кинорежиссер|кинорежиссёр|режиссер|режиссері|rejısser|rejısseri|رەجيسسەر|"
        "رەجيسسەرى"
    ),
    first_person=split("біз|менің|бізге"),
    minutes=split("мин|минут"),
    colour_words=split("түрлі-түсті|ақ-қара"),
    genres=genre_table(
        **{"Children's Film": "балалар фильмі"},
        Feature_Film="көркем фильм",
        Fiction="көркем",
        Drama="драма",
        Comedy="комедиялық|комедия|komedııa",
        Horror="қорқынышты|хоррор",
        Thriller="триллер",
        Animation="анимация|анимациялық|мультфильм",
        Romance="романтикалық",
        Action="экшн|боевик",
        Crime="криминалдық|қылмыстық|криминалды",
        Science_Fiction=(
            "фантастика|ғылыми-фантастикалық|антиутопия|ғылыми фантастика|fantastıka|fantastıkalyq"
        ),
        Fantasy="фэнтези",
        War="соғыс",
        Western="вестерн",
        Music="музыкалық|мюзикл",
        Biography="өмірбаяндық|биографиялық",
        History="тарихи",
        Family="отбасылық",
        Adventure="шытырман",
        Documentary="деректі|деректі фильм",
        Tragicomedy="трагикомедия|трагикомедиялық",
        Historical_Drama="тарихи драма",
        Political_Thriller="саяси триллер",
        Political_Drama="саяси драма",
        Melodrama="мелодрама",
        Short="қысқаметражды",
        Psychological_Thriller="психологиялық триллер",
        Psychological_Drama="психологиялық драма",
        Road_Movie="роуд-муви|роуд муви",
        Black_Comedy="қара комедия",
        Romantic_Comedy="романтикалық комедия",
        Detective="детектив",
        War_Drama="соғыс драмасы",
    ),
    conjunctions=split("және|мен|пен|бен|men|pen|ben|jáne"),
    film_plurals=split("фильмдер*"),
    institution_words=split(
        "фестивал*|институт*|академия*|сыйлығ*|сыйлық*|жүлде*|архив*|мектеб*|мектеп*|қор*|"
        "орталығ*|апталығ*|күндері*"
    ),
    film_words=split("фильм|фильмі|фильмнің"),
    #: the genitive of the possessor before the word for film: "Адильхан Ержановтың фильмі"
    genitive_endings=split("ның|нің|дың|дің|тың|тің"),
    months=split(
        "қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан"
    ),
    hours=split("сағат|сағ"),
    directed_after=split(
        "режиссерлігімен|режиссурасымен|түсірген|режиссерлығымен"
    ),  # under the direction of
    review_words=split("рецензия"),
    event_words=split(
        "премьера*|көрсетілім*|көрсетіледі|фестиваль*|кинотеатр*|билет*|бүгін|кешке|конкурс*|"
        "бағдарлама*"
    ),
    story_words=split(
        "оқиға*|тарих*|баяндайды|өмір*|тұрады|жас|жастар*|әйел*|қыз*|бала|баласы|балалар*|"
        "ұлы*|жігіт*|отбасы*|әке*|ана|анасы|анасының|аға*|апа*|күйеу*|махаббат*|дос|досы|"
        "достар*|анықтайды|шешеді|ауыл*|қала*"
    ),
    notice_words=split("covid*|коронавирус*|пандемия*|барлық құқықтар қорғалған"),
    genre_endings=split(
        "ы|і|ны|ні|да|де|та|те|дан|ден|лар|лер|сы|сі|ның|нің|ға|ге|дың|дің|тың|тің|ды|ді|ты|ті|"
        "мен|бен|пен|қа|ке|нан|нен|тан|тен"
    ),
    acting_words=split("ойнайды|рөлінде|рөлді сомдады"),
    release_verbs=split("шыққан|жарыққа шықты|прокатқа шықты|шықты|түсірілген|экранға"),
    year_words=split("жылы|жылғы"),
    comment_headings=split("пікірлер"),
    #: the patronymic written after the name in lower case: part of it
    patronymics=split("ұлы|қызы|uly|qyzy"),
    starring_after=split(
        "басты рөлдерді сомдады|басты рөлді сомдады|басты рөлдерді ойнады|басты рөлді ойнады|"
        "басты рөлдерде"
    ),
    year_endings=split("жылы|жылғы"),
    genre_adjectives=genre_table(Drama="драмалық"),
)
