"""Burmese."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, coded, genre_table, split, table

DATA = Language(
    critic_roles=split("ဝေဖန်ရေးဆရာ"),
    code="my",
    # Unicode, then Zawgyi, the legacy encoding many Burmese sites still write
    starring=split("သရုပ်ဆောင်|သ႐ုပ္ေဆာင္"),
    country_names=coded(HK="ဟောင်ကောင်"),
    verb_final=True,
    labels=table(
        title="ခေါင်းစဉ်",
        year="ခုနှစ်",
        directors="ဒါရိုက်တာ|ညွှန်ကြားသူ|ဒါ႐ိုက္တာ|ဒါရိုက္တာ",  # the last two: Zawgyi
        writers="ဇာတ်ညွှန်း",
        cast="သရုပ်ဆောင်များ|သရုပ်ဆောင်|အဓိကသရုပ်ဆောင်|ပါဝင်သရုပ်ဆောင်များ",
        music="ဂီတ",
        producers="ထုတ်လုပ်သူ",
        countries="နိုင်ငံ",
        runtime="ကြာချိန်",
        languages="ဘာသာစကား",
        synopsis="ဇာတ်လမ်းအကျဉ်း|ဇာတ်လမ်းအကျဉ်းချုပ်|အကျဉ်းချုပ်",
        genres="အမျိုးအစား",
    ),
    director_nouns=split("ဒါရိုက်တာ|ဒါ႐ိုက္တာ|ဒါရိုက္တာ"),  # the last two: Zawgyi
    minutes=split("မိနစ်"),
    hours=split("နာရီ"),
    months=cldr_months("my"),
    conjunctions=split("နှင့်|နဲ့"),
    case_particles=split("ကို|က|၏|ရဲ့|မှ|နှင့်|နဲ့|သည်|ဟာ|ရဲ႕|ႏွင့္|နဲ႔|သည္"),  # the last four: Zawgyi
    genres=genre_table(
        Drama="ဒရာမာ",
        Comedy="ဟာသ",
        Horror="ထိတ်လန့်|သရဲ",  # "သရဲကား", a ghost film: the horror film
        Action="အက်ရှင်",
        Documentary="မှတ်တမ်းရုပ်ရှင်",
        Romance="အချစ်",
        Animation="ကာတွန်း",
        Short="ရုပ်ရှင်တို",
        Adventure="စွန့်စားခန်း",
        Crime="ရာဇဝတ်",
        Thriller="သည်းထိတ်ရင်ဖို",
        Fantasy="စိတ်ကူးယဉ်",
        Mystery="လျှို့ဝှက်ဆန်းကြယ်",
        War="စစ်ကား|စစ်ပွဲ",
        Music="ဂီတ",
        Family="မိသားစု",
        History="သမိုင်း",
        Biography="အတ္ထုပ္ပတ္တိ",
        Sports="အားကစား",
    ),
    film_words=split("ရုပ်ရှင်|ဇာတ်ကား"),
    event_words=split("ပွဲဦး|ပြသ|ရုပ်ရှင်ပွဲတော်|ပွဲတော်|ရုပ်ရှင်ရုံ|လက်မှတ်|ယနေ့|ပြိုင်ပွဲ|အစီအစဉ်"),
    story_words=split(
        "ဇာတ်လမ်း|ဘဝ|လူငယ်|အမျိုးသမီး|မိန်းကလေး|ယောက်ျားလေး|မိသားစု|အဖေ|အမေ|သား|သမီး|အစ်ကို|"
        "ညီမ|ခင်ပွန်း|ဇနီး|အချစ်|သူငယ်ချင်း|ရွာ|မြို့"
    ),
    notice_words=split("ကိုဗစ်|မူပိုင်ခွင့်"),
    comment_headings=split("မှတ်ချက်များ"),
)
