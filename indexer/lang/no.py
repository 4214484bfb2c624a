"""Norwegian (Bokmål and Nynorsk)."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, stem_nationalities, table

DATA = Language(
    code="no",
    nationalities=stem_nationalities(
        "|e",
        US="amerikansk",
        GB="britisk",
        KR="sørkoreansk",
        IR="iransk",
        IN="indisk",
        BR="brasiliansk",
        MX="meksikansk",
        CA="kanadisk",
        AT="østerriksk",
        CH="sveitsisk",
        BE="belgisk",
        AU="australsk",
        AR="argentinsk",
    )
    | coded(SU="sovjetisk|sovjetiske"),
    country_names=coded(SU="sovjetunionen", CS="tsjekkoslovakia", YU="jugoslavia"),
    labels=table(
        title="tittel|filmtittel",
        original_title="originaltittel",
        year="år|produksjonsår|utgivelsesår",
        release="premiere|kinopremiere",
        directors="regissører|regi|regissør|regissert av",
        writers="manus|manusforfatter",
        cast="skuespillere|medvirkende|i rollene|roller|i hovedrollene|hovedroller|rolleliste",
        cinematography="foto|fotograf",
        editing="klipp",
        music="musikk",
        producers="produsent|produksjon",
        countries="opprinnelsesland|land|produksjonsland",
        genres="sjanger|sjangre|sjangrer|kategori",
        runtime="lengde|spilletid|varighet",
        languages="språk|tale",
        synopsis="handling|om filmen|handlingen|innhold",
        ignore="aldersgrense|distributør",
    ),
    directed_by=split(
        "regissert av|en film av|i regi av|skrevet og regissert av|filmen er laget av|"
        "filmen er regissert av|for regien står|for manus og regi står"
    ),
    written_by=split("skrevet av"),
    starring=split(
        "skuespiller|skuespilleren|med|i hovedrollene|i hovedrollen|skuespillere|skuespillerne"
    ),
    starring_after=split("i rollene|i hovedrollene|i hovedrollen"),
    presence=split("i nærvær av"),
    director_nouns=split("regissør|regissøren|filmskaper|filmregissør"),
    minutes=split("min|minutter"),
    hours=split("t|time|timer"),
    months=split(
        "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"
    ),
    colour_words=split("farge|farger|svart-hvitt|s/h"),
    genres=genre_table(
        Feature_Film="spillefilm",
        Christmas_Film="julefilm",
        Youth_Film="ungdomsfilm",
        Literary_Adaptation="litteraturfilmatisering",
        Propaganda_Film="propagandafilm",
        Political_Film="politisk film",
        Gangster_Film="gangsterfilm",
        Disaster_Film="katastrofefilm",
        Superhero_Film="superheltfilm",
        Spy="spionfilm|agentfilm",
        Erotic_Film="erotisk film",
        Drama="drama|dramaet",
        Fiction="fiksjon",
        Short="kortfilm|kort fiksjon",
        Comedy="komedie",
        Documentary="dokumentar|dokumentarfilm|dokumentarisk|dokumentariske",
        Horror="skrekk|skrekkfilm|grøsser",
        Thriller="thriller",
        Animation="animasjon|animasjonsfilm",
        Romance="romantikk|romantisk",
        Action="action|actionfilm",
        Crime="krim|krimfilm|kriminalfilm",
        Science_Fiction="science fiction|sci-fi|dystopi",
        Fantasy="fantasy",
        War="krigsfilm|krig",
        Western="western",
        Music="musikal|musikk",
        Biography="biografi|biografisk|biografiske",
        History="historisk|historie",
        Family="familiefilm|familie",
        Adventure="eventyrfilm|eventyr",
        Mystery="mysterium",
        Black_Comedy="svart komedie",
        Tragicomedy="tragikomedie|tragikomisk",
        Satire="satire|satirisk",
        Romantic_Comedy="romantisk komedie|kjærlighetskomedie",
        Historical_Drama="historisk drama",
        War_Drama="krigsdrama",
        Social_Drama="sosialdrama",
        Political_Thriller="politisk thriller",
        Political_Drama="politisk drama",
        Coming_of_Age="oppvekstfilm|oppvekstdrama",
        Family_Drama="familiedrama",
        Melodrama="melodrama",
        **{"Children's Film": "barnefilm"},
        Road_Movie="roadmovie|road movie",
        Psychological_Thriller="psykologisk thriller",
        Psychological_Drama="psykologisk drama",
        Parody="parodi",
        Silent="stumfilm",
    ),
    conjunctions=split("og"),
    year_from=split("fra"),
    production_words=split("produksjon"),
    film_plurals=split("filmer|filmene"),
    institution_words=split(
        "festival*|filmfestival*|institutt*|filminstitutt*|akademi*|pris*|filmpris*|arkiv*|"
        "skole*|filmskole*|stiftelse*|senter|forening*|uke|uka|kategori*"
    ),
    film_words=split("film|filmen"),
    film_of=split("av"),
    genitive_endings=split("s"),
    review_words=split("anmeldelse"),
    trailer_words=split("trailer"),
    is_a=split("er en|var en"),
    by=split("av"),
    titled=split("med tittelen|kalt"),
    plays=split("i rollen som|spiller"),
    plays_own=split("som"),
    role_of=split("spilt av|spilles av|fremstilt av"),
    press_headings=split("presse|anmeldelser"),
    quote_by=split("av"),
    quote_in=split("i|for|hos"),
    outlet_anaphora=split("avisen|avisa|magasinet|tidsskriftet"),
    speech_verbs=split(
        "mener|konstaterer|konstaterte|fremhever|fremhevet|understreker|understreket|kommenterer|"
        "kommenterte|betegner|betegnet|bemerker|bemerket|heter det|het det|skriv at|"
        "skriver|skriv|sier|seier|kaller|kallar|omtaler|omtalar|ifølge|skrev|sa|mente|kalte|"
        "konkluderer|konkluderte|påpeker|påpekte|legger til|la til|beskriver|beskrev|roser|roste"
    ),
    comment_headings=split("kommentarer|kommentar"),
    reply_words=split("svar"),
    first_person=split("jeg|vi"),
    outlet_kinds=split("avisen|avisa|magasinet|filmmagasinet|nettstedet|nettavisen"),
    press_words=split(
        "anmelderne|"
        "kritikere|kritikerne|anmeldelse|anmeldelser|anmeldere|pressen|presse|medier|journalist|"
        "journalister"
    ),
    critic_roles=split(
        "kritikeren|filmanmelderen|filmkritikeren|"
        "kritik|kritiker|anmelder|anmelderen|filmanmelder|spaltist|filmkritiker"
    ),
    event_words=split(
        "premiere*|visning*|vises|festival*|på kino|kinoene|kinopremiere*|billett*|i dag|"
        "i kveld|konkurranse*|program*"
    ),
    story_questions=split("hva handler den om|hva handler filmen om|hva handler det om"),
    story_words=split(
        "historie*|forteller|følger|liv|livet|lever|ung|unge|kvinne*|jente*|gutt*|familie*|"
        "faren|mor|sønn|datter|bror|søster|mann|kone|kjærlighet*|venn*|oppdager|bestemmer|må|"
        "bygd*|barndom|forelsker*|hovedperson*|protagonist*"
    ),
    notice_words=split(
        "covid*|korona*|corona*|pandemi*|alle rettigheter reservert|abonner*|nyhetsbrev|munnbind|"
        "koronapass"
    ),
    respectively=split("henholdsvis|respektive"),
    own_critic=split("vår anmelder|vår filmanmelder"),
    award_words=split("beste"),
    read_also=split("les også|les mer"),
    review_links=split("les hele anmeldelsen|les anmeldelsen|les mer"),
    determiners=split("det|et|denne|dette"),
    film_openings=split("det er"),
    quote_pronouns=split("han|hun"),
    quote_according=split("ifølge"),
    genre_endings=split("n|en|er|ene|et|r|ne|s|a"),
    acting_words=split(
        "spiller|i rollen|sin rolle|beste kvinnelige hovedrolle|beste mannlige hovedrolle"
    ),
    lead_words=split(
        "i hovedrollen|hovedrolleinnehaver|hovudrollefigurane|hovudrollefiguren|i hovudrolla"
    ),
    relative_pronouns=split("som"),
    this_words=split("denne|dette"),
    directed_after=split(
        "debuterer som regissør|debuterte som regissør|regidebuterer|regidebuterte|"
        "regisserer|regisserte"
    ),
    release_verbs=split("utgitt|kom ut|hadde premiere|innspilt"),
    year_words=split("år|året"),
    coproduction_words=split("samproduksjon|samproduktion"),
    other_words=split(
        "andre|flere|mer|relatert*|siste|nyeste|neste|forrige|lignende|anbefalt|anbefalte|"
        "mest lest|mest lese"
    ),
    section_headings=split(
        "anmeldelse|vår anmeldelse|dom|konklusjon|min mening|mening|kommentar|kommentarer|"
        "les også|publisert|siste nytt|nyheter|del"
    ),
    rating_words=split("tillatt for alle|a|fra|år|aldersgrense"),
    ticket_words=split("billetter|billett|kjøp|kjøp billett|bestill|pris|inngang|gratis inngang"),
    loading_words=split("laster"),
    genre_adjectives=genre_table(Drama="dramatisk|dramatiske"),
    unstemmed_genres=split("eventyr|parodi"),
    genre_everyday_words=split("historie"),
)
