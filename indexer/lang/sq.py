"""Albanian."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="sq",
    country_names=coded(SU="bashkimi sovjetik|brss", CS="çekosllovakia", YU="jugosllavia"),
    quote_pronouns=split("ai|ajo"),
    labels=table(
        title="titulli",
        year="viti i prodhimit|viti i publikimit|viti i daljes|viti",
        directors="regjisori|regjisorja|regjisorë|regjisorët|regjia|regjisor|regjisore",
        writers="skenari",
        cast="aktorët kryesorë|kasti|në rolet kryesore|interpretuesit|aktorët|luajnë",
        countries="shteti|vendi",
        genres="zhanri|zhanre",
        runtime="kohëzgjatje|zgjatja|kohëzgjatja",
        languages="gjuha",
        synopsis="përmbledhja|sinopsi|subjekti|rreth filmit|përshkrimi|përmbledhje",
        release="premiera",
        editing="montazhi",
        music="muzika",
        original_title="titulli origjinal",
    ),
    directed_by=split(
        # many sites write Albanian without "ë": "me regji te"
        "regjisuar nga|i regjisuar nga|e regjisuar nga|me regjisor|filmi i regjisorit|"
        "filmi i regjisores|me regji të|me regji te|regji nga|regjia nga|një film nga|"
        "nje film nga|film nga|"
        "nën regjinë e|nen regjine e|regjia e|"
        # "Regjinë e ka bërë A": "the direction was made by A"
        "regjinë e ka bërë|regjine e ka bere|regjinë e bëri|regjine e beri"
    ),
    starring=split(
        "me protagonistë|protagonistë|në rolet kryesore luajnë|aktor kryesor|aktori kryesor|"
        "aktorja kryesore|aktore kryesore|aktor|aktore|aktores|"
        "aktorit|me aktorët|në rolet kryesore|në rolin kryesor|interpretojnë|luajnë|aktori|"
        "aktorja|aktorët"
    ),
    director_nouns=split("regjisori|regjisorja|regjisor|regjisore"),
    first_person=split("unë|kemi"),
    minutes=split("min|minuta"),
    hours=split("orë"),
    colour_words=split("me ngjyra|bardh e zi"),
    genres=genre_table(
        **{"Children's Film": "film për fëmijë"},
        Feature_Film="film artistik",
        Drama="dramë|dramatik|dramatike",
        Comedy="komedi",
        Documentary="dokumentari|dokumentar",
        Horror="tmerri|horror",
        Thriller="triller|thriller",
        Animation="vizatimor|film vizatimor|animacion|film i animuar",
        Romance="romantike|romantik",
        Action="aksioni|aksion",
        Science_Fiction="fantastiko-shkencor|fantastiko-shkencore|distopik|distopike|fantashkencë",
        Fantasy="fantazi",
        War="luftë",
        Music="muzikor|muzikal",
        Biography="biografik|biografi",
        History="historike|historik",
        Family="familjar",
        Adventure="aventurë|aventura",
        Melodrama="melodramë",
        Crime="policor|policore|krim|kriminal",
        Short="film i shkurtër|metrazh i shkurtër",
        Road_Movie="road movie",
        Black_Comedy="komedi e zezë",
        Tragicomedy="tragjikomedi|tragjikomik",
        Romantic_Comedy="komedi romantike",
        Western="western|vestern",
        Historical_Drama="dramë historike",
        Mystery="misteri",
        War_Drama="dramë lufte",
    ),
    conjunctions=split("dhe"),
    production_words=split("prodhim"),
    film_plurals=split("filmat|filmave"),
    institution_words=split(
        "festival*|institut*|akademi*|çmim*|arkiv*|shkoll*|fondacion*|qend*|javë*|ditët|kategori*"
    ),
    film_words=split("film|filmi|filmin|filmit"),
    #: "filmi i Blerta Basholli": the possessor after the linking article
    film_of=split("i|e|të"),
    is_a=split("është një"),
    months=split("janar|shkurt|mars|prill|maj|qershor|korrik|gusht|shtator|tetor|nëntor|dhjetor"),
    titled=split("me titull"),
    plays=split("në rolin e"),
    event_words=split(
        "premier*|shfaqje*|shfaq*|festival*|në kinema|kinema*|bileta*|sot|sonte|konkurs*|program*"
    ),
    story_words=split(
        "histori*|rrëfen|tregon|ndjek|jeta|jetë|jetën|jetës|jeton|i ri|e re|të rinj|grua|"
        "gruaja|vajz*|djal*|famil*|babai|nëna|nën*|vëlla*|motr*|burri|burrë|burrin|burrit|"
        "bashkëshort*|dashuri*|mik|miku|mikun|miqt|shok*|zbulon|vendos|duhet|fshat*|qytet*"
    ),
    notice_words=split("covid*|koronavirus*|pandemi*|të gjitha të drejtat"),
    quote_in=split("në|për|te|tek"),
    critic_roles=split("kritikja|kritikët|kritik|kritiku"),
    genre_endings=split("a|i|e|ja|në|t|ve|it|in|ës|së"),
    acting_words=split("luan|interpreton|në rolin|aktorja më e mirë|aktori më i mirë"),
    lead_words=split("në rolin kryesor|rolin kryesor"),
    coproduction_words=split("bashkëprodhim|bashkprodhim"),  # "bashkëprodhimi"
    release_verbs=split("publikua|publikuar|premierë|xhiruar|realizuar|shfaq"),
    year_words=split("vitin|vitit|në vitin"),
    comment_headings=split("komente"),
    speech_verbs=split(
        "shkruan|shkroi|tha|thotë|vlerëson|vlerësoi|shton|shtoi|përshkruan|përshkroi"
    ),
    quote_according=split("sipas"),
    read_also=split("lexo edhe|lexo më shumë|lexoni edhe|lexo gjithashtu"),
    other_words=split(
        "të tjera|tjetër|më shumë|të ngjashme|të lidhura|të fundit|më të fundit|e ardhshme|"
        "e mëparshme|të rekomanduara"
    ),
    section_headings=split("recension|kritika|vlerësimi|lajme|lajmet e fundit"),
    genre_adjectives=genre_table(Drama="dramatik"),
    unstemmed_genres=split("vestern"),
    plays_own=split("si"),
    role_of=split("luajtur nga|interpretuar nga|i interpretuar nga|e interpretuar nga"),
    year_from=split("i vitit|e vitit|të vitit"),
)
