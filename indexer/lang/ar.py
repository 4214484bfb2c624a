"""Arabic."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="ar",
    quote_pronouns=split("هو|هي"),
    # short names in use beside CLDR's ("الولايات المتحدة", "المملكة المتحدة", "كوريا الجنوبية",
    # "المملكة العربية السعودية"): their nisbas are the nationalities ("أمريكي", "سعودي")
    country_names=coded(
        PS="فلسطين",
        HK="هونغ كونغ|هونج كونج",
        MO="ماكاو",
        US="أمريكا|امريكا|أميركا|اميركا",
        GB="بريطانيا",
        KR="كوريا",
        SA="السعودية",
        AE="الإمارات|الامارات",
        GB_ENG="إنجلترا|انجلترا|إنكلترا|انكلترا",
        SU="الاتحاد السوفيتي|الاتحاد السوفييتي",
        CS="تشيكوسلوفاكيا",
        YU="يوغوسلافيا",
    ),
    # the article alone, or after "and", "with", "for", "so" or "as" written as prefixes
    article_prefixes=split("ال|وال|بال|لل|فال|كال"),
    labels=table(
        title="العنوان|اسم الفيلم",
        original_title="العنوان الأصلي",
        year="السنة|سنة الإنتاج|سنة الإصدار",
        release="تاريخ العرض|تاريخ الصدور",
        directors="إخراج|المخرج|اخراج|مخرج",
        writers="تأليف|سيناريو|كتابة",
        cast="بطولة|تمثيل|الممثلون|طاقم التمثيل",
        cinematography="تصوير",
        editing="مونتاج",
        music="موسيقى",
        producers="إنتاج|انتاج|منتج",
        countries="البلد|الدولة|بلد الإنتاج",
        genres="النوع|التصنيف",
        runtime="المدة|مدة العرض",
        languages="اللغة",
        synopsis="القصة|ملخص",
        awards="جوائز|الجوائز",
    ),
    directed_by=split(
        "من إخراج|إخراج|للمخرج|للمخرجة|لمخرجه|لمخرجته|لمخرجها|"
        "اخراج|وإخراج|تأليف وإخراج|أخرجه|أخرجته"
    ),
    written_by=split("تأليف|سيناريو|كتبه|كتبته"),
    starring=split(
        "الممثل|الممثلة|الممثلين|الممثلون|الممثلات|النجم|النجمة|"
        "بطولة|من بطولة|بمشاركة|تمثيل|بطولة كل من|وبطولة|ومن بطولة"
    ),
    #: prepositions and particles that follow a name and are no part of it
    postpositions=split("من|في|مع|عن|على|إلى|الى|و"),
    honorifics=split("الفنان|الفنانة|النجم|النجمة|الأستاذ|الأستاذة|الممثل|الممثلة"),
    director_nouns=split(
        "المخرج|المخرجة|مخرج الفيلم|مخرجة الفيلم|"
        # after the prefixed "and": "الممثل والمخرج توماس ماكارثي"
        "والمخرج|والمخرجة"
    ),
    first_person=split("أنا|نحن"),
    minutes=split("دقيقة|دقائق|د"),
    hours=split("ساعة|ساعات"),
    months=split(
        "يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|"
        "شباط|آذار|نيسان|أيار|حزيران|تموز|أيلول|يوليوز|غشت|شتنبر|نونبر|دجنبر|جانفي|"
        "فيفري|أفريل|جوان|جويلية"
    ),
    colour_words=split("ألوان|ملون|أبيض وأسود|ابيض واسود"),
    genres=genre_table(
        **{"Children's Film": "فيلم أطفال|فيلم للأطفال"},
        Feature_Film="فيلم روائي|فيلم روائي طويل|روائي طويل",
        Fiction="روائي",
        Drama="دراما",
        Comedy="كوميدي|كوميديا",
        Horror="رعب",
        Documentary="وثائقي|تسجيلي",  # "فيلم تسجيلي": the older word, as common
        Thriller="إثارة|اثارة|تشويق",
        Animation="رسوم متحركة|أنيميشن|انيميشن|فيلم تحريك|أفلام تحريك",
        Romance="رومانسي|رومانسية",
        Action="أكشن|اكشن",
        Crime="جريمة|بوليسي",  # "فيلم بوليسي": a detective film
        Science_Fiction="خيال علمي",
        Fantasy="فانتازيا",
        War="حرب|حربي",
        Western="ويسترن",
        Music="موسيقي|موسيقى|استعراضي|غنائي",  # a musical
        Biography="سيرة ذاتية",
        History="تاريخي",
        Family="عائلي",
        Adventure="مغامرة|مغامرات",
        Mystery="غموض",
        Black_Comedy="كوميديا سوداء",
        Romantic_Comedy="كوميديا رومانسية",
        Historical_Drama="دراما تاريخية",
        Family_Drama="دراما عائلية",
        Melodrama="ميلودراما",
        Tragicomedy="تراجيكوميديا|تراجيكوميدي",
        Psychological_Thriller="إثارة نفسية",
        Sports="رياضي",
        Short="فيلم قصير",
        Road_Movie="فيلم طريق|أفلام الطريق",
    ),
    #: a nisba adjective's feminine, its plurals ("وثائقي" -> "وثائقية", "وثائقيات",
    #: "وثائقيون", "وثائقيين"), a noun's sound plural ("مغامرة" -> "مغامرات"), the nisba
    #: adjective of a noun ("تشويق" -> "تشويقي", "تشويقية"; "دراما" -> "درامي", its final
    #: alif dropped)
    genre_endings=split("ة|ات|ون|ين|ي|ية"),
    genre_stem_endings=split("ة|ا"),
    conjunctions=split("و"),
    prefix_conjunctions=split("و"),
    production_words=split("إنتاج|انتاج"),
    film_plurals=split("أفلام|افلام|الأفلام|الافلام"),
    institution_words=split(
        "مهرجان*|المهرجان*|معهد|المعهد|أكاديمية|الأكاديمية|جائزة|الجائزة|جوائز|أرشيف|الأرشيف|"
        "مدرسة|مؤسسة|مركز|المركز|جمعية|أسبوع|أيام|فئة"
    ),
    film_words=split("فيلم|الفيلم"),
    review_words=split("مراجعة"),
    trailer_words=split("تريلر"),
    titled=split("بعنوان"),
    event_words=split(
        "يُعرض|يعرض|عرض|عروض|العرض الأول|العرض العالمي|مهرجان|المهرجان|دور العرض|السينمات|"
        "صالات|تذاكر|اليوم|الليلة|مساء|المسابقة|مسابقة|برنامج|الجالا|افتتاح|شباك التذاكر|"
        "إيرادات"
    ),
    story_words=split(
        "تدور أحداث|أحداث|قصة|يحكي|تحكي|يروي|تروي|يتتبع|تتبع|حياة|يعيش|تعيش|شاب|شابة|امرأة|"
        "فتاة|فتى|صبي|عائلة|أسرة|والد|والدة|أب|أم|ابن|ابنة|شقيق|شقيقة|زوج|زوجة|حب|صديق|"
        "أصدقاء|يكتشف|تكتشف|يقرر|تقرر|قرية|مدينة|طفولة|بطل|بطلة|البطل|البطلة|شخصية"
    ),
    notice_words=split("كوفيد|كورونا|الجائحة|جميع الحقوق محفوظة"),
    quote_in=split("عبر|في"),
    speech_verbs=split(
        "قال|قالت|يقول|تقول|يقولون|وقال|وقالت|ويقول|وتقول|وكتب|وكتبت|ويكتب|وتكتب|ووصف|ووصفت|ويصف|"
        "وتصف|وأضاف|وأضافت|يضيف|تضيف|ويضيف|وتضيف|اعتبر|اعتبرت|يعتبر|تعتبر|واعتبر|واعتبرت|أشار|"
        "أشارت|يشير|تشير|وأشار|وأشارت|يرى|ترى|ويرى|وترى|تابع|تابعت|وتابع|وتابعت|أكد|أكدت|وأكد|"
        "وأكدت|يؤكد|تؤكد|علق|علقت|وعلق|وعلقت|أوضح|أوضحت|وأوضح|وأوضحت|أشاد|أشادت|وأشاد|وأشادت|"
        "كتب|كتبت|يكتب|تكتب|وصف|وصفت|يصف|تصف|أضاف|أضافت"
    ),
    press_words=split("النقاد|نقاد|النقد|الصحافة|الإعلام|وسائل الإعلام|صحفي|الصحفيون"),
    critic_roles=split(
        "الناقد السينمائي|الناقدة السينمائية|ناقد سينمائي|ناقدة سينمائية|الناقدة الفنية|"
        "الناقد الفني|"
        "الناقد|الناقدة|ناقد|ناقدة|الكاتب الناقد"
    ),
    #: newspaper, magazine, website, news agency, network, programme
    outlet_kinds=split("صحيفة|جريدة|مجلة|موقع|وكالة|شبكة|برنامج"),
    quote_from=split("من"),
    also_words=split("أيضا|أيضاً|ايضا"),
    pronouns=split("هو|هي|هم"),
    this_words=split("هذا|هذه|ذلك|تلك"),  # this, that
    #: who, which (masculine, feminine, plural, dual): a clause about the name before them
    relative_pronouns=split("الذي|التي|الذين|اللذان|اللتان|اللواتي|اللاتي|اللائي"),
    #: words of acting beside an actor's name: role, roles, performs, embodies, plays, performance
    acting_words=split(
        "دور|أدوار|بدور|الدور|يؤدي|تؤدي|أدى|أدت|يجسد|تجسد|جسد|جسدت|يلعب|تلعب|لعب|لعبت|لعبوا|أداء|"
        "النجوم"
    ),
    release_verbs=split("إنتاج|وإنتاج|انتاج|وانتاج|أنتج|عرضه|صدوره|وصدر"),
    year_words=split("سنة|عام|العام|لسنة|لعام|في عام"),
    comment_headings=split("تعليقات|التعليقات|أضف تعليق"),
    coproduction_words=split("إنتاج مشترك"),
    quote_according=split("بحسب|حسب|وفقا ل|وفقاً ل|وفق|على حد تعبير|برأي"),
    other_words=split(
        "أخرى|المزيد|مزيد|ذات صلة|الأحدث|أحدث|آخر الأخبار|التالي|السابق|مشابهة|مقترحة|الأكثر قراءة"
    ),
    section_headings=split(
        "نقد|مراجعة|رأي|رأينا|الخلاصة|اقرأ أيضا|اقرأ أيضاً|أخبار|آخر الأخبار|شارك"
    ),
)
