"""Telugu."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    critic_roles=split("విమర్శకుడు|విమర్శకురాలు|సినీ విమర్శకుడు"),
    code="te",
    starring=split("నటుడు|నటి"),
    country_names=coded(HK="హాంకాంగ్"),
    verb_final=True,
    labels=table(
        title="చిత్రం|సినిమా",
        year="సంవత్సరం|విడుదల సంవత్సరం",
        directors="దర్శకత్వం|దర్శకుడు",
        writers="రచన",
        cast="నటీనటులు|తారాగణం|హీరో|హీరోయిన్|హీరో , హీరోయిన్|హీరో, హీరోయిన్",
        cinematography="సినిమాటోగ్రఫీ|ఛాయాగ్రహణం",
        editing="ఎడిటింగ్",
        music="సంగీతం",
        producers="నిర్మాత|నిర్మాతలు",
        genres="శైలి",
        runtime="నిడివి|రన్‌టైమ్|వ్యవధి",
        languages="భాష",
        synopsis="కథ|కథాంశం",
        countries="దేశం",
        release="విడుదల|విడుదల తేదీ",
    ),
    directed_after=split(
        "దర్శకత్వంలో|దర్శకత్వం|తెరకెక్కించిన|తెరకెక్కించారు|తెరకెక్కిస్తున్న|దర్శకుడిగా"  # as director
    ),
    director_nouns=split("దర్శకుడు|దర్శకురాలు"),
    #: the respectful word written after a person's name ("రాజమౌళి గారు")
    honorifics_after=split("గారు"),
    postpositions=split("కలిసి|దీనికి|ఈ చిత్రానికి|ఈ సినిమాకు|ఈ సినిమాకి"),
    role_of=split("పాత్రలో"),
    first_person=split("నేను|మేము"),
    minutes=split("నిమిషాలు|ని"),
    conjunctions=split("మరియు"),
    #: very, well, wonderfully, also, only: no word of a name
    adverbs=split("చాలా|బాగా|ఎంతో|ఎంతగానో|చక్కగా|అద్భుతంగా|అందంగా|ఘనంగా|అత్యంత|మరింత|కూడా|మాత్రమే"),
    film_plurals=split("చిత్రాలు|సినిమాలు"),
    institution_words=split("ఉత్సవ*|ఫెస్టివల్*|సంస్థ*|అకాడమీ*|అవార్డు*|పురస్కార*"),
    film_words=split("సినిమా|చిత్రం|మూవీ"),
    review_words=split("రివ్యూ|సమీక్ష"),
    genres=genre_table(
        Drama="డ్రామా",
        Comedy="కామెడీ|హాస్య",
        Documentary="డాక్యుమెంటరీ",
        Horror="హారర్|భయానక",
        Thriller="థ్రిల్లర్",
        Animation="యానిమేషన్",
        Romance="రొమాంటిక్|ప్రేమకథా|రొమాన్స్",
        Action="యాక్షన్",
        Crime="క్రైమ్",
        Science_Fiction="సైన్స్ ఫిక్షన్",
        Fantasy="ఫాంటసీ",
        Biography="బయోపిక్|జీవిత చరిత్ర",
        Mystery="మిస్టరీ",
        History="చారిత్రక|చారిత్రాత్మక",
        Family="కుటుంబ",
        Adventure="అడ్వెంచర్",
        War="యుద్ధ",
        Music="సంగీత|మ్యూజికల్",
        Short="లఘు చిత్రం|షార్ట్ ఫిల్మ్",
        Sports="క్రీడా|స్పోర్ట్స్",
        Western="వెస్ట్రన్",
    ),
    months=split(
        "జనవరి|ఫిబ్రవరి|మార్చి|ఏప్రిల్|జూన్|జులై|ఆగస్టు|సెప్టెంబర్|అక్టోబర్|నవంబర్|డిసెంబర్|ఫిబ్ర|ఏప్రి|సెప్టెం|అక్టో|నవం|డిసెం"
    ),
    hours=split("గంటలు|గంట"),
    starring_after=split(
        "నటించిన|జంటగా|నటించారు|ప్రధాన పాత్రలు పోషించారు|ప్రధాన పాత్రల్లో నటించారు|పాత్రలు పోషించారు|ప్రధాన పాత్రలో"
    ),
    event_words=split("ప్రీమియర్*|ప్రదర్శన*|ఫెస్టివల్*|ఉత్సవ*|థియేటర్*|టికెట్*|ఈరోజు|ఈ రోజు|పోటీ*|విడుదల*|రిలీజ్*|బాక్సాఫీస్*"),
    story_words=split(
        "కథ*|జీవిత*|యువ*|యువకుడ*|యువతి*|మహిళ*|అమ్మాయి*|అబ్బాయి*|కుటుంబ*|తండ్రి*|తల్లి*|"
        "కొడుకు*|కూతురు*|అన్న*|తమ్ముడు*|చెల్లి*|భర్త*|భార్య*|ప్రేమ*|స్నేహితు*|గ్రామ*|ఊరు*|"
        "నేపధ్య*|నేపథ్య*"
    ),
    notice_words=split("కోవిడ్*|కరోనా*|సర్వహక్కులు"),
    pronouns=split("ఆయన|ఈయన|అతను|ఆమె|వారు"),
    clause_words=split("ప్రధాన|పాత్రలో|పాత్రల్లో|అని|ఉన్న|లేదు|ఒక|కానీ|తర్వాత|ముందు"),
    this_words=split("ఈ|ఆ"),  # this, that
    #: words of acting beside an actor's name: acted (a stem), acting, role
    acting_words=split("నటించ|నటన|పాత్ర"),
    release_verbs=split("విడుదల"),
    year_words=split("లో"),
    comment_headings=split("వ్యాఖ్యలు"),
)
