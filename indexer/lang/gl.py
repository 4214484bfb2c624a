"""Galician."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="gl",
    country_names=coded(
        NL="holanda", SU="unión soviética|urss", CS="checoslovaquia", YU="iugoslavia|xugoslavia"
    ),
    labels=table(
        title="título",
        original_title="título orixinal",
        year="ano de produción|ano de estrea|ano",
        release="estrea|estreo|data de estrea",
        directors="dirección|director|directora|directores|directoras",
        writers="guión|guion",
        cast="protagonistas|intérpretes principais|reparto|intérpretes|elenco|actores|actrices",
        cinematography="fotografía",
        editing="montaxe",
        music="música",
        countries="países|país|nacionalidade",
        genres="xénero|xéneros",
        runtime="metraxe|duración",
        languages="idioma|lingua|versión",
        synopsis="argumento|resumo|sobre o filme|sinopse",
    ),
    directed_by=split(
        "dirixidas por|dirixidos por|realizado por|realizada por|coa dirección de|"
        "con dirección de|dir.|dirixida por|dirixido por|dirixido e escrito por|un filme de|"
        "dirixida e escrita por|unha película de|baixo a dirección de"
    ),
    written_by=split("escrito por|escrita por"),
    starring=split(
        "protagonizados por|protagonizadas por|protagonizan|con|protagonizada por|"
        "protagonizado por|interpretado por|interpretada por|"
        "interpretados por|interpretadas por|"
        "actor|actriz|actores|actrices|"
        # "O reparto está composto, entre outros, por A, B e C"
        "o reparto está composto por|o reparto está composto, entre outros, por|o reparto inclúe"
    ),
    director_nouns=split("director|directora|cineasta|realizador|realizadora"),
    minutes=split("min|minutos"),
    hours=split("h|hora|horas"),
    months=split(
        "xaneiro|febreiro|marzo|abril|maio|xuño|xullo|agosto|setembro|outubro|novembro|"
        "decembro|xan|xul"
    ),
    colour_words=split("cor|b/n|branco e negro"),
    genres=genre_table(
        **{"Children's Film": "filme infantil"},
        Feature_Film="filme de ficción",
        Drama="drama|dramático|dramática",
        Short="curtametraxe",
        Comedy="comedia|cómico|cómica",
        Documentary="documental|documentais",
        Horror="terror",
        Thriller="thriller|suspense",
        Animation="animada|animado|animación",
        Romance="romántica|romántico",
        Action="acción",
        Crime="criminal|policial|policíaco|policíaca",
        Science_Fiction="distopía|distópica|distópico|ciencia ficción",
        Fantasy="fantasía|fantástico",
        War="bélico|guerra|bélica",
        Western="western",
        Music="musical",
        Biography="biopic|biografía|biográfico|biográfica",
        History="historia|histórico|histórica",
        Family="familia|familiar",
        Adventure="aventura|aventuras",
        Mystery="misterio",
        Black_Comedy="comedia negra",
        Tragicomedy="traxicomedia|traxicómico|traxicómica",
        Historical_Drama="drama histórico",
        Political_Thriller="thriller político",
        Political_Drama="drama político",
        Melodrama="melodrama",
        Road_Movie="road movie",
        Romantic_Comedy="comedia romántica",
        Psychological_Thriller="thriller psicolóxico",
        Psychological_Drama="drama psicolóxico",
        War_Drama="drama bélico",
        Detective="policíaco|policíaca",
    ),
    conjunctions=split("e"),
    film_plurals=split("películas|filmes|longametraxes|curtametraxes"),
    institution_words=split(
        "festival*|instituto|academia|premio*|arquivo|escola|fundación|centro|mostra|ciclo|"
        "categoría"
    ),
    film_words=split("filme|película|longametraxe|longa-metraxe"),
    film_of=split("de"),
    is_a=split("é un|é unha"),
    by=split("de|por"),
    review_words=split("crítica"),
    titled=split("titulada|titulado|chamada|chamado"),
    plays=split(
        "no rol de|interpretando a|que interpreta a|dá vida a|que dá vida a|no papel de|"
        "interpreta a"
    ),
    press_headings=split("críticas|crítica|a crítica|prensa|notas da crítica"),
    quote_by=split("por"),
    quote_in=split("en|no|na|para"),
    speech_verbs=split(
        "sinala|destaca|conclúe|asegura|escribiu|dixo|afirmou|sinalou|destacou|comentou|engadiu|"
        "explicou|considera|opina|cualifica|cualificou|"
        "escribe|afirma"
    ),
    quote_review=split("crítica"),
    comment_headings=split("comentarios"),
    reply_words=split("responder"),
    first_person=split("eu|nós"),
    event_words=split(
        "estrea*|proxecci*|festival*|nos cines|nas salas|entradas|hoxe|esta noite|"
        "competición|programaci*|sesión"
    ),
    story_words=split(
        "historia*|conta|narra|segue|vida|vive|mozo*|moza*|muller*|rapaza*|rapaz*|familia*|"
        "pai|nai|fillo*|filla*|irmán*|irmá*|amor*|amig*|descubr*|decide|debe|aldea|cidade"
    ),
    notice_words=split("arquivo*|covid*|coronavirus|pandemia|todos os dereitos reservados"),
    respectively=split("respectivamente"),
    press_words=split("críticos|crítica|prensa|medios|xornalista|xornalistas"),
    critic_roles=split("crítico|crítica"),
    film_openings=split("é unha|é un|trátase de"),
    genre_endings=split("s|es"),
    acting_words=split("interpreta|encarna|o seu papel|mellor actriz|mellor actor"),
    lead_words=split("papel protagonista|no papel principal|protagonista|papel principal"),
    award_words=split("mellor|mellores"),
    relative_pronouns=split("quen|que"),
    release_verbs=split("lanzad|estread|rodad"),
    year_words=split("ano|o ano"),
    # langdetect knows no Galician: it names Spanish (or Portuguese, whose pages would then
    # read Galician's words as their own: "documentais" of a festival's slate)
    kin=("es",),
    quote_according=split("segundo"),
    other_words=split(
        "outras|outros|máis|relacionado|relacionados|relacionadas|últimas|últimos|seguinte|"
        "anterior|semellantes|recomendados"
    ),
    section_headings=split("crítica|valoración|opinión|le tamén|publicado"),
    rating_words=split(
        "para todos os públicos|todos os públicos|non recomendada para menores de|"
        "menores de|maiores de|anos"
    ),
    ticket_words=split("entradas|entrada|mercar|billeteira|prezo|prezos|entrada libre"),
    loading_words=split("cargando"),
    genre_everyday_words=split("misterio|fantasía|historia"),
    year_from=split("de|do ano"),
)
