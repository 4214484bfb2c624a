"""Slovak."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="sk",
    nationalities=coded(
        SU="sovietsky|sovietskeho|sovietskom|sovietska|sovietskej|sovietske|sovietsku|sovietskych",
        CS="československý|československého|československá|československej|československé|československých",
    ),
    quote_pronouns=split("on|ona"),
    country_names=coded(
        CS="československo|čssr|čsr",
        DE_W="nsr|nemecká spolková republika|západné nemecko",
        DE_E="východné nemecko",
        SU="sovietsky zväz|zssr|sssr",
        YU="juhoslávia",
    ),
    labels=table(
        title="názov|názov filmu",
        original_title="pôvodný názov|originálny názov",
        year="rok|rok výroby|rok vzniku",
        release="premiéra",
        directors="režiséri|réžia|režisér|režisérka",
        writers="scenár",
        cast="hrajú|obsadenie|herci|v hlavných úlohách|hlavné úlohy|účinkujú",
        cinematography="kamera",
        editing="strih",
        music="hudba",
        producers="produkcia|producent",
        countries="krajina|krajiny",
        genres="žáner|žánre|žánry",
        runtime="dĺžka|stopáž|minutáž",
        languages="jazyk|znenie",
        synopsis="obsah|o filme|anotácia|dej|popis",
        awards="ocenenia",
    ),
    directed_by=split(
        "réžia|v réžii|režírovala|režíroval|režírovali|nakrútil|nakrútila|réž.|rež.|"
        "režisérsky debut|pod réžiou"
    ),
    written_by=split("scenár"),
    starring=split(
        "herec|herečka|herci|hrajú|v hlavnej úlohe|v hlavných úlohách|v ďalších úlohách|v úlohách|"
        "herečky|účinkujú|v obsadení|hrajú hlavné úlohy"
    ),
    director_nouns=split(
        "režisér|režisérka|režiséra|režisérky|režisérkou|režisérku|dokumentarista|dokumentaristka|"
        "filmár|filmárka"
    ),
    first_person=split("ja|sme|nám"),
    minutes=split("min|minút|minúty|minúta"),
    hours=split("h|hod|hodina|hodiny|hodín"),
    months=split(
        "január|február|marec|apríl|máj|jún|júl|august|september|október|november|"
        "december|januára|februára|marca|apríla|mája|júna|júla|augusta|septembra|"
        "októbra|novembra|decembra"
    ),
    colour_words=split("farebný|čb|čiernobiely"),
    genres=genre_table(
        Feature_Film="hraný film|celovečerný hraný film",
        Drama="dráma",
        Fiction="fikcia|hraný",
        Short="krátky film|krátkometrážny",
        Comedy="komédia",
        Documentary="dokument|dokumentárny|dokumentárna",
        Horror="horor|hororový",
        Thriller="thriller",
        Animation="animovaný|animácia",
        Romance="romantický",
        Action="akčný",
        Crime="krimi|kriminálny",
        Science_Fiction="sci-fi|vedeckofantastický|science fiction|dystópia|antiutópia",
        Fantasy="fantasy",
        War="vojnový",
        Western="western",
        Music="muzikál|hudobný",
        Biography="životopisný",
        History="historický",
        Family="rodinný",
        Adventure="dobrodružný",
        Mystery="mysteriózny",
        Black_Comedy="čierna komédia",
        Tragicomedy="tragikomédia|tragikomický|tragikomická",
        Detective="detektívka",
        Romantic_Comedy="romantická komédia",
        Historical_Drama="historická dráma",
        War_Drama="vojnová dráma",
        Social_Drama="sociálna dráma",
        Political_Thriller="politický thriller",
        Political_Drama="politická dráma",
        Family_Drama="rodinná dráma",
        Melodrama="melodráma",
        **{"Children's Film": "film pre deti"},
        Psychological_Thriller="psychologický thriller",
        Psychological_Drama="psychologická dráma|psychodráma",
        Road_Movie="road movie",
        Parody="paródia",
        Silent="nemý|nemý film",
    ),
    conjunctions=split("a"),
    year_from=split("z roku|z|v roku"),
    cinema_words=split("kinematografia"),
    production_words=split("produkci"),
    film_plurals=split("filmy|filmov|filmoch"),
    institution_words=split(
        "festival*|inštitút*|akadémi*|cena|ceny|cene|cenu|cenou|archív*|škol*|nadáci*|fond*|"
        "centr*|asociáci*|prehliadk*|týžd*|dni|kategóri*"
    ),
    film_words=split("film|filme|filmu"),
    genitive_endings=split("a|u|ho|ej|y|ovej"),
    genitive_after=True,
    new_film_nouns=split(
        "novinka|novinku|novinky|novinke|novinkou|snímka|snímku|snímkou|debut|debutu|debutom"
    ),
    possessive_adjective_endings=split(
        "ov|ova|ovo|ovho|ovmu|ovom|ovu|ovou|ovi|ove|ových|ovým|ovými|in|ina|ino|inho|inmu|"
        "inom|inu|inou|ini|ine|iných|iným|inými"
    ),
    titled=split("názvom"),
    review_words=split("recenzia"),
    plays=split("v úlohe|hrá|stvárnil|stvárnila"),
    plays_own=split("ako"),
    role_of=split(
        "ktorého hrá|ktorú hrá|ktorého stvárnil|ktorú stvárnila|"
        "v úlohe uvidíme|v úlohe vystupuje|v úlohe sa objaví"
    ),
    by=split("réž.|rež."),
    press_headings=split("ohlasy|kritiky"),
    quote_by=split("od"),
    speech_verbs=split(
        "napísali|hodnotil|hodnotila|chváli|pochválil|pochválila|označil|označila|konštatuje|"
        "konštatoval|konštatovala|zhodnotil|zhodnotila|opisuje|opísal|opísala|nazýva|nazval|"
        "nazvala|tvrdil|tvrdila|poznamenal|poznamenala|"
        "píše|uvádza|hovorí|podľa|napísal|napísala|uviedol|uviedla|povedal|povedala|dodáva|dodal|"
        "dodala|tvrdí|hodnotí|píšu"
    ),
    event_words=split(
        "premiér*|projekci*|premieta*|festival*|súťaž*|v kinách|do kín|vstupenk*|dnes|"
        "dnes večer|prehliadk*"
    ),
    story_questions=split("o čom je film|o čom to je|o čom je tento film"),
    story_words=split(
        "príbeh*|rozpráva|sleduje|život*|žije|mlad*|žen*|dievč*|chlap*|rodin*|otec|otca|"
        "matk*|syn|syna|dcér*|brat|brata|sestr*|manžel*|lásk*|priateľ*|objav*|rozhodne|musí|"
        "dedin*|mestečk*|detstv*|hrdin*|protagonist*|postav*"
    ),
    notice_words=split("covid*|koronavír*|pandémi*|všetky práva vyhradené"),
    quote_in=split("v|vo|pre"),
    name_suffixes=split("ml.|st."),
    respectively=split("respektíve|v uvedenom poradí"),
    press_words=split("kritici|kritika|tlač|médiá|novinár|novinári|recenzia|recenzie"),
    critic_roles=split(
        "kritička|kritika|recenzent|recenzentka|filmová kritička|publicista|publicistka|"
        "filmový publicista|"
        "kritik|filmový kritik"
    ),
    award_words=split("najlepší|najlepšia"),
    read_also=split("čítajte aj|prečítajte si aj"),
    film_openings=split("je to"),
    genre_endings=split("a|u|y|e|em|ou|i|ie|ií|ov|ami|ách|och|om|ého|ému|ým|ých|é|í"),
    acting_words=split("hrá|stvárnil|stvárnila|v úlohe|najlepšia herečka|najlepší herec"),
    lead_words=split("v hlavnej úlohe|hlavnú úlohu|v hlavnej postave|v hlavnej role"),
    relative_pronouns=split("ktorý|ktorá"),
    release_verbs=split("natočen|uveden|vznikol|premiéru"),
    year_words=split("roku|rok"),
    comment_headings=split("komentáre|komentár"),
    quote_according=split("podľa|podľa slov|podľa názoru"),
    other_words=split(
        "ďalšie|iné|ostatné|viac|súvisiace|podobné|najnovšie|posledné|nasledujúc*|predchádzajúc*|"
        "odporúčan*|najčítanejšie"
    ),
    section_headings=split(
        "recenzia|naša recenzia|hodnotenie|verdikt|záver|názor|čítajte aj|prečítajte si aj|"
        "publikované|správy"
    ),
    rating_words=split("vhodný pre všetky vekové kategórie|neprístupný pre maloletých do|rokov|od"),
    ticket_words=split("vstupenky|vstupenka|kúpiť|rezervácia|cena|vstupné"),
    loading_words=split("načítava sa|načítavanie"),
    genre_adjectives=genre_table(Drama="dramatický|dramatická|dramatického"),
    unstemmed_genres=split("paródia"),
)
