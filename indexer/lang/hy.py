"""Armenian."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    critic_roles=split("քննադատ|կինոքննադատ"),
    code="hy",
    nationalities=coded(SU="սովետական|խորհրդային"),
    quote_pronouns=split("նա"),
    country_names=coded(
        HK="հոնկոնգ",
        AM="հհ",
        SU="խորհրդային միություն|սովետական միություն|խսհմ",
        CS="չեխոսլովակիա",
        YU="հարավսլավիա",
    ),  # ՀՀ: the Republic of Armenia
    labels=table(
        title="վերնագիր",
        year="տարի",
        directors="ռեժիսոր|ռեժիսորներ",
        writers="սցենար|սցենարիստ",
        cast="դերերում|դերակատարներ",
        countries="երկիր",
        genres="ժանր",
        runtime="տևողություն",
        languages="լեզու",
        synopsis="սյուժե",
        release="պրեմիերա",
        editing="մոնտաժ",
        cinematography="օպերատոր",
        producers="պրոդյուսեր",
        music="երաժշտություն|կոմպոզիտոր",
    ),
    directed_by=split("ռեժիսոր"),
    starring=split("դերերում|գլխավոր դերերում|գլխավոր դերում|դերասանուհի|դերասան"),
    director_nouns=split("ռեժիսոր"),
    first_person=split("ես|մենք"),
    minutes=split("րոպե"),
    colour_words=split("գունավոր|սև-սպիտակ"),
    genres=genre_table(
        **{"Children's Film": "մանկական ֆիլմ"},
        Feature_Film="խաղարկային ֆիլմ|գեղարվեստական ֆիլմ",
        Fiction="խաղարկային",
        Drama="դրամա",
        Comedy="կատակերգություն",
        Documentary="վավերագրական",
        Horror="սարսափ",
        Thriller="թրիլեր",
        Animation="անիմացիոն|մուլտֆիլմ",
        Romance="ռոմանտիկ|սիրային",
        Action="մարտաֆիլմ",
        Crime="քրեական",
        Science_Fiction="գիտաֆանտաստիկ",
        Fantasy="ֆենտեզի",
        War="պատերազմական",
        Western="վեսթերն",
        Music="մյուզիքլ|երաժշտական",
        Biography="կենսագրական",
        History="պատմական",
        Family="ընտանեկան",
        Adventure="արկածային",
        Melodrama="մելոդրամա",
        Short="կարճամետրաժ",
    ),
    conjunctions=split("և|եւ|ու"),  # "եւ": "and" in the older spelling
    film_plurals=split("ֆիլմեր*"),
    institution_words=split(
        "փառատոն*|ինստիտուտ*|ակադեմի*|մրցանակ*|արխիվ*|դպրոց*|հիմնադրամ*|կենտրոն*|շաբաթ*"
    ),
    film_words=split("ֆիլմ|ֆիլմը"),
    genitive_endings=split("ի|ու"),
    months=split(
        "հունվարի|փետրվարի|մարտի|ապրիլի|մայիսի|հունիսի|հուլիսի|օգոստոսի|սեպտեմբերի|"
        "հոկտեմբերի|նոյեմբերի|դեկտեմբերի|հունվար|փետրվար|մարտ|ապրիլ|մայիս|հունիս|"
        "հուլիս|օգոստոս|սեպտեմբեր|հոկտեմբեր|նոյեմբեր|դեկտեմբեր|հնվ|փտվ|մրտ|ապր|մյս|հնս|"
        "հլս|օգս|սեպ|հոկ|նոյ|դեկ"
    ),
    hours=split("ժամ"),
    review_words=split("գրախոսություն"),
    event_words=split(
        "պրեմիերա*|ցուցադրություն*|ցուցադրվ*|փառատոն*|կինոթատրոն*|տոմս*|այսօր|այս երեկո|"
        "մրցույթ*|ծրագր*"
    ),
    story_words=split(
        "պատմությ*|պատմում|հետևում|կյանք*|ապրում|երիտասարդ*|կին|կնոջ*|աղջիկ*|տղա*|ընտանիք*|"
        "հայր*|մայր*|որդի*|դուստր*|եղբայր*|քույր*|ամուսին*|սեր|սիրո*|ընկեր*|բացահայտում|"
        "որոշում|գյուղ*|քաղաք*"
    ),
    notice_words=split("covid*|կորոնավիրուս*|համավարակ*|բոլոր իրավունքները պաշտպանված"),
    #: the case endings; a noun in "-ություն" declines as "-ության", "-ությամբ"
    #: ("կատակերգություն" -> "կատակերգության")
    genre_endings=split("ը|ի|ն|ներ|ները|ով|ում|ից|ան|ամբ"),
    genre_stem_endings=split("ուն"),
    acting_words=split("խաղում է|մարմնավորում է|դերում|լավագույն դերասանուհի|լավագույն դերասան"),
    coproduction_words=split("համատեղ արտադր"),  # "համատեղ արտադրություն"
    release_verbs=split("նկարահանվ|էկրան|պրեմիեր"),
    year_words=split("թվականին|թվականի|թ."),
    comment_headings=split("մեկնաբանություններ|մեկնաբանություն"),
)
