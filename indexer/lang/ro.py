"""Romanian."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="ro",
    country_names=coded(
        NL="olanda", SU="uniunea sovietică|urss", CS="cehoslovacia", YU="iugoslavia"
    ),
    nationalities=coded(
        RO="românesc|românească|românești|româneşti|romanesc|romaneasca|romanesti",
        HU="maghiar|maghiară|maghiare|unguresc|ungurească",
        RU="rusesc|rusească",
        KR="coreean|coreeană|sud-coreean|sud-coreeană",
        GB="britanic|englezesc|englezească",
        NL="olandez|olandeză",
        DK="danez|daneză",
        CZ="ceh|cehă|cehesc",
        TR="turcesc|turcească|turc",
        GR="grec|greacă",
        MD="moldovenesc|moldovenească",
    ),
    labels=table(
        title="titlu|titlul filmului",
        original_title="titlu original",
        year="an|anul|anul lansării|anul producției|an de producție|anul apariției",
        release="premiera|lansare",
        directors="regizori|regia|regizor|regizoare|regie",
        writers="scenariul|scenariu|scenarist",
        cast="distribuția|distribuție|distributia|distributie|cu|actori|interpreți|interpreţi|"
        "în rolurile principale",
        cinematography="imaginea|director de imagine",
        editing="montajul|montaj",
        music="muzica",
        producers="producător|producători",
        countries="țara de origine|tara de origine|țara|tara|țări",
        genres="gen|genuri",
        runtime="durata|durată|durata filmului",
        languages="limba",
        synopsis="sinopsis|rezumat|descriere|despre film",
        awards="premii",
    ),
    directed_by=split(
        "regizat de|în regia lui|regia|semnat de|un film de|regizată de|"
        "scris și regizat de|noul film al lui|în regia"
    ),
    written_by=split("scris de"),
    starring=split(
        "actorii|actorul|actrița|cu|în distribuție|din distribuţia|din distribuția|"
        "în rolurile principale|în rolul principal|cu participarea lui|interpretat de|"
        "interpretată de|interpretați de|interpretati de|interpretate de|"
        "actor|actori|actriță|actrițe|actorilor|actrițelor|actrita|actrite|actritele|actritei|"
        # the lead actress, actor, actors: "alaturi de protagonista Ioana Chitu"
        "protagonista|protagonistul|protagoniștii|protagonistii|protagonistele"
    ),
    director_nouns=split(
        "regizorul|regizoarea|regizor|cineastul|documentarist|regizoare|cineasta|documentaristul"
    ),
    minutes=split("min|minute"),
    hours=split("h|ore|oră"),
    months=split(
        "ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|"
        "noiembrie|decembrie|iun|iul"
    ),
    colour_words=split("color|alb-negru"),
    genres=genre_table(
        **{"Children's Film": "film pentru copii"},
        Feature_Film="film de ficțiune",
        Drama="dramă|drama",
        Fiction="ficțiune",
        Short="scurtmetraj",
        Comedy="comedie",
        Documentary="documentar|film documentar",
        Horror="horror|groază|film de groază",
        Thriller="thriller",
        Animation="animație|desene animate|film de animație",
        Romance="romantic|romantică",
        Action="film de acțiune",
        Science_Fiction="științifico-fantastic|științifico-fantastică|distopie",
        Fantasy="fantasy",
        War="război",
        War_Drama="dramă de război",
        Western="western",
        Music="muzical|musical",
        Biography="biografic|biografie",
        History="istoric|istorie",
        Family="familie|de familie",
        Adventure="aventură|aventuri",
        Black_Comedy="comedie neagră",
        Tragicomedy="tragicomedie|tragicomic|tragicomică",
        Satire="satiră|satira",
        Romantic_Comedy="comedie romantică",
        Historical_Drama="dramă istorică",
        Political_Thriller="thriller politic",
        Political_Drama="dramă politică",
        Family_Drama="dramă de familie",
        Melodrama="melodramă|melodrama",
        Crime="crimă|polițist|polițistă",
        Psychological_Thriller="thriller psihologic",
        Psychological_Drama="dramă psihologică",
        Road_Movie="road movie",
        Parody="parodie",
    ),
    conjunctions=split("și|şi"),
    year_from=split("din|din anul"),
    cinema_words=split("cinematografia"),
    production_words=split("producție|producţie"),
    film_plurals=split("filmele|filmelor"),
    institution_words=split(
        "festival*|institut*|academi*|premiu*|premii*|gala|arhiv*|școal*|şcoal*|fundați*|"
        "centru*|centrul|asociați*|săptămân*|zilele|categori*"
    ),
    film_words=split("filmul|filmului|film|lungmetrajul|peliculă|pelicula|pelicule"),
    film_of=split("lui|de"),
    titled=split("intitulat|numit"),
    is_a=split("este un|este o"),
    by=split("de"),
    review_words=split("cronică|recenzie"),
    trailer_words=split("trailer"),
    plays=split("în rolul|în rolul lui|interpretează"),
    plays_own=split("ca"),
    role_of=split("jucat de|jucată de"),
    press_headings=split("cronici"),
    comment_headings=split("comentarii"),
    first_person=split("eu|noi"),
    speech_verbs=split(
        "scriu|spun|a notat|a considerat|descrie|a descris|laudă|a lăudat|conchide|a conchis|"
        "remarcă|a remarcat|observă|a observat|numește|a numit|a afirmat|opinează|a opinat|"
        "scrie|spune|afirmă|consideră|notează|potrivit|a scris|a spus|scria|a declarat|adaugă|"
        "a adăugat|subliniază|a subliniat|susține|apreciază|a apreciat"
    ),
    event_words=split(
        "premier*|lansare*|lansarea|proiecți*|proiecţi*|festival*|competiți*|competiţi*|"
        "în cinematografe|cinematografe|bilete|astăzi|azi|diseară|în această seară|program*|"
        "gala|selecți*"
    ),
    story_questions=split("despre ce este|despre ce este filmul|ce poveste spune"),
    story_words=split(
        "povest*|spune|urmărește|urmăreşte|viaț*|viaţ*|trăiește|trăieşte|tânăr*|tineri|"
        "femei*|fată|fete|băiat*|famili*|tată|tatăl|mama|mamă|mamei|fiul|fiica|frate*|sora|"
        "soț*|soţ*|dragoste*|iubir*|prieten*|descoper*|decide|trebuie|satul|oraș*|oraş*|"
        "copilări*|se îndrăgostește|protagonist*|personaj*|eroin*"
    ),
    notice_words=split(
        "covid*|coronavirus*|pandemi*|toate drepturile rezervate|reproducerea*|abonează*|newsletter"
    ),
    quote_in=split("în|pentru"),
    outlet_kinds=split(
        "ziarul|ziarului|cotidianul|cotidianului|revista|revistei|publicația|publicației|"
        "site-ul|site-ului|săptămânalul|portalul"
    ),
    respectively=split("respectiv"),
    own_critic=split("criticul nostru"),
    press_words=split("cronicarii|critici|criticii|cronică|presa|presă|media|jurnalist|jurnaliști"),
    critic_roles=split(
        "criticului|critică de film|cronicară|"
        "critic|criticul|critic de film|cronicar|cronicarul|cronicarul de film"
    ),
    award_words=split("cel mai bun|cea mai bună"),
    read_also=split("citește și|citiți și"),
    determiners=split("acest|această|acesta"),
    film_openings=split("este un|este o"),
    quote_according=split("în opinia|în viziunea|potrivit|conform"),
    genre_endings=split("e|ă|ei|ii|ul|ului|a|le|lor|i|uri"),
    acting_words=split(
        "joacă|interpretează|în rolul|rolul său|cea mai bună actriță|cel mai bun actor"
    ),
    lead_words=split("rolul principal|în rolul principal|protagonista"),
    relative_pronouns=split("care"),
    this_words=split("acest|această|acesta|aceasta"),
    release_verbs=split("lansat|lansată|apărut|turnat|premiera"),
    year_words=split("anul|în anul"),
    other_words=split(
        "alte|alți|mai multe|de asemenea|similare|asemănătoare|recomandat*|cele mai noi|ultimele|"
        "următor*|anterior*|cele mai citite"
    ),
    section_headings=split(
        "cronică|cronica|recenzie|verdict|concluzie|părerea mea|opinie|citește și|citeste si|"
        "publicat|ultimele știri|știri"
    ),
    rating_words=split("audiență generală|ag|interzis sub|interzis minorilor sub|ani|de la"),
    ticket_words=split(
        "bilete|bilet|cumpără|cumpără bilete|rezervă|preț|prețuri|intrare liberă|intrare"
    ),
    loading_words=split("se încarcă|încărcare"),
    genre_adjectives=genre_table(Drama="dramatică"),
    unstemmed_genres=split("parodie"),
)
