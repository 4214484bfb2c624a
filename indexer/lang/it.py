"""Italian."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, romance_nationalities, split, table

DATA = Language(
    function_words=split("il|lo|la|gli|di|che|è|e|un|una|per|con|del|della|non|si"),
    code="it",
    country_names=coded(
        DE_W="germania ovest|rft",
        DE_E="germania est|rdt",
        SU="unione sovietica|urss",
        CS="cecoslovacchia",
        YU="jugoslavia",
        GB="gran bretagna",
        GB_ENG="inghilterra",
        GB_SCT="scozia",
        GB_WLS="galles",
        GB_NIR="irlanda del nord",
        NL="olanda",
    ),
    nationalities={
        **coded(
            FR="francese",
            US="americano|americana",
            GB="inglese",
            DE="tedesco|tedesca",
            ES="spagnolo",
            JP="giapponese",
            SU="sovietico|sovietica|sovietici|sovietiche",
            CS="cecoslovacco|cecoslovacca",
            YU="jugoslavo|jugoslava",
        ),
        **romance_nationalities(
            "it",
            GB_SCT="scozzese",
            TW="taiwanese",
            PH="filippino",
            US="statunitense|americano",
            CA="canadese",
            MX="messicano",
            CU="cubano",
            CR="costaricano",
            VE="venezuelano",
            CO="colombiano",
            EC="ecuadoriano",
            PE="peruviano",
            BO="boliviano",
            CL="cileno",
            AR="argentino",
            UY="uruguaiano",
            BR="brasiliano",
            GB="britannico",
            BE="belga",
            CH="svizzero",
            AT="austriaco",
            IL="israeliano",
            PS="palestinese",
            LB="libanese",
            SY="siriano",
            IQ="iracheno",
            IR="iraniano",
            SA="saudita",
            EG="egiziano",
            TN="tunisino",
            DZ="algerino",
            MA="marocchino",
            SN="senegalese",
            NG="nigeriano",
            ET="etiope",
            KE="keniota",
            ZA="sudafricano",
            AF="afghano",
            PK="pakistano",
            IN="indiano",
            KR="sudcoreano",
            KP="nordcoreano",
            TH="tailandese",
            AU="australiano",
            NZ="neozelandese",
        ),
    },
    labels=table(
        title="titolo|titolo del film",
        original_title="titolo originale",
        alt_title="titolo internazionale",
        year="anno|anno di produzione|anno di uscita",
        release="uscita|data di uscita",
        directors="registi|regia|regia di|regista",
        writers="sceneggiatura|soggetto",
        cast="interpreti|cast|attori|con|protagonisti|interpreti principali|cast artistico|"
        "attori principali|personaggi e interpreti",
        cinematography="fotografia|direttore della fotografia",
        editing="montaggio",
        music="musica|musiche",
        sound="suono",
        production_design="scenografia",
        costume_design="costumi",
        producers="produttore|produttori|prodotto da",
        companies="produzione",
        countries="paese di produzione|paese di origine|paese|paesi|nazione|nazionalità|origine",
        genres="genere|generi",
        runtime="durata",
        languages="lingua|lingua originale",
        synopsis="trama|sinossi|la trama",
        awards="premi|riconoscimenti",
        press="rassegna stampa|la critica",
        ignore="distribuzione|sottotitoli",
    ),
    directed_after=split(
        "firma qui|firma il suo|firma la sua|dirige qui|dirige questa|dirige questo|ha diretto|"
        "ha girato|esordisce alla regia|"
        "debutta alla regia|torna alla regia|torna dietro la macchina da presa"
    ),
    directed_by=split(
        "reg.|regia di|la regia è di|la regia è firmata da|regia firmata da|"
        "dietro la macchina da presa c'è|dietro la macchina da presa c’è|diretto da|diretta da|"
        "un film di|scritto e diretto da|"
        "diretto e scritto da|codiretto da|co-diretto da|il nuovo film di|"
        "l'ultimo film di|firma la regia|alla regia|esordio alla regia di|esordio alla regia per|"
        "debutto alla regia di|debutto alla regia per|opera prima di|diretto dal|diretta dal|"
        "diretto dalla|diretta dalla|diretto dall'|diretta dall'|regia dell'|un film dell'|"
        "primo lungometraggio di|esordio alla regia dell'|opera prima dell'"
    ),
    written_by=split("scritto da|sceneggiatura di"),
    starring=split(
        "attore|attrice|attori|con|interpretato da|interpretata da|"
        "interpretati da|interpretate da|con protagonista|"
        "con protagonisti|protagonisti|nel cast|"
        "l'interpretazione di|la prova di|la performance di|"
        "attrici"
    ),
    plays=split(
        "nel ruolo di|nei panni di|interpreta|nella parte di|nel ruolo del|"
        "nel ruolo della|veste i panni di|dà il volto a"
    ),
    role_of=split("impersonato da|impersonata da"),
    presence=split("alla presenza di|in presenza di"),
    director_nouns=split("regista|il regista|la regista|cineasta"),
    minutes=split("min|minuti"),
    hours=split("h|ora|ore"),
    months=split(
        "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|"
        "novembre|dicembre|giu|lug|ott|dic"
    ),
    colour_words=split("colore|colori|b/n|bianco e nero|bianco/nero"),
    genres=genre_table(
        Feature_Film="film di finzione",
        Fiction="finzione",
        Christmas_Film="film natalizio|natalizio|cinepanettone",
        Youth_Film="film giovanile",
        Literary_Adaptation="adattamento letterario|trasposizione letteraria",
        Chronicle="cronaca",
        Propaganda_Film="propaganda|film di propaganda",
        Political_Film="film politico|politico",
        Disaster_Film="catastrofico|film catastrofico",
        Martial_Arts="arti marziali",
        Superhero_Film="supereroi|cinecomic",
        Spy="spionaggio",
        Mockumentary="falso documentario|mockumentary",
        Erotic_Film="erotico",
        Films_about_Filmmaking="cinema nel cinema|metacinema",
        Drama="drammatico|dramma|drammatica",
        Comedy="commedia|comico|comica",
        Documentary="documentario|documentaristico|documentaristica",
        Animation="animazione|animato|cartone animato|cartoni animati",
        Horror="orrore|film horror",
        Action="azione",
        Adventure="avventura",
        Biography="biografia|biografico|biografica",
        Crime="poliziesco|poliziesca",
        Family="famiglia|per famiglie|film per famiglie",
        Fantasy="fantasia|fantastico",
        History="storico|storica",
        Music="musica|musical",
        Mystery="mistero",
        Romance="romantico|romantica|sentimentale|sentimentali",
        Science_Fiction="fantascienza",
        Short="cortometraggio",
        Silent="muto",
        Experimental="sperimentale",
        Thriller="giallo|thriller",
        War="guerra|bellico|film di guerra|bellica",
        Western="western",
        Black_Comedy="commedia nera",
        Tragicomedy="tragicommedia|tragicomico|tragicomica",
        Satire="satira",
        Melodrama="melodramma",
        Romantic_Comedy="commedia romantica",
        Historical_Drama="dramma storico",
        War_Drama="dramma bellico|dramma di guerra",
        Social_Drama="dramma sociale",
        Political_Thriller="thriller politico",
        Political_Drama="dramma politico",
        Coming_of_Age="film di formazione|racconto di formazione",
        Family_Drama="dramma familiare",
        Psychological_Thriller="thriller psicologico",
        Supernatural_Horror="horror soprannaturale",
        Psychological_Drama="dramma psicologico|psicodramma",
        **{"Children's Film": "film per ragazzi"},
        Road_Movie="road movie",
        Parody="parodia",
        Sports="film sportivo",
    ),
    conjunctions=split("e|ed"),
    year_from=split("del|uscito nel|nel"),
    cinema_words=split("cinema"),
    production_words=split("produzione"),
    film_plurals=split("pellicole|lungometraggi|cortometraggi|documentari"),
    institution_words=split(
        "festival*|istituto|accademia|premio|premi|gran premio|cineteca|archivio|scuola|"
        "fondazione|centro|società|associazione|commissione|mostra|rassegna|giornate|categoria"
    ),
    film_words=split("film|pellicola|documentario|lungometraggio"),
    film_of=split("di|del|della"),
    review_of=split("di|del|della"),
    titled=split("intitolato|intitolata|dal titolo"),
    review_words=split("recensione|recensioni"),
    trailer_words=split("trailer"),
    is_a=split("è un|è una"),
    by=split("di|da|d'"),
    press_headings=split(
        "recensioni|la critica|rassegna stampa|dicono del film|cosa dice la critica"
    ),
    quote_by=split("di|da"),
    quote_in=split("in|nel|sul|su|per|secondo"),
    outlet_anaphora=split("il quotidiano|la rivista|il settimanale|la testata"),
    speech_verbs=split(
        "scrivono|dicono|affermano|definiscono|sottolineano|hanno scritto|ha notato|annota|"
        "ha annotato|osservava|commentava|giudicava|sentenzia|ha sentenziato|esalta|ha esaltato|"
        "ha descritto|descrive|evidenzia|ha evidenziato|rileva|ha rilevato|lodava|elogiava|"
        "scriveva che|ritengono|giudicano|concludeva|"
        "scrive|dice|afferma|definisce|sottolinea|conclude|secondo|ha scritto|ha detto|scriveva|"
        "scrisse|disse|nota|osserva|commenta|aggiunge|spiega|giudica|ritiene|sostiene|elogia|"
        "ha definito|ha affermato|ha sottolineato|ha commentato|ha osservato|ha aggiunto|"
        "ha spiegato|ha giudicato|ha elogiato|ha lodato|loda|"
        "parla di|parlano di|ha parlato di"
    ),
    quote_review=split("critica|recensione"),
    comment_headings=split("commenti"),
    reply_words=split("rispondi"),
    time_at=split("alle"),
    tagline_headings=split("tagline del film|slogan|motto"),
    sentence_words=split("quando|ma|e|mentre|come|anche|così"),
    first_person=split("io|noi"),
    outlet_kinds=split(
        "quotidiano|rivista|settimanale|giornale|sito|testata|mensile|magazine|portale"
    ),
    press_words=split(
        "recensori|critici cinematografici|"
        "critici|critica|stampa|media|giornalista|giornalisti|recensione|recensioni"
    ),
    critic_roles=split(
        "recensore|critico di cinema|critica di cinema|"
        "critico|critica|critico cinematografico|critica cinematografica|editorialista"
    ),
    media_words=split("schermo"),
    outlet_articles=split("il|lo|la"),
    event_words=split(
        "anteprima|première|proiezion*|proiettat*|festival*|nelle sale|al cinema|in sala|"
        "esce nelle sale|arriva nelle sale|uscita nelle sale|bigliett*|oggi|stasera|concorso|"
        "selezione ufficiale|programma|rassegna|botteghino|evento|serata|cineteca*|"
        "in collaborazione con|questa settimana|questo fine settimana"
    ),
    story_questions=split(
        "di cosa parla|di che cosa parla|di che parla|di cosa parla il film|"
        "di che cosa parla il film|di cosa tratta|di che cosa tratta|qual è la trama"
    ),
    story_words=split(
        "storia*|racconta|narra|segue|vita|vive|giovane|giovani|donna|donne|ragazza*|"
        "ragazzo*|ragazzi|bambin*|famiglia*|padre|madre|figlio*|figlia*|fratello*|sorella*|"
        "marito|moglie|amore|amic*|scopr*|decide|deve|paese|città|infanzia|adolescen*|"
        "si innamora*|protagonista*|personaggi*"
    ),
    notice_words=split(
        "covid*|coronavirus|pandemia|quarantena|tutti i diritti riservati|"
        "riproduzione riservata|iscriviti|newsletter|nostro archivio|"
        "questo articolo è stato pubblicato|green pass|mascherina|mascherine|"
        "distanziamento"
    ),
    respectively=split("rispettivamente"),
    own_critic=split("il nostro critico|la nostra critica"),
    award_words=split("miglior|migliore|migliori"),
    read_also=split("leggi anche|vedi anche|leggi pure"),
    review_links=split(
        "leggi la recensione completa|leggi la recensione|recensione completa|leggi tutto|"
        "continua a leggere"
    ),
    name_articles=split("la|l'"),
    determiners=split("il|gli|uno|questo|questa|nostro|nostra"),
    film_openings=split("è un|è una|si tratta di"),
    quote_pronouns=split("lui|lei"),
    quote_according=split("a detta di|a giudizio di|a parere di|nelle parole di|secondo"),
    genre_endings=split("e|i"),
    acting_words=split(
        "interpreta|veste i panni|nel ruolo|il suo ruolo|la sua interpretazione|"
        "migliore attrice|miglior attrice|miglior attore|migliore attore|"
        "migliore interpretazione|miglior interpretazione|"
        "interpretano"
    ),
    lead_words=split(
        "protagonista|ruolo principale|ruolo da protagonista|attrice protagonista|"
        "attore protagonista"
    ),
    relative_pronouns=split("che|la cui|il cui"),
    not_fact_labels=split(
        "location|luog*|girat*|riprese|ambientat*|ambientazione|nato|nata|nascita|territori*|"
        "diritti|disponibil*|doppiat*|doppiaggio|version*"
    ),
    this_words=split("questo|questa"),
    own_possessives=split("suo|sua|loro"),
    work_nouns=split("lungometraggio|opera"),
    release_verbs=split("uscito|usciti|distribuit|girato|girata"),
    year_words=split("anno|l'anno"),
    coproduction_words=split("coproduzione|co-produzione"),
    other_words=split(
        "altra|altre|altri|altro|correlati|correlate|correlato|ultime|ultimi|recenti|successivo|"
        "successiva|precedente|simili|consigliati|consigliate|più letti|potrebbe interessarti"
    ),
    section_headings=split(
        "recensione|la recensione|la nostra recensione|critica|la critica|giudizio|"
        "il nostro giudizio|giudizio finale|verdetto|il verdetto|la mia opinione|opinione|"
        "in conclusione|conclusione|leggi anche|pubblicato il|ultime notizie|notizie|condividi"
    ),
    rating_words=split("per tutti|vietato ai minori di|vietato ai minori|vietato|anni|dai|t|vm"),
    ticket_words=split(
        "biglietti|biglietto|biglietteria|acquista|prenota|prezzo|prezzi|ingresso|"
        "ingresso libero|intero|ridotto"
    ),
    loading_words=split("caricamento|caricamento in corso"),
    unstemmed_genres=split("parodia"),
    genre_everyday_words=split("mistero|fantasia|storia"),
)
