"""Catalan."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    function_words=split(
        "el|la|els|les|de|que|i|a|en|un|una|és|per|amb|del|dels|al|als|no|es|seu|seva"
    ),
    function_words_block=True,
    code="ca",
    country_names=coded(
        MK="macedònia", SU="unió soviètica|urss", CS="txecoslovàquia", YU="iugoslàvia"
    ),
    labels=table(
        title="títol|títol de la pel·lícula",
        original_title="títol original",
        year="any|any de producció|any d'estrena",
        release="estrena",
        directors="direcció|director|directora|directors|directores",
        writers="guió",
        cast="repartiment|intèrprets|actors|interpretació|actrius|amb",
        cinematography="fotografia",
        editing="muntatge",
        music="música",
        producers="producció|productor",
        countries="país d'origen|país|països|nacionalitat",
        genres="gènere|gèneres",
        runtime="durada",
        languages="idioma|llengua|versió",
        synopsis="sinopsi|argument",
        awards="premis",
        press="crítiques|crítica",
    ),
    directed_by=split(
        "dir.|dirigida per|dirigit per|un film de|una pel·lícula de|escrita i dirigida per|"
        "dirigida i escrita per|codirigida per|sota la direcció de|un film d'|una pel·lícula d'|"
        "un film d’|una pel·lícula d’"
    ),
    written_by=split("escrita per|guió de"),
    starring=split(
        "amb|protagonitzada per|protagonitzat per|interpretada per|interpretat per|"
        "interpretats per|interpretades per|protagonitzats per|protagonitzades per|"
        "la interpretació de|l'actuació de|"
        "actor|actriu|actors|actrius"
    ),
    presence=split("en presència de|amb la presència de"),
    director_nouns=split("director|directora|cineasta|realitzador|realitzadora"),
    first_person=split("nosaltres"),
    minutes=split("min|minuts"),
    hours=split("h|hora|hores"),
    months=split(
        "gener|febrer|març|abril|maig|juny|juliol|agost|setembre|octubre|novembre|desembre|febr"
    ),
    colour_words=split("color|b/n|blanc i negre"),
    genres=genre_table(
        **{"Children's Film": "cinema infantil"},
        Drama="drama|dramàtica|dramàtiques",
        Fiction="ficció",
        Short="curtmetratge",
        Comedy="comèdia",
        Documentary="documental",
        Horror="terror",
        Thriller="thriller",
        Animation="animació",
        Romance="romàntica|romàntic|romàntiques",
        Action="acció",
        Crime="policíac|policíaca|policíaques",
        Science_Fiction="ciència-ficció|ciència ficció",
        Fantasy="fantasia|fantàstic",
        War="bèl·lic|guerra|bèl·lica",
        Western="western",
        Music="musical",
        Biography="biografia|biogràfic|biogràfica",
        History="història|històric|històrica",
        Family="família|familiar",
        Adventure="aventures|aventura",
        Mystery="misteri",
        Black_Comedy="comèdia negra",
        Tragicomedy="tragicomèdia|tragicòmic|tragicòmica",
        Romantic_Comedy="comèdia romàntica",
        Historical_Drama="drama històric",
        War_Drama="drama bèl·lic",
        Social_Drama="drama social",
        Political_Thriller="thriller polític",
        Political_Drama="drama polític",
        Coming_of_Age="film d'iniciació",
        Melodrama="melodrama",
        Road_Movie="road movie|pel·lícula de carretera",
        Psychological_Thriller="thriller psicològic",
        Psychological_Drama="drama psicològic",
    ),
    conjunctions=split("i"),
    cinema_words=split("cinema"),
    production_words=split("producció"),
    film_plurals=split("pel·lícules|pellícules|films|llargmetratges|curtmetratges|documentals"),
    institution_words=split(
        "festival*|institut|acadèmia|premi|premis|filmoteca|arxiu|escola|fundació|centre|mostra|"
        "setmana|cicle|categoria"
    ),
    film_words=split(
        "pel·lícula|film|llargmetratge|primer llarg|segon llarg|tercer llarg|nou llarg|"
        "darrer llarg|últim llarg"
    ),
    film_of=split("de|d'|d’"),
    is_a=split("és una|és un"),
    by=split("de|per|d'"),
    review_words=split("crítica"),
    titled=split("titulada|titulat|anomenada|anomenat"),
    role_of=split("els papers a càrrec de|el paper a càrrec de|papers a càrrec de"),
    plays=split("en el paper de|interpreta a"),
    plays_own=split("com"),
    press_headings=split("crítica|la crítica|crítiques"),
    quote_in=split("en|per"),
    outlet_kinds=split("diari|revista|setmanari|portal|web|mitjà"),
    quote_review=split("crítica"),
    speech_verbs=split(
        "escriuen|diuen|va afegir|va explicar|va concloure|va considerar|va definir|defineix|"
        "descriu|va descriure|elogia|va elogiar|lloa|va lloar|remarca|va remarcar|sentencia|"
        "va sentenciar|resumeix|va resumir|deia|"
        "escriu|diu|afirma|segons|va escriure|va dir|va afirmar|escrivia|assegura|destaca|explica|"
        "considera|opina|sosté|apunta|conclou|afegeix|qualifica|publica|subratlla|va destacar|"
        "va assegurar|va qualificar"
    ),
    event_words=split(
        "estren*|preestren*|projecci*|festival*|als cinemes|a les sales|entrades|avui|"
        "aquesta nit|competició|secció oficial|programaci*|sessió|sessions|gala"
    ),
    story_questions=split("de què tracta|de què va|de què tracta la pel·lícula"),
    story_words=split(
        "història*|explica|narra|segueix|vida|viu|jove|joves|dona|dones|noia*|noi|nois|nen*|"
        "família*|fill|fills|filla|filles|filla*|germà|germana*|marit|amor*|amic*|amiga*|"
        "descobr*|decideix|ha de|poble|ciutat|infància|s'enamora"
    ),
    notice_words=split("covid*|coronavirus|pandèmia|tots els drets reservats"),
    respectively=split("respectivament"),
    own_critic=split("el nostre crític"),
    press_words=split("crítiques|crítics|crítica|premsa|mitjans|periodista|periodistes"),
    critic_roles=split("crític de cinema|crítica de cinema|crític|crítica"),
    award_words=split("millor|millors"),
    name_articles=split("la|el|en|na|l'"),
    determiners=split("uns|unes|aquest|aquesta"),
    film_openings=split("és una|és un|es tracta d'|es tracta d’"),
    quote_pronouns=split("ell|ella"),
    quote_according=split("en paraules de|a parer de|d'acord amb|d’acord amb|segons"),
    genre_endings=split("s|es"),
    acting_words=split(
        "interpreta|encarna|dona vida a|el seu paper|la seva interpretació|millor actriu|"
        "millor actor|"
        "interpreten|protagonitzen"
    ),
    lead_words=split("protagonista|paper principal"),
    relative_pronouns=split("qui|que|la qual|el qual"),
    this_words=split("aquest|aquesta"),
    plural_endings=split("s|es"),
    release_verbs=split("estren|rodat|rodada"),
    year_words=split("any|l'any"),
    comment_headings=split("comentaris|comentari|deixa un comentari"),
    other_words=split(
        "altres|més|relacionat|relacionats|relacionades|últimes|últims|recents|següent|anterior|"
        "similars|recomanat|recomanats|el més llegit"
    ),
    section_headings=split(
        "crítica|la crítica|la nostra crítica|valoració|veredicte|conclusió|opinió|llegiu també|"
        "llegeix també|publicat|últimes notícies|notícies"
    ),
    rating_words=split(
        "apta per a tots els públics|per a tots els públics|tots els públics|"
        "no recomanada per a menors de|menors de|majors de|a partir de|anys"
    ),
    ticket_words=split("entrades|entrada|comprar|taquilla|preu|preus|reserva|entrada lliure"),
    loading_words=split("carregant"),
    genre_everyday_words=split("fantasia|història"),
)
