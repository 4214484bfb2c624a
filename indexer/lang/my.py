"""Burmese."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="my",
    verb_final=True,
    labels=table(
        title="ခေါင်းစဉ်",
        year="ခုနှစ်",
        directors="ဒါရိုက်တာ|ညွှန်ကြားသူ",
        writers="ဇာတ်ညွှန်း",
        cast="သရုပ်ဆောင်များ|သရုပ်ဆောင်",
        music="ဂီတ",
        producers="ထုတ်လုပ်သူ",
        countries="နိုင်ငံ",
        runtime="ကြာချိန်",
        languages="ဘာသာစကား",
        synopsis="ဇာတ်လမ်းအကျဉ်း",
    ),
    director_nouns=split("ဒါရိုက်တာ"),
    minutes=split("မိနစ်"),
    hours=split("နာရီ"),
    months=cldr_months("my"),
    genres=genre_table(Comedy="ဟာသ", Documentary="မှတ်တမ်းရုပ်ရှင်"),
    conjunctions=split("နှင့်|နဲ့"),
    film_words=split("ရုပ်ရှင်|ဇာတ်ကား"),
)
