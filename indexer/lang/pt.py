"""Portuguese (Portugal and Brazil)."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, romance_nationalities, split, table

DATA = Language(
    function_words=split("o|os|as|de|que|é|um|uma|do|da|em|para|com|não|se|ao"),
    code="pt",
    country_names=coded(
        DE_W="alemanha ocidental|rfa",
        DE_E="alemanha oriental|rda",
        SU="união soviética|urss",
        GB="grã-bretanha",
        NL="hol|holanda",
        US="eua",
        CS="checoslováquia|tchecoslováquia|tchecoslovaquia",
        YU="jugoslávia|iugoslávia",
    ),
    country_codes=coded(
        DE="ale", GB="ing", JP="jap", CH="sui", SE="sue", DK="din", PT="por", UY="uru"
    ),
    nationalities=romance_nationalities(
        "pt",
        GB_SCT="escocês",
        CD="congolês",
        KR="sul-coreano",
        KP="norte-coreano",
        PH="filipino",
        US="estadunidense|estado-unidense|norte-americano|americano",
        CA="canadense|canadiano",
        MX="mexicano",
        CU="cubano",
        CR="costarriquenho",
        PR="porto-riquenho",
        VE="venezuelano",
        CO="colombiano",
        EC="equatoriano",
        PE="peruano",
        BO="boliviano",
        CL="chileno",
        AR="argentino",
        UY="uruguaio",
        PY="paraguaio",
        BR="brasileiro",
        GB="britânico",
        BE="belga",
        CH="suíço",
        AT="austríaco",
        ES="espanhóis",
        IL="israelense|israelita",
        PS="palestino",
        LB="libanês",
        SY="sírio",
        IQ="iraquiano",
        IR="iraniano",
        SA="saudita",
        EG="egípcio",
        TN="tunisiano",
        DZ="argelino",
        MA="marroquino",
        SN="senegalês",
        ML="malinês",
        BF="burquinense",
        CI="marfinense",
        GH="ganês",
        NG="nigeriano",
        CM="camaronês",
        AO="angolano",
        MZ="moçambicano",
        CV="cabo-verdiano",
        GW="guineense",
        ST="são-tomense",
        ET="etíope",
        KE="queniano",
        ZA="sul-africano",
        AF="afegão",
        PK="paquistanês",
        IN="indiano",
        TW="taiwanês",
        KH="cambojano",
        AU="australiano",
        NZ="neozelandês",
        SU="soviético",
        CS="checoslovaco|tchecoslovaco",
        YU="jugoslavo",
    ),
    labels=table(
        title="título|título do filme",
        original_title="título original",
        year="ano|ano de produção|ano de lançamento",
        release="estreia|lançamento|data de estreia",
        directors="diretores|realizadores|realização|realizador|realizadora|direção|direcção|diretor|diretora|"
        "realizado por|dirigido por",
        writers="roteiro|argumento|guião|guion",
        cast="elenco|intérpretes|interpretação|atores|actores|com|ator|atriz|atores e atrizes",
        cinematography=(
            "fotografia|direção de fotografia|diretor de fotografia|diretora de fotografia"
        ),
        editing="montagem|edição",
        music="música|trilha sonora|banda sonora",
        sound="som",
        costume_design="figurino|guarda roupa",
        producers="produtor|produtores",
        companies="produção",
        countries="país de origem|país|países|origem|nacionalidade",
        genres="gênero|género|genero|gêneros|géneros",
        runtime="duração|duracao",
        languages="língua|idioma|versão",
        synopsis="sinopse|resumo|enredo|sobre o filme|história|a história",
        awards="prêmios|prémios",
        ignore="distribuição|classificação|público alvo|publico alvo|classificação etária",
    ),
    directed_after=split(
        "assina aqui|assina o seu|assina a sua|assina seu|assina sua|dirigiu|realizou|"
        "estreia na direção|estreia-se na realização|volta à direção|volta à realização|"
        "regressa à realização"
    ),
    directed_by=split(
        "dir.|real.|realizado por|dirigido por|a direção é de|a realização é de|"
        "a direção fica a cargo de|a realização fica a cargo de|a realização está a cargo de|"
        "direção a cargo de|realização a cargo de|dirigida por|"
        "um filme de|realização de|"
        "realizado e escrito por|escrito e realizado por|escrito e dirigido por|"
        "o novo filme de|o mais recente filme de|sob a direção de|com direção de|"
        "com realização de|direção de|direcção de|dirigido pelo|dirigida pelo|realizado pelo|"
        "realizada pelo|dirigido e protagonizado por|dirigido e protagonizado pelo|"
        "longa de estreia de|primeira longa-metragem de|estreia na direção de|"
        "estreia na realização de"
    ),
    written_by=split("escrito por|roteiro de"),
    starring=split(
        "ator|atriz|atores|actriz|com|protagonizado por|estrelado por|"
        "protagonizada por|estrelada por|interpretado por|interpretada por|"
        "interpretados por|interpretadas por|protagonizados por|protagonizadas por|"
        "com interpretações de|as estrelas do filme são|o elenco conta com|do elenco são|"
        "o elenco é formado por|o elenco reúne|o elenco integra|o elenco inclui|"
        "o elenco é composto por|"
        "a atuação de|a interpretação de|a performance de|"
        "atrizes|actrizes|actores|actor"
    ),
    plays=split("como|no papel de|interpreta|dá vida a|na pele de"),
    role_of=split("vivido por|vivida por"),
    presence=split("na presença de|com a presença de"),
    director_nouns=split("realizador|realizadora|cineasta|diretor|diretora|documentarista"),
    minutes=split("min|minutos"),
    hours=split("h|hora|horas"),
    months=split(
        "janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|"
        "novembro|dezembro|fev|dez"
    ),
    colour_words=split("cores|cor|a cores|p&b|preto e branco|colorido"),
    genres=genre_table(
        **{"Children's Film": "filme infantil"},
        Feature_Film="filme de ficção",
        Christmas_Film="filme de natal|natalino",
        Youth_Film="filme juvenil",
        Literary_Adaptation="adaptação literária",
        Chronicle="crônica|crónica",
        Propaganda_Film="propaganda",
        Political_Film="filme político|político",
        Gangster_Film="gângster|filme de gângster",
        Disaster_Film="filme catástrofe|catástrofe",
        Martial_Arts="artes marciais",
        Superhero_Film="super-herói|super-heróis",
        Spy="espionagem",
        Mockumentary="falso documentário",
        Erotic_Film="erótico",
        Drama="drama|dramático|dramática",
        Fiction="ficção",
        Comedy="comédia|comedia|cômica|cómica",
        Documentary="documentário",
        Horror="terror",
        Animation="animação|animações",
        Science_Fiction="ficção científica|ficção-científica",
        Short="curta-metragem|curtas-metragens",
        Thriller="suspense|thriller",
        Romance="romântico|romântica",
        Action="ação|acção",
        Crime="policial",
        Fantasy="fantasia",
        War="guerra|bélico|bélica",
        Western="faroeste|western",
        Music="musical",
        Biography="biografia|cinebiografia|biográfico|biográfica",
        History="histórico|história|histórica",
        Family="família|familiar",
        Adventure="aventura",
        Mystery="mistério",
        Black_Comedy="comédia negra|humor negro",
        Tragicomedy="tragicomédia|tragicômico|tragicómico|tragicômica|tragicómica",
        Satire="sátira",
        Romantic_Comedy="comédia romântica",
        Historical_Drama="drama histórico",
        War_Drama="drama de guerra",
        Social_Drama="drama social",
        Political_Thriller="thriller político",
        Political_Drama="drama político",
        Coming_of_Age="filme de amadurecimento",
        Family_Drama="drama familiar",
        Psychological_Thriller="thriller psicológico",
        Supernatural_Horror="terror sobrenatural|horror sobrenatural",
        Psychological_Drama="drama psicológico|psicodrama",
        Biopic="cinebiografia",
        Melodrama="melodrama",
        Film_Noir="filme noir|cinema noir",
        Road_Movie="road movie|filme de estrada",
        Parody="paródia",
        Silent="mudo",
        Sports="esporte|desporto|filme de esporte|filme desportivo|filme esportivo",
    ),
    conjunctions=split("e"),
    year_from=split("de|do ano de"),
    cinema_words=split("cinema"),
    production_words=split("produção"),
    film_plurals=split("filmes|longas-metragens|curtas-metragens|documentários"),
    institution_words=split(
        "festival*|instituto|academia|prêmio*|prémio*|grande prêmio|cinemateca|arquivo*|escola|"
        "fundação|centro|sociedade|associação|comissão|mostra|ciclo|categoria"
    ),
    film_words=split(
        "filme|longa metragem|longa-metragem|longa|curta-metragem|curta metragem|documentário|fita"
    ),
    film_of=split("de|do|da"),
    review_of=split("de|do|da"),
    titled=split("intitulado|intitulada|chamado|chamada"),
    review_words=split("crítica|resenha"),
    trailer_words=split("trailer"),
    is_a=split("é um|é uma"),
    by=split("de|por"),
    press_headings=split(
        "críticas|crítica|a crítica|notas da crítica|imprensa|o que diz a crítica|"
        "críticas da imprensa|crítica da imprensa"
    ),
    quote_by=split("por"),
    quote_in=split("no|na|em|para|segundo"),
    outlet_anaphora=split("o jornal|a revista|a publicação|o diário"),
    speech_verbs=split(
        "escrevem|dizem|consideram|destacam|avaliam|elogiam|comentam|escrevia|dizia|afirmava|"
        "pontua|pontuou|sentencia|sentenciou|opina|opinou|ressaltam|defende|defendeu|analisa|"
        "analisou|celebra|celebrou|exalta|exaltou|enaltece|enalteceu|cravou|crava|chamou|chama|"
        "classificaram|descreveram|definiram|elogiaram|destacaram|disseram|observam|apontam|"
        "salienta|salientou|"
        "escreve|diz|afirma|considera|destaca|define|segundo|na opinião de|na opinião do|"
        "na opinião da|avalia|reforça|elogia|comenta|observa|escreveu|disse|afirmou|destacou|"
        "avaliou|elogiou|comentou|observou|elogiando|chamando|classificando|descrevendo|"
        "fala em|falou em|publicou|publica|garantiu|garante|ressaltou|ressalta|apontou|"
        "aponta|declarou|classificou|classifica|descreveu|descreve|definiu|considerou|"
        "sublinhou|sublinha|acrescentou|acrescenta|concluiu|conclui|resumiu|resume|"
        "escreveram|afirmaram|"
        "fala de|falou de"
    ),
    quote_review=split("crítica"),
    comment_headings=split("comentários"),
    reply_words=split("responder"),
    sentence_words=split("quando|e|como|assim|também"),
    first_person=split("eu|nós"),
    outlet_kinds=split("jornal|revista|diário|site|portal|semanário|publicação"),
    press_words=split(
        "colunistas|críticos de cinema|"
        "críticos|crítica|críticas|imprensa|mídia|media|jornalista|jornalistas|resenha|resenhas"
    ),
    critic_roles=split("crítico|crítica|colunista|crítico de cinema|crítica de cinema"),
    media_words=split("tela"),
    outlet_articles=split("o|a|os|as"),
    event_words=split(
        "estreia*|estreou|estrear*|pré-estreia*|première|exibição|exibido*|sessão|sessões|"
        "festival*|nos cinemas|nas salas|em cartaz|bilhete*|ingresso*|hoje|esta noite|"
        "competição|mostra|programação|bilheteria|bilheteira|gala|cinemateca*|"
        "em colaboração com|esta semana|este fim de semana"
    ),
    story_questions=split(
        "do que se trata|sobre o que é|sobre o que e|do que trata o filme|"
        "sobre o que é o filme|qual é a história|de que trata|do que fala o filme"
    ),
    story_words=split(
        "história*|conta|narra|acompanha|segue|vida|vive|jovem|jovens|mulher*|rapariga*|"
        "menina*|menino*|rapaz*|família*|pai|mãe|filho*|filha*|irmão*|irmã*|marido|esposa|"
        "amor*|amig*|descobr*|decide|precisa|aldeia|cidade|chega|infância|adolescen*|"
        "apaixona*|protagonista*|personage*"
    ),
    notice_words=split(
        "arquivo*|covid*|coronavírus|coronavirus|pandemia|confinamento|quarentena|"
        "todos os direitos reservados|reprodução proibida|subscreva|assine|newsletter|"
        "nosso arquivo|este artigo foi publicado|uso de máscara|máscara obrigatória|"
        "distanciamento"
    ),
    name_suffixes=split("filho|neto|júnior|jr."),
    respectively=split("respectivamente"),
    own_critic=split("nosso crítico|nossa crítica"),
    award_words=split("melhor|melhores"),
    read_also=split("leia também|veja também|leia mais|saiba mais"),
    review_links=split(
        "leia a crítica completa|leia a crítica|ler a crítica|crítica completa|leia mais|ler mais"
    ),
    name_articles=split("o|a"),
    determiners=split("os|um|umas|uns|este|esta|nosso|nossa"),
    film_openings=split("é um|é uma|trata-se de"),
    quote_pronouns=split("ele|ela"),
    quote_according=split(
        "segundo|nas palavras de|na visão de|na avaliação de|de acordo com|conforme"
    ),
    #: "esporte", "desporto" are any sport ("o desporto nacional"): a label's value only
    label_only_genres=split("esporte|desporto"),
    genre_endings=split("s|es"),
    acting_words=split(
        "interpreta|vive o papel|no papel|seu papel|sua interpretação|sua atuação|"
        "melhor atriz|melhor ator|"
        "melhor interpretação|melhor atuação|"
        "interpretam|protagonizam"
    ),
    lead_words=split(
        "protagonista|papel principal|papel protagonista|atriz principal|ator principal|"
        "actriz principal"
    ),
    relative_pronouns=split("que|cuja|cujo"),
    not_fact_labels=split(
        "locac*|filmage*|filmad*|local|locais|ambientad*|nascid*|nascimento|territorio*|direitos|"
        "disponivel|dublad*|dublagem|versao|versoes"
    ),
    this_words=split("este|esta|neste|nesta|deste|desta"),
    own_possessives=split("seu|sua"),
    work_nouns=split("longa-metragem|longa|trabalho"),
    plural_endings=split("s|es"),
    release_verbs=split("estreou|estreado|lançad|rodado|filmado"),
    year_words=split("ano|o ano"),
    coproduction_words=split("coprodução|co-produção"),
    other_words=split(
        "outra|outras|outro|outros|mais|relacionado|relacionados|relacionadas|últimas|últimos|"
        "recentes|seguinte|anterior|semelhantes|recomendados|mais lidas|mais lidos"
    ),
    section_headings=split(
        "avaliação|nossa avaliação|crítica|críticas|críticos|nossa crítica|a crítica|"
        "minha opinião|opinião|veredito|veredicto|conclusão|leia também|leia mais|veja também|"
        "publicado em|últimas notícias|notícias|compartilhe|partilhar"
    ),
    rating_words=split(
        "livre|para todos os públicos|não recomendado para menores de|"
        "não recomendado para menores|menores de|maiores de|a partir de|anos|"
        "classificação|classificação indicativa|m"
    ),
    ticket_words=split(
        "bilhetes|bilhete|ingressos|ingresso|comprar|bilheteira|bilheteria|preço|preços|"
        "entrada livre|entrada|reservar"
    ),
    loading_words=split("carregando|a carregar"),
    unstemmed_genres=split("paródia"),
    genre_everyday_words=split("mistério|fantasia|história"),
)
