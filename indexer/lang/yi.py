"""Yiddish (Hebrew script)."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="yi",
    labels=table(
        year="יאָר",
        directors="רעזשיסאָר|רעזשיסער|רעזשי",
        writers="סצענאַר|שרייבער",
        cast="אַקטיאָרן|שוישפּילער",
        music="מוזיק",
        producers="פּראָדוצירער",
        countries="לאַנד",
        genres="זשאַנער",
        runtime="לענג",
        languages="שפּראַך",
        synopsis="אינהאַלט",
    ),
    director_nouns=split("רעזשיסאָר|רעזשיסער"),
    minutes=split("מינוט|מינוטן"),
    hours=split("שעה|שעהען"),
    genres=genre_table(
        Drama="דראַמע",
        Horror="גרויל־פֿילם|גרויל",
        Animation="אַנימאַציע",
        Comedy="קאָמעדיע",
        Documentary="דאָקומענטאַר",
        Romance="ראָמאַנטיש",
        Western="וועסטערן",
        Music="מוזיקל",
        Biography="ביאָגראַפֿיע",
        History="היסטאָריש",
        Short="קורצער פֿילם",
    ),
    conjunctions=split("און"),
    film_words=split("פֿילם|פילם"),
    event_words=split(
        "פּרעמיערע|פרעמיערע|פֿעסטיוואַל|פעסטיוואל|בילעטן|הײַנט|היינט|הײַנט אין אָוונט|פּראָגראַם|פראגראם"
    ),
    story_words=split(
        "געשיכטע|לעבן|יונגע|פֿרוי|פרוי|מיידל|אינגל|משפּחה|טאַטע|טאטע|מאַמע|מאמע|טאָכטער|טאכטער|"
        "ברודער|שוועסטער|ליבע|פֿרײַנד|פריינד|שטעטל|דאָרף|אַנטדעקט"
    ),
    notice_words=split("קאָראָנאַ|קאראנא|אַלע רעכט רעזערווירט"),
)
