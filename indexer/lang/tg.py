"""Tajik (Cyrillic)."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="tg",
    labels=table(
        title="номи филм|унвон",
        year="сол|соли истеҳсол|соли нашр",
        directors="коргардон|режиссёр|режиссер",
        writers="сенарист|сенария|муаллифи сенария|филмнома",
        cast="нақшҳо|дар нақшҳо|ҳунарпешагон|ҳунармандон|актёрон",
        music="мусиқӣ|мусиқа|оҳангсоз",
        producers="таҳиягар|продюсер|таҳиякунанда",
        countries="кишвар|давлат",
        genres="жанр|жанри|навъ",
        runtime="давомнокӣ|давомот|тӯл",
        languages="забон",
        synopsis="мухтасар|мазмун|хулоса",
    ),
    directed_by=split("коргардонӣ|ба коргардонии|таҳти коргардонии"),
    starring=split("дар нақшҳо|дар нақшҳои асосӣ|нақшҳои асосиро"),
    director_nouns=split("коргардон|режиссёр|режиссер"),
    minutes=split("дақиқа"),
    hours=split("соат"),
    months=cldr_months("tg"),
    genres=genre_table(
        Drama="драма",
        Comedy="мазҳака|мазҳакавӣ|комедия",
        Documentary="ҳуҷҷатӣ|мустанад",
        Thriller="триллер",
        Animation="мултфилм|аниматсионӣ",
        History="таърихӣ",
        War="ҷангӣ",
        Family="оилавӣ",
        Horror="даҳшатнок",
        Science_Fiction="фантастикаи илмӣ",
        Adventure="саргузаштӣ",
        Romance="ишқӣ|романтикӣ",
        Crime="ҷиноӣ",
        Melodrama="мелодрама",
        Western="вестерн",
        Music="мюзикл",
        Fantasy="фэнтезӣ|фэнтези",
        Biography="биографӣ|тарҷумаиҳолӣ",
        Short="кӯтоҳметраж|филми кӯтоҳ",
    ),
    conjunctions=split("ва"),
    film_words=split("филм|филми|фильм|фильми"),
    event_words=split(
        "премера*|премьера*|намоиш*|ҷашнвора*|фестивал*|кинотеатр*|чипта*|имрӯз|имшаб|озмун*|"
        "барнома*"
    ),
    story_words=split(
        "қисса*|ҳикоя*|достон*|зиндагӣ|зиндагии|ҷавон*|духтар*|оила*|падар*|модар*|бародар*|"
        "хоҳар*|муҳаббат*|ишқ|дӯст*|деҳа*|шаҳр*|мефаҳмад|бояд"
    ),
    notice_words=split("ковид*|коронавирус*|пандемия*|ҳамаи ҳуқуқҳо ҳифз шудаанд"),
    release_verbs=split("ба навор гирифта шудааст|нашр шуд|ба намоиш баромад"),
    year_words=split("соли|дар соли"),
)
