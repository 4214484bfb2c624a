"""Estonian."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="et",
    nationalities=coded(SU="nõukogude"),
    country_names=coded(
        GB_ENG="inglismaa", SU="nõukogude liit|nsvl", CS="tšehhoslovakkia", YU="jugoslaavia"
    ),
    role_endings=split("na"),
    labels=table(
        title="pealkiri",
        original_title="originaalpealkiri",
        year="aasta|tootmisaasta",
        release="esilinastus",
        directors="lavastajad|režissöör|lavastaja|režii|režissöörid",
        writers="stsenaarium|stsenarist",
        cast="osades|näitlejad|peaosades|osatäitjad|peaosatäitjad",
        cinematography="operaator",
        editing="montaaž",
        music="muusika",
        producers="produtsent",
        countries="riik|tootjariik",
        genres="žanr|žanrid",
        runtime="kestus|pikkus",
        languages="keel",
        synopsis="sisukokkuvõte|sisu|filmist|kirjeldus|lühikirjeldus|süžee",
        awards="auhinnad",
    ),
    directed_by=split("rež.|lav.|režissöör|lavastanud|lavastas"),
    directed_after=split("lavastatud|lavastuses"),
    starring=split(
        "näitleja|näitlejad|osades|peaosades|peaosas|osatäitjad|mängivad|kehastavad|kehastab|"
        "peaosa täidab|peaosi täidavad|peaosa mängib"
    ),
    director_nouns=split("režissöör|lavastaja|filmitegija|dokumentalist|režissöörid"),
    first_person=split("mina|minu|meie"),
    minutes=split("min|minutit|minut"),
    hours=split("h|tundi|tund|tunni"),
    months=split(
        "jaanuar|veebruar|märts|aprill|mai|juuni|juuli|august|september|oktoober|"
        "november|detsember|veebr|dets"
    ),
    colour_words=split("värviline|mustvalge"),
    genres=genre_table(
        Feature_Film="mängufilm|täispikk mängufilm",
        Drama="draama",
        Short="lühifilm",
        Comedy="komöödia",
        Documentary="dokumentaalfilm|dokumentaal|dokumentaalne",
        Horror="õudus|õudusfilm",
        Thriller="põnevusfilm|põnevik|triller",
        Animation="animatsioon|animafilm|joonisfilm|animeeritud",
        Romance="romantika|romantiline",
        Action="märul|märulifilm",
        Crime="krimi|kriminaalfilm|kriminaal",
        Science_Fiction="ulme|ulmefilm|teadusulme|düstoopia|antiutoopia",
        Fantasy="fantaasia|fantaasiafilm",
        War="sõjafilm|sõda",
        War_Drama="sõjadraama",
        Satire="satiir",
        Music="muusikal|muusika",
        Biography="elulooline|elulugu",
        History="ajalooline|ajalugu",
        Family="perefilm",
        Adventure="seiklus|seiklusfilm",
        Mystery="müsteerium",
        Black_Comedy="must komöödia",
        Tragicomedy="tragikomöödia|tragikoomiline",
        Family_Drama="perekonnadraama",
        Melodrama="melodraama",
        Western="vestern",
        **{"Children's Film": "lastefilm"},
        Road_Movie="teekonnafilm|road movie",
        Romantic_Comedy="romantiline komöödia",
        Historical_Drama="ajalooline draama",
        Psychological_Thriller="psühholoogiline põnevik",
    ),
    conjunctions=split("ja|ning"),
    production_words=split("toodang"),
    film_plurals=split("filmid|filmide|filmidest"),
    institution_words=split(
        "festival*|filmifestival*|instituut*|akadeemia*|auhin*|arhiiv*|kool*|sihtasutus*|"
        "keskus*|nädal*|kategooria*"
    ),
    film_words=split("film|mängufilm|filmi"),
    genitive_endings=split("i|e|a|u|se"),
    review_words=split("arvustus"),
    titled=split("nimega"),
    plays=split("mängib"),
    speech_verbs=split(
        "kirjutab|kirjutas|ütles|ütleb|lisas|lisab|märkis|märgib|sõnas|kommenteeris|kommenteerib|"
        "nentis|tõdes|leidis|leiab|selgitas|selgitab|kiitis|kiidab|hindas|hindab|arvustas|arvab|"
        "arvas"
    ),
    role_of=split("keda mängib|keda kehastab|keda mängis|keda kehastas"),
    event_words=split(
        "esilinastu*|linastu*|seanss*|festival*|kinodes|kinos|pilet*|täna|täna õhtul|"
        "võistlusprogramm*|programm*|kinolevi*"
    ),
    story_words=split(
        "lugu|loo|lugu*|jutusta*|räägib|jälgib|elu|elab|noor|noore|noored|noorte|noormees*|"
        "naine|naise*|tüdruk*|poiss*|poisi*|pere*|perekon*|isa|ema|poeg|tütar|vend|õde|"
        "abikaasa|armastus*|sõbra*|sõber|avastab|otsustab|peab|küla*|linn*|peategelan*|"
        "tegelan*"
    ),
    notice_words=split(
        "rohkem kui viis aastat vana|covid*|koroona*|pandeemia*|kõik õigused kaitstud|"
        "tellige|uudiskiri*|meie arhiivi*"
    ),
    critic_roles=split("kriitiku|arvustaja|filmikriitiku|kriitik|filmikriitik"),
    year_from=split("tehtud|valminud"),
    quote_pronouns=split("ta|tema"),
    genre_endings=split("a|i|t|d|ks|s|st|le|l|lt|ga|na|iks|id|te|de|sse"),
    acting_words=split("mängib|kehastab|osatäitmine|parim naisnäitleja|parim meesnäitleja"),
    lead_words=split("peaosas|peaosatäitja"),
    release_verbs=split("linastu|valmis|esilinastu"),
    year_words=split("aastal|aasta"),
    year_marks=split("a"),
    comment_headings=split("kommentaarid|kommentaar|kommentaarium"),
    other_words=split(
        "teised|teisi|muud|veel|rohkem|seotud|uusimad|viimased|värskeimad|järgmine|eelmine|"
        "sarnased|soovitatud|loetuimad"
    ),
    section_headings=split("arvustus|arvamus|kokkuvõte|hinnang|loe ka|uudised"),
    press_words=split("kriitikud|arvustajad"),
    rating_words=split("lubatud kõigile|pere|ms|k|l|vanusepiirang|aastat"),
    ticket_words=split("piletid|pilet|osta|osta pilet|hind|sissepääs"),
    loading_words=split("laadimine|laadib"),
    genre_adjectives=genre_table(Drama="dramaatiline"),
    unstemmed_genres=split("vestern"),
)
