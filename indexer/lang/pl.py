"""Polish."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="pl",
    nationalities=coded(
        SU="radziecki|radzieckiego|radzieckim|radziecka|radzieckiej|radziecką|radzieckie|radzieckich|sowiecki|sowieckiego|sowiecka|sowieckiej|sowieckie|sowieckich",
        CS="czechosłowacki|czechosłowackiego|czechosłowacka|czechosłowackiej|czechosłowackie|czechosłowackich",
        YU="jugosłowiański|jugosłowiańskiego|jugosłowiańska|jugosłowiańskiej|jugosłowiańskie|jugosłowiańskich",
    ),
    country_names=coded(
        DE_W="rfn",
        DE_E="nrd",
        SU="związek radziecki|zsrr",
        CS="czechosłowacja",
        GB="wielka brytania",
        YU="jugosławia",
    ),
    labels=table(
        title="tytuł|tytuł filmu",
        original_title="tytuł oryginalny|tytuł oryginału",
        year="rok|rok produkcji|rok premiery",
        release="premiera|data premiery",
        directors="reżyserzy|reżyseria|reżyser|reż|reżyserka",
        writers="scenariusz",
        cast="obsada|występują|aktorzy|w rolach głównych|obsada aktorska|w rolach|grają|w obsadzie",
        cinematography="zdjęcia",
        editing="montaż",
        music="muzyka",
        sound="dźwięk",
        production_design="scenografia",
        costume_design="kostiumy",
        producers="produkcja|producent",
        countries="kraj|kraje|kraj produkcji",
        genres="gatunek|gatunki|kategoria",
        runtime="czas trwania|długość",
        languages="język|wersja językowa",
        synopsis="opis|fabuła|opis filmu|streszczenie|o filmie|zarys fabuły",
        awards="nagrody",
        ignore="dystrybucja|napisy",
    ),
    directed_by=split(
        "w reżyserii|reż.|wyreżyserowany przez|wyreżyserował|wyreżyserowała|"
        "wyreżyserowali|wyreżyserowana przez|reżyserował|reżyserowała|debiut reżyserski|"
        "reżyserski debiut|pod reżyserią"
    ),
    written_by=split("scenariusz"),
    starring=split(
        "aktor|aktorka|aktorzy|w rolach głównych|występują|z udziałem|w roli głównej|"
        "w rolach|grają|zagrali|zagrała|zagrał|w obsadzie|w obsadzie m.in.|w obsadzie znaleźli się|"
        "występują m.in."
    ),
    plays=split("jako|w roli|gra|zagrał|zagrała|wciela się w"),
    role_of=split(
        "którego gra|którą gra|którego zagrał|którą zagrała|"
        # "W roli matki zobaczymy X": "in the role of the mother we will see X"
        "w roli zobaczymy|w roli wystąpi|w roli występuje|w roli ujrzymy"
    ),
    presence=split("w obecności"),
    director_nouns=split(
        "reżyser|reżyserka|reżyserki|reżysera|reżyserką|reżyserkę|dokumentalista|dokumentalistka"
    ),
    minutes=split("min|minut|minuty"),
    hours=split("godz|h|godzina|godziny|godzin"),
    months=split(
        "styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|"
        "październik|listopad|grudzień|stycznia|lutego|marca|kwietnia|maja|czerwca|"
        "lipca|sierpnia|września|października|listopada|grudnia|sty|lut|kwi|wrz|paź"
    ),
    colour_words=split("kolor|kolorowy|cz-b|czarno-biały"),
    genres=genre_table(
        Feature_Film="film fabularny",
        Christmas_Film="film świąteczny|świąteczny",
        Youth_Film="film młodzieżowy|młodzieżowy",
        Literary_Adaptation="adaptacja literacka",
        Propaganda_Film="propagandowy|film propagandowy",
        Political_Film="polityczny|film polityczny",
        Gangster_Film="gangsterski|film gangsterski",
        Disaster_Film="katastroficzny|film katastroficzny",
        Martial_Arts="sztuki walki",
        Superhero_Film="superbohaterski",
        Spy="szpiegowski|film szpiegowski",
        Erotic_Film="erotyczny|erotyk",
        Drama="dramat|obyczajowy",
        Fiction="fikcja|fabularny",
        Short="krótkometrażowy|film krótkometrażowy|krótki metraż",
        Comedy="komedia",
        Documentary="dokument|film dokumentalny|dokumentalny",
        Horror="horror",
        Animation="animacja|animowany|animacyjny",
        Thriller="thriller|dreszczowiec",
        Action="film akcji|sensacyjny|film sensacyjny",
        Crime="kryminał|kryminalny",
        Science_Fiction=(
            "science fiction|sci-fi|fantastyka naukowa|fantastycznonaukowy|dystopia|antyutopia"
        ),
        Fantasy="fantasy",
        War="wojenny",
        Western="western",
        Music="musical|muzyczny",
        Biography="biograficzny|biografia",
        Family="familijny",
        Adventure="przygodowy",
        History="historyczny",
        Black_Comedy="czarna komedia",
        Tragicomedy="tragikomedia|tragikomiczny|tragikomiczna",
        Satire="satyra",
        Melodrama="melodramat",
        Romantic_Comedy="komedia romantyczna",
        Historical_Drama="dramat historyczny",
        War_Drama="dramat wojenny",
        Social_Drama="dramat społeczny",
        Political_Thriller="thriller polityczny",
        Political_Drama="dramat polityczny",
        Coming_of_Age="film o dorastaniu",
        Family_Drama="dramat rodzinny",
        Psychological_Thriller="thriller psychologiczny",
        Psychological_Drama="dramat psychologiczny|psychodrama",
        Biopic="film biograficzny",
        Romance="romans|romantyczny",
        **{"Children's Film": "film dla dzieci"},
        Road_Movie=(
            "kino drogi|kina drogi|kinem drogi|kinie drogi|film drogi|filmem drogi|road movie"
        ),
        Parody="parodia",
        Silent="niemy|kino nieme",
    ),
    conjunctions=split("i|oraz"),
    year_from=split("z|z roku|w roku"),
    cinema_words=split("kina|kino"),
    production_words=split("produkcj"),
    film_plurals=split("filmy|filmów|filmach|filmami"),
    institution_words=split(
        "festiwal*|instytut*|akademi*|nagrod*|archiw*|szkoł*|szkol*|fundacj*|centrum|centrali*|"
        "stowarzyszeni*|przegląd*|tydzień|tygodni*|dni|kategori*"
    ),
    film_words=split("film|filmu|filmie"),
    own_possessives=split("swoim|swojej|swoich"),
    work_nouns=split("debiucie"),
    genitive_endings=split("a|ego|iej|ej|y|i"),
    genitive_after=True,
    new_film_nouns=split("nowość|nowości|nowością|debiut|debiutu|debiutem|obraz|obrazu|obrazem"),
    titled=split("tytułem|zatytułowany|zatytułowanym|pt."),
    review_words=split("recenzja"),
    trailer_words=split("zwiastun"),
    by=split("reż|reż."),
    press_headings=split("recenzje|prasa"),
    quote_by=split("przez|od"),
    quote_in=split("w|dla|na łamach"),
    speech_verbs=split(
        "piszą|uważają|pisał|pisała|pisali|napisali|ocenili|twierdził|twierdziła|chwali|chwalił|"
        "chwaliła|zachwyca się|zachwycał się|zachwycała się|określa|określił|określiła|nazywa|"
        "nazwał|nazwała|podsumowuje|podsumował|podsumowała|konkluduje|przyznaje|przyznał|"
        "przyznała|mówi|powiedział|powiedziała|skomentował|skomentowała|zachwala|wskazuje|wskazał|"
        "wskazała|opisuje|opisał|opisała|"
        "uważa|pisze|podkreśla|czytamy|twierdzi|ocenia|zauważa|według|zdaniem|w opinii|"
        "dodaje|dodał|dodała|stwierdza|stwierdził|stwierdziła|napisał|napisała|ocenił|"
        "oceniła|zauważył|zauważyła|podkreślił|podkreśliła|zaznacza|zaznaczył|zaznaczyła|"
        "przekonuje|komentuje|uznał|uznała"
    ),
    quote_review=split("recenzja"),
    sentence_words=split("jak|gdy|kiedy|ale|więc|potem|teraz|także|również|jednak|tak"),
    comment_headings=split("komentarze"),
    reply_words=split("odpowiedz"),
    time_at=split("o"),
    tagline_headings=split("hasło|slogan"),
    first_person=split("ja"),
    outlet_kinds=split(
        "magazyn|dziennik|tygodnik|portal|gazeta|serwis|miesięcznik|magazynu|dziennika|tygodnika|"
        "portalu|serwisu|pismo|pisma|czasopismo|czasopisma|gazety"
    ),
    press_words=split(
        "recenzenci|"
        "krytycy|krytyków|krytyka|prasa|prasy|media|mediów|dziennikarz|dziennikarze|recenzja|"
        "recenzje|recenzji"
    ),
    critic_roles=split(
        "krytykiem|krytyczką|recenzentem|recenzentką|publicysta|publicystka|krytyczka filmowa|"
        "krytyka filmowego|"
        "krytyk|krytyczka|recenzent|recenzentka|krytyka|krytyczki|recenzenta|recenzentki|"
        "felietonista|felietonistka|krytyk filmowy"
    ),
    media_words=split("kino"),
    event_words=split(
        "premier*|pokaz*|seans*|festiwal*|konkurs*|w kinach|do kin|na ekrany|bilet*|dzisiaj|"
        "dziś|wieczorem|repertuar*|przegląd*|gala|w tym tygodniu"
    ),
    story_questions=split(
        "o czym jest film|o czym jest|o czym to jest|o czym opowiada film|o czym opowiada|"
        "o czym jest ten film"
    ),
    story_words=split(
        "histori*|opowiada|opowieść*|śledzi|życi*|żyje|młod*|kobiet*|dziewczyn*|chłop*|"
        "rodzin*|ojciec|ojca|matk*|syn|syna|córk*|brat|siostr*|mąż|męża|żon*|miłoś*|"
        "przyjaci*|odkrywa|postanawia|musi|wsi|wieś|miasteczk*|dzieciństw*|zakochuje*|"
        "bohater*|protagonist*|postać*|postaci"
    ),
    notice_words=split(
        "covid*|koronawirus*|pandemi*|wszelkie prawa zastrzeżone|kopiowanie*|subskryb*|"
        "newsletter|z archiwum|artykuł archiwalny|maseczk*|reżim sanitarny"
    ),
    name_suffixes=split("jr.|sr."),
    respectively=split("odpowiednio"),
    own_critic=split("nasz recenzent|nasza recenzentka|nasz krytyk"),
    award_words=split("najlepszy|najlepsza|najlepsze"),
    read_also=split("czytaj też|czytaj także|zobacz też|zobacz także|przeczytaj też"),
    review_links=split(
        "przeczytaj recenzję|czytaj recenzję|pełna recenzja|czytaj więcej|czytaj dalej"
    ),
    film_openings=split("to jest|jest to"),
    quote_pronouns=split("on|ona"),
    quote_according=split("według"),
    genre_endings=split("a|ą|ę|i|ii|y|u|em|ie|ów|om|ami|ach|ej|ego|emu|ym|ych|ymi|e|o"),
    acting_words=split(
        "zagrał|zagrała|gra rolę|wciela się|kreacja|kreację|w roli|"
        "rola|najlepsza aktorka|"
        "najlepszy aktor|"
        "najlepsza rola kobieca|najlepsza rola męska|"
        "grają|zagrali|zagrały"
    ),
    lead_words=split("w roli głównej|w głównej roli|główną rolę"),
    relative_pronouns=split("który|która|którego|której"),
    not_fact_labels=split("lokalizacj*|plener*|miejsce|urodzon*|prawa|dostepn*|dubbing|wersj*"),
    this_words=split("ten|tym|tego|tę|ta|tej"),
    release_verbs=split("wszedł|weszła|nakręcon|wyprodukowan|premierę"),
    year_words=split("roku|rok"),
    year_marks=split("r"),
    coproduction_words=split("wspólna produkcja|wspólnej produkcji"),
    other_words=split(
        "inne|innych|więcej|powiązane|podobne|najnowsze|ostatnie|następn*|poprzedni*|polecan*|"
        "najczęściej czytane"
    ),
    section_headings=split(
        "recenzja|nasza recenzja|ocena|nasza ocena|werdykt|podsumowanie|opinia|moja opinia|"
        "czytaj także|czytaj też|zobacz też|zobacz także|opublikowano|najnowsze wiadomości|"
        "wiadomości|udostępnij"
    ),
    rating_words=split(
        "program przeznaczony dla widzów od lat|przeznaczony dla widzów od lat|"
        "dla widzów od lat|dla widzów powyżej|dozwolony od lat|dozwolone od lat|od lat|"
        "bez ograniczeń wiekowych|bez ograniczeń|od|lat"
    ),
    ticket_words=split("bilety|bilet|kup bilet|kup|rezerwacja|cena|ceny|wstęp|wstęp wolny"),
    loading_words=split("ładowanie|wczytywanie"),
    genre_adjectives=genre_table(Drama="dramatyczny|dramatyczna|dramatycznym|dramatycznego"),
    unstemmed_genres=split("parodia|romans"),
    genre_everyday_words=split("historia"),
)
