"""Uzbek, in Latin script and the Cyrillic one still in use ("rollarda", "ролларда",
"режиссори")."""

from __future__ import annotations

from indexer.lang.base import (
    Language,
    cldr_months,
    coded,
    genre_table,
    in_both_scripts,
    split,
    table,
)

#: the Latin letters of Uzbek and the Cyrillic ones still in use, letter groups first (the
#: official correspondence): the genre words are written once, in Latin, and read in both
_CYRILLIC = (
    *((f"o{mark}", "ў") for mark in "‘ʻ'`’"),
    *((f"g{mark}", "ғ") for mark in "‘ʻ'`’"),
    ("sh", "ш"), ("ch", "ч"), ("ya", "я"), ("yu", "ю"), ("yo", "ё"), ("ye", "е"),
    ("^e", "э"), ("a", "а"), ("b", "б"), ("d", "д"), ("e", "е"), ("f", "ф"), ("g", "г"),
    ("h", "ҳ"), ("i", "и"), ("j", "ж"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"),
    ("o", "о"), ("p", "п"), ("q", "қ"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
    ("v", "в"), ("x", "х"), ("y", "й"), ("z", "з"), ("’", "ъ"),
)  # fmt: skip

DATA = Language(
    critic_roles=split("tanqidchi|kinotanqidchi"),
    code="uz",
    country_names=coded(SU="sovet ittifoqi|совет иттифоқи"),
    first_person=split("mening|bizning|menga"),
    labels=table(
        title="film nomi",
        year="yil|ishlab chiqarilgan yili|chiqqan yili",
        directors="rejissyor|rejissor|режиссёр|режиссер|rejissyorlar|rejissyori|режиссёрлар",
        writers="ssenariy|ssenariy muallifi",
        cast="rollarda|bosh rollarda|aktyorlar|ролларда|бош ролларда",
        music="musiqa|bastakor",
        producers="prodyuser",
        countries="mamlakat|davlat",
        genres="janr|janrlar",
        runtime="davomiyligi|давомийлиги|davomiylik",
        languages="til",
        synopsis="qisqacha mazmuni|mazmuni|qisqacha mazmun|syujet",
        ignore="byudjet",
    ),
    directed_after=split("suratga olgan|rejissyorlik qilgan|rejissorlik qilgan|суратга олган"),
    starring=split(
        "aktyor|aktyorlar|актёр|актёрлар|"
        "bosh rollarda|rollarda|бош ролларда|ролларда|asosiy rollarda|асосий ролларда|"
        "aktrisa|актриса"
    ),
    starring_after=split(
        "talqin etishgan|talqin etgan|талқин этишган|талқин этган|ijro etishgan|ijro etgan|"
        "ижро этишган|ижро этган"
    ),
    conjunctions=split("va|ва|hamda|ҳамда"),
    director_nouns=split(
        "rejissyor|rejissyori|rejissori|режиссёр|режиссёри|режиссори|режиссер|rejissyorlari|"
        "rejissorlari|режиссёрлари|rejissyorlar|режиссёрлар"
    ),
    minutes=split("daqiqa|дақиқа|daqiqalik"),
    hours=split("soat|соат"),
    months=cldr_months("uz", skip="sen"),
    colour_words=split("rangli|oq-qora"),
    genres=in_both_scripts(
        genre_table(
            **{"Children's Film": "bolalar filmi"},
            Feature_Film="badiiy film|бадиий фильм",
            Fiction="badiiy|бадиий",
            Drama="drama",
            Comedy="komediya",
            Documentary="hujjatli|ҳужжатли",
            Thriller="triller",
            Animation="multfilm|animatsion",
            Crime="kriminal",
            Romance="romantik",
            Horror="qo‘rqinchli|dahshatli",
            Science_Fiction="ilmiy fantastika|fantastika|ilmiy-fantastik",
            Fantasy="fentezi",
            Adventure="sarguzasht",
            War="urush|harbiy",
            Music="musiqiy|myuzikl",
            Family="oilaviy",
            Biography="biografik",
            History="tarixiy",
            Short="qisqa metrajli",
            Melodrama="melodrama",
            Black_Comedy="qora komediya",
            Tragicomedy="tragikomediya|tragikomik",
            Romantic_Comedy="romantik komediya",
            Western="vestern",
            Historical_Drama="tarixiy drama",
            Action="jangari",
            Detective="detektiv",
        ),
        _CYRILLIC,
    )
    | genre_table(Road_Movie="road movie"),  # the English words, in both scripts
    film_plurals=split("filmlar*"),
    institution_words=split(
        "festival*|institut*|akademiya*|mukofot*|arxiv*|maktab*|jamg'arma*|jamgʻarma*|markaz*|"
        "hafta*|kunlari*|nominatsiya*"
    ),
    film_words=split("film|filmi"),
    #: the genitive of the possessor before the word for film: "Ayub Shahobiddinovning filmi"
    genitive_endings=split("ning|нинг"),
    event_words=split(
        "premyera*|namoyish*|festival*|kinoteatr*|chipta*|bugun|bu kecha|tanlov*|dastur*"
    ),
    story_words=split(
        "hikoya*|voqea*|hayot*|yashaydi|yosh*|ayol*|qiz*|o'g'il*|oila*|ota|otasi|otasini|ona|"
        "onasi|onasini|akasi|akasini|opasi|opasini|xotin*|sevgi*|muhabbat*|do'st*|qishloq*|"
        "shahar*"
    ),
    notice_words=split("covid*|koronavirus*|pandemiya*|barcha huquqlar himoyalangan"),
    genre_endings=split("lar|i|si|ni|da|dan|ga|ning|лар|и|си|ни|да|дан|га|нинг"),
    acting_words=split("rolini|rolida|rolni ijro etgan"),
    release_verbs=split("premyera|suratga|namoyish|chiqqan"),
    year_words=split("yilda|yili|yil"),
    year_endings=split("yilda|yili|yil"),
    year_marks=split("y|yil"),
    comment_headings=split("izohlar|izoh"),
    #: the patronymic written after the name in lower case ("Bobur Sher oʻgʻli"): part of it
    patronymics=split("oʻgʻli|o‘g‘li|o'g'li|o`g`li|ogli|qizi|ўғли|қизи"),
    unstemmed_genres=split("vestern"),
)
