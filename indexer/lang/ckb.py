"""Kurdish, Sorani (Central Kurdish, Arabic script)."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="ckb",
    verb_final=True,
    labels=table(
        title="ناونیشان|ناوی فیلم",
        year="ساڵ|ساڵی بەرهەمهێنان|ساڵی بڵاوکردنەوە",
        directors="دەرهێنەر|دەرهێنان",
        writers="نووسەر|سیناریۆ|سیناریست",
        cast="ئەکتەران|ئەکتەرەکان|نواندن|ڕۆڵگێڕان",
        music="مۆسیقا",
        producers="بەرهەمهێنەر",
        countries="وڵات",
        genres="ژانر|جۆر",
        runtime="ماوە|درێژی",
        languages="زمان",
        synopsis="پوختە|کورتە|چیرۆک",
    ),
    directed_by=split("بە دەرهێنانی|دەرهێنانی"),
    director_nouns=split("دەرهێنەر|دەرهێنەری"),
    #: "director of the film" after the name, also in the older spelling with Arabic letters
    directed_after=split("دەرهێنەری فیلمەکە|دهرهێنهری فیلمهكه"),
    minutes=split("خولەک|خولەکە|دەقیقە"),
    hours=split("کاتژمێر|سەعات"),
    months=cldr_months("ckb"),
    genres=genre_table(
        Drama="دراما",
        Comedy="کۆمیدی",
        Documentary="دۆکیومێنتاری|بەڵگەنامەیی",
        Thriller="تریلەر",
        Animation="ئەنیمەیشن",
        History="مێژوویی",
        War="جەنگی",
        Family="خێزانی",
        Horror="ترسناک",
        Romance="ڕۆمانسی",
        Crime="تاوانکاری",
        Western="وێستێرن",
        Music="میوزیکاڵ",
        Science_Fiction="خەیاڵی زانستی",
        Fantasy="فانتازی",
        Adventure="سەرکێشی",
        Biography="ژیاننامە",
        Short="کورتە فیلم",
    ),
    institution_words=split("فێستیڤاڵ*|فیستیڤاڵ*|خەڵات*|ئەکادیمی*|پەیمانگا*"),
    film_words=split("فیلم|فیلمی|فیلمەکە|فیلمێک"),
    event_words=split("نمایش|پیشاندان|فیستیڤاڵ|فێستیڤاڵ|سینەما|بلیت|ئەمڕۆ|ئەمشەو|پێشبڕکێ|بەرنامە"),
    story_words=split(
        "چیرۆک|چیرۆکی|ژیان|ژیانی|گەنج|ئافرەت|کچێک|کوڕ|کوڕێک|خێزان|باوک|دایک|خوشک|خۆشەویستی|هاوڕێ|"
        "گوند|دەدۆزێتەوە|دەبێت"
    ),
    notice_words=split("کۆرۆنا|کۆڤید|هەموو مافەکان پارێزراون"),
    year_words=split("ساڵی"),
)
