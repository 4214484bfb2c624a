"""Pashto."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="ps",
    cldr_countries=False,
    verb_final=True,
    labels=table(
        title="سرلیک|د فلم نوم",
        year="کال|د جوړېدو کال|د خپرېدو کال",
        directors="ډایرکټر|ډایرېکټر|لارښود|رژیسور",
        writers="لیکوال|سناریو|سناریو لیکوال",
        cast="لوبغاړي|لوبغاړی|اداکاران|کرکټرونه",
        music="موسیقي|موسیقی",
        producers="تولیدوونکی|جوړوونکی|پروډیوسر",
        countries="هېواد|هیواد",
        genres="ژانر",
        runtime="موده|اوږدوالی",
        languages="ژبه",
        synopsis="لنډیز|کیسه",
    ),
    directed_by=split("په لارښوونه|په ډایرکټرۍ"),
    director_nouns=split("ډایرکټر|ډایرېکټر|لارښود|رژیسور"),
    minutes=split("دقیقې|دقیقه|دقیقو"),
    hours=split("ساعت|ساعته|ساعتونه"),
    months=cldr_months("ps"),
    genres=genre_table(
        Drama="ډرامه|درام",
        Comedy="کمیډي|کامیډي|طنزي",
        Documentary="مستند",
        Thriller="تریلر",
        Animation="کارټون|انیمیشن",
        History="تاریخي",
        War="جنګي|جګړه ییز",
        Family="کورنۍ",
        Horror="ډارونکی|وحشتناک",
        Romance="رومانتیک|مینه ییز",
        Crime="جنايي",
        Western="وسترن",
        Music="موزیکال",
        Science_Fiction="علمي تخیلي",
        Fantasy="فانتزي",
        Adventure="ماجراجويانه",
        Biography="بیوګرافي|ژوندلیک",
        Short="لنډ فلم",
    ),
    conjunctions=split("او"),
    film_words=split("فلم|فیلم|فلمونه"),
    event_words=split(
        "نندارې|ننداره|جشنواره|فستیوال|فیستیوال|سینماګانو|ټکټ|ټکټونه|نن شپه|سیالۍ|پروګرام"
    ),
    story_words=split(
        "کیسې|داستان|ژوند|ځوان|ښځه|نجلۍ|هلک|کورنۍ|پلار|زوی|لور|ورور|مینه|ملګری|ملګرې|ښار"
    ),
    notice_words=split("کرونا|کورونا|کوویډ|ټول حقونه خوندي دي"),
    year_words=split("کال|په کال"),
    own_years=(1300, 1420),
)
