"""Hebrew."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="he",
    quote_pronouns=split("הוא|היא"),
    country_names=coded(
        PS="פלסטין", HK="הונג קונג", MO="מקאו", SU="ברית המועצות", CS="צ'כוסלובקיה", YU="יוגוסלביה"
    ),
    article_prefixes=split("ה"),
    labels=table(
        title="שם הסרט|כותרת",
        original_title="שם מקורי",
        year="שנת יציאה לאקרנים|שנת הוצאה|שנה|שנת הפקה|שנת יציאה",
        release="בכורה|תאריך יציאה",
        directors="הבמאי|הבמאית|בימוי ותסריט|תסריט ובימוי|במאי|במאית|בימוי|במאים|במאיות",
        writers="תסריט|תסריטאי",
        # the verb "to star" in the present as a label: "מככבים: A, B"
        cast="צוות שחקנים|שחקנים עיקריים|שחקנים|משתתפים|בהשתתפות|שחקנים ראשיים|מככבים|מככבות",
        cinematography="צילום",
        editing="עריכה",
        music="מוזיקה",
        producers="מפיק|הפקה",
        countries="מדינה|ארץ",
        genres="ז'אנרים|ז'אנר|ז׳אנר|סוגה",
        runtime="אורך הסרט|משך הסרט|זמן הקרנה|אורך|משך",
        languages="שפה",
        synopsis="תקציר העלילה|על הסרט|עלילת הסרט|תקציר הסרט|תקציר|עלילה",
        awards="פרסים",
        press="ביקורות|ביקורות מבקרים",
    ),
    directed_by=split(
        "ביים|ביימה|ביימו|שביים|שביימה|בבימוי ותסריט של|נכתב ובוים על ידי|בוים על ידי|בבימוי|"
        "בבימויו של|בבימויה של|במאי|במאית|בבימוי של|סרטו של|סרטה של|סרטיו של|סרטיה של|"
        # "the debut film of"
        "סרט הבכורה של|סרט הביכורים של|"
        # "their film of", "his first / second / new film of"
        "סרטם של|סרטן של|סרטו הראשון של|סרטה הראשון של|סרטו השני של|סרטה השני של|"
        "סרטו החדש של|סרטה החדש של|"
        # "the film was directed by" (object, verb, then the subject)
        "את הסרט ביים|את הסרט ביימה|את הסרט ביימו"
    ),
    starring=split(
        "בהשתתפות השחקנים|בכיכוב השחקנים|בכיכובם של|בכיכוב|בהשתתפות|בכיכובו של|בכיכובה של|השחקן|"
        "השחקנית|השחקנים|השחקניות|"
        # "starring" as a verb in the present, before its subjects: "בסרט מככבים A ו-B"
        "מככבים|מככבות|מככב|מככבת|מככבים בו|מככבים בסרט"
    ),
    #: prepositions and particles that follow a name and are no part of it
    postpositions=split("של|עם|על|ב|ו"),
    by=split("מאת"),
    director_nouns=split("הבמאי|הבמאית|במאי|במאית"),
    first_person=split("אני|אנחנו"),
    minutes=split("דקות|דק'|דק|ד'"),
    hours=split("שעות|שעה"),
    colour_words=split("צבע|שחור-לבן|שחור לבן"),
    genres=genre_table(
        **{"Children's Film": "סרט ילדים"},
        Feature_Film="סרט עלילתי",
        Fiction="עלילתי",
        Drama="דרמה",
        Comedy="קומדיה",
        Documentary="דוקומנטרי|תיעודי|דוקו",
        Horror="אימה",
        Thriller="מתח|מותחנים|מותחן",
        Animation="מצויר|אנימציה|מונפש",
        Romance="רומנטי|רומנטית|רומנטיקה",
        Action="אקשן",
        Crime="פלילי|פשע",
        Science_Fiction="דיסטופיה|דיסטופי|מדע בדיוני",
        Fantasy="פנטזיה",
        War="מלחמה",
        Western="מערבון",
        Music="מיוזיקל|מחזמר|מוזיקלי",
        Biography="ביוגרפי|ביוגרפיה",
        History="היסטורי",
        Family="משפחתי",
        Adventure="הרפתקאות",
        Mystery="מסתורין",
        Black_Comedy="קומדיה שחורה",
        Romantic_Comedy="קומדיה רומנטית",
        Tragicomedy="טרגיקומדיה",
        Melodrama="מלודרמה",
        Short="סרט קצר",
        Road_Movie="סרט דרכים",
        Historical_Drama="דרמה תקופתית|דרמה היסטורית",
        Psychological_Thriller="מותחן פסיכולוגי",
        Parody="פרודיה",
        War_Drama="דרמת מלחמה",
        Family_Drama="דרמה משפחתית",
        Psychological_Drama="דרמה פסיכולוגית",
        Detective="בלשי",
    ),
    #: an adjective's feminine and masculine plural ("תיעודי" -> "תיעודית", "תיעודיים");
    #: not the plural in "-ות", which names a noun's many ("הפנטזיות שלה": her fantasies)
    genre_endings=split("ת|ים"),
    conjunctions=split("ו"),
    prefix_conjunctions=split("ו"),
    production_words=split("הפקה|הפקת"),
    film_plurals=split("סרטים|הסרטים"),
    institution_words=split(
        "פסטיבל*|הפסטיבל*|מכון|המכון|אקדמיה|האקדמיה|פרס|הפרס|פרסי|ארכיון|הארכיון|בית ספר|קרן|"
        "הקרן|מרכז|שבוע|ימי|קטגוריה"
    ),
    film_words=split("הסרט|סרט"),
    #: "הסרט החדש של X": the possessor after "של" ("of")
    film_of=split("של"),
    review_words=split("ביקורת"),
    trailer_words=split("טריילר"),
    press_headings=split("ביקורות|ביקורות מבקרים"),
    months=split(
        "ינואר|פברואר|מרץ|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר|"
        "בינואר|בפברואר|במרץ|באפריל|במאי|ביוני|ביולי|באוגוסט|בספטמבר|באוקטובר|בנובמבר|"
        "בדצמבר"
    ),
    titled=split("בשם"),
    is_a=split("הוא"),
    event_words=split(
        "הקרנה|הקרנת|הקרנות|יוקרן|מוקרן|בכורה|פסטיבל|בבתי הקולנוע|בתי קולנוע|סינמטק|כרטיסים|"
        "כרטיס|היום|הערב|תחרות|תכנית|תוכנית|מארגנים|בשיתוף|אירוע|קופות|בשיתוף עם|במסגרת"
    ),
    story_words=split(
        "סיפור|מספר|מספרת|עוקב|עוקבת|חיים|חייו|חייה|חי|צעיר|צעירה|אישה|אשה|נערה|נער|ילדה|ילד|"
        "משפחה|משפחת|אב|אביו|אם|אמו|בן|בת|אח|אחות|האחות|בעל|אשתו|אהבה|אהבת|חבר|חברה|מגלה|"
        "מחליט|מחליטה|כפר|עיירה|ילדות|גיבור|גיבורה|הגיבור|הגיבורה"
    ),
    notice_words=split("קורונה|קוביד|מגפה|כל הזכויות שמורות"),
    quote_in=split("עבור|אצל"),
    speech_verbs=split(
        "כותבים|כתבו|אומר|אומרת|אומרים|אמרו|מתאר|מתארת|הוסיף|הוסיפה|מוסיף|מוסיפה|טוען|טוענת|טען|"
        "טענה|שיבח|שיבחה|סיכם|סיכמה|"
        "כתב|כתבה|כותב|כותבת|אמר|אמרה|תיאר|תיארה"
    ),
    critic_roles=split("מבקרי הקולנוע|מבקרת הקולנוע|המבקר|המבקרת|מבקר|מבקרת|מבקר הקולנוע"),
    pronouns=split("הוא|היא|הם"),
    this_words=split("הזה|הזאת|הזו"),  # this (after the noun)
    #: words of acting beside an actor's name: in the role of, portrays, acts
    acting_words=split("בתפקיד|מגלם|מגלמת|מגלמים|משחק|משחקת|משחקים"),
    release_verbs=split("יצא לאקרנים|שיצא לאקרנים|הופק ב|יצא|הופק|שיצא|בכורה"),
    year_words=split("בשנת|שנת"),
    comment_headings=split("תגובות"),
    coproduction_words=split("הפקה משותפת"),
    quote_according=split("לדברי|לפי|על פי|לטענת|לדעת"),
    other_words=split(
        "עוד|נוספים|נוספות|קשורים|קשורות|אחרונות|האחרונות|הבא|הקודם|דומים|מומלצים|הנקראים ביותר"
    ),
    section_headings=split("ביקורת|סיכום|השורה התחתונה|קראו גם|חדשות"),
    press_words=split("מבקרים"),
    plays=split("בתפקיד|המגלם את|המגלמת את"),
    role_of=split("בגילומו של|בגילומה של|בגילום"),
    lead_words=split("בתפקיד הראשי|בתפקיד הראשי של|התפקיד הראשי"),
    year_from=split("משנת"),
    year_prefixes=split("ב|מ|ל|וב|ומ|שב"),
)
