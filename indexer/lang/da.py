"""Danish."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, stem_nationalities, table

DATA = Language(
    code="da",
    nationalities=stem_nationalities(
        "|e",
        US="amerikansk",
        GB="britisk",
        KR="sydkoreansk",
        IR="iransk",
        IN="indisk",
        BR="brasiliansk",
        MX="mexicansk",
        CA="canadisk",
        AT="østrigsk",
        CH="schweizisk",
        BE="belgisk",
        AU="australsk",
        AR="argentinsk",
    )
    | coded(SU="sovjetisk|sovjetiske"),
    country_names=coded(SU="sovjetunionen", CS="tjekkoslovakiet", YU="jugoslavien"),
    labels=table(
        title="titel|filmtitel",
        original_title="originaltitel|original titel",
        year="år|produktionsår|udgivelsesår",
        release="premiere|biografpremiere|udgivelsesdato",
        directors="instruktører|instruktør|instruktion|instrueret af|instruktøren|instr.|instr",
        writers="manuskript|manus",
        cast="medvirkende|skuespillere|på rollelisten|i hovedrollerne|hovedroller|rolleliste",
        cinematography="foto|fotograf|fotografering",
        editing="klipning|klip",
        music="musik|musik af",
        production_design="scenografi",
        producers="producer|producent|produceret af",
        countries="land|lande|produktionsland|oprindelsesland",
        genres="genre|genrer|kategori",
        runtime="længde|spilletid|varighed",
        languages="sprog|tale",
        synopsis="handling|om filmen|resumé|handlingen|indhold",
        ignore="censur|distributør|undertekster",
    ),
    directed_by=split(
        "instrueret af|en film af|i instruktion af|skrevet og instrueret af|filmen er lavet af|"
        "filmen er instrueret af|for instruktionen står|instr."
    ),
    written_by=split("skrevet af"),
    starring=split(
        "skuespiller|skuespilleren|med|i hovedrollerne|i hovedrollen|"
        "skuespillere|skuespillerne|skuespillerinde"
    ),
    starring_after=split("i rollerne|i hovedrollerne|i hovedrollen"),
    presence=split("i overværelse af"),
    director_nouns=split("instruktøren|instruktør|filminstruktør|dokumentarist"),
    minutes=split("min|minutter"),
    hours=split("t|time|timer"),
    months=split(
        "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
    ),
    colour_words=split("farve|farver|sort-hvid|s/h"),
    genres=genre_table(
        Feature_Film="spillefilm",
        Christmas_Film="julefilm",
        Youth_Film="ungdomsfilm",
        Literary_Adaptation="litteraturfilmatisering",
        Propaganda_Film="propagandafilm",
        Political_Film="politisk film",
        Gangster_Film="gangsterfilm",
        Disaster_Film="katastrofefilm",
        Superhero_Film="superheltefilm",
        Spy="spionfilm|agentfilm",
        Erotic_Film="erotisk film",
        Romance="romantisk",
        Drama="drama|dramaet",
        Fiction="fiktion",
        Short="kortfilm|kort fiktion|kortfiktion",
        Comedy="romantisk komedie|komedie",
        Documentary="dokumentar|dokumentarfilm|dokumentarisk|dokumentariske",
        Horror="gyser|gyserfilm|horror",
        Thriller="thriller",
        Animation="animationsfilm|tegnefilm|animation",
        Action="action|actionfilm",
        Crime="krimi|kriminalfilm",
        Science_Fiction="science fiction|sci-fi|dystopi",
        Fantasy="fantasy",
        War="krigsfilm|krig",
        Western="western",
        Music="musical|musik",
        Biography="biografi|biografisk|biografiske",
        History="historisk|historie",
        Family="familiefilm|familie",
        Adventure="eventyrfilm|eventyr",
        Mystery="mysterium",
        Black_Comedy="sort komedie",
        Tragicomedy="tragikomedie|tragikomisk",
        Satire="satire|satirisk",
        Romantic_Comedy="romantisk komedie|kærlighedskomedie",
        Historical_Drama="historisk drama|kostumedrama",
        War_Drama="krigsdrama",
        Social_Drama="socialdrama",
        Political_Thriller="politisk thriller",
        Political_Drama="politisk drama",
        Coming_of_Age="opvækstfilm|opvækstdrama",
        Family_Drama="familiedrama",
        Melodrama="melodrama",
        **{"Children's Film": "børnefilm"},
        Road_Movie="roadmovie|road movie",
        Psychological_Thriller="psykologisk thriller",
        Psychological_Drama="psykologisk drama",
        Parody="parodi",
        Silent="stumfilm",
    ),
    conjunctions=split("og"),
    year_from=split("fra"),
    production_words=split("produktion"),
    film_plurals=split("filmene"),
    institution_words=split(
        "festival*|filmfestival*|institut*|filminstitut*|akademi*|pris*|filmpris*|arkiv*|skole*|"
        "filmskole*|fond*|center|forening*|uge|ugen|kategori*"
    ),
    film_words=split("film|filmen"),
    film_of=split("af"),
    genitive_endings=split("s"),
    review_words=split("anmeldelse"),
    trailer_words=split("trailer"),
    is_a=split("er en|var en"),
    by=split("af"),
    titled=split("med titlen|kaldet"),
    plays=split("i rollen som|spiller"),
    plays_own=split("som"),
    role_of=split("spillet af|spilles af"),
    press_headings=split("presse|anmeldelser"),
    quote_by=split("af"),
    quote_in=split("i|for|hos"),
    outlet_anaphora=split("avisen|magasinet"),
    speech_verbs=split(
        "mener|konstaterer|konstaterede|fremhæver|fremhævede|understreger|understregede|"
        "kommenterer|kommenterede|betegner|betegnede|kvitterer|kvitterede|bemærker|bemærkede|"
        "lyder det|lød det|"
        "skriver|siger|kalder|ifølge|skrev|sagde|mente|kaldte|tilføjer|tilføjede|konkluderer|"
        "konkluderede|påpeger|påpegede|beskriver|beskrev|roser|roste"
    ),
    comment_headings=split("kommentarer|kommentar"),
    reply_words=split("svar"),
    first_person=split("jeg|vi"),
    outlet_kinds=split("avisen|dagbladet|magasinet|filmmagasinet|mediet|netmediet"),
    press_words=split(
        "anmelderne|"
        "kritikere|kritikerne|anmeldelse|anmeldelser|anmeldere|pressen|presse|medier|journalist|"
        "journalister"
    ),
    critic_roles=split(
        "kritikeren|filmanmelderen|filmkritikeren|"
        "kritik|kritiker|anmelder|anmelderen|filmanmelder|klummeskribent|filmkritiker"
    ),
    event_words=split(
        "premiere*|visning*|vises|festival*|i biografen|biograf*|billet*|i dag|i aften|"
        "konkurrence*|program*"
    ),
    story_questions=split("hvad handler den om|hvad handler filmen om|hvad handler det om"),
    story_words=split(
        "historie*|fortæller|følger|liv|livet|lever|ung|unge|kvinde*|pige*|dreng*|familie*|"
        "faderen|mor|søn|datter|bror|søster|mand|kone|kærlighed*|ven|venner|veninde*|opdager|"
        "beslutter|må|landsby|barndom|forelsker*|hovedperson*|protagonist*"
    ),
    notice_words=split(
        "covid*|corona*|pandemi*|alle rettigheder forbeholdes|abonnér|nyhedsbrev|mundbind|"
        "coronapas*"
    ),
    respectively=split("henholdsvis"),
    own_critic=split("vores anmelder|vores filmanmelder"),
    award_words=split("bedste"),
    read_also=split("læs også|læs mere"),
    review_links=split("læs hele anmeldelsen|læs anmeldelsen|læs mere"),
    determiners=split("den|det|et|denne|dette"),
    film_openings=split("det er"),
    quote_pronouns=split("han|hun"),
    quote_according=split("ifølge"),
    genre_endings=split("n|en|er|erne|et|r|ne|s"),
    acting_words=split(
        "spiller|i rollen|sin rolle|bedste kvindelige hovedrolle|bedste mandlige hovedrolle"
    ),
    lead_words=split("i hovedrollen"),
    relative_pronouns=split("som|der"),
    this_words=split("denne|dette"),
    directed_after=split(
        "debuterer som instruktør|debuterede som instruktør|debuterer som spillefilmsinstruktør|"
        "instruerer|instruerede"
    ),
    release_verbs=split("udkom|udgivet|havde premiere|indspillet"),
    year_words=split("år|året"),
    coproduction_words=split("samproduktion"),
    other_words=split(
        "andre|flere|mere|relateret*|seneste|nyeste|næste|forrige|lignende|anbefalet|anbefalede|"
        "mest læste"
    ),
    section_headings=split(
        "anmeldelse|vores anmeldelse|dom|konklusion|min mening|mening|kommentar|kommentarer|"
        "læs også|publiceret|seneste nyt|nyheder|del"
    ),
    rating_words=split("tilladt for alle|a|fra|år|frarådes børn under|aldersgrænse"),
    ticket_words=split("billetter|billet|køb|køb billet|bestil|pris|entré|gratis entré"),
    loading_words=split("indlæser"),
    genre_adjectives=genre_table(Drama="dramatisk|dramatiske"),
    unstemmed_genres=split("eventyr|parodi"),
    genre_everyday_words=split("historie"),
)
