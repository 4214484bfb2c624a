"""Assamese (Bengali script with its own ৰ and ৱ)."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="as",
    verb_final=True,
    labels=table(
        title="শিৰোনাম|নাম",
        year="বছৰ|মুক্তিৰ বছৰ",
        directors="পৰিচালক|পৰিচালনা",
        writers="লেখক|চিত্ৰনাট্য|কাহিনী",
        cast="অভিনয়ত|অভিনেতা|অভিনয়|কলাকুশলী|শিল্পী",
        music="সংগীত|সঙ্গীত",
        producers="প্ৰযোজক|প্ৰযোজনা",
        countries="দেশ",
        genres="শ্ৰেণী|ধৰণ",
        runtime="দৈৰ্ঘ্য|সময়",
        languages="ভাষা",
        synopsis="কাহিনী|সাৰাংশ",
    ),
    directed_after=split("পৰিচালিত|পৰিচালনাত"),
    starring_after=split("অভিনীত"),
    starring=split("অভিনয়ত"),
    director_nouns=split("পৰিচালক"),
    minutes=split("মিনিট"),
    hours=split("ঘণ্টা"),
    months=cldr_months("as"),
    genres=genre_table(
        Animation="এনিমেচন|এনিমেশন",
        Drama="নাটক|ড্ৰামা",
        Comedy="হাস্যৰস|কমেডি",
        Romance="ৰোমান্টিক",
        Thriller="থ্ৰিলাৰ",
        Horror="ভৌতিক",
        Documentary="তথ্যচিত্ৰ",
        History="ঐতিহাসিক",
        Family="পাৰিবাৰিক",
        Crime="অপৰাধ",
        War="যুদ্ধ",
        Music="সংগীতময়",
        Science_Fiction="বিজ্ঞান কল্পকাহিনী",
        Adventure="দুঃসাহসিক",
        Biography="জীৱনী",
        Short="চুটি ছবি|চুটি চলচ্চিত্ৰ",
    ),
    conjunctions=split("আৰু"),
    #: as, or, with, from, for, by, about; a, this, that: no word of a name
    postpositions=split("হিচাপে|বা|সৈতে|লগত|পৰা|বাবে|দ্বাৰা|বিষয়ে|এখন|এটা|এই|সেই|কিন্তু"),
    film_words=split("চলচ্চিত্ৰ|ছবি|ছবিখন|ফিল্ম"),
    event_words=split(
        "প্ৰিমিয়াৰ*|প্ৰদৰ্শন*|উৎসৱ*|মহোৎসৱ*|চিনেমা হল*|প্ৰেক্ষাগৃহ*|টিকট*|টিকেট*|আজি|আজি নিশা|"
        "প্ৰতিযোগিতা*|মুক্তি*"
    ),
    story_words=split(
        "কাহিনী*|কাহিনি*|জীৱন*|যুৱক*|যুৱতী*|মহিলা*|ছোৱালী*|ল'ৰা*|পৰিয়াল*|দেউতা*|পুত্ৰ*|জীয়ৰী*|"
        "ভনী*|স্বামী*|পত্নী*|প্ৰেম*|ভালপোৱা*|বন্ধু*|গাঁও*|চহৰ*"
    ),
    notice_words=split("কোভিড*|ক'ভিড*|কৰোনা*|মহামাৰী*|সৰ্বস্বত্ব সংৰক্ষিত"),
)
