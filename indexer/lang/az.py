"""Azerbaijani (Latin script)."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, coded, genre_table, split, table

DATA = Language(
    critic_roles=split("tənqidçi|kinotənqidçi"),
    code="az",
    country_names=coded(SU="sovet ittifaqı|sssr", CS="çexoslovakiya", YU="yuqoslaviya"),
    labels=table(
        title="filmin adı",
        original_title="orijinal adı",
        year="istehsal ili|buraxılış ili",
        directors="rejissor|rejissoru|rejissorlar|quruluşçu rejissor",
        writers="ssenari|ssenari müəllifi",
        cast="rollarda|baş rollarda|aktyorlar|əsas rollarda|rolları ifa edir|ifaçılar",
        music="musiqi|bəstəkar",
        producers="prodüser",
        countries="ölkə",
        genres="janr|janrlar",
        runtime="müddət",
        languages="dil",
        synopsis="məzmun|süjet|film haqqında|qısa məzmun",
        ignore="büdcə",
    ),
    starring=split(
        "baş rollarda|rollarda|aktyor|aktrisa|aktyorlar|əsas rollarda|baş rolda|baş rolun ifaçısı|"
        "əsas rolların ifaçıları|rolların ifaçıları|rolları ifa edir|rolları ifa edirlər"
    ),
    starring_after=split("canlandırıb|canlandırıblar"),
    # "rejissorluğunu Emil Abdullayevin etdiyi film": the directing (accusative), as
    # Turkish "yönetmenliğini … yaptığı"
    directed_by=split("rejissorluğunu|quruluşçu rejissorluğunu"),
    director_nouns=split("rejissor|quruluşçu rejissor|rejissoru|filmin rejissoru"),
    # "Rüfət Əsədovun rejissorluğu ilə": under the direction of (the name in the genitive, kept
    # as written); "Eldar Quliyev quruluş verdi": staged it
    directed_after=split(
        "rejissorluğu ilə|quruluşu ilə|quruluş verdi|quruluş verib|quruluş verdiyi|"
        "quruluş vermişdir"
    ),
    # "Eldar Quliyev özü quruluş verdi": "himself" after the name
    postpositions=split("özü"),
    first_person=split("mən|mənim|bizim"),
    minutes=split("dəqiqə|dəq|dəqiqəlik"),
    hours=split("saat"),
    months=cldr_months("az", skip="sen"),
    colour_words=split("rəngli|ağ-qara"),
    genres=genre_table(
        **{"Children's Film": "uşaq filmi"},
        Feature_Film="bədii film|tammetrajlı bədii film",
        Fiction="bədii",
        Drama="dram|kinodram",
        Comedy="komediya",
        Documentary="sənədli",
        Horror="qorxu|qorxu filmi",
        Thriller="triller",
        Animation="cizgi filmi|animasiya",
        Crime="kriminal",
        Romance="romantik",
        Adventure="macəra",
        Science_Fiction="elmi fantastika|fantastika|distopiya|antiutopiya",
        Fantasy="fentezi",
        Action="döyüş filmi|ekşn",
        War="müharibə",
        Music="musiqili|müzikl",
        Family="ailə filmi",
        Biography="bioqrafik",
        Detective="detektiv",
        History="tarixi",
        Short="qısametrajlı",
        Melodrama="melodram",
        Road_Movie="road movie",
        Black_Comedy="qara komediya",
        Tragicomedy="tragikomediya|tragikomik",
        Romantic_Comedy="romantik komediya",
        Western="vestern",
        Historical_Drama="tarixi dram|tarixi drama",
        Psychological_Thriller="psixoloji triller",
    ),
    conjunctions=split("və"),
    film_plurals=split("filmlər*"),
    institution_words=split(
        "festival*|institut*|akademiya*|mükafat*|arxiv*|məktəb*|fond*|mərkəz*|həftə*|günləri*|"
        "kateqoriya*"
    ),
    film_words=split("film|filmi"),
    #: the genitive of the possessor before the word for film: "Rafiq Əliyevin filmi"
    genitive_endings=split("ın|in|un|ün|nın|nin|nun|nün"),
    event_words=split(
        "premyera*|nümayiş*|festival*|kinoteatr*|bilet*|bu gün|bugün|bu axşam|müsabiqə*|proqram*"
    ),
    story_words=split(
        "hekayə*|danışır|izləyir|həyat*|yaşayır|gənc*|qadın*|qız*|oğlan*|ailə*|atası|"
        "atasının|anası|anasının|oğlu*|qızı*|qardaş*|bacı*|arvad*|sevgi*|məhəbbət*|dost*|"
        "kəşf*|qərar*|kənd*|şəhər*"
    ),
    notice_words=split("covid*|koronavirus*|pandemiya*|bütün hüquqlar qorunur"),
    genre_endings=split(
        "ı|i|u|ü|nı|ni|na|nə|da|də|dan|dən|nın|nin|sı|si|lar|lər|ları|ləri|dır|dir|sına|sinə"
    ),
    acting_words=split("rolunda|oynayır|canlandırır|ən yaxşı aktrisa|ən yaxşı aktyor"),
    release_verbs=split("premyera|nümayiş|çəkilib|çəkilmiş|ekranlara|buraxdı|buraxılıb"),
    year_words=split("ildə|ili|il"),
    year_endings=split("ci|cı|cu|cü"),
    comment_headings=split("şərhlər|şərh yaz"),
    #: the patronymic written after the name in lower case ("Rasim oğlu"): part of it
    patronymics=split("oğlu|qızı|оғлу|гызы"),
    genre_adjectives=genre_table(Drama="dramatik"),
    unstemmed_genres=split("vestern"),
)
