"""Urdu."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, coded, genre_table, split, table

DATA = Language(
    code="ur",
    country_names=coded(HK="ہانگ کانگ"),
    verb_final=True,
    labels=table(
        title="عنوان",
        year="سال اجرا|ریلیز کا سال|سال",
        release="ریلیز|تاریخ ریلیز",
        directors="ہدایات|ہدایت کاری|ہدایتکاری|ہدایت کار|ہدایتکار|ڈائریکٹر|ڈائرکٹر",
        writers="مصنف|اسکرین پلے",
        cast="اداکاران|مرکزی اداکار|مرکزی کاسٹ|اداکار|کاسٹ",
        music="موسیقی",
        producers="پروڈیوسر|فلمساز",
        countries="ملک",
        genres="زمرہ|صنف",
        runtime="مدت|فلم کا دورانیہ|دورانیہ",
        languages="زبان",
        synopsis="فلم کی کہانی|پلاٹ|کہانی کا خلاصہ|خلاصہ",
        ignore="بجٹ|تقسیم کار",
    ),
    directed_by=split("فلم کی ہدایات|فلم کی ہدایت کاری"),
    directed_after=split(
        "کی ڈائریکشن میں|کے زیر ہدایت|نے ہدایات دیں|نے ہدایات دی ہیں|کی ہدایت کاری میں بننے والی|"
        "کی ہدایتکاری میں بننے والی|کی ہدایت میں|کی ہدایات میں|کی ہدایت کاری میں|کی ہدایتکاری میں|"
        "نے ہدایت کاری کی|نے ہدایتکاری کی"
    ),
    directed_framed=split("ہدایت کاری … نے کی|ہدایتکاری … نے کی|ہدایات … نے دی|ڈائریکشن … نے دی"),
    starring=split(
        "مرکزی کرداروں میں|مرکزی کردار میں|اداکارائیں|اداکار|اداکارہ|کی کاسٹ میں|کاسٹ میں|"
        "اداکاروں میں"
    ),
    starring_after=split(
        "نے مرکزی کردار نبھائے|نے مرکزی کردار نبھایا|نے مرکزی کردار نبھائے ہیں|"
        "نے مرکزی کردار ادا کیے ہیں|مرکزی کردار میں|لیڈ رول|نے اداکاری کی|"
        "نے مرکزی کردار ادا کیے|نے مرکزی کردار ادا کیا|نے مرکزی کردار ادا کئے|"
        "نے اہم کردار ادا کیے|نے اہم کردار ادا کیا|نے اہم کردار ادا کئے"
    ),
    director_nouns=split("ہدایت کار|ہدایتکار|ڈائریکٹر|ڈائرکٹر"),
    first_person=split("ہم|ہمیں|مجھے"),
    minutes=split("منٹ"),
    hours=split("گھنٹے|گھنٹہ"),
    months=cldr_months("ur"),
    genres=genre_table(
        Drama="ڈراما|ڈرامہ",
        Comedy="کامیڈی|مزاحیہ",
        Documentary="دستاویزی فلم|ڈاکیومنٹری|دستاویزی",
        Horror="خوفناک|ہارر|ڈراؤنی",
        Thriller="تھرلر|سنسنی خیز",
        Romance="رومانی|رومانٹک|رومانوی|رومانس",
        Action="ایکشن",
        Animation="اینیمیٹڈ|اینیمیشن",
        Crime="کرائم|جرائم",
        Science_Fiction="سائنسی فکشن|سائنس فکشن",
        Fantasy="فنتاسی",
        Adventure="ایڈونچر|مہم جوئی",
        War="جنگی",
        Music="میوزیکل",
        Family="خاندانی",
        Biography="سوانح حیات|سوانحی|بائیوپک",
        History="تاریخی",
        Short="مختصر فلم",
        Sports="کھیل|اسپورٹس",
        Western="ویسٹرن",
        Mystery="پراسرار|مسٹری",
        Romantic_Comedy="رومانوی کامیڈی|رومینٹک کامیڈی",
    ),
    conjunctions=split("اور"),
    # "بھی" (also), "ہی" (only) follow a name as the postpositions do: "علی قریشی بھی شامل ہیں"
    postpositions=split("کی|کا|کے|نے|کو|سے|میں|پر|بھی|ہی"),
    # a title or a calling written before a name: "ماڈل ایمان سلیمان" (the model …)
    honorifics=split("جناب|محترمہ|اداکار|اداکارہ|ماڈل|گلوکار|گلوکارہ|فنکار|فنکارہ"),
    film_plurals=split("فلمیں|فلموں"),
    institution_words=split("فیسٹیول*|میلہ|ادارہ|اکیڈمی|ایوارڈ*|انعام|آرکائیو|مرکز|ہفتہ"),
    film_words=split("فلم"),
    review_words=split("ریویو|تبصرہ"),
    event_words=split("پریمیئر|نمائش|فیسٹیول|میلہ|سینما|ٹکٹ|آج|آج رات|مقابلہ|پروگرام|ریلیز"),
    story_words=split(
        "کہانی|زندگی|نوجوان|عورت|لڑکی|لڑکا|خاندان|باپ|ماں|بیٹا|بیٹی|بھائی|بہن|شوہر|بیوی|محبت|"
        "دوست|پتہ چلتا|فیصلہ|گاؤں|شہر"
    ),
    notice_words=split("کووڈ|کورونا|وبا|جملہ حقوق"),
    critic_roles=split("فلم نقاد|تبصرہ نگار|نقاد"),
    #: words of acting beside an actor's name: character, acting, performed
    acting_words=split("کردار|اداکاری|نبھایا|نبھا رہے"),
    release_verbs=split("ریلیز ہوئی|پیش کی گئی|ریلیز|نمائش"),
    year_words=split("سال|میں"),
    comment_headings=split("تبصرے"),
    speech_verbs=split("لکھا|لکھتے ہیں|کہا|کہنا تھا|بتایا"),
    other_words=split("دیگر|مزید|متعلقہ|تازہ ترین|اگلا|پچھلا|مقبول"),
    section_headings=split("تبصرہ|فلم ریویو|ریویو|مزید پڑھیں|یہ بھی پڑھیں"),
    role_of=split("کے کردار میں|کے روپ میں"),
    relative_pronouns=split("جو|جس|جنہوں|جنہیں"),
)
