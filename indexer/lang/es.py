"""Spanish."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, romance_nationalities, split, table

DATA = Language(
    function_words=split("el|la|los|las|de|que|y|en|un|una|es|por|con|del|para|se"),
    code="es",
    country_names=coded(
        DE_W="alemania occidental|rfa",
        DE_E="alemania oriental|rda",
        SU="unión soviética",
        CS="checoslovaquia",
        GB="gran bretaña",
        GB_ENG="inglaterra",
        GB_SCT="escocia",
        GB_WLS="gales",
        GB_NIR="irlanda del norte",
        PS="palestina",
        US="ee uu|eeuu",
        NL="holanda",
    ),
    nationalities={
        **coded(
            FR="francés|francesa",
            US="estadounidense|norteamericano",
            GB="británico|británica",
            DE="alemán|alemana",
            IT="italiano|italiana",
            ES="español|española",
            JP="japonés|japonesa",
            MX="mexicano|mexicana",
            AR="argentino|argentina",
            SU="soviético|soviética|soviéticos|soviéticas",
            CS="checoslovaco|checoslovaca",
            YU="yugoslavo|yugoslava",
        ),
        **romance_nationalities(
            "es",
            HT="haitiano",
            GB_SCT="escocés",
            TJ="tayiko",
            PH="filipino",
            US="estadounidense|norteamericano",
            CA="canadiense",
            MX="mexicano",
            GT="guatemalteco",
            HN="hondureño",
            SV="salvadoreño",
            NI="nicaragüense",
            CR="costarricense",
            PA="panameño",
            CU="cubano",
            DO="dominicano",
            PR="puertorriqueño",
            JM="jamaicano",
            VE="venezolano",
            CO="colombiano",
            EC="ecuatoriano",
            PE="peruano",
            BO="boliviano",
            CL="chileno",
            AR="argentino",
            UY="uruguayo",
            PY="paraguayo",
            BR="brasileño|brasilero",
            GB="británico",
            BE="belga",
            CH="suizo",
            AT="austriaco|austríaco",
            CY="chipriota",
            IL="israelí",
            PS="palestino",
            LB="libanés",
            SY="sirio",
            JO="jordano",
            IQ="iraquí",
            IR="iraní",
            SA="saudí",
            EG="egipcio",
            LY="libio",
            TN="tunecino",
            DZ="argelino",
            MA="marroquí",
            SN="senegalés",
            ML="maliense",
            BF="burkinés",
            CI="marfileño",
            GH="ghanés",
            NG="nigeriano",
            CM="camerunés",
            CD="congoleño",
            ET="etíope",
            KE="keniano",
            ZA="sudafricano",
            TD="chadiano",
            MR="mauritano",
            AF="afgano",
            PK="pakistaní|paquistaní",
            IN="hindú",
            BD="bangladesí",
            TW="taiwanés",
            HK="hongkonés",
            KR="surcoreano",
            KP="norcoreano",
            KH="camboyano",
            MY="malasio",
            SG="singapurense",
            AU="australiano",
            NZ="neozelandés",
        ),
    },
    labels=table(
        title="título|titulo|título de la película",
        original_title="título original|titulo original",
        alt_title="título internacional",
        year="año|ano|año de producción|año de estreno|año de lanzamiento",
        release="estreno|fecha de estreno",
        directors="directores|directoras|dirección|direccion|director|director a|directora|"
        "dirigida por|"
        "dirigido por|realizador|realizadora",
        writers="guion|guión|guiones|guionista|guionistas|argumento",
        cast="reparto|intérpretes|interpretes|elenco|actores|protagonistas|elenco principal|"
        "reparto principal|intérpretes principales|actores principales",
        cinematography=(
            "fotografía|fotografia|dirección de fotografía|director de fotografía"
            "|directora de fotografía"
        ),
        editing="montaje|edición",
        music="música|musica|composición",
        sound="sonido",
        production_design="dirección artística|diseño de producción",
        costume_design="vestuario",
        producers="productor|productora|productores",
        executive_producers="productor ejecutivo",
        companies="productora|productoras|producción|produccion",
        countries="país de origen|país|pais|países|paises|pais es|país es|nacionalidad|origen",
        genres="género|genero|géneros",
        runtime="duración|duracion",
        languages="idioma|idiomas|lengua|idioma original",
        synopsis="sinopsis|resumen|trama",
        awards="premios|premio",
        press="crítica|críticas|la crítica",
        ignore="distribuidora|distribución|distribuye|"
        "subtítulos|calificación|puntuación|puntuacion|sección",
    ),
    directed_after=split(
        "firma aquí|firma su|dirige aquí|dirige su|dirige esta|dirige este|dirigió|ha dirigido|"
        "codirigió|rodó|"
        "debuta en la dirección|debuta como director|debuta como directora|"
        "debutará como director|debutará como directora|debutó como director|debutó como directora|"
        "vuelve a la dirección|"
        "regresa a la dirección|vuelve a dirigir|vuelve tras las cámaras|se pone tras las cámaras"
    ),
    directed_by=split(
        "dir.|dirigida por|dirigido por|la dirección es de|la dirección corre a cargo de|"
        "dirección a cargo de|la dirección está a cargo de|una película de|un film de|"
        "escrita y dirigida por|"
        "dirigida y escrita por|codirigida por|la nueva película de|"
        "la última película de|el nuevo filme de|bajo la dirección de|firma la dirección|"
        "ópera prima de|opera prima de|primer largometraje de|debut en la dirección de|"
        # "Con guión y dirección de A": the credits of writing and directing joined
        "guion y dirección de|guión y dirección de|dirección y guion de|dirección y guión de"
    ),
    written_by=split("escrita por|escrito por|guion de"),
    starring=split(
        "actor|actriz|actores|con|protagonizada por|protagonizado por|interpretada por|"
        "interpretado por|interpretados por|interpretadas por|protagonizados por|"
        "protagonizadas por|encarnado por|encarnada por|encarnados por|encarnadas por|"
        "en los papeles principales|con las actuaciones de|"
        "la interpretación de|la actuación de|una gran interpretación de|"
        "actrices"
    ),
    plays=split("como|interpreta a|en el papel de|da vida a|encarna a|en la piel de"),
    role_of=split(
        "encarnado por|encarnada por|los papeles a cargo de|el papel a cargo de|papeles a cargo de"
    ),
    presence=split("en presencia de|con la presencia de"),
    director_nouns=split("director|directora|cineasta|realizador|realizadora|documentalista"),
    minutes=split("min|minutos"),
    hours=split("h|hora|horas"),
    months=split(
        "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|"
        "octubre|noviembre|diciembre|abr|dic"
    ),
    colour_words=split("color|b/n|blanco y negro|byn"),
    genres=genre_table(
        Feature_Film="película de ficción",
        Christmas_Film="película navideña|navideña|cine navideño",
        Youth_Film="cine juvenil|película juvenil",
        Literary_Adaptation="adaptación literaria",
        Chronicle="crónica",
        Propaganda_Film="propaganda|cine de propaganda",
        Political_Film="cine político|político|política",
        Gangster_Film="gánsteres|cine de gánsteres",
        Heist_Film="atracos|cine de atracos",
        Disaster_Film="catástrofes|cine de catástrofes",
        Martial_Arts="artes marciales",
        Superhero_Film="superhéroes",
        Spy="espionaje|espías|cine de espías",
        Mockumentary="falso documental",
        Erotic_Film="erótico|erótica|cine erótico",
        Films_about_Filmmaking="cine dentro del cine|cine sobre cine|metacine",
        Drama="drama|comedia dramática|dramático|dramática",
        Fiction="ficción",
        Comedy="comedia|cómica",
        Documentary="documental",
        Animation="animación|animacion|animado",
        Horror="terror|película de terror",
        Thriller="suspense|suspenso|thriller",
        Science_Fiction="ciencia ficción|ciencia-ficción|ciencia ficcion",
        Mystery="misterio",
        Crime="policíaco|policiaco|crimen|policíaca|policiaca",
        Adventure="aventura|aventuras",
        Fantasy="fantástico|fantasía",
        Romance="romántico|romántica",
        Action="acción|accion",
        Biography="biografía|biográfico|biográfica",
        Family="familia|familiar",
        History="historia|histórico|histórica",
        Sports="deportes|deporte",
        War="guerra|bélico|bélica",
        Western="oeste|western|wéstern",
        Short="cortometraje",
        Silent="mudo",
        Music="musical",
        Black_Comedy="comedia negra|humor negro",
        Tragicomedy="tragicomedia|tragicómico|tragicómica",
        Satire="sátira",
        Romantic_Comedy="comedia romántica",
        Historical_Drama="drama histórico",
        War_Drama="drama bélico",
        Social_Drama="drama social",
        Political_Thriller="thriller político",
        Political_Drama="drama político",
        Coming_of_Age="película de iniciación|cine de iniciación",
        Family_Drama="drama familiar",
        Psychological_Thriller="thriller psicológico",
        Supernatural_Horror="terror sobrenatural|horror sobrenatural",
        Psychological_Drama="drama psicológico|psicodrama",
        Film_Noir="cine negro",
        **{"Children's Film": "cine infantil"},
        Road_Movie="road movie|película de carretera",
        Parody="parodia",
    ),
    conjunctions=split("y|e"),
    year_from=split("de|del año"),
    cinema_words=split("cine"),
    production_words=split("producción"),
    film_plurals=split("películas|peliculas|filmes|largometrajes|cortometrajes|documentales"),
    institution_words=split(
        "festival*|instituto|academia|premio*|gran premio|cinemateca|filmoteca|archivo*|escuela|"
        "fundación|centro|sociedad|asociación|comisión|muestra|ciclo|jornadas|categoría"
    ),
    film_words=split(
        "película|film|filme|documental|largometraje|cortometraje|ópera prima|"
        # "largo" alone, the critics' word for a feature, only after an ordinal or "new", "last"
        "primer largo|segundo largo|tercer largo|nuevo largo|último largo"
    ),
    film_of=split("de|del"),
    review_of=split("de|del"),
    titled=split("titulada|titulado|llamada|llamado"),
    review_words=split("reseña|crítica"),
    trailer_words=split("tráiler|trailer"),
    is_a=split("es una|es un|fue una"),
    by=split("de|por"),
    press_headings=split(
        "críticas|crítica|la crítica|prensa|lo que dice la prensa|lo que dice la crítica|"
        "críticas de la prensa|crítica de la prensa|críticas de los medios"
    ),
    quote_by=split("por"),
    quote_in=split("en|para|según"),
    outlet_anaphora=split("el diario|el periódico|la revista|el medio"),
    speech_verbs=split(
        "escriben|dicen|afirman|señalan|destacan|consideran|opinan|ha escrito|ha dicho|"
        "ha señalado|ha afirmado|ha destacado|ha calificado|ha definido|ha descrito|escribía|"
        "decía|comentaba|señalaba|afirmaba|apuntaba|sentencia|sentenció|remata|remató|resalta|"
        "resaltó|celebra|celebró|alaba|alabó|asevera|aseveró|advierte|advirtió|reconoce|reconoció|"
        "valora|valoró|escribieron|dijeron|afirmaron|señalaron|destacaron|calificaron|indica|"
        "manifiesta|expresa|observa|observó|"
        "escribe|dice|afirma|señala|califica|destaca|concluye|asegura|según|explica|opina|"
        "sostiene|considera|añade|escribió|dijo|calificando|"
        "detalla|detalló|señaló|manifestó|enfatizó|afirmó|destacó|aseguró|comentó|apuntó|agregó|añadió|"
        "explicó|sostuvo|consideró|opinó|expresó|subrayó|indicó|calificó|concluyó|publicó|"
        "publica|comenta|apunta|subraya|agrega|resume|resumió|elogia|elogió|"
        "habla de|hablan de|habló de|describe|describió|define|definió|lo describió como|"
        "la describió como|lo definió como|la definió como|lo calificó de|la calificó de"
    ),
    quote_review=split("crítica"),
    comment_headings=split("comentarios"),
    reply_words=split("responder"),
    tagline_headings=split("lema|eslogan"),
    sentence_words=split("cuando|pero|y|sin|además|también|aunque|como|así"),
    first_person=split("yo|nosotros"),
    outlet_kinds=split("diario|periódico|revista|semanario|portal|medio|sitio|web"),
    press_words=split(
        "críticos de cine|"
        "críticos|críticas|crítica|prensa|medios|periodista|periodistas|reseña|reseñas"
    ),
    critic_roles=split(
        "crítico cinematográfico|crítica cinematográfica|reseñista|"
        "crítico|crítica|especialista|columnista|crítico de cine|crítica de cine"
    ),
    media_words=split("cine|pantalla"),
    outlet_articles=split("el|la|los|las"),
    event_words=split(
        "estreno*|estrena*|premier*|proyecci*|proyecta*|festival*|en cines|en salas|"
        "cartelera|entradas|hoy|esta noche|competición|sección oficial|programaci*|taquilla|"
        "función|sesión|sesiones|gala|cinemateca*|en colaboración con|esta semana|"
        "este fin de semana"
    ),
    story_questions=split(
        "de qué trata|de que trata|de qué va|de que va|de qué trata la película|"
        "de que trata la pelicula|de qué se trata|de que se trata|cuál es la historia"
    ),
    story_words=split(
        "historia*|cuenta|narra|sigue|vida|vive|joven|jóvenes|mujer*|chica*|chico*|niña*|"
        "niño*|familia*|padre|madre|hijo*|hija*|hermano*|hermana*|marido|esposa|amor*|amig*|"
        "descubr*|decide|debe|pueblo|ciudad|trabaja|infancia|adolescen*|se enamora*|"
        "protagonista*|personaje*"
    ),
    notice_words=split(
        "covid*|coronavirus|pandemia|confinamiento|todos los derechos reservados|"
        "prohibida la reproducción|suscríbete|suscribete|newsletter|nuestro archivo|"
        "este artículo fue publicado|mascarilla*|medidas sanitarias|certificado covid|"
        "distancia de seguridad"
    ),
    name_suffixes=split("hijo|jr."),
    respectively=split("respectivamente"),
    own_critic=split("nuestro crítico|nuestra crítica"),
    award_words=split("mejor|mejores"),
    read_also=split("lee también|leer también|te puede interesar|ver también|lea también"),
    review_links=split(
        "leer la crítica completa|leer la crítica|crítica completa|leer más|seguir leyendo"
    ),
    determiners=split("los|las|unos|unas|este|esta|estos|estas|nuestro|nuestra"),
    film_openings=split("es una|es un|se trata de"),
    quote_pronouns=split("él|ella"),
    quote_according=split(
        "de acuerdo con|en palabras de|en opinión de|a juicio de|a ojos de|según"
    ),
    genre_endings=split("s|es"),
    acting_words=split(
        "interpreta a|encarna a|da vida a|su papel|en el papel|su interpretación|"
        "su actuación|mejor actriz|mejor actor|"
        "mejor interpretación|mejor actriz de reparto|mejor actor de reparto|"
        "protagonizan|interpretan a|encarnan a"
    ),
    lead_words=split(
        "protagonista|papel protagonista|papel principal|actriz principal|actor principal"
    ),
    relative_pronouns=split("quien|que|cuya|cuyo"),
    not_fact_labels=split(
        "locacion*|localizacion*|rodaj*|rodad*|lugar*|ambientad*|nacid*|nacimiento|territorio*|"
        "derechos|disponible*|doblaj*|doblad*|version*"
    ),
    this_words=split("este|esta"),
    own_possessives=split("su"),
    work_nouns=split("largometraje|ópera prima|trabajo"),
    plural_endings=split("s|es"),
    release_verbs=split("estren|lanzad|rodad"),
    year_words=split("año|el año"),
    other_words=split(
        "otra|otras|otro|otros|más|relacionado|relacionados|relacionadas|relacionada|últimas|"
        "últimos|recientes|siguiente|anterior|similares|recomendado|recomendados|lo más leído|"
        "lo más visto"
    ),
    section_headings=split(
        "crítica|críticas|críticos|nuestra crítica|la crítica|mi opinión|opinión|nuestra opinión|"
        "veredicto|el veredicto|reseña|la reseña|conclusión|valoración|nuestra valoración|"
        "lee también|te puede interesar|publicado el|últimas noticias|noticias|compartir"
    ),
    rating_words=split(
        "apta para todos los públicos|para todos los públicos|todos los públicos|apta|"
        "no recomendada para menores de|no recomendada|menores de|mayores de|a partir de|"
        "años|clasificación|calificación|tp|atp"
    ),
    ticket_words=split(
        "entradas|entrada|boletos|boleto|comprar|comprar entradas|taquilla|precio|precios|"
        "reservar|entrada libre|gratis"
    ),
    loading_words=split("cargando"),
    vocabulary_genres={"Music": split("música")},
    unstemmed_genres=split("parodia"),
    genre_everyday_words=split("misterio|fantasía|historia"),
    language_names={"mandarín": "Mandarin"},
)
