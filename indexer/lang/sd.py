"""Sindhi (Arabic script)."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="sd",
    cldr_countries=False,
    verb_final=True,
    labels=table(
        title="عنوان|فلم جو نالو",
        year="سال|رليز جو سال",
        directors="هدايتڪار|ڊائريڪٽر|هدايتڪاري",
        writers="ليکڪ|ڪهاڻي نويس",
        cast="اداڪار|ڪاسٽ|فنڪار",
        music="موسيقي|موسيقار",
        producers="پروڊيوسر|فلمساز",
        countries="ملڪ",
        genres="صنف",
        runtime="دورانيو|مدو",
        languages="ٻولي",
        synopsis="خلاصو|ڪهاڻي",
    ),
    director_nouns=split("هدايتڪار|ڊائريڪٽر"),
    minutes=split("منٽ|منٽن"),
    hours=split("ڪلاڪ|ڪلاڪن"),
    months=cldr_months("sd"),
    genres=genre_table(
        Animation="اينيميشن|اينيميٽڊ",
        Drama="ڊراما",
        Comedy="مزاحيه|ڪاميڊي",
        Documentary="دستاويزي",
        Thriller="ٿرلر",
        History="تاريخي",
        War="جنگي",
        Family="خانداني",
        Horror="خوفناڪ",
        Romance="رومانوي",
        Science_Fiction="سائنس فڪشن",
        Biography="سوانحي",
        Short="مختصر فلم",
    ),
    conjunctions=split("۽"),
    film_words=split("فلم|فلمون"),
    event_words=split("نمائش|ميلو|ميلي|فيسٽيول|سينيما|ٽڪيٽ|اڄ|اڄ رات|مقابلو|پروگرام"),
    story_words=split(
        "ڪهاڻي|زندگي|نوجوان|عورت|ڇوڪري|ڇوڪرو|خاندان|پيءُ|ماءُ|ڌيءَ|ڀاءُ|ڀيڻ|محبت|پيار|دوست|ڳوٺ|"
        "شهر|پتو پوي"
    ),
    notice_words=split("ڪورونا|ڪوويڊ|جملي حق محفوظ"),
)
