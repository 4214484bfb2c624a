"""German."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    function_words=split("der|die|das|und|ist|mit|von|den|ein|eine|nicht|zu|sich|im"),
    code="de",
    country_names=coded(
        DE_W="brd|br deutschland|westdeutschland",
        DE_E="ddr|ostdeutschland",
        SU="sowjetunion|udssr",
        YU="jugoslawien",
        CS="tschechoslowakei",
        MK="mazedonien",
        GB="großbritannien",
        GB_SCT="schottland",
        GB_NIR="nordirland",
        PS="palästina",
    ),
    country_codes=coded(
        DE="d",
        AT="a|ö",
        FR="f",
        ES="e",
        IT="i",
        BE="b",
        SE="s",
        NO="n",
        HU="h",
        PT="p",
        JP="j",
        LU="l",
        FI="sf",
        CA="cdn",
        AR="ra",
        CL="rch",
        KR="rok",
        TW="rc",
        SI="slo",
    ),
    nationalities=coded(
        FR="französisch|französischer",
        DE="deutscher|deutsche",
        US="amerikanisch|amerikanischer",
        GB="britischer",
        SU="sowjetisch|sowjetische|sowjetischer|sowjetischen|sowjetisches|sowjetischem",
        CS="tschechoslowakisch|tschechoslowakische|tschechoslowakischer|tschechoslowakischen|"
        "tschechoslowakisches",
        YU="jugoslawisch|jugoslawische|jugoslawischer|jugoslawischen|jugoslawisches",
    ),
    labels=table(
        title="titel|filmtitel",
        original_title="originaltitel|ot",
        alt_title="verleihtitel",
        year="jahr|produktionsjahr|erscheinungsjahr",
        release="kinostart|start|filmstart",
        directors="regisseure|regie|regisseur|regisseurin|ein film von|inszenierung|r",
        writers="drehbuch|buch|autor|autoren|drehbuchautor|drehbuchautorin",
        cast="darsteller|darsteller innen|"
        "schauspieler|besetzung|mit|die stars|hauptdarsteller|darstellerinnen|"
        "in den hauptrollen|hauptrollen",
        cinematography="kamera|bildgestaltung",
        editing="schnitt|montage",
        music="musik|filmmusik",
        sound="ton|tondesign",
        production_design="szenenbild",
        art_direction="ausstattung",
        costume_design="kostüm|kostümbild",
        producers="produzent|produzenten|produzentin",
        executive_producers="ausführender produzent",
        companies="produktionsfirma|produktion",
        countries="land|länder|produktionsland|herkunftsland|produktionsländer",
        genres="genre|gattung|filmgenre|genres|kategorie|kategorien",
        runtime="dauer|laufzeit|spieldauer|länge|filmlänge|minuten|min",
        languages="sprache|sprachen|originalsprache|fassung",
        synopsis="inhalt|handlung|inhaltsangabe|die story|zum film|kurzinhalt|über den film|"
        "zusammenfassung",
        awards="auszeichnungen|preise",
        press="pressestimmen|pressezitate|kritiken",
        ignore="verleih|untertitel|fsk|altersfreigabe|vorstellungen|spielzeiten|format",
    ),
    laureates=split("preisträger|preisträgerin|gewinner|gewinnerin"),
    directed_by=split(
        "ein film von|regie führte|die regie übernahm|die regie übernimmt|regie führt|"
        "unter der regie von|in der regie von|inszeniert von|film von|"
        "regie:|gedreht von|regiedebüt von|debütfilm von|spielfilmdebüt von|langfilmdebüt von|"
        "erstlingsfilm von"
    ),
    written_by=split("drehbuch von|geschrieben von|nach einem drehbuch von"),
    starring=split(
        "schauspieler|schauspielerin|mit|in den hauptrollen|in den weiteren rollen|"
        "in weiteren rollen|"
        "die darstellung von|das spiel von|"
        "schauspielerinnen|darsteller|darstellerin|darstellerinnen|hauptdarsteller|"
        "hauptdarstellerin"
    ),
    plays=split("als|spielt|in der rolle des|in der rolle der|verkörpert"),
    role_of=split("gespielt von|verkörpert von|dargestellt von"),
    starring_after=split("in der hauptrolle|in den hauptrollen|in der titelrolle"),
    presence=split("in anwesenheit von"),
    director_nouns=split(
        "regisseur|regisseurin|filmemacher|filmemacherin|dokumentarfilmer|"
        "dokumentarfilmerin|filmregisseur|filmregisseurin"
    ),
    minutes=split("min|minuten|min."),
    hours=split("h|std|stunde|stunden"),
    months=split(
        "januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|"
        "november|dezember|jän|mär|okt|dez"
    ),
    colour_words=split("farbe|farbig|s/w|schwarzweiß|schwarz-weiß|sw"),
    genres=genre_table(
        Feature_Film="spielfilm",
        Christmas_Film="weihnachtsfilm",
        Youth_Film="jugendfilm",
        Literary_Adaptation="literaturverfilmung|romanverfilmung|buchverfilmung",
        Chronicle="chronik",
        Propaganda_Film="propagandafilm|propaganda",
        Political_Film="politfilm|politischer film",
        Gangster_Film="gangsterfilm",
        Heist_Film="heist-film|heistfilm",
        Disaster_Film="katastrophenfilm",
        Martial_Arts="martial-arts-film|kampfsportfilm|eastern",
        Superhero_Film="superheldenfilm",
        Spy="spionagefilm|agentenfilm|agententhriller|spionagethriller",
        Mockumentary="mockumentary|pseudo-dokumentation",
        Slasher="slasherfilm",
        Erotic_Film="erotikfilm|erotik",
        Drama="drama|dramatisch",
        Fiction="fiktion",
        Comedy="komödie|komoedie|tragikomödie|komodie",
        Documentary="dokumentarfilm|dokumentation|dokumentarischer|doku",
        Animation="animationsfilm|zeichentrickfilm|trickfilm|zeichentrick",
        Horror="horror|horrorfilm|gruselfilm|grusel|zombiefilm",
        Thriller="thriller|psychologischer thriller|psychothriller",
        Crime="krimi|kriminalfilm",
        Adventure="abenteuer|abenteuerfilm",
        Family="familie|familienfilm",
        History="historie|historienfilm",
        Music="musik|musical|musikfilm",
        Romance="romantik|romantisch|liebesfilm|romanze",
        War="krieg|kriegsfilm",
        Short="kurzfilm",
        Silent="stummfilm",
        Action="action|actionfilm",
        Science_Fiction="science-fiction|sciencefiction|science fiction|science-fiction-film|"
        "sci-fi|dystopie|endzeitfilm",
        Fantasy="fantasy|fantasyfilm",
        Western="western",
        Biography="biografie|filmbiografie|biografisch|biographie|filmbiographie|biographisch",
        Mystery="mystery",
        Black_Comedy="schwarze komödie|rabenschwarze komödie",
        Tragicomedy="tragikomödie|tragikomisch",
        Melodrama="melodram",
        Romantic_Comedy="romantische komödie|liebeskomödie",
        Historical_Drama="historiendrama|historisches drama",
        War_Drama="kriegsdrama",
        Social_Drama="sozialdrama",
        Political_Thriller="politthriller|polit-thriller|politischer thriller",
        Political_Drama="politdrama|politisches drama",
        Coming_of_Age="coming-of-age-film|coming-of-age-drama",
        Family_Drama="familiendrama",
        Psychological_Thriller="psychothriller|psychologischer thriller",
        Psychological_Drama="psychodrama|psychologisches drama",
        Biopic="filmbiografie",
        **{"Children's Film": "kinderfilm"},
        Docudrama="dokudrama|doku-drama",
        Road_Movie="roadmovie|road movie|road-movie",
        Parody="parodie",
        Sports="sportfilm",
    ),
    conjunctions=split("und"),
    year_from=split("aus dem jahr|aus dem jahre|aus|von"),
    cinema_words=split("kino"),
    production_words=split("produktion"),
    film_plurals=split("spielfilme|dokumentarfilme|kurzfilme|kinofilme"),
    institution_words=split(
        "festival*|filmfestival*|filmfest*|festspiele|institut*|akademie|preis*|filmpreis*|"
        "auszeichnung*|archiv*|filmarchiv*|hochschule|filmhochschule|schule|stiftung|förderung|"
        "filmförderung|zentrum|verband|woche*|tage|filmtage|kategorie"
    ),
    film_words=split("film|spielfilm|dokumentarfilm|kinofilm|langfilm|debütfilm"),
    film_of=split("von"),
    genitive_endings=split("s"),
    titled=split("mit dem titel|namens|betitelt"),
    review_words=split("kritik|rezension|filmkritik"),
    trailer_words=split("trailer"),
    is_a=split("ist ein|ist eine|war ein"),
    by=split("von"),
    press_headings=split(
        "presse|pressestimmen|pressezitate|kritik|kritiken|pressespiegel|was die presse sagt|"
        "pressekritiken|kritiken der presse"
    ),
    quote_by=split("von"),
    quote_in=split("in|in der|im|für|bei|vom|von der|beim"),
    outlet_anaphora=split(
        "die Zeitung|das Blatt|das Magazin|die Wochenzeitung|das Nachrichtenmagazin"
    ),
    speech_verbs=split(
        "schreiben|meinen|urteilen|loben|finden|nennen|sagen|hat geschrieben|hält fest|hielt fest|"
        "stellt fest|stellte fest|fasst zusammen|fasste zusammen|jubelt|jubelte|feiert|feierte|"
        "bemängelt|bemängelte|kritisiert|kritisierte|konstatiert|konstatierte|notiert|notierte|"
        "beschreibt|beschrieb|bezeichnet|bezeichnete|empfiehlt|empfahl|heißt es|hieß es|"
        "spricht von|sprach von|preist|pries|rühmt|rühmte|"
        "schreibt|meint|urteilt|lobt|findet|nennt|resümiert|schwärmt|laut|sagt|nach ansicht|"
        "zufolge|schrieb|meinte|urteilte|lobte|nannte|sagte|erklärt|erklärte|betont|betonte|"
        "ergänzt|ergänzte|bemerkt|bemerkte|resümierte|schwärmte|kommentiert|kommentierte|"
        "bilanziert|bilanzierte|attestiert|attestierte|befindet|befand"
    ),
    quote_review=split("kritik|rezension"),
    comment_headings=split("kommentare|kommentar|leserkommentare"),
    reply_words=split("antworten"),
    time_at=split("um"),
    tagline_headings=split("werbeslogan|slogan|motto"),
    sentence_words=split("wenn|als|dann|aber|und"),
    first_person=split("ich|wir|mein"),
    outlet_kinds=split(
        "zeitung|tageszeitung|wochenzeitung|magazin|filmmagazin|nachrichtenmagazin|fachblatt|"
        "branchenblatt|fachmagazin|portal|website|online-magazin"
    ),
    press_words=split(
        "Kritiker|Kritikerin|Kritiken|Presse|Medien|Journalist|Journalistin|Journalisten|"
        "Rezension|Rezensionen|Feuilleton"
    ),
    critic_roles=split(
        "rezensenten|kritikers|filmkritikers|kritikerinnen|rezensentinnen|kolumnisten|"
        "feuilletonist|feuilletonistin|filmredakteur|filmredakteurin|"
        "kritiker|kritikerin|rezensent|rezensentin|filmkritiker|filmkritikerin|kolumnist|"
        "kolumnistin|filmjournalist|filmjournalistin"
    ),
    media_words=split("kino|leinwand"),
    outlet_articles=split("der|die|das"),
    event_words=split(
        "premiere*|uraufführung|vorführung*|aufführung*|festival*|filmfest*|im kino|"
        "in den kinos|in die kinos|kinostart|startet|tickets|karten|heute|heute abend|wettbewerb|"
        "programm*|sektion|kinokasse|vorpremiere|sondervorstellung*|filmgespräch*|"
        "kinemathek*|cinémathèque*|in zusammenarbeit mit|kinowoche*|kinostarts|diese woche|"
        "diesem wochenende"
    ),
    story_questions=split(
        "worum geht es|worum geht's|worum gehts|worum geht es im film|"
        "worum geht es in dem film|was ist die handlung|wovon handelt der film"
    ),
    story_words=split(
        "geschichte*|erzählt|folgt|leben|lebt|jung*|frau|frauen|mädchen|familie*|vater|"
        "mutter|sohn|tochter|bruder|schwester|ehemann|ehefrau|liebe*|freund*|entdeck*|"
        "beschließt|muss|dorf|stadt|kindheit|jugendlich*|verliebt*|protagonist*|hauptfigur*|"
        "heldin"
    ),
    notice_words=split(
        "covid*|corona*|pandemie|alle rechte vorbehalten|vervielfältigung|abonnier*|"
        "newsletter|unserem archiv|dieser artikel ist älter|impfnachweis*|schnelltest*|"
        "maskenpflicht|mund-nasen-bedeckung|mund-nasen-schutz|3g-regel*|2g-regel*|hygienekonzept"
    ),
    name_suffixes=split("jr.|sen.|jun."),
    respectively=split("jeweils|beziehungsweise"),
    own_critic=split("unser kritiker|unsere kritikerin|unser rezensent|unsere rezensentin"),
    award_words=split("beste|bester|bestes|besten"),
    read_also=split("lesen sie auch|lies auch|auch interessant|mehr zum thema"),
    review_links=split(
        "zur kritik|kritik lesen|ganze kritik|zur rezension|rezension lesen|weiterlesen|mehr lesen"
    ),
    determiners=split(
        "der|die|das|dem|den|ein|eine|einen|einem|einer|eines|dieser|diese|dieses|unser|unsere|"
        "jeder|jede"
    ),
    capital_demonyms=True,
    film_openings=split("es ist|das ist|dies ist"),
    quote_pronouns=split("er|sie"),
    quote_according=split("nach ansicht von|nach meinung von|in den worten von|laut"),
    genre_endings=split("e|en|n|s|es|er|ern"),
    acting_words=split(
        "spielt|verkörpert|in der rolle|seine rolle|ihre rolle|ihre darstellung|"
        "seine darstellung|beste darstellerin|bester darsteller|beste hauptdarstellerin|"
        "bester hauptdarsteller|beste schauspielerin|bester schauspieler|beste nebendarstellerin|"
        "bester nebendarsteller|"
        "spielen|verkörpern"
    ),
    lead_words=split("hauptdarstellerin|hauptdarsteller|in der hauptrolle|in der titelrolle"),
    relative_pronouns=split("der|die|dessen|deren"),
    not_fact_labels=split(
        "drehort*|gedreht|schauplatz|schauplatze|handlungsort|spielort|geboren|geburtsort|"
        "territori*|rechte|verfugbar|synchron*|fassung*|version*"
    ),
    this_words=split("dieses|diese|dieser|diesem|diesen"),
    plural_endings=split("e|en|innen"),
    own_possessives=split("seinem|seinen|seiner|seine|ihrem|ihren|ihrer|ihre"),
    work_nouns=split("spielfilm|langfilm|spielfilmdebüt|debüt|werk"),
    directed_after=split(
        "inszeniert|inszenierte|führt regie|übernahm die regie|übernimmt die regie|führte regie|"
        "drehte den film|dreht den film|"
        "gibt sein regiedebüt|gibt ihr regiedebüt|gab sein regiedebüt|gab ihr regiedebüt|"
        "debütiert als regisseur|debütiert als regisseurin"
    ),
    release_verbs=split("erschien|erschienen|uraufgeführt|uraufführung|veröffentlicht|gedreht"),
    year_words=split("jahr|jahre|im jahr|im jahre"),
    other_words=split(
        "weitere*|andere*|mehr|ähnliche*|verwandte*|neueste*|nächste*|vorherige*|empfohlen*|"
        "meistgelesen*|das könnte sie auch interessieren"
    ),
    section_headings=split(
        "mein eindruck|unser eindruck|fazit|unser fazit|mein fazit|kritik|filmkritik|"
        "unsere kritik|die kritik|rezension|meinung|meine meinung|unsere meinung|urteil|"
        "unser urteil|bewertung|unsere bewertung|kommentar|kommentare|weiterlesen|"
        "auch interessant|das könnte sie auch interessieren|veröffentlicht am|aktualisiert am|"
        "neueste nachrichten|nachrichten|teilen"
    ),
    rating_words=split(
        "fsk|freigegeben ab|freigegeben|ohne altersbeschränkung|altersfreigabe|ab|jahren|"
        "jahre|jahr|j.|fsk ab"
    ),
    ticket_words=split(
        "tickets|ticket|karten|karte|eintritt|eintritt frei|preis|preise|reservieren|"
        "kaufen|jetzt kaufen|tickets kaufen|vorverkauf|kasse|ermäßigt"
    ),
    loading_words=split("wird geladen|lädt|laden"),
    unstemmed_genres=split("parodie"),
    genre_everyday_words=split("historie"),
)
