"""Bosnian (Latin script; Croatian and Serbian are :mod:`indexer.lang.hr` and
:mod:`indexer.lang.sr`)."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, coded, genre_table, split, table

DATA = Language(
    critic_roles=split(
        "kritičara|kritičarke|filmskog kritičara|kritičar|kritičarka|filmski kritičar"
    ),
    code="bs",
    nationalities=coded(
        SU="sovjetski|sovjetskog|sovjetskom|sovjetska|sovjetske|sovjetsku",
        YU="jugoslovenski|jugoslovenskog|jugoslovenskom|jugoslovenska|jugoslovenske|jugoslavenski|jugoslavenskog|jugoslavenska",
    ),
    quote_pronouns=split("on|ona"),
    first_person=split("ja"),
    country_names=coded(
        MK="macedonija",
        BA="bih",
        NL="holandija",
        SU="sovjetski savez|sssr",
        CS="čehoslovačka",
        YU="jugoslavija",
    ),
    labels=table(
        title="naslov",
        original_title="originalni naslov",
        year="godina|godina proizvodnje",
        directors="režija|režiser|režiserka|režiseri|reditelj|rediteljica|redatelj|rediteljka",
        writers="scenarij|scenario",
        cast="uloge|glumci|glavne uloge|u ulogama|glume|igraju",
        music="muzika",
        producers="producent|producenti",
        countries="zemlja|država",
        genres="žanr|žanrovi",
        runtime="trajanje",
        languages="jezik",
        synopsis="sinopsis|sadržaj|radnja|o filmu",
        ignore="budžet|distributer",
    ),
    directed_by=split(
        "u režiji|režija|režiju potpisuje|režiju filma potpisuje|režiju je potpisao|"
        "režiju je potpisala|režirao|režirala|režirali|rež.|film je režirao|film je režirala"
    ),
    starring=split(
        "glumac|glumica|glumci|u glavnim ulogama|u ulogama|glume|igraju|uloge tumače|"
        "ulogu tumači|glavne uloge tumače"
    ),
    plays=split("u ulozi|kao"),
    role_of=split("kojeg igra|koju igra|koga igra|kojeg glumi|koju glumi"),
    director_nouns=split("režiser|reditelj|rediteljica|režiserka"),
    minutes=split("min|minuta|minute"),
    hours=split("h|sat|sata|sati"),
    months=cldr_months("bs"),
    colour_words=split("u boji|c/b|crno-bijeli"),
    genres=genre_table(
        **{"Children's Film": "dječiji film|dječji film"},
        Feature_Film="igrani film|dugometražni igrani film",
        Drama="drama",
        Fiction="fikcija|igrani",
        Short="kratki film|kratkometražni",
        Comedy="komedija",
        Documentary="dokumentarni|dokumentarac",
        Horror="horor",
        Thriller="triler",
        Animation="animirani|animacija|crtani film",
        Romance="romansa|romantični|romantična|ljubavni",
        Action="akcija|akcijski|akciona|akcioni",
        Crime="kriminalistički",
        Tragicomedy="tragikomedija|tragikomičan|tragikomična|tragikomični",
        Satire="satira",
        Black_Comedy="crna komedija",
        Historical_Drama="historijska drama",
        Political_Thriller="politički triler",
        Political_Drama="politička drama",
        Science_Fiction="naučna fantastika|naučnofantastični|naučno-fantastični|distopija",
        Fantasy="fantazija",
        Adventure="avanturistički|pustolovni",
        War="ratni",
        War_Drama="ratna drama",
        Western="vestern",
        Music="mjuzikl|muzički",
        Family="porodični",
        Biography="biografski",
        History="historijski",
        Melodrama="melodrama",
        Psychological_Thriller="psihološki triler",
        Psychological_Drama="psihološka drama|psihodrama",
        Road_Movie="film ceste|road movie",
        Romantic_Comedy="romantična komedija",
        Mystery="misterija",
        Family_Drama="porodična drama",
        Biopic="biografska drama",
    ),
    conjunctions=split("i"),
    year_from=split("iz|iz godine"),
    production_words=split("produkcij"),
    film_plurals=split("filmovi|filmova|filmove|filmovima"),
    institution_words=split(
        "festival*|institut*|akademij*|nagrad*|arhiv*|škol*|fond*|centar|centra|sedmic*|dani|"
        "kategorij*"
    ),
    film_words=split("film|filma"),
    genitive_endings=split("a|e|og"),
    genitive_after=True,
    new_film_nouns=split(
        "ostvarenje|ostvarenja|ostvarenju|uradak|uratka|prvijenac|prvijenca|prvijencu"
    ),
    possessive_adjective_endings=split(
        "ov|ova|ovo|ovog|ovoga|ovom|ovu|ovi|ove|ovih|ovim|ev|eva|evo|evog|evoga|evom|evu|"
        "evi|eve|evih|evim|in|ina|ino|inog|inoga|inom|inu|ini|ine|inih|inim"
    ),
    review_words=split("recenzija"),
    event_words=split(
        "premijer*|projekcij*|prikazan*|festival*|takmičarsk*|u kinima|ulaznic*|danas|"
        "večeras|program*"
    ),
    story_questions=split("o čemu se radi|o čemu govori film"),
    story_words=split(
        "prič*|prati|život*|živi|mlad*|žen*|djevojk*|dječak*|mladić*|porodic*|otac|oca|majk*|"
        "sin|sina|kćer*|brat|brata|sestr*|muž*|ljubav*|prijatelj*|otkriva|odluči|mora|selo|"
        "sela|grad|grada|gradu|gradić*|glavni lik*|likovi|junak*|junakinj*|protagonist*"
    ),
    notice_words=split("covid*|koronavirus*|pandemij*|sva prava zadržana"),
    quote_in=split("u|za|iz"),
    film_openings=split("to je|ovo je"),
    speech_verbs=split(
        "pišu|pisao|pisala|ocijenio|ocijenila|opisuje|opisao|opisala|naziva|nazvao|nazvala|hvali|"
        "zaključuje|zaključio|zaključila|tvrdi|navode|smatraju|kažu|ističu|napisali|"
        "piše|kaže|ističe|prema|napisao|napisala|rekao|rekla|dodaje|dodao|dodala|smatra|ocjenjuje|"
        "navodi"
    ),
    genre_endings=split("a|e|i|o|u|om|em|ama|ima|ih|im|oj|og|ogu|ov|ovi|ove|ova"),
    acting_words=split("glumi|tumači|u ulozi|najbolja glumica|najbolji glumac"),
    lead_words=split("u glavnoj ulozi|glavnu ulogu|u naslovnoj ulozi|naslovnu ulogu"),
    relative_pronouns=split("koji|koja"),
    release_verbs=split("snimljen|objavljen|prikazan|premijerno"),
    year_words=split("godine|godini"),
    year_marks=split("g|god"),
    comment_headings=split("komentari|komentar"),
    coproduction_words=split("zajednička produkcija|zajedničke produkcije"),
    # langdetect knows no Bosnian: it names Croatian
    kin=("hr",),
    quote_according=split("prema|po mišljenju|po riječima|kako piše"),
    other_words=split(
        "ostal*|više|povezan*|slično|slične|najnovij*|posljednje|sljedeć*|prethodn*|preporučen*|"
        "najčitanij*"
    ),
    section_headings=split(
        "recenzija|ocjena|zaključak|mišljenje|pročitajte još|najnovije vijesti|vijesti"
    ),
    press_words=split("kritičari"),
    genre_adjectives=genre_table(Drama="dramatičan|dramatična|dramatični"),
    unstemmed_genres=split("vestern|romansa"),
)
