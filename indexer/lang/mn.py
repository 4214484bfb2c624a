"""Mongolian (Cyrillic). CLDR writes its months as "нэгдүгээр сар" ("first month"), a name
with a space, which dates do not read: none are listed."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    critic_roles=split("шүүмжлэгч|кино шүүмжлэгч"),
    code="mn",
    labels=table(
        title="киноны нэр",
        year="бүтээсэн он",
        directors="найруулагч",
        writers="зохиолч|кино зохиол",
        cast="жүжигчид|гол дүрд",
        music="хөгжим",
        producers="продюсер",
        countries="улс",
        genres="төрөл",
        runtime="үргэлжлэх хугацаа",
        languages="хэл",
        synopsis="товч агуулга|агуулга|үйл явдал",
        ignore="төсөв",
    ),
    directed_after=split("найруулсан"),
    starring_after=split("нар тоглосон"),
    starring=split("жүжигчин|жүжигчид|гол дүрд"),
    director_nouns=split("найруулагч"),
    first_person=split("би|бид"),
    minutes=split("минут"),
    hours=split("цаг"),
    colour_words=split("өнгөт|хар цагаан"),
    genres=genre_table(
        **{"Children's Film": "хүүхдийн кино"},
        Feature_Film="уран сайхны кино",
        Drama="драм",
        Comedy="инээдмийн",
        Documentary="баримтат",
        Horror="аймшгийн",
        Animation="хүүхэлдэйн",
        Thriller="триллер",
        Action="тулаант",
        Crime="гэмт хэргийн",
        Romance="романтик|хайрын",
        Science_Fiction="шинжлэх ухааны уран зөгнөлт",
        Fantasy="уран зөгнөлт",
        Adventure="адал явдалт",
        War="дайны",
        Music="мюзикл",
        Family="гэр бүлийн",
        Biography="намтарчилсан",
        History="түүхэн",
        Short="богино хэмжээний",
        Melodrama="мелодрам",
        Western="вестерн",
        Detective="детектив",
        Mystery="нууцлаг",
    ),
    conjunctions=split("болон"),
    film_plurals=split("кинонууд*"),
    institution_words=split(
        "наадам*|фестивал*|хүрээлэн*|академи*|шагнал*|архив*|сургууль*|сан|төв*|долоо хоног*"
    ),
    film_words=split("кино|киноны"),
    #: the genitive of the possessor before the word for film: "Ж.Сэнгэдоржийн кино"
    genitive_endings=split("ын|ийн|ний|ны|гийн"),
    event_words=split(
        "нээлт*|үзүүлэх*|наадам*|фестиваль*|кино театр*|тасалбар*|өнөөдөр|өнөө орой|"
        "уралдаан*|хөтөлбөр*"
    ),
    story_words=split(
        "түүх*|өгүүлнэ|амьдрал*|амьдардаг|залуу*|эмэгтэй*|охин*|хүү*|гэр бүл*|аав*|ээж*|ах|"
        "ахын|эгч*|нөхөр*|эхнэр*|хайр*|найз*|тосгон*|хот|хотод|хотын"
    ),
    notice_words=split("covid*|коронавирус*|цар тахал*|бүх эрх хуулиар хамгаалагдсан"),
    release_verbs=split("нээлтээ|бүтээсэн|гарсан"),
    year_words=split("онд|оны"),
    comment_headings=split("сэтгэгдэл|сэтгэгдлүүд"),
)
