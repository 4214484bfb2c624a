"""Persian."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="fa",
    own_years=(1300, 1420),
    quote_pronouns=split("او"),
    first_person=split("هستم|به نظرم|به نظر من|می‌کنم|کردم"),
    # short names in use beside CLDR's ("ایالات متحده", "کره جنوبی", "عربستان سعودی"): their
    # nisbas are the nationalities ("آمریکایی")
    country_names=coded(
        HK="هنگ کنگ|هنگ‌کنگ",
        MO="ماکائو",
        US="آمریکا|امریکا",
        KR="کره",
        GB_ENG="انگلستان",
        SU="اتحاد جماهیر شوروی|اتحاد شوروی",
        CS="چکسلواکی",
        YU="یوگسلاوی",
    ),
    nationalities=coded(SA="سعودی"),
    verb_final=True,
    labels=table(
        title="عنوان|نام فیلم",
        year="سال|سال ساخت|سال تولید|سال اکران|سال انتشار",
        directors="کارگردان|کارگردانی|کارگردانان",
        writers="نویسنده|فیلمنامه|نویسندگان",
        cast="بازیگران|بازیگر|هنرپیشگان|بازیگران اصلی",
        cinematography="مدیر فیلمبرداری",
        editing="تدوین",
        music="موسیقی|آهنگساز",
        producers="تهیه کننده|تهیه‌کننده",
        countries="کشور|محصول|محصول کشور|کشور سازنده",
        genres="ژانر",
        runtime="مدت|زمان|مدت زمان|مدت فیلم|زمان فیلم|مدت زمان فیلم",
        languages="زبان",
        synopsis="خلاصه داستان|داستان|خلاصه فیلم|خلاصه|خلاصه‌ی داستان|خلاصه ی داستان|داستان فیلم",
        awards="جوایز",
    ),
    directed_by=split(
        "به کارگردانی|کارگردان|فیلمی از|کاری از|اثری از|"
        # "the latest / newest / new work of": "تازه‌ترین ساخته سعید روستایی" (the joiner
        # between the adjective's parts is often dropped)
        "آخرین ساخته|تازه‌ترین ساخته|تازهترین ساخته|تازه ترین ساخته|جدیدترین ساخته|جدید ترین ساخته|"
        "جدید‌ترین ساخته|ساخته‌ی|ساخته ی"
    ),
    starring=split("بازیگر|هنرپیشه|با بازی|بازیگران|با هنرنمایی|با نقش‌آفرینی|با نقش آفرینی"),
    #: "لیلا حاتمی در نقش سیمین": the actor, then the character played
    plays=split("در نقش"),
    #: prepositions and particles that follow a name and are no part of it
    postpositions=split("از|در|با|به|را|که|و|است|بود|نیز|های|مثل|این|یک|دارد|برای|اما|ولی"),
    #: "who", "which": a clause about the name before it ("… بازیگری که …")
    relative_pronouns=split("که"),
    honorifics=split("آقای|خانم|استاد"),
    name_joiners=split("بن|ابو|عبد|الله|الدین"),
    # "لیلا حاتمی و علی مصفا و تعدادی از بازیگران": a list that ends "and other actors"
    starring_after=split(
        "بازیگران اصلی|و تعدادی از بازیگران|و دیگر بازیگران|و سایر بازیگران|و چند بازیگر"
    ),
    director_nouns=split("کارگردان|فیلمساز|فیلم‌ساز"),  # director, filmmaker
    directed_after=split("در مقام کارگردان|به عنوان کارگردان"),
    minutes=split("دقیقه"),
    hours=split("ساعت"),
    colour_words=split("رنگی|سیاه و سفید"),
    genres=genre_table(
        **{"Children's Film": "فیلم کودک"},
        Feature_Film="فیلم داستانی",
        Drama="درام",
        Comedy="کمدی",
        Documentary="مستند",
        Horror="ترسناک|وحشت",
        Thriller="هیجان‌انگیز|دلهره‌آور|تریلر",
        Psychological_Thriller="تریلر روانشناختی|تریلر روان‌شناختی",
        Animation="انیمیشن|پویانمایی",
        Romance="عاشقانه|رمانتیک",
        Action="اکشن",
        Crime="جنایی|پلیسی",
        Science_Fiction="علمی تخیلی|علمی-تخیلی",
        Fantasy="فانتزی",
        War="جنگی|دفاع مقدس|دفاع مقدسی",
        Western="وسترن",
        Music="موزیکال|موسیقی",
        Biography="بیوگرافی|زندگینامه|زندگی‌نامه|زندگی نامه",
        History="تاریخی",
        Family="خانوادگی",
        Adventure="ماجراجویی",
        Mystery="معمایی|رازآلود",
        Black_Comedy="کمدی سیاه",
        Romantic_Comedy="کمدی رمانتیک|کمدی عاشقانه",
        Historical_Drama="درام تاریخی",
        Family_Drama="درام خانوادگی",
        Social_Drama="درام اجتماعی",
        Sports="ورزشی",
        Melodrama="ملودرام",
        Short="فیلم کوتاه",
        Road_Movie="فیلم جاده‌ای|فیلم جاده ای",
    ),
    #: the indefinite or adjective "ی" and the plural written without its joiner
    #: ("مستندی", "کمدیها")
    genre_endings=split("ی|ای|ها|های"),
    conjunctions=split("و"),
    prefix_conjunctions=split("و"),
    production_words=split("محصول|تولید"),
    film_plurals=split("فیلم‌ها|فیلمها|فیلم‌های|فیلمهای"),
    institution_words=split(
        "جشنواره*|فستیوال*|موسسه*|مؤسسه*|آکادمی*|جایزه*|جوایز|آرشیو*|مدرسه*|بنیاد*|مرکز*|انجمن*|"
        "هفته*|بخش"
    ),
    film_words=split("فیلم"),
    months=split(
        "ژانویه|فوریه|مارس|آوریل|ژوئن|ژوئیه|سپتامبر|اکتبر|نوامبر|دسامبر|فروردین|"
        "اردیبهشت|خرداد|مرداد|شهریور|آبان|آذر|بهمن|اسفند"
    ),
    review_words=split("نقد"),
    trailer_words=split("تریلر"),
    titled=split("به نام"),
    event_words=split(
        "اکران|نمایش|جشنواره|سینماها|بلیت|بلیط|امروز|امشب|مسابقه|برنامه|اکران عمومی|گیشه"
    ),
    story_words=split(
        "داستان|روایت|ماجرا|زندگی|زندگی می‌کند|جوان|زن|دختر|پسر|خانواده|پدر|مادر|برادر|خواهر|"
        "همسر|شوهر|عشق|دوست|کشف|تصمیم|روستا|شهر|کودکی"
    ),
    notice_words=split("کووید|کرونا|همه‌گیری|کلیه حقوق|تمامی حقوق"),
    quote_in=split("در|برای"),
    speech_verbs=split(
        "نوشته|نوشته‌است|نوشتند|گفته|گفته است|می‌گویند|میگویند|آورده است|آورده|افزود|افزوده است|"
        "اضافه کرده است|توصیف کرده است|توصیف کرده|توصیف می‌کند|نامید|ستود|تمجید کرد|معتقد است|"
        "می‌افزاید|عنوان کرد|عنوان کرده است|اشاره کرد|اشاره کرده است|تاکید کرد|تأکید کرد|"
        "نوشت|نوشته است|می‌نویسد|مینویسد|می نویسد|گفت|می‌گوید|میگوید|"
        "اضافه کرد|اضافه می‌کند|اضافه میکند|توصیف کرد"
    ),
    press_words=split("منتقدان|نقد|رسانه|رسانه‌ها|مطبوعات|خبرنگار|خبرنگاران"),
    critic_roles=split(
        "منتقد ارشد|منتقد ارشد سینمایی|منتقد سینمایی|"
        "منتقد|منتقد سینما|ستون‌نویس|منتقد فیلم|تحلیلگر سینمایی|تحلیل‌گر سینمایی|مجری"
    ),
    #: publication, news agency, newspaper, magazine, weekly, monthly, site, programme
    outlet_kinds=split(
        "نشریه|خبرگزاری|روزنامه|مجله|هفته‌نامه|هفته نامه|ماهنامه|سایت|وب‌سایت|وبسایت|برنامه"
    ),
    quote_from=split("از"),
    also_words=split("نیز|هم"),
    pronouns=split("او|ایشان|وی"),
    clause_words=split(
        "نه|نمی|هیچ|همه|چون|اگر|بین|روی|زیر|پس|بعد|قبل|شد|شده|شود|کرد|کند|کنند|چه|چرا|چگونه|خود|ها|هم|باید|نیست|هست|بودن|بسیار|خیلی"
    ),
    this_words=split("این|آن"),  # this, that
    plural_endings=split("ان|ها|های"),
    #: "فیلم «…» ساخته محمد رسول‌اف": "made by" after the title in quotes; "ساخته جدید": "the new
    #: work of"
    by=split("ساخته|ساخته جدید|ساخته تازه"),
    #: words of acting beside an actor's name: role, playing a role, creating a role, plays
    acting_words=split("نقش|ایفای نقش|نقش‌آفرینی|نقش آفرینی|بازی می‌کند|بازی می کند|بازی کرده"),
    release_verbs=split("ساخته|اکران|محصول|منتشر"),
    year_words=split("سال|در سال"),
    comment_headings=split("نظرات|دیدگاه‌ها|دیدگاه ها"),
    coproduction_words=split("محصول مشترک|تولید مشترک"),
    quote_according=split("به گفته|به نوشته|به عقیده|به نظر|از نگاه|به اعتقاد"),
    other_words=split(
        "دیگر|بیشتر|مرتبط|جدیدترین|آخرین|بعدی|قبلی|مشابه|پیشنهادی|پربازدیدترین|پربازدید"
    ),
    section_headings=split("نقد|نقد فیلم|بررسی|نظر|نتیجه|بیشتر بخوانید|بخوانید|اخبار|آخرین اخبار"),
)
