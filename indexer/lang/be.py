"""Belarusian."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="be",
    quote_pronouns=split("ён|яна"),
    country_names=coded(HK="ганконг", SU="савецкі саюз", CS="чэхаславакія", YU="югаславія"),
    labels=table(
        title="назва",
        year="год",
        directors="рэжысёр|рэжысёры|рэжысура|рэжысёр-пастаноўшчык",
        writers="сцэнарый|аўтар сцэнарыя",
        cast="у ролях|ролі выконваюць|акцёры|у галоўных ролях",
        countries="краіна",
        runtime="працягласць",
        synopsis="сюжэт|пра фільм",
        awards="узнагароды",
        editing="мантаж",
        cinematography="аператар",
        producers="прадзюсар",
        music="музыка|кампазітар",
        languages="мова",
        genres="жанр|жанры",
        original_title="арыгінальная назва",
    ),
    # the classical orthography (taraškievica) and the Latin alphabet (łacinka) write the
    # noun otherwise: "рэжысэр", "režysior"
    director_nouns=split("рэжысёр|рэжысёрам|рэжысэр|рэжысэрам|režysior|režysiorka|režysioram"),
    minutes=split("хв|хвілін|хвіліны"),
    conjunctions=split("і|ды"),
    film_plurals=split("фільмы|фільмаў|фільмах"),
    institution_words=split(
        "фестывал*|інстытут*|акадэмі*|прэмія|прэміі|прэмію|узнагарод*|архіў*|школ*|фонд*|цэнтр*|"
        "тыдн*|дні|катэгор*"
    ),
    film_words=split("фільм|фільма|фільме|стужка|стужкі|стужку|стужцы"),
    genitive_endings=split("а|я|ага|ай|ы|і"),
    genitive_after=True,
    new_film_nouns=split("навінка|навінку|навінкі|дэбют|дэбюту|карціну|карціны"),
    titled=split("назвай"),
    review_words=split("рэцэнзія|агляд"),
    colour_words=split("каляровы|чорна-белы"),
    genres=genre_table(
        **{"Children's Film": "дзіцячы фільм"},
        Feature_Film="мастацкі фільм",
        Fiction="мастацкі",
        Drama="драма",
        Comedy="камедыя",
        Documentary="дакументальны|дакументальны фільм",
        Horror="жахі|фільм жахаў",
        Thriller="трылер",
        Animation="анімацыя|мультфільм",
        Romance="рамантычны",
        Action="баявік|экшн",
        Crime="крымінальны",
        Science_Fiction="навуковая фантастыка|фантастыка",
        Fantasy="фэнтэзі",
        War="ваенны",
        Western="вестэрн",
        Music="мюзікл",
        Biography="біяграфічны",
        History="гістарычны",
        Family="сямейны",
        Adventure="прыгоды",
        Mystery="дэтэктыў",
        Tragicomedy="трагікамедыя|трагікамічны",
        Black_Comedy="чорная камедыя",
        Historical_Drama="гістарычная драма",
        Political_Thriller="палітычны трылер",
        Political_Drama="палітычная драма",
        Melodrama="меладрама",
        Short="кароткаметражны|кароткаметражка",
        Psychological_Thriller="псіхалагічны трылер",
        Psychological_Drama="псіхалагічная драма|псіхадрама",
        Road_Movie="роўд-муві|роўд муві",
        Romantic_Comedy="рамантычная камедыя",
    ),
    by=split("рэж."),
    months=split(
        "студзеня|лютага|сакавіка|красавіка|мая|чэрвеня|ліпеня|жніўня|верасня|"
        "кастрычніка|лістапада|снежня|студзень|люты|сакавік|красавік|май|чэрвень|"
        "ліпень|жнівень|верасень|кастрычнік|лістапад|снежань"
    ),
    hours=split("гадзін|гадзіны|гадзіна|гадз"),
    plays=split("у ролі|ў ролі|грае"),
    starring=split(
        "у галоўных ролях|у ролях|у галоўнай ролі|здымаліся|выканаўца галоўнай ролі|"
        "выканаўца ролі|выканаўцы галоўных роляў|выканаўцы роляў"
    ),
    directed_by=split("рэжысёр|рэжысёра|рэжысёркі|рэжысёрка|зняў|зняла|рэж."),
    first_person=split("я|мы"),
    event_words=split(
        "прэм'ер*|прэм’ер*|паказ*|фестываль*|фестывал*|конкурс*|праграм*|кінатэатр*|білет*|"
        "сёння|увечары|сеанс*"
    ),
    story_words=split(
        "гісторы*|распавяда*|жыцц*|жыве|малад*|жанчын*|дзяўчын*|хлопчык*|хлопц*|сям'*|сям’*|"
        "бацьк*|маці|сын|сына|дачк*|брат|сястр*|муж|жонк*|каханн*|любоў*|сябр*|даведва*|"
        "вырашае|павінен|вёск*|горад*"
    ),
    notice_words=split("covid*|каранавірус*|пандэмі*|усе правы абаронены"),
    quote_in=split("у|ў|для"),
    speech_verbs=split("піша|напісаў|напісала|кажа|сказаў|сказала|адзначае|называе"),
    critic_roles=split("кінакрытык|крытык"),
    genre_endings=split(
        "а|ы|і|у|ю|е|я|ой|ай|ою|ей|ем|ам|ом|аў|оў|амі|ах|ых|ым|ага|аму|ая|ае|ыя|ую|ыі"
    ),
    acting_words=split("іграе|сыграў|сыграла|у ролі|лепшая жаночая роля|лепшая мужчынская роля"),
    lead_words=split("у галоўнай ролі|галоўную ролю"),
    release_verbs=split("выйшаў|выйшла|выпушчан|зняты|знятая|прэм'ер|прэм’ер"),
    year_words=split("годзе|года|год"),
    year_of=split("года|г."),
    comment_headings=split("каментары|каментарыі"),
)
