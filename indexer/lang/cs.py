"""Czech."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="cs",
    nationalities=coded(
        SU="sovětský|sovětského|sovětském|sovětská|sovětské|sovětskou|sovětských|sovětští",
        CS="československý|československého|československém|československá|československé|československou|československých",
        YU="jugoslávský|jugoslávského|jugoslávská|jugoslávské|jugoslávských",
    ),
    quote_pronouns=split("on|ona"),
    country_names=coded(
        CS="československo|čsr|čssr",
        DE_W="srn|západní německo",
        DE_E="východní německo",
        MK="makedonie",
        GB="velká británie",
        CZ="česká republika",
        SU="sovětský svaz|sssr",
        YU="jugoslávie",
    ),
    labels=table(
        title="název|název filmu",
        original_title="původní název|originální název",
        year="rok|rok výroby|rok vzniku",
        release="premiéra",
        directors="režiséři|režie|režisér|režisérka",
        writers="scénář",
        cast="hrají|hraje|obsazení|herci|v hlavních rolích|hlavní role|účinkují",
        cinematography="kamera",
        editing="střih",
        music="hudba",
        sound="zvuk",
        production_design="scénografie",
        producers="produkce|producent",
        countries="země|země původu",
        genres="žánr|žánry",
        runtime="délka|stopáž|minutáž",
        languages="jazyk|znění",
        synopsis="obsah|synopse|o filmu|anotace|děj|popis|popis filmu",
        ignore="distribuce|titulky",
        awards="ocenění",
    ),
    directed_by=split(
        "režie|v režii|režíroval|režírovala|režírovali|natočil|natočila|rež.|režijní debut|"
        "režisérský debut|pod režijním vedením"
    ),
    written_by=split("scénář"),
    starring=split(
        "herec|herečka|herci|hrají|v hlavních rolích|v hlavní roli|v dalších rolích|v rolích|hraje|"
        "herečky|účinkují|v obsazení|hrají hlavní role"
    ),
    presence=split("za přítomnosti|za účasti"),
    director_nouns=split(
        "režisér|režisérka|režiséra|režisérky|režisérkou|režisérku|dokumentarista|dokumentaristka|"
        "filmař|filmařka"
    ),
    first_person=split("já|jsem|jsme|nám"),
    minutes=split("min|minut|minuty|minuta"),
    hours=split("h|hod|hodina|hodiny|hodin"),
    months=split(
        "leden|únor|březen|duben|květen|červen|červenec|srpen|září|říjen|listopad|"
        "prosinec|ledna|února|března|dubna|května|června|července|srpna|října|"
        "listopadu|prosince|úno|bře|kvě|čvn|čvc|zář|říj"
    ),
    colour_words=split("barevný|barva|čb|černobílý"),
    genres=genre_table(
        Feature_Film="hraný film|celovečerní hraný film",
        Christmas_Film="vánoční film",
        Youth_Film="film pro mládež",
        Literary_Adaptation="literární adaptace",
        Propaganda_Film="propagandistický",
        Political_Film="politický",
        Gangster_Film="gangsterka|gangsterský",
        Disaster_Film="katastrofický",
        Martial_Arts="bojová umění",
        Superhero_Film="superhrdinský",
        Spy="špionážní",
        Erotic_Film="erotický|erotika",
        Drama="drama",
        Fiction="fikce|hraný",
        Short="krátký film|krátkometrážní",
        Comedy="komedie",
        Documentary="dokument|dokumentární|dokumentární film",
        Horror="horor|hororový",
        Thriller="thriller",
        Animation="animovaný|animace",
        Romance="romantický",
        Action="akční|akční film",
        Crime="krimi|kriminální|kriminální film",
        Science_Fiction="sci-fi|vědeckofantastický|science fiction|dystopie|antiutopie",
        Fantasy="fantasy",
        War="válečný",
        Western="western",
        Music="muzikál|hudební",
        Biography="životopisný|biografický",
        History="historický",
        Family="rodinný",
        Adventure="dobrodružný",
        Mystery="mysteriózní",
        Black_Comedy="černá komedie",
        Tragicomedy="tragikomedie|tragikomický|tragikomická",
        Detective="detektivka",
        Satire="satira",
        Romantic_Comedy="romantická komedie",
        Historical_Drama="historické drama",
        War_Drama="válečné drama",
        Social_Drama="sociální drama",
        Political_Thriller="politický thriller",
        Political_Drama="politické drama",
        Family_Drama="rodinné drama",
        Psychological_Thriller="psychologický thriller",
        Psychological_Drama="psychologické drama|psychodrama",
        Road_Movie="road movie",
        Melodrama="melodrama",
        **{"Children's Film": "pohádka|film pro děti"},
        Parody="parodie",
        Silent="němý|němý film",
    ),
    conjunctions=split("a"),
    year_from=split("z roku|z|v roce"),
    cinema_words=split("kinematografie"),
    production_words=split("produkce"),
    film_plurals=split("filmy|filmů|filmech|filmům|snímky|snímků"),
    institution_words=split(
        "festival*|institut*|akademi*|cena|ceny|ceně|cenu|cenou|archiv*|škol*|nadac*|fond*|"
        "centr*|asociac*|přehlídk*|týden*|dny|kategori*"
    ),
    film_words=split("film|filmu|snímek"),
    own_possessives=split("svém|svojí|svých"),
    work_nouns=split("filmu|snímku|debutu"),
    genitive_endings=split("a|y|ho|é|e|ové|í"),
    genitive_after=True,
    new_film_nouns=split(
        "novinka|novinku|novinky|novince|novinkou|snímku|snímkem|debut|debutu|debutem"
    ),
    possessive_adjective_endings=split(
        "ův|ova|ovo|ovu|ově|ovy|ovi|ových|ovým|ovými|ovou|ovo|in|ina|ino|inu|ině|iny|ini|"
        "iných|iným|inými|inou"
    ),
    titled=split("názvem"),
    review_words=split("recenze"),
    trailer_words=split("trailer|upoutávka"),
    by=split("režie|rež."),
    plays=split("v roli|hraje|ztvárnil|ztvárnila"),
    role_of=split(
        "kterého hraje|kterou hraje|kterého ztvárnil|kterou ztvárnila|"
        "v roli uvidíme|v roli vystupuje|v roli se objeví"
    ),
    press_headings=split("recenze|ohlasy|kritiky"),
    quote_by=split("od"),
    speech_verbs=split(
        "píšou|napsali|uvádějí|tvrdil|tvrdila|hodnotil|hodnotila|ohodnotil|ohodnotila|chválí|"
        "pochválil|pochválila|označuje|konstatuje|konstatoval|konstatovala|shrnuje|shrnul|shrnula|"
        "míní|soudí|usoudil|usoudila|zhodnotil|zhodnotila|popisuje|popsal|popsala|nazývá|nazval|"
        "nazvala|vyzdvihuje|vyzdvihl|vyzdvihla|poznamenává|podotýká|podotkl|podotkla|"
        "píše|uvádí|říká|podle|napsal|napsala|uvedl|uvedla|řekl|řekla|tvrdí|dodává|dodal|dodala|"
        "hodnotí|označil|označila|poznamenal|poznamenala|píší"
    ),
    comment_headings=split("komentáře"),
    reply_words=split("odpovědět"),
    outlet_kinds=split(
        "deník|časopis|magazín|server|týdeník|deníku|časopisu|serveru|týdeníku|listu|webu"
    ),
    press_words=split("kritiků|kritici|kritika|tisk|média|novinář|novináři|recenze"),
    critic_roles=split(
        "kritika|kritikovi|kritikem|kritičky|kritičkou|recenzenta|recenzentky|filmový kritik|"
        "filmová kritička|filmového kritika|publicista|publicistka|"
        "kritik|kritička|recenzent|recenzentka"
    ),
    event_words=split(
        "premiér*|projekc*|promítá*|festival*|soutěž*|v kinech|do kin|vstupenk*|dnes|"
        "dnes večer|přehlídk*"
    ),
    story_questions=split("o čem to je|o čem je film|o čem film je|o čem je tento film"),
    story_words=split(
        "příběh*|vypráví|sleduje|život*|žije|mlad*|žen*|dívk*|chlap*|kluk*|rodin*|otec|otce|"
        "matk*|syn|syna|dcer*|bratr*|sestr*|manžel*|lásk*|přítel*|přátel*|objev*|rozhodne|"
        "musí|vesnic*|městečk*|dětství|hrdin*|protagonist*|postav*"
    ),
    notice_words=split("covid*|koronavir*|pandemi*|všechna práva vyhrazena"),
    quote_in=split("v|ve|pro|na stránkách"),
    name_suffixes=split("ml.|st."),
    respectively=split("respektive|v uvedeném pořadí"),
    own_critic=split("náš recenzent|náš kritik"),
    award_words=split("nejlepší"),
    read_also=split("čtěte také|přečtěte si také"),
    review_links=split("přečíst celou recenzi|celá recenze|číst dál|číst více"),
    film_openings=split("je to"),
    genre_endings=split("a|u|y|e|ě|em|ou|i|ie|ií|ů|ami|ách|ech|ům|ého|ému|ým|ých|é|í"),
    acting_words=split("hraje|ztvárnil|ztvárnila|v roli|nejlepší herečka|nejlepší herec|hrají"),
    lead_words=split("v hlavní roli|hlavní roli|v titulní roli"),
    relative_pronouns=split("který|která|jehož|jejíž"),
    this_words=split("tento|tato|tomto|této|tohoto|tuto"),
    release_verbs=split("natočen|uveden|vznikl|premiéru"),
    year_words=split("roce|roku|rok"),
    quote_according=split("podle|dle|podle názoru|slovy"),
    other_words=split(
        "další|jiné|ostatní|více|související|podobné|nejnovější|poslední|následující|předchozí|"
        "doporučen*|nejčtenější"
    ),
    section_headings=split(
        "recenze|naše recenze|hodnocení|verdikt|závěr|názor|můj názor|čtěte také|přečtěte si také|"
        "publikováno|nejnovější zprávy|zprávy|sdílet"
    ),
    rating_words=split("přístupný|nevhodný pro děti do|mládeži do|let|od|přístupné"),
    ticket_words=split("vstupenky|vstupenka|koupit|rezervace|cena|vstupné"),
    loading_words=split("načítání|načítá se"),
    genre_adjectives=genre_table(Drama="dramatický|dramatická|dramatickém|dramatického"),
    unstemmed_genres=split("parodie"),
)
