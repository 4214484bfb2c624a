"""Bengali."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="bn",
    labels=table(
        title="শিরোনাম|নাম",
        year="সাল|বছর|মুক্তির সাল",
        directors="পরিচালক|পরিচালনা",
        writers="চিত্রনাট্য",
        cast="অভিনয়ে|অভিনেতা|শিল্পী|অভিনয়",
        music="সঙ্গীত|সংগীত",
        producers="প্রযোজক|প্রযোজনা",
        countries="দেশ",
        genres="ধরন",
        runtime="দৈর্ঘ্য|সময়",
        languages="ভাষা",
        synopsis="কাহিনী|সারসংক্ষেপ",
    ),
    directed_after=split("পরিচালিত|পরিচালনায়"),
    starring_after=split("অভিনীত"),
    starring=split("অভিনয়ে"),
    director_nouns=split("পরিচালক"),
    minutes=split("মিনিট"),
    hours=split("ঘণ্টা"),
    genres=genre_table(Drama="নাটক|ড্রামা", Comedy="কমেডি"),
    conjunctions=split("ও|এবং"),
    film_words=split("ছবি|চলচ্চিত্র|সিনেমা"),
)
