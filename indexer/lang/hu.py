"""Hungarian."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="hu",
    family_name_first=True,
    directed_by=split("rend."),
    quote_pronouns=split("ő"),
    country_names=coded(
        DE_W="nszk|nyugat-németország",
        DE_E="ndk|kelet-németország",
        MK="macedónia",
        GB="nagy-britannia",
        PS="palesztina",
        SU="szovjetunió",
        CS="csehszlovákia",
        YU="jugoszlávia",
    ),
    # nationality adjectives that no CLDR name of their country begins with ("amerikai":
    # Egyesült Államok); "román" is left out, as "roman" is a novel in other languages
    nationalities=coded(
        US="amerikai",
        GB="angol|brit",
        DE="német",
        DE_W="nyugatnémet",
        DE_E="keletnémet",
        IT="olasz",
        RU="orosz",
        PL="lengyel",
        JP="japán",
        CN="kínai",
        SE="svéd",
        CZ="cseh",
        AT="osztrák",
        BE="belga",
        GR="görög",
        TR="török",
        RS="szerb",
        HR="horvát",
        SU="szovjet",
        CS="csehszlovák",
        YU="jugoszláv",
    ),
    role_endings=split("ként"),
    labels=table(
        title="cím|a film címe|filmcím",
        original_title="eredeti cím",
        year="év|gyártási év|megjelenés éve",
        release="bemutató|premier",
        directors="rendezők|rendező|rendezte|rendezés|rendezőnő",
        writers="forgatókönyv|forgatókönyvíró",
        cast="szereplők|főszereplők|szereplő|színész|színészek|főbb szereplők|főszerepben|"
        "főszerepekben",
        cinematography="operatőr|fényképezte",
        editing="vágó|vágás",
        music="zene",
        producers="producer|gyártó",
        countries="származási ország|ország|gyártó ország",
        genres="műfaj|műfajok|kategória",
        runtime="játékidő|hossz|időtartam",
        languages="nyelv",
        synopsis="tartalom|történet|cselekmény|a film tartalma|szinopszis",
        awards="díjak",
    ),
    starring=split(
        "színész|színésznő|főszerepben|főszereplők|a főbb szerepekben|főszerepekben|"
        "szereplők|szereplői|"
        "színészek|színésznők"
    ),
    director_nouns=split("rendező|rendezője|filmrendező|rendezőnő|filmrendezője|dokumentumfilmes"),
    first_person=split("én|nekem|engem"),
    minutes=split("perc|perces"),
    hours=split("óra|órás"),
    months=split(
        "január|február|március|április|május|június|július|augusztus|szeptember|"
        "október|november|december|febr|márc|ápr|máj|jún|júl|szept"
    ),
    colour_words=split("színes|fekete-fehér|ff"),
    genres=genre_table(
        Feature_Film="játékfilm|nagyjátékfilm",
        Christmas_Film="karácsonyi film",
        Youth_Film="ifjúsági film",
        Literary_Adaptation="irodalmi adaptáció",
        Propaganda_Film="propagandafilm",
        Political_Film="politikai film",
        Gangster_Film="gengszterfilm",
        Disaster_Film="katasztrófafilm",
        Martial_Arts="harcművészeti film",
        Superhero_Film="szuperhősfilm",
        Spy="kémfilm",
        Erotic_Film="erotikus film",
        Drama="dráma",
        Fiction="fikció",
        Short="rövidfilm",
        Comedy="vígjáték|komédia",
        Documentary="dokumentumfilm|dokumentum-játékfilm",
        Horror="horror|horrorfilm",
        Thriller="thriller",
        Animation="animációs|animáció|rajzfilm|animációs film",
        Romance="romantikus|romantikus film",
        Action="akciófilm|akció-thriller",
        Crime="krimi|bűnügyi",
        Science_Fiction="sci-fi|tudományos-fantasztikus|disztópia|antiutópia",
        Fantasy="fantasy",
        War="háborús|háborús film",
        Western="western",
        Music="musical|zenés",
        Biography="életrajzi",
        History="történelmi",
        Family="családi",
        Adventure="kalandfilm|kalandos",
        Black_Comedy="fekete komédia",
        Tragicomedy="tragikomédia|tragikomikus",
        Satire="szatíra",
        Romantic_Comedy="romantikus vígjáték",
        Historical_Drama="történelmi dráma",
        War_Drama="háborús dráma",
        Social_Drama="társadalmi dráma",
        Political_Thriller="politikai thriller",
        Political_Drama="politikai dráma",
        Family_Drama="családi dráma",
        Biopic="életrajzi film|életrajzi dráma",
        Psychological_Thriller="pszichothriller|lélektani thriller",
        Psychological_Drama="pszichodráma|lélektani dráma",
        Melodrama="melodráma",
        **{"Children's Film": "gyerekfilm"},
        Road_Movie="road movie|útifilm",
        Parody="paródia",
        Silent="néma|némafilm",
    ),
    conjunctions=split("és"),
    cinema_words=split("filmművészet"),
    production_words=split("produkció|gyártás"),
    film_plurals=split("filmek*|filmeket"),
    institution_words=split(
        "fesztivál*|filmfesztivál*|intézet*|akadémi*|díj*|filmdíj*|archív*|iskol*|alapítvány*|"
        "központ*|egyesület*|szemle*|hete|napok|napjai*|kategóri*"
    ),
    film_words=split("film|filmet"),
    possessed_film_words=split(
        "filmje|filmjét|filmjében|filmjéből|filmjének|filmjéhez|filmjéről|filmjével|filmjére|"
        "rendezése|rendezését|rendezésében|alkotása|alkotását|alkotásában|"
        # the film's kind possessed: "Dárday István és Szalai Györgyi filmszatírája"
        "filmszatírája|filmdrámája|filmkomédiája|drámája|vígjátéka|szatírája|tragikomédiája|"
        "thrillere|krimije|musicalje|westernje|mozija|rendezésének|alkotásának|filmjeiben"
    ),
    #: the endings of a noun in a case ("Berlinben", "Cannes-ban", "Budapestről"): no
    #: possessor before a possessed word ends so
    non_name_endings=split("ban|ben|ból|ből|ról|ről|tól|től|nál|nél|hoz|hez|höz|val|vel|nak|nek"),
    review_words=split("kritika"),
    trailer_words=split("előzetes"),
    # "Nagy Zsolttal, Kulka Jánossal és Scherer Péterrel a főszerepben" (with … in the lead
    # roles): the names in the instrumental before the words, as "… főszereplésével"
    starring_after=split(
        "főszereplésével|szereplésével|a főszerepben|a főszerepekben|a főbb szerepekben"
    ),
    directed_after=split("rendezésében|rendezte|rendezésű"),
    plays=split("alakítja|játssza"),
    # "a Sault alakító Röhrig Géza" (Géza Röhrig, who plays Saul): the actor after the word
    role_of=split("alakító|megformáló|játszó"),
    press_headings=split("sajtó|kritikák"),
    comment_headings=split("hozzászólások"),
    speech_verbs=split(
        "írják|írták|mondja|mondják|vélte|szerinte|értékelte|méltatja|méltatta|dicsérik|összegez|"
        "összegzi|összegezte|hangsúlyozza|hangsúlyozta|megjegyzi|megjegyezte|állította|nevezi|"
        "nevezte|jellemzi|jellemezte|tartja|"
        "írja|írta|szerint|mondta|véli|fogalmaz|fogalmazott|nyilatkozta|hozzátette|teszi hozzá|"
        "állítja|dicséri|dicsérte|nyilatkozott|nyilatkozik|nyilatkoztak"
    ),
    event_words=split(
        "bemutató*|premier*|vetítés*|vetít*|fesztivál*|versenyprogram*|a mozikban|mozikba|"
        "mozik*|jegy|jegyek|jegyet|ma este|műsor*|gálá*"
    ),
    story_questions=split("miről szól|miről szól a film"),
    story_words=split(
        "történet*|mesél*|elmesél*|követi|élet*|fiatal*|nő|lány*|fiú*|család*|apa|apja|anya|"
        "anyja|testvér*|báty*|nővér*|férj*|feleség*|szerel*|barát*|felfedez*|rájön|"
        "elhatároz*|kénytelen|falu*|város*|gyerekkor*|főhős*|főszereplő*"
    ),
    notice_words=split("covid*|koronavírus*|járvány*|minden jog fenntartva|hírlevél*"),
    respectively=split("rendre"),
    own_critic=split("kritikusunk"),
    press_words=split("kritikusok|kritika|sajtó|média|újságíró|újságírók"),
    critic_roles=split("kritikusa|filmkritikusa|recenzens|recenzense|kritikus|filmkritikus"),
    award_words=split("legjobb"),
    read_also=split("ezt is olvassa el|olvassa el ezt is"),
    determiners=split("az|egy"),
    outlet_articles=split("a|az"),
    film_openings=split("ez egy"),
    genre_endings=split(
        "t|ot|et|öt|at|ja|je|ban|ben|ról|ről|nak|nek|ba|be|val|vel|k|ok|ek|ák|ék|é|ként|ként|hoz|"
        "hez|ként"
    ),
    acting_words=split(
        "játssza|alakítja|alakítása|szerepében|legjobb női főszereplő|"
        "legjobb férfi főszereplő|legjobb színésznő|legjobb színész"
    ),
    lead_words=split("a főszerepben|főszerepet"),
    relative_pronouns=split("aki|akinek"),
    release_verbs=split("bemutat|készült|mutatták be"),
    year_words=split("évben|évi|év"),
    year_endings=split("as|es|os|ös|ban|ben|ból|ből|tól|től|ig|ra|re|i"),
    other_words=split(
        "további|más|egyéb|még|kapcsolódó|hasonló|legújabb|legfrissebb|következő|előző|ajánlott|"
        "legolvasottabb"
    ),
    section_headings=split(
        "kritika|értékelés|ítélet|vélemény|véleményem|összegzés|lásd még|ezt is olvasd|"
        "friss hírek|hírek"
    ),
    rating_words=split(
        "korhatár|korhatár nélkül|éven aluliak számára nem ajánlott|éven felülieknek|éven|év"
    ),
    ticket_words=split("jegyek|jegy|jegyvásárlás|vásárlás|ár|belépő|belépődíj"),
    loading_words=split("betöltés"),
    genre_adjectives=genre_table(Drama="drámai|dramatikus"),
    unstemmed_genres=split("paródia"),
)
