"""Welsh."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, coded, genre_table, split, table

DATA = Language(
    critic_roles=split("beirniad|beirniad ffilm|adolygydd"),
    code="cy",
    quote_pronouns=split("ef"),
    first_person=split("fi|fy|rydw|rwyf|rwy"),
    country_names=coded(
        GB="y deyrnas unedig|prydain",
        GB_WLS="cymru",
        GB_ENG="lloegr",
        GB_SCT="yr alban",
        GB_NIR="gogledd iwerddon",
    ),
    labels=table(
        title="teitl",
        year="blwyddyn rhyddhau|blwyddyn",
        directors="cyfarwyddwraig|cyfarwyddwr|cyfarwyddwyr|cyfarwyddo",
        writers="awdur|sgript|sgriptiwr",
        cast="cast|prif actorion|actorion",
        music="cerddoriaeth",
        producers="cynhyrchydd|cynhyrchwyr",
        countries="gwlad",
        runtime="amser rhedeg|hyd y ffilm|hyd",
        languages="iaith",
        synopsis="am y ffilm|plot|crynodeb",
        ignore="cyllideb|dosbarthwr",
        genres="genre",
    ),
    directed_by=split(
        "wedi’i gyfarwyddo gan|wedi’i chyfarwyddo gan|wedi’w gyfarwyddo gan|wedi'w gyfarwyddo gan|"
        "wedi’u cyfarwyddo gan|wedi'u cyfarwyddo gan|a gyfarwyddwyd gan|dan gyfarwyddyd|"
        "o dan gyfarwyddyd|gyfarwyddwyd gan|ffilm gan|cyfarwyddwyd gan|wedi'i gyfarwyddo gan|"
        "wedi ei gyfarwyddo gan|"
        "wedi'i chyfarwyddo gan|wedi ei chyfarwyddo gan|wedi eu cyfarwyddo gan"
    ),
    starring=split(
        "yn y prif rannau|yn y brif ran|yn y brif rôl|yn serennu|yr actores|yr actor|actores"
    ),
    starring_after=split("sy'n serennu|sy’n serennu|sydd yn serennu"),
    conjunctions=split("a|ac"),
    plays=split("fel"),
    director_nouns=split("cyfarwyddwraig|cyfarwyddwr"),
    minutes=split("munud"),
    hours=split("awr"),
    months=cldr_months("cy", skip="ion"),
    colour_words=split("lliw|du a gwyn"),
    genres=genre_table(
        **{"Children's Film": "ffilm i blant"},
        Feature_Film="ffilm nodwedd",
        Drama="drama|ddrama|nrama",
        Comedy="comedi|gomedi|nghomedi|chomedi",
        Documentary="dogfen|rhaglen ddogfen",
        Horror="arswydus|arswyd",
        Crime="trosedd|drosedd",
        Animation="animeiddiedig|cartŵn|animeiddio",
        Romance="ramant|rhamantus|ramantus|rhamant|rhamantaidd",
        Thriller="gyffro|thriller|cyffro|ias a chyffro",
        War="rhyfel|ryfel",
        History="hanesyddol",
        Fantasy="ffantasi",
        Adventure="hantur|antur",
        Music="sioe gerdd|cerddoriaeth|gerddoriaeth|cerddorol|gerddorol",
        Science_Fiction="wyddonias|ffuglen wyddonol",
        Family="teulu",
        Biography="bywgraffiad|bywgraffiadol",
        Short="ffilm fer",
        Road_Movie="road movie",
        Mystery="ddirgelwch|dirgelwch",
        Sports="chwaraeon",
        Fiction="ffuglen",
    ),
    film_plurals=split("ffilmiau"),
    institution_words=split(
        "gŵyl|wyl|sefydliad|academi|gwobr*|archif|ysgol|cronfa|canolfan|wythnos"
    ),
    film_words=split("ffilm"),
    #: "ffilm Gymraeg gan Euros Lyn": the maker after "gan" ("by")
    film_of=split("gan"),
    review_words=split("adolygiad"),
    event_words=split(
        "première|dangosiad*|dangosir|gŵyl|sinema*|tocynnau|heddiw|heno|cystadleu*|rhaglen*"
    ),
    story_words=split(
        "stori|straeon|adrodd|dilyn|bywyd|byw|ifanc|menyw|merch|bachgen|teulu|tad|mam|mab|"
        "brawd|chwaer|gŵr|gwraig|cariad|ffrind*|darganfod|penderfynu|pentref|tref"
    ),
    notice_words=split("covid*|coronafeirws|pandemig|cedwir pob hawl"),
    speech_verbs=split("ysgrifennodd|meddai|dywedodd|disgrifiodd"),
    quote_in=split("yn|i|ar gyfer"),
    quote_according=split("yn ôl"),
    acting_words=split("yn chwarae|actores orau|actor gorau"),
    release_verbs=split("ryddhawyd|rhyddhau|ryddhau|rhyddhawyd|ffilmiwyd"),
    year_words=split("flwyddyn"),
    comment_headings=split("sylwadau"),
    genre_everyday_words=split("dirgelwch"),
    lead_words=split("yn y brif ran|y brif ran|yn y brif rôl|y brif rôl"),
)
