"""Marathi."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, coded, genre_table, split, table

DATA = Language(
    critic_roles=split("समीक्षक|चित्रपट समीक्षक"),
    code="mr",
    starring=split("अभिनेता|अभिनेत्री|अभिनेते"),
    country_names=coded(HK="हाँगकाँग|हाँग काँग"),
    verb_final=True,
    labels=table(
        title="शीर्षक|चित्रपटाचे नाव",
        year="वर्ष|निर्मिती वर्ष|प्रदर्शन वर्ष",
        release="प्रदर्शन|प्रदर्शित",
        directors="दिग्दर्शक|दिग्दर्शिका|दिग्दर्शन|डायरेक्टर",
        writers="लेखक|पटकथा",
        cast="कलाकार|प्रमुख भूमिका|मुख्य भूमिका|स्टार कास्ट|स्टारकास्ट",
        music="संगीत",
        producers="निर्माता|निर्मिती",
        countries="देश",
        runtime="कालावधी|अवधी",
        languages="भाषा",
        synopsis="कथानक|सारांश|कथासार",
        genres="प्रकार|शैली|जॉनर",
    ),
    # "X यांच्या दिग्दर्शनाखाली" ("under X's direction"), "X आपल्या दिग्दर्शनातून" ("through
    # his own direction"): the noun in its locative, ablative and "under" cases
    # "X दिग्दर्शक म्हणून पदार्पण करीत आहेत": X debuts as director
    directed_after=split(
        "यांनी दिग्दर्शित|दिग्दर्शित|दिग्दर्शनाखाली|दिग्दर्शनातून|दिग्दर्शनात|दिग्दर्शक म्हणून|दिग्दर्शक म्हणुन"
    ),
    #: "in the lead role(s)"
    starring_after=split(
        "यांच्या मुख्य भूमिका|यांच्या प्रमुख भूमिका|अभिनीत|मुख्य भूमिकेत|प्रमुख भूमिकेत|मुख्य भूमिकांमध्ये|प्रमुख भूमिकांमध्ये"
    ),
    #: the words after a list's last name: "such", "and others", "etcetera"
    list_ends=split("अशी|असे|आदी|इत्यादी"),
    # "दिग्दर्शन … यांचे आहे": the direction is …'s
    directed_framed=split("दिग्दर्शन … ने केल|दिग्दर्शन … यांनी केल|दिग्दर्शन … यांचे आहे|दिग्दर्शन … यांचं आहे"),
    director_nouns=split("दिग्दर्शक|दिग्दर्शिका|डायरेक्टर"),
    first_person=split("मी|आम्ही"),
    # the respectful third person written after a name, with its case endings: "संदीप सावंत
    # यांचा सिनेमा" ("Sandeep Sawant's film")
    postpositions=split(
        "म्हणून|म्हणुन|आणि|सोबत|साठी|मध्ये|कडून|आपल्या|यांचा|यांची|यांचे|यांच्या|यांचं|यांनी|यांना|यांच्याकडे|यांच्यासोबत|ह्यांचा|ह्यांची|ह्यांचे|ह्यांच्या|ह्यांनी"
    ),
    minutes=split("मिनिटे|मिनिट"),
    hours=split("तास"),
    months=cldr_months("mr"),
    genres=genre_table(
        Comedy="विनोदी|कॉमेडी",
        Documentary="माहितीपट|डॉक्युमेंटरी",
        Horror="भयपट|हॉरर",
        Thriller="थरारपट|थ्रिलर",
        Romance="प्रेमकथा|रोमँटिक",
        Crime="गुन्हेगारी|क्राईम|क्राइम",
        Drama="नाट्य|ड्रामा",
        Biography="चरित्रपट|बायोपिक",
        History="ऐतिहासिक",
        Family="कौटुंबिक",
        Animation="अ‍ॅनिमेशन|ॲनिमेशन|अॅनिमेशन",
        Science_Fiction="विज्ञानकथा|विज्ञानपट",
        Adventure="साहसपट",
        Action="अ‍ॅक्शन|ॲक्शन|अॅक्शन",
        War="युद्धपट",
        Music="संगीतमय",
        Short="लघुपट",
        Fantasy="कल्पनारम्य|फँटसी",
        Mystery="रहस्यपट",
        Sports="क्रीडा",
        Western="वेस्टर्न",
    ),
    conjunctions=split("आणि"),
    #: very, well, wonderfully, also, only: no word of a name
    adverbs=split("खूप|अतिशय|फार|छान|उत्तमरीत्या|सुद्धा|देखील"),
    film_words=split("चित्रपट|सिनेमा"),
    review_words=split("परीक्षण"),
    event_words=split("प्रीमियर*|प्रदर्शन*|महोत्सव*|चित्रपटगृह*|तिकीट*|आज|स्पर्धा*|कार्यक्रम*|प्रदर्शित*"),
    story_words=split(
        "कथा*|गोष्ट*|आयुष्य*|जीवन*|तरुण*|स्त्री*|मुलगी*|मुलगा*|कुटुंब*|वडील*|आई*|भाऊ*|बहीण*|"
        "नवरा*|बायको*|प्रेम*|मित्र*|गाव*|शहर*"
    ),
    notice_words=split("कोविड*|कोरोना*|सर्व हक्क राखीव"),
    #: words of acting beside an actor's name: role, acting, brings to life
    acting_words=split("भूमिका|अभिनय|साकार"),
    release_verbs=split("प्रदर्शित|रिलीज"),
    year_words=split("साली|वर्षी"),
    comment_headings=split("प्रतिक्रिया|टिप्पण्या"),
)
