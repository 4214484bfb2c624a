"""Basque."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    function_words=split(
        "eta|ere|bat|dira|zen|izan|baina|ez|dute|zuen|ditu|honek|beste|izango|egin|ondoren|"
        "berri|bere|hau|hori|oso|edo|baino|arte|gabe|behar"
    ),
    code="eu",
    country_names=coded(SU="sobietar batasuna|sesb", CS="txekoslovakia"),
    labels=table(
        title="izenburua",
        original_title="jatorrizko izenburua",
        year="ekoizpen urtea|estreinaldi urtea|urtea",
        directors="zuzendaria|zuzendaritza|zuzendariak",
        writers="gidoia|gidoilaria",
        cast="protagonistak|antzezleak|aktoreak|antzezlea|aktore nagusiak",
        cinematography="argazkia",
        editing="muntaketa",
        music="musika",
        producers="ekoizlea|ekoizpena",
        countries="herrialdea|herrialdeak",
        genres="generoa|generoak",
        runtime="luzera|iraupena",
        languages="hizkuntza|jatorrizko bertsioa",
        synopsis="argumentua|filmari buruz|sinopsia|laburpena",
        awards="sariak",
    ),
    directed_by=split("zuz.|zuzendutako"),
    starring=split("antzezleak|protagonistak|aktore|aktorea|aktoreek|aktoreak"),
    starring_after=split("aktore|aktoreek|aktoreak|aktoreen"),
    director_nouns=split("zuzendaria|zinemagile|zinemagilea"),
    directed_after=split(
        "zuzendutako|zuzendu du|zuzendu zuen|zuzendu dute|zuzendu zuten|zinemagileak|zinemagilea|"
        "zinemagile|zuzendariak|zuzendaria"
    ),
    first_person=split("nik|guk|nire|gure"),
    minutes=split("min|minutu|minutuko"),
    hours=split("h|ordu"),
    months=split(
        "urtarrila|otsaila|martxoa|apirila|maiatza|ekaina|uztaila|abuztua|iraila|"
        "urria|azaroa|abendua"
    ),
    colour_words=split("kolorea|koloretan|zuri-beltz|zuri-beltzean"),
    genres=genre_table(
        **{"Children's Film": "haurrentzako filma"},
        Feature_Film="fikziozko filma",
        Drama="drama",
        Fiction="fikzioa|fikziozko",
        Short="film laburra|laburmetraia",
        Comedy="komedia",
        Documentary="dokumental|dokumentalak|dokumentala",
        Horror="beldurrezko",
        Thriller="thriller|thrillerra",
        Animation="animazio|animaziozko",
        Romance="erromantiko|erromantikoa",
        Action="akzio|akziozko|ekintzazko",
        Science_Fiction="distopia|distopikoa|zientzia fikzio|zientzia-fikzio",
        Fantasy="fantasiazko|fantasia",
        War="gerra",
        Western="western",
        Music="musikala",
        Biography="biopic|biografia|biografikoa",
        History="historiko|historikoa",
        Family="familia",
        Adventure="abentura|abenturazko",
        Mystery="misteriozko|misterio",
        Melodrama="melodrama",
        Crime="poliziakoa|krimena",
        Road_Movie="road movie",
        Black_Comedy="komedia beltza",
        Tragicomedy="tragikomedia|tragikomiko",
        Romantic_Comedy="komedia erromantikoa",
        Historical_Drama="drama historikoa",
        War_Drama="gerra drama",
    ),
    conjunctions=split("eta"),
    production_words=split("ekoizpen"),
    film_plurals=split("filmak|pelikulak"),
    institution_words=split(
        "jaialdi*|zinemaldi*|institutu*|akademi*|sari*|artxibo*|eskola*|fundazio*|zentro*|aste*|"
        "kategoria*"
    ),
    film_words=split(
        "filma|pelikula|film|filmean|pelikulan|filmaren|filmak|filmeko|pelikularen|pelikulak"
    ),
    review_words=split("kritika"),
    event_words=split(
        "estreinal*|emanaldi*|proiekzio*|jaialdi*|zinemaldi*|zinemetan|aretoetan|sarrera*|"
        "gaur|gaur gauean|lehiaketa*|egitarau*"
    ),
    story_words=split(
        "istorio*|kontatzen|kontatzen du|jarraitzen|bizitza*|bizi da|gazte*|emakume*|neska*|"
        "mutil*|familia*|aita*|ama|amak|seme|semea|semeak|semearen|alaba*|anai*|arreba*|"
        "maitasun*|lagun*|aurkitu*|erabaki*|herri*"
    ),
    notice_words=split("artxibo*|covid*|koronabirus*|pandemia*|eskubide guztiak erreserbatuta"),
    critic_roles=split("kritikaria"),
    #: the genitive "-(r)en" of the possessor written before the word for film ("Mikel
    #: Ruedaren bigarren film luzea": Mikel Rueda's second feature film)
    genitive_endings=split("aren|ren|en"),
    genre_endings=split("a|ak|ari|aren|an|ko|az|ekin|etan|tik|ren"),
    acting_words=split("antzezten du|paperean|aktore onena"),
    release_verbs=split("kaleratu|estreinatu|estreinaldia|filmatu"),
    year_words=split("urteko|urtean"),
    comment_headings=split("iruzkinak"),
    genre_everyday_words=split("misterio|fantasia"),
    lead_words=split("paper nagusia|paper nagusian|protagonista"),
    year_endings=split("ko|eko"),
)
