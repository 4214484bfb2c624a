"""Uyghur (Arabic script)."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="ug",
    labels=table(
        title="نامى|فىلىم نامى",
        year="يىلى|ئىشلەنگەن يىلى",
        directors="رېژىسسور|رېژىسور|رېژىسسورى",
        writers="سىنارىيە|سىنارىيە ئاپتورى",
        cast="رولدا|ئارتىسلار|رول ئالغۇچىلار",
        music="مۇزىكا|كومپوزىتور",
        producers="پروديۇسېر|ئىشلىگۈچى",
        countries="دۆلەت",
        genres="ژانىر|تۈرى",
        runtime="ۋاقتى|ئۇزۇنلۇقى",
        languages="تىلى",
        synopsis="قىسقىچە مەزمۇنى|مەزمۇنى",
    ),
    director_nouns=split("رېژىسسور|رېژىسور|رېژىسسورى"),
    minutes=split("مىنۇت"),
    hours=split("سائەت"),
    months=cldr_months("ug"),
    genres=genre_table(
        Drama="دراما",
        Comedy="كومېدىيە",
        Documentary="ھۆججەتلىك",
        Animation="كارتون|كارتون فىلىم",
        History="تارىخىي",
        War="ئۇرۇش",
        Family="ئائىلە",
        Horror="قورقۇنچلۇق",
        Science_Fiction="ئىلمىي فانتازىيە",
        Romance="مۇھەببەت",
        Crime="جىنايى",
        Western="ۋېستېرن",
        Adventure="سەرگۈزەشت",
        Biography="تەرجىمىھال",
        Short="قىسقا فىلىم",
    ),
    conjunctions=split("ۋە"),
    film_words=split("فىلىم|فىلىمى|كىنو"),
    event_words=split(
        "قويۇلىدۇ|قويۇلۇش|كۆرسىتىش|فېستىۋال|كىنوخانا|بېلەت|بۈگۈن|بۈگۈن كەچ|مۇسابىقە|پروگرامما"
    ),
    story_words=split(
        "ھېكايە|ھىكايە|تۇرمۇش|ھايات|ياش|ياشلار|ئايال|قىز|ئوغۇل|ئائىلە|ئاتا|ئانا|ئاكا|سىڭىل|"
        "مۇھەببەت|دوست|يېزا|شەھەر|بايقايدۇ|كېرەك"
    ),
    notice_words=split("كورونا|كوۋىد|ھوقۇقى قوغدىلىدۇ"),
    year_words=split("يىلى"),
)
