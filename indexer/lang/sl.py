"""Slovenian."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="sl",
    country_names=coded(SU="sovjetska zveza|sssr|zsss", CS="češkoslovaška", YU="jugoslavija"),
    quote_pronouns=split("on|ona"),
    labels=table(
        title="naslov|naslov filma",
        original_title="izvirni naslov",
        year="leto|leto izida|leto nastanka|leto produkcije",
        directors="režiserji|režija|režiser|režiserka",
        writers="scenarij",
        cast="igrajo|vloge|igralci|igralska zasedba|zasedba|nastopajo|v glavnih vlogah",
        cinematography="fotografija|kamera",
        editing="montaža",
        music="glasba",
        producers="producent|produkcija",
        countries="država|države",
        genres="žanr|žanri|zvrst",
        runtime="dolžina|trajanje",
        languages="jezik",
        synopsis="vsebina|sinopsis|kratka vsebina|o filmu",
        awards="nagrade",
    ),
    directed_by=split(
        "v režiji in po scenariju|po scenariju in v režiji|v režiji|režija|režiral|režirala|rež.|"
        "film je režiral|film je režirala|režijo podpisuje|režijo je podpisal|režijo je podpisala"
    ),
    starring=split(
        "igralec|igralka|igralci|igrajo|v glavnih vlogah|v glavni vlogi|v vlogah|nastopajo|igrata|"
        "nastopata|v glavnih vlogah nastopajo|v glavnih vlogah igrajo"
    ),
    director_nouns=split("režiser|režiserka|dokumentarist|dokumentaristka"),
    first_person=split("jaz"),
    minutes=split("min|minut|minuta|minuti|minute"),
    hours=split("h|ur|ura|uri|ure"),
    months=split(
        "januar|februar|marec|april|maj|junij|julij|avgust|september|oktober|november|december|avg"
    ),
    colour_words=split("barvni|barvno|čb|črno-bel|črno-belo"),
    genres=genre_table(
        **{"Children's Film": "otroški film"},
        Feature_Film="igrani film|celovečerni igrani film",
        Drama="drama",
        Fiction="fikcija|igrani",
        Short="kratki film|kratkometražni",
        Comedy="komedija",
        Documentary="dokumentarni",
        Horror="grozljivka|horor",
        Thriller="srhljivka|triler",
        Animation="animirani|animacija|animirani film|risanka",
        Romance="romantični|ljubezenski",
        Action="akcijski",
        Crime="kriminalka|kriminalni",
        Science_Fiction="znanstvena fantastika|znanstvenofantastični|znanstveno-fantastični|"
        "distopija",
        Fantasy="fantazijski|fantazija|fantazijska",
        War="vojni",
        War_Drama="vojna drama",
        Family_Drama="družinska drama",
        Biopic="biografska drama",
        Music="muzikal|glasbeni",
        Biography="biografski",
        History="zgodovinski",
        Family="družinski",
        Adventure="pustolovski",
        Mystery="misterij|misterijska srhljivka",
        Tragicomedy="tragikomedija|tragikomičen|tragikomična",
        Satire="satira",
        Black_Comedy="črna komedija",
        Romantic_Comedy="romantična komedija",
        Historical_Drama="zgodovinska drama",
        Political_Thriller="politični triler",
        Political_Drama="politična drama",
        Melodrama="melodrama",
        Western="vestern",
        Psychological_Thriller="psihološki triler|psihološka srhljivka",
        Psychological_Drama="psihološka drama|psihodrama",
        Road_Movie="film ceste|road movie",
        Parody="parodija",
    ),
    conjunctions=split("in"),
    year_from=split("iz leta|iz"),
    production_words=split("produkcij"),
    film_plurals=split("filmov|filmih"),
    institution_words=split(
        "festival*|institut*|akademij*|nagrad*|arhiv*|šol*|sklad*|center|centra|centru|društvo|društva|društvu|"
        "teden|tedna|dnev*|kategorij*"
    ),
    film_words=split("film|filmu|filma"),
    genitive_endings=split("a|e|ega|ja"),
    genitive_after=True,
    new_film_nouns=split("novost|novosti|prvenec|prvenca|prvencu"),
    possessive_adjective_endings=split(
        "ov|ova|ovo|ovega|ovem|ovim|ovi|ove|ovih|ev|eva|evo|evega|evem|evim|evi|eve|evih|"
        "in|ina|ino|inega|inem|inim|ini|ine|inih"
    ),
    titled=split("naslovom"),
    plays=split("v vlogi"),
    plays_own=split("kot"),
    review_words=split("recenzija"),
    by=split("rež."),
    speech_verbs=split(
        "pišejo|napisal|napisala|zapisal|zapisala|je ocenil|je ocenila|ocenjuje|menijo|pravijo|"
        "je dejal|je dejala|hvali|je pohvalil|je pohvalila|opisuje|je opisal|je opisala|poudarja|"
        "je poudaril|je poudarila|ugotavlja|je ugotovil|je ugotovila|"
        "piše|pravi|je zapisal|je zapisala|zapiše|meni|dodaja|je dodal|je dodala|je rekel|"
        "je rekla|po mnenju"
    ),
    event_words=split(
        "premier*|projekcij*|festival*|tekmovaln*|v kinih|v kinu|vstopnic*|danes|nocoj|program*"
    ),
    story_questions=split("o čem govori film|za kaj gre"),
    story_words=split(
        "zgodb*|pripoveduje|spremlja|življenj*|živi|mlad*|žensk*|dekle*|deklic*|fant|fanta|"
        "fantu|fantje|družin*|oče|očet*|mati|mater*|sin|sina|hči|hčer*|brat|brata|sestr*|"
        "mož*|žen*|ljubez*|prijatelj*|odkrije|odloči|mora|vas|vasi|mesto|mesta|mestu|mestece|"
        "otroštv*|glavni junak*|junak*|junakinj*|protagonist*"
    ),
    notice_words=split("covid*|koronavirus*|pandemij*|vse pravice pridržane"),
    quote_in=split("v|za|pri|iz"),
    name_suffixes=split("ml.|st.|jr."),
    respectively=split("po vrsti"),
    critic_roles=split(
        "kritika|recenzent|recenzentka|filmska kritičarka|kritik|kritičarka|filmski kritik"
    ),
    award_words=split("najboljši|najboljša"),
    # the forms no Slovak word shares ("slovenský", "slovenská", "slovenské" are Slovak)
    nationalities=coded(
        SI="slovenski|slovenskega|slovenskem|slovenskih|slovenskim|slovenskima",
        SU="sovjetski|sovjetskega|sovjetska|sovjetske",
        YU="jugoslovanski|jugoslovanskega|jugoslovanska|jugoslovanske",
    ),
    genre_endings=split("a|e|i|o|u|om|em|ih|im|ami|ov|ega|emu"),
    acting_words=split("igra|upodobi|v vlogi|najboljša igralka|najboljši igralec"),
    lead_words=split("v glavni vlogi|glavno vlogo"),
    relative_pronouns=split("ki"),
    release_verbs=split("posnet|izšel|premierno|premiero"),
    year_words=split("leta|letu"),
    comment_headings=split("komentarji"),
    quote_according=split("po mnenju|po besedah|kot piše|kot pravi"),
    other_words=split(
        "drugi|druge|drugo|več|povezan*|podobn*|najnovejš*|zadnje|naslednj*|prejšnj*|priporočen*|"
        "najbolj bran*"
    ),
    section_headings=split(
        "recenzija|ocena|mnenje|sklep|preberite še|preberite tudi|objavljeno|zadnje novice|novice"
    ),
    press_words=split("kritiki"),
    rating_words=split("primerno za vse|od|let|starostna omejitev"),
    ticket_words=split("vstopnice|vstopnica|kupi|rezervacija|cena|vstop prost"),
    loading_words=split("nalaganje"),
    genre_adjectives=genre_table(Drama="dramatičen"),
    unstemmed_genres=split("vestern|parodija"),
)
