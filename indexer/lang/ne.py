"""Nepali."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, coded, genre_table, split, table

DATA = Language(
    critic_roles=split("समीक्षक|फिल्म समीक्षक"),
    code="ne",
    country_names=coded(HK="हङकङ"),
    verb_final=True,
    labels=table(
        title="शीर्षक",
        year="वर्ष|साल",
        directors="निर्देशक|निर्देशन|डाइरेक्टर|डायरेक्टर",
        writers="लेखक|पटकथा",
        cast="कलाकार|मुख्य कलाकार",
        music="संगीत",
        producers="निर्माता",
        countries="देश",
        runtime="अवधि|समयावधि",
        languages="भाषा",
        synopsis="सारांश|कथासार|कथावस्तु",
        ignore="बजेट",
        genres="विधा|शैली",
    ),
    directed_after=split(
        # "ले निर्देशन गरेको": directed (the name in the agent's case, as the page writes it)
        "को निर्देशनमा|को लेखन र निर्देशनमा|को लेखन तथा निर्देशनमा|"
        "द्वारा निर्देशित|निर्देशित|निर्देशन गर्न|निर्देशन गरेका|निर्देशन गरेको|निर्देशन गरेकी|"
        # "… को निर्देशन रहेको फिल्म": a film whose direction is …'s; honorific "has directed"
        "को निर्देशन रहेको|निर्देशन गर्नुभएको"
    ),
    starring=split("अभिनेता|अभिनेत्री|नायिका"),
    #: starred; "in the main acting", "the main characters", "the main roles" after the names
    #: "… को अभिनय रहेको": in which …'s acting is
    starring_after=split("अभिनीत|मुख्य अभिनय|मुख्य पात्र|मुख्य भूमिका|को अभिनय रहेको|को मुख्य भूमिका रहेको"),
    directed_framed=split("निर्देशन … ले गर"),
    director_nouns=split("निर्देशक|डाइरेक्टर|डायरेक्टर"),
    first_person=split("हामी|मैले"),
    minutes=split("मिनेट"),
    hours=split("घण्टा|घण्टे"),
    months=cldr_months("ne"),
    conjunctions=split("तथा|र"),
    postpositions=split("को|का|की|ले|लाई|बाट|मा"),
    genres=genre_table(
        Drama="नाटक|ड्रामा",
        Comedy="हास्य|कमेडी",
        Horror="डरलाग्दो|हरर",
        Romance="रोमान्टिक|रोमान्स",
        Action="एक्सन|एक्शन",
        Thriller="थ्रिलर",
        Documentary="वृत्तचित्र|डकुमेन्ट्री",
        Family="पारिवारिक",
        Animation="एनिमेसन",
        Science_Fiction="विज्ञान कथा",
        Adventure="साहसिक",
        Crime="अपराध|क्राइम",
        War="युद्ध",
        Music="सांगीतिक",
        Biography="जीवनी|बायोपिक",
        History="ऐतिहासिक",
        Short="लघु चलचित्र",
        Fantasy="काल्पनिक|फ्यान्टासी",
        Mystery="रहस्य चलचित्र",
        Sports="खेलकुद",
        Western="वेस्टर्न",
    ),
    film_plurals=split("फिल्महरू|चलचित्रहरू"),
    institution_words=split("महोत्सव|फेस्टिबल|फेस्टिभल|संस्थान|प्रतिष्ठान|पुरस्कार|अवार्ड|केन्द्र|सप्ताह"),
    film_words=split("फिल्म|चलचित्र"),
    review_words=split("समीक्षा"),
    event_words=split(
        "प्रिमियर*|प्रदर्शन*|महोत्सव*|हल*|सिनेमा हल*|टिकट*|आज|आज राति|प्रतियोगिता*|कार्यक्रम*"
    ),
    story_words=split(
        "कथा*|कहानी*|जीवन*|युवा*|युवक*|युवती*|महिला*|केटी*|केटा*|परिवार*|बुबा*|आमा*|छोरा*|"
        "छोरी*|दाजु*|दिदी*|बहिनी*|श्रीमान*|श्रीमती*|माया*|प्रेम*|साथी*|गाउँ*|सहर*"
    ),
    notice_words=split("कोभिड*|कोरोना*|सर्वाधिकार सुरक्षित"),
    #: words of acting beside an actor's name: role, acting
    acting_words=split("भूमिका|अभिनय"),
    release_verbs=split("प्रदर्शन|रिलिज"),
    year_words=split("सालमा|साल"),
    comment_headings=split("प्रतिक्रियाहरू|टिप्पणीहरू"),
)
