"""Swedish."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, stem_nationalities, table

DATA = Language(
    code="sv",
    nationalities=stem_nationalities(
        "|a|t",
        US="amerikansk",
        GB="brittisk",
        BE="belgisk",
        AT="österrikisk",
        CH="schweizisk",
        KR="sydkoreansk",
        IN="indisk",
        IR="iransk",
        BR="brasiliansk",
        MX="mexikansk",
        CA="kanadensisk",
        IE="irländsk",
        AU="australisk",
        AR="argentinsk",
    )
    | coded(SU="sovjetisk|sovjetiska"),
    country_names=coded(
        DE_W="västtyskland",
        DE_E="östtyskland",
        SU="sovjetunionen",
        CS="tjeckoslovakien",
        YU="jugoslavien",
    ),
    labels=table(
        title="titel|filmtitel",
        original_title="originaltitel",
        year="år|produktionsår|premiärår",
        release="premiär|biopremiär",
        directors="regissörer|regi|regissör|regisserad av",
        writers="manus|manusförfattare",
        cast="skådespelare|i rollerna|medverkande|roller|i huvudrollerna|huvudroller|rollista",
        cinematography="foto|fotograf",
        editing="klippning",
        music="musik",
        producers="producent",
        countries="ursprungsland|upphovsland|land|länder|produktionsland",
        genres="genre|genrer|kategori",
        runtime="längd|speltid",
        languages="språk|originalspråk",
        synopsis="handling|om filmen|synopsis|handlingen|sammanfattning|innehåll",
        ignore="åldersgräns|distributör|textning",
        awards="utmärkelser",
    ),
    directed_by=split(
        "regisserad av|en film av|i regi av|skriven och regisserad av|filmen är gjord av|"
        "för regin står|för regi står|för manus och regi står|bakom kameran står"
    ),
    written_by=split("skriven av|manus av"),
    starring=split(
        "skådespelaren|skådespelerskan|med|i huvudrollerna|i rollerna|i huvudrollen|"
        "skådespelare|skådespelarna|skådespelerska"
    ),
    starring_after=split("i rollerna|i huvudrollerna|i huvudrollen"),
    presence=split("i närvaro av"),
    director_nouns=split(
        "regissören|regissör|filmskaparen|filmregissör|dokumentärfilmare|filmregissören"
    ),
    minutes=split("min|minuter"),
    hours=split("tim|timme|timmar"),
    months=split(
        "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
    ),
    colour_words=split("färg|svartvit|s/v"),
    genres=genre_table(
        Feature_Film="spelfilm",
        Christmas_Film="julfilm",
        Youth_Film="ungdomsfilm",
        Literary_Adaptation="litteraturfilmatisering|romanfilmatisering",
        Propaganda_Film="propagandafilm",
        Political_Film="politisk film",
        Gangster_Film="gangsterfilm",
        Disaster_Film="katastroffilm",
        Superhero_Film="superhjältefilm",
        Spy="spionfilm|agentfilm",
        Erotic_Film="erotik|erotisk film",
        Drama="drama|dramat|dramer",
        Fiction="fiktion",
        Short="kortfilm|kort fiktion",
        Comedy="komedi",
        Documentary="dokumentär|dokumentärfilm|dokumentärt|dokumentära",
        Horror="skräck|skräckfilm|rysare",
        Thriller="thriller",
        Animation="animation|animationsfilm|animerad|animerad film|tecknad film",
        Romance="romantik|romantisk",
        Action="action|actionfilm",
        Crime="kriminalfilm|deckare|krim",
        Science_Fiction="science fiction|sci-fi|dystopi",
        Fantasy="fantasy",
        War="krigsfilm|krig",
        Western="western",
        Music="musikal|musik",
        Biography="biografi|biografisk|biografiska",
        History="historisk|historiskt|historiska",
        Family="familjefilm|familj",
        Adventure="äventyr|äventyrsfilm",
        Mystery="mysterium",
        Black_Comedy="svart komedi",
        Tragicomedy="tragikomedi|tragikomisk",
        Satire="satir|satirisk",
        Romantic_Comedy="romantisk komedi|kärlekskomedi",
        Historical_Drama="historiskt drama|kostymdrama",
        War_Drama="krigsdrama",
        Social_Drama="socialdrama",
        Political_Thriller="politisk thriller",
        Political_Drama="politiskt drama",
        Coming_of_Age="uppväxtskildring|uppväxtdrama",
        Family_Drama="familjedrama",
        Melodrama="melodram",
        **{"Children's Film": "barnfilm"},
        Road_Movie="roadmovie|road movie",
        Psychological_Thriller="psykologisk thriller",
        Psychological_Drama="psykologiskt drama",
        Parody="parodi",
        Silent="stumfilm",
    ),
    conjunctions=split("och"),
    year_from=split("från"),
    cinema_words=split("filmkonst"),
    production_words=split("produktion"),
    film_plurals=split("filmer|filmerna"),
    institution_words=split(
        "festival*|filmfestival*|institut*|filminstitut*|akademi*|pris*|filmpris*|arkiv*|skola*|"
        "filmskola*|stiftelse*|centrum|förening*|vecka|veckan|kategori*"
    ),
    film_words=split("film|filmen"),
    own_possessives=split("sin|sitt|sina"),
    work_nouns=split("långfilm|debutfilm|debut"),
    film_of=split("av"),
    genitive_endings=split("s"),
    titled=split("kallad|med titeln"),
    review_words=split("recension"),
    trailer_words=split("trailer"),
    is_a=split("är en|var en"),
    by=split("av"),
    plays=split("i rollen som|spelar"),
    plays_own=split("som"),
    role_of=split("spelad av|spelas av|gestaltad av|gestaltas av"),
    press_headings=split("recensioner"),
    quote_by=split("av"),
    quote_in=split("i|för|hos"),
    outlet_anaphora=split("tidningen|tidskriften|dagstidningen|kvällstidningen|magasinet"),
    speech_verbs=split(
        "tyckte|ansåg|framhöll|sammanfattar|sammanfattade|betonar|betonade|jublar|jublade|"
        "konkluderar|konkluderade|kommenterar|kommenterade|noterar|noterade|skriver att|lovordar|"
        "lovordade|"
        "skriver|menar|kallar|tycker|anser|framhåller|konstaterar|säger|enligt|skrev|sa|sade|"
        "menade|kallade|konstaterade|tillägger|tillade|påpekar|påpekade|beskriver|beskrev|hyllar|"
        "hyllade|berömmer|berömde"
    ),
    quote_review=split("kritik|recension"),
    comment_headings=split("kommentarer|kommentar"),
    reply_words=split("svara"),
    first_person=split("jag|vi"),
    outlet_kinds=split(
        "tidningen|dagstidningen|kvällstidningen|tidskriften|magasinet|sajten|filmtidningen"
    ),
    press_words=split(
        "recensenterna|"
        "kritiker|kritikerna|recension|recensioner|recensenter|pressen|press|medier|journalist|"
        "journalister"
    ),
    critic_roles=split(
        "kritiker|filmkritikern|filmrecensenten|krönikören|anmälare|"
        "kritik|kritikern|recensent|recensenten|filmrecensent|anmälaren|krönikör|filmkritiker"
    ),
    event_words=split(
        "premiär*|visning*|visas|festival*|på bio|biograf*|biljett*|idag|i dag|ikväll|"
        "i kväll|tävling*|program*|galapremiär*"
    ),
    story_questions=split("vad handlar den om|vad handlar filmen om|vad handlar det om"),
    story_words=split(
        "berättelse*|berättar|följer|liv|livet|lever|ung|unga|kvinna*|flicka*|tjej*|pojke*|"
        "kille*|familj*|pappa|mamma|fadern|mor|son|dotter|bror|syster|fru|kärlek*|vän*|"
        "vänner|upptäcker|bestämmer|måste|stad|barndom|förälskar*|huvudperson*|protagonist*"
    ),
    notice_words=split(
        "covid*|corona*|pandemi*|alla rättigheter förbehållna|prenumerera|nyhetsbrev|munskydd|"
        "vaccinationsbevis"
    ),
    name_suffixes=split("d.y.|d.ä."),
    respectively=split("respektive"),
    own_critic=split("vår recensent|vår kritiker|vår filmkritiker"),
    award_words=split("bästa"),
    read_also=split("läs också|läs även|läs mer"),
    review_links=split("läs hela recensionen|läs recensionen|läs mer"),
    determiners=split("det|ett|denna|detta"),
    film_openings=split("det är"),
    quote_pronouns=split("han|hon"),
    quote_according=split("enligt"),
    genre_endings=split("n|en|er|erna|et|ar|arna|s|na"),
    acting_words=split(
        "spelar|gestaltar|i rollen|sin roll|rolltolkning|bästa kvinnliga huvudroll|"
        "bästa manliga huvudroll"
    ),
    lead_words=split("i huvudrollen"),
    relative_pronouns=split("som"),
    this_words=split("denna|detta"),
    directed_after=split(
        "debuterar som regissör|debuterade som regissör|regidebuterar|regidebuterade|"
        "regisserar|regisserade"
    ),
    release_verbs=split("släpptes|hade premiär|utkom|inspelad"),
    year_words=split("år|året"),
    coproduction_words=split("samproduktion"),
    other_words=split(
        "andra|fler|mer|relaterad*|senaste|nyaste|nästa|föregående|liknande|rekommenderad*|"
        "mest lästa"
    ),
    section_headings=split(
        "recension|vår recension|betyg|omdöme|vårt omdöme|slutsats|min åsikt|åsikt|kommentar|"
        "kommentarer|läs också|läs även|publicerad|senaste nytt|nyheter|dela"
    ),
    rating_words=split("barntillåten|btl|från|år|tillåten från|åldersgräns"),
    ticket_words=split("biljetter|biljett|boka|köp|köp biljett|pris|entré|fri entré"),
    loading_words=split("laddar"),
    genre_adjectives=genre_table(Drama="dramatisk|dramatiska"),
    unstemmed_genres=split("parodi"),
)
