"""Irish."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    function_words=split("agus|ach|ag|ar|atá|bhí|chun|faoi|ina|leis|lena|níl|seo|tá|iad|léi"),
    critic_roles=split("léirmheastóir|criticeoir"),
    code="ga",
    labels=table(
        title="teideal",
        year="bliain eisiúna|bliain léirithe|bliain",
        directors="stiúrthóir|stiúrthóirí",
        writers="scríbhneoir",
        cast="foireann aisteoirí|príomhaisteoirí|aisteoirí",
        music="ceol",
        producers="léiritheoir",
        countries="tír",
        genres="seánra",
        runtime="am rite|fad an scannáin|fad",
        languages="teanga",
        synopsis="plota|faoin scannán|achoimre",
        ignore="buiséad|dáileoir",
    ),
    # "an scannán a stiúir Colm Bairéad": the film that X directed (a relative clause)
    directed_by=split(
        "arna stiúradh ag|scannán le|scannán de chuid|stiúrtha ag|faoi stiúir|a stiúir|"
        "a stiúraigh|á stiúradh ag"
    ),
    starring=split(
        "sna príomhróil|sa phríomhról|i bpríomhról|na réaltaí scannán|na réaltaí|réaltaí scannán|"
        "aisteoirí|na haisteoirí|an t-aisteoir|"
        "aisteoir|an ban-aisteoir|ban-aisteoir"
    ),
    plays=split("i bpáirt|i ról|ina ról"),
    acting_words=split("príomhról|phríomhról|príomhróil|phríomhróil|a ghlac ról|ghlac ról"),
    sentence_words=split("tá|bhí|beidh|níl|is|ní"),
    director_nouns=split("stiúrthóir"),
    first_person=split("mé|muid|orainn|againn"),
    minutes=split("nóiméad|nóiméid"),
    hours=split("uair an chloig|uair"),
    months=cldr_months("ga"),
    colour_words=split("dath|dubh agus bán"),
    genres=genre_table(
        Drama="drámaíochta|drámaíocht|dráma|dhráma|ndráma|dhrámaíocht",
        Comedy="greann|coiméide|grinn|ghreann|ngreann",
        Documentary="cáipéisíocht|scannán faisnéise|clár faisnéise",
        Horror="uafás|uafáis",
        Animation="beochan",
        Romance="rómánsúil|rómánsaíocht",
        Thriller="scéinséirí|scéinséir",
        War="cogaidh|cogadh",
        Science_Fiction="ficsin eolaíochta|ficsean eolaíochta",
        Fantasy="fantaisíochta|fantaisíocht",
        Adventure="eachtraíochta|eachtraíocht",
        Crime="coireachta|coireacht",
        Biography="beathaisnéise|beathaisnéis",
        History="stairiúil",
        Short="gearrscannán",
        Road_Movie="road movie",
        Action="aicsean",
        Family="teaghlach|teaghlaigh",
        Music="ceol|ceoil|ceolsiamsa",
        Mystery="mistéire|mistéir",
        Sports="spóirt",
        Fiction="ficsean",
    ),
    conjunctions=split("agus"),
    film_plurals=split("scannáin"),
    institution_words=split(
        "féile|fhéile|institiúid|acadamh|gradam*|duais*|cartlann|scoil|ionad|seachtain"
    ),
    film_words=split("scannán"),
    #: "scannán le Dónal Ó Céilleachair": the maker after "le" ("by")
    film_of=split("le"),
    review_words=split("léirmheas"),
    event_words=split("taibhiú*|taispeántas|féile|pictiúrlann*|ticéid|inniu|anocht|comórtas|clár"),
    story_words=split(
        "scéal|insíonn|leanann|saol|óg|bean|cailín|buachaill|teaghlach|athair|máthair|mac|"
        "iníon|deartháir|deirfiúr|fear céile|grá|cairde|aimsíonn|socraíonn|sráidbhaile|baile"
    ),
    notice_words=split("covid*|paindéim|gach ceart ar cosaint"),
    quote_in=split("i|sa|san"),
    release_verbs=split("eisithe|eisíodh|scaoileadh"),
    year_words=split("bliain"),
    comment_headings=split("tráchtanna|tuairimí"),
    genre_everyday_words=split("mistéir"),
    lead_words=split("sa phríomhról|an phríomhpháirt|sa phríomhpháirt"),
    year_from=split("ó"),
)
