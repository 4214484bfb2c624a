"""Hindi."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="hi",
    country_names=coded(HK="हांगकांग|हाँग काँग|हाँगकाँग", SU="सोवियत संघ"),
    verb_final=True,
    labels=table(
        title="शीर्षक|फिल्म का नाम",
        year="वर्ष|साल",
        release="रिलीज़|रिलीज डेट|रिलीज़ तिथि",
        directors="निर्देशक|निर्देशन|डायरेक्टर",
        writers="लेखक|पटकथा",
        cast="कलाकार|स्टार कास्ट|अभिनेता|मुख्य कलाकार",
        music="संगीत",
        producers="निर्माता",
        countries="देश",
        genres="शैली|जॉनर",
        runtime="अवधि|समय|रनटाइम",
        languages="भाषा",
        synopsis="कहानी|सारांश",
        ignore="रेटिंग",
    ),
    directed_by=split("निर्देशक"),
    directed_after=split(
        "द्वारा निर्देशित|के निर्देशन में|निर्देशित|डायरेक्टोरियल डेब्यू|डायरेक्ट्रियल डेब्यू|निर्देशकीय डेब्यू|निर्देशन डेब्यू"
    ),
    starring=split("अभिनेता|अभिनेताओं|अभिनेत्री|अभिनेत्रियों|एक्ट्रेस"),
    starring_after=split(
        "लीड रोल|अभिनीत|स्टारर|ने मुख्य भूमिकाएं निभायी हैं|ने मुख्य भूमिकाएं निभाई हैं|"
        "ने मुख्य भूमिका निभाई है|"
        "ने मुख्य भूमिकाएं निभायी|ने मुख्य भूमिकाएं निभाई|ने मुख्य भूमिका निभाई"
    ),
    directed_framed=split("निर्देशन … ने किया|निर्देशन … ने की|डायरेक्शन … ने किया|डायरेक्ट … ने किया"),
    director_nouns=split("निर्देशक|डायरेक्टर|फिल्मकार|फ़िल्मकार"),
    honorifics=split("श्री|श्रीमती"),
    postpositions=split("की|का|के|ने|को|से|में|पर|द्वारा|ही|भी"),
    first_person=split("मैं|हम|मेरा|मेरी|हमारा|हमारी|हमें|मुझे"),
    minutes=split("मिनट"),
    hours=split("घंटे|घंटा"),
    colour_words=split("रंगीन|श्वेत-श्याम"),
    genres=genre_table(
        Drama="ड्रामा|नाटक",
        Comedy="कॉमेडी|हास्य",
        Horror="हॉरर|डरावनी",
        Thriller="थ्रिलर",
        Psychological_Thriller="साइकोलॉजिकल थ्रिलर|मनोवैज्ञानिक थ्रिलर",
        Period_Drama="पीरियड ड्रामा|पीरियड फिल्म",
        Documentary="डॉक्यूमेंट्री|वृत्तचित्र",
        Animation="एनिमेशन",
        Romance="रोमांस|रोमांटिक",
        Action="एक्शन",
        Crime="क्राइम",
        Science_Fiction="साइंस फिक्शन|विज्ञान कथा",
        Fantasy="फैंटेसी",
        War="युद्ध",
        Music="संगीत|म्यूजिकल",
        Biography="बायोपिक|जीवनी",
        History="ऐतिहासिक",
        Family="पारिवारिक",
        Adventure="एडवेंचर|साहसिक",
        Mystery="मिस्ट्री|रहस्य फिल्म|रहस्य फ़िल्म",
        Western="वेस्टर्न",
        Melodrama="मेलोड्रामा",
        Short="लघु फिल्म|शॉर्ट फिल्म",
        Road_Movie="रोड मूवी",
        Black_Comedy="ब्लैक कॉमेडी",
        Romantic_Comedy="रोमांटिक कॉमेडी",
        Sports="खेल|स्पोर्ट्स",
    ),
    conjunctions=split("और"),
    #: very, well, wonderfully, also, only: no word of a name
    adverbs=split("बहुत|बेहद|काफी|काफ़ी|अत्यंत|खूब|बखूबी|भी|ही"),
    film_plurals=split("फ़िल्में|फिल्में|फ़िल्मों|फिल्मों"),
    institution_words=split(
        "महोत्सव|फेस्टिवल|समारोह|संस्थान|अकादमी|पुरस्कार|अवार्ड|संग्रहालय|विद्यालय|संस्था|केंद्र|सप्ताह|श्रेणी"
    ),
    film_words=split("फिल्म|फ़िल्म"),
    review_words=split("रिव्यू|समीक्षा"),
    trailer_words=split("ट्रेलर"),
    months=split(
        "जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर"
    ),
    event_words=split(
        "प्रीमियर*|स्क्रीनिंग*|प्रदर्शन*|फेस्टिवल*|महोत्सव*|सिनेमाघर*|थिएटर*|टिकट*|आज|आज रात|"
        "प्रतियोगिता*|कार्यक्रम*|रिलीज*|बॉक्स ऑफिस"
    ),
    story_words=split(
        "कहानी*|कथा*|जिंदगी*|ज़िंदगी*|जीवन*|युवा*|युवक*|युवती*|महिला*|औरत*|लड़की*|लड़का*|"
        "लड़के*|परिवार*|पिता*|मां*|माँ*|बेटा*|बेटी*|भाई*|बहन*|पति*|पत्नी*|प्यार*|प्रेम*|"
        "दोस्त*|पता चलता|फैसला*|फ़ैसला*|गांव*|गाँव*|शहर*|बचपन*"
    ),
    notice_words=split("कोविड*|कोरोना*|महामारी*|सर्वाधिकार सुरक्षित"),
    speech_verbs=split(
        "लिखा है|कहा है|कहती हैं|बताया|बताया है|माना|मानते हैं|मानती हैं|सराहा|ट्वीट किया|"
        "ट्वीट कर कहा|"
        "लिखा|लिखते हैं|लिखती हैं|कहा|कहते हैं"
    ),
    press_words=split("समीक्षक|समीक्षा|आलोचक|मीडिया|पत्रकार"),
    critic_roles=split("फिल्म क्रिटिक|क्रिटिक|आलोचक|फिल्म आलोचक|ट्रेड एनालिस्ट|समीक्षक|फिल्म समीक्षक|स्तंभकार"),
    pronouns=split("वह|वे|उन्होंने|इन्होंने"),
    this_words=split("यह|इस|ये|इन"),  # this, these
    release_verbs=split("रिलीज|प्रदर्शित"),  # "रिलीज़ किया गया": was released,
    #: words of acting beside an actor's name: character, role, acting, performs
    acting_words=split("किरदार|भूमिका|अभिनय|निभा"),
    comment_headings=split("टिप्पणियाँ|टिप्पणियां|टिप्पणी"),
    # language coverage audit: a cue table the module lacked
    year_words=split("वर्ष|साल|सन"),
    section_headings=split("समीक्षा|फिल्म समीक्षा|मूवी रिव्यू|रिव्यू|निष्कर्ष|यह भी पढ़ें|ताज़ा खबरें|ताजा खबरें"),
)
