"""Croatian (Bosnian is :mod:`indexer.lang.bs`)."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="hr",
    nationalities=coded(
        SU="sovjetski|sovjetskog|sovjetskom|sovjetska|sovjetske|sovjetsku",
        YU="jugoslavenski|jugoslavenskog|jugoslavenskom|jugoslavenska|jugoslavenske|jugoslavensku",
    ),
    quote_pronouns=split("on|ona"),
    country_names=coded(
        YU="jugoslavija",
        MK="makedonija",
        GB="velika britanija|velika britanija i sjeverna irska",
        NL="holandija",
        SU="sovjetski savez|sssr",
        CS="čehoslovačka",
    ),
    labels=table(
        title="naslov|naslov filma",
        original_title="originalni naslov|izvorni naslov",
        year="godina|godina proizvodnje|godina izlaska",
        release="premijera",
        directors="redatelji|režija|redatelj|redateljica|režiser|redateljice|režiserka",
        writers="scenarij|scenarist",
        cast="uloge|glume|glumci|u ulogama|glavne uloge",
        cinematography="fotografija|snimatelj",
        editing="montaža",
        music="glazba",
        producers="producent|producentica|produkcija",
        countries="zemlja|država|zemlja proizvodnje",
        genres="žanr|žanrovi",
        runtime="trajanje",
        languages="jezik",
        synopsis="sinopsis|radnja|sadržaj|o filmu|kratki sadržaj",
        awards="nagrade",
    ),
    directed_by=split(
        "u režiji|redatelja|redateljice|režija|režirao|režirala|režirali|rež.|režiju potpisuje|"
        "režiju filma potpisuje|režiju potpisuju|režiju je potpisao|režiju je potpisala|"
        "režiju su potpisali|"
        "film je režirao|film je režirala"
    ),
    starring=split(
        "glumac|glumica|glumci|glume|u glavnim ulogama|u ulogama|u glavnoj ulozi|nastupaju|"
        "uloge tumače|ulogu tumači|glavne uloge tumače"
    ),
    director_nouns=split(
        "redatelj|redateljica|redateljice|redatelja|redateljicom|redateljicu|dokumentarist|"
        "dokumentaristica"
    ),
    minutes=split("min|minuta|minute|minutu"),
    hours=split("h|sat|sata|sati"),
    months=split(
        "siječanj|veljača|ožujak|travanj|svibanj|lipanj|srpanj|kolovoz|rujan|listopad|"
        "studeni|prosinac|siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|"
        "kolovoza|rujna|listopada|studenoga|prosinca|velj|ožu"
    ),
    colour_words=split("boja|u boji|c/b|crno-bijeli"),
    genres=genre_table(
        **{"Children's Film": "dječji film"},
        Feature_Film="igrani film|dugometražni igrani film",
        Drama="drama",
        Fiction="fikcija|igrani",
        Short="kratki film|kratkometražni",
        Comedy="komedija",
        Documentary="dokumentarni|dokumentarac",
        Horror="horor",
        Thriller="triler",
        Animation="animirani|animacija",
        Romance="romantični|ljubavni",
        Action="akcijski",
        Crime="kriminalistički|krimić",
        Science_Fiction="znanstvena fantastika|znanstvenofantastični|znanstveno-fantastični|"
        "distopija|"
        "antiutopija",
        Fantasy="fantazija",
        War="ratni",
        War_Drama="ratna drama",
        Music="mjuzikl|glazbeni|mjuzikal",
        Biography="biografski",
        Biopic="biografska drama",
        History="povijesni",
        Family="obiteljski",
        Adventure="pustolovni|avanturistički",
        Family_Drama="obiteljska drama",
        Mystery="misterij",
        Tragicomedy="tragikomedija|tragikomičan|tragikomična|tragikomični",
        Satire="satira|satirični",
        Black_Comedy="crna komedija",
        Romantic_Comedy="romantična komedija",
        Historical_Drama="povijesna drama",
        Political_Thriller="politički triler",
        Political_Drama="politička drama",
        Melodrama="melodrama",
        Western="vestern",
        Psychological_Thriller="psihološki triler",
        Psychological_Drama="psihološka drama|psihodrama",
        Road_Movie="film ceste|road movie",
        Parody="parodija",
        Silent="nijemi film",
    ),
    conjunctions=split("i"),
    year_from=split("iz|iz godine"),
    production_words=split("produkcij"),
    film_plurals=split("filmovi|filmova|filmove|filmovima"),
    institution_words=split(
        "festival*|institut*|akademij*|nagrad*|arhiv*|škol*|zaklad*|centar|centra|centru|"
        "centrom|udrug*|savez*|tjed*|dani|kategorij*"
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
    titled=split("nazivom|naslovom"),
    by=split("redatelj|rež."),
    review_words=split("recenzija"),
    plays=split("u ulozi|glumi|tumači"),
    role_of=split("kojeg igra|koju igra|koga igra|kojeg glumi|koju glumi|kojeg tumači|koju tumači"),
    first_person=split("ja"),
    speech_verbs=split(
        "pišu|pisao|pisala|ocijenio|ocijenila|opisuje|opisao|opisala|naziva|nazvao|nazvala|hvali|"
        "pohvalio|pohvalila|zaključuje|zaključio|zaključila|tvrdi|tvrdio|tvrdila|navode|smatraju|"
        "kažu|ističu|napisali|istaknuli|"
        "piše|kaže|ističe|prema|napisao|napisala|rekao|rekla|istaknuo|istaknula|istakao|dodaje|"
        "dodao|dodala|smatra|ocjenjuje|navodi|naveo|navela"
    ),
    event_words=split(
        "premijer*|projekcij*|prikazan*|prikazuje se|festival*|natjecateljsk*|u kinima|"
        "u kino|ulaznic*|danas|večeras|program*|revij*"
    ),
    story_questions=split("o čemu se radi|o čemu govori film|o čemu je film"),
    story_words=split(
        "prič*|priča|prati|život*|živi|mlad*|žen*|djevojk*|djevojčic*|dječak*|mladić*|"
        "obitelj*|otac|oca|majk*|sin|sina|kćer*|brat|brata|sestr*|muž*|supru*|ljubav*|"
        "prijatelj*|otkriva|odluči|mora|selo|sela|grad|grada|gradu|gradić*|djetinjstv*|"
        "zaljubljuje|glavni lik*|likovi|junak*|junakinj*|protagonist*"
    ),
    notice_words=split("covid*|koronavirus*|pandemij*|sva prava pridržana"),
    quote_in=split("u|za|iz"),
    name_suffixes=split("ml.|st."),
    respectively=split("redom|redoslijedom"),
    critic_roles=split(
        "kritičara|kritičarke|filmskog kritičara|filmska kritičarka|recenzent|recenzentica|"
        "kritičar|kritičarka|filmski kritičar"
    ),
    award_words=split("najbolji|najbolja|najboljeg|najbolju"),
    read_also=split("pročitajte i|pročitajte još"),
    film_openings=split("to je|ovo je"),
    genre_endings=split("a|e|i|o|u|om|em|ama|ima|ih|im|oj|og|ogu|ov|ovi|ove|ova"),
    acting_words=split("glumi|tumači|u ulozi|najbolja glumica|najbolji glumac"),
    lead_words=split("u glavnoj ulozi|glavnu ulogu|u naslovnoj ulozi|naslovnu ulogu"),
    relative_pronouns=split("koji|koja|čija|čiji"),
    not_fact_labels=split(
        "lokacij*|snimano|snimljen*|snimanje|mjesto|roden*|prava|dostupno|sinkroniz*|verzij*"
    ),
    this_words=split("ova|ovaj|ovoj|ovom|ovu|ove|ovog|ovoga"),
    release_verbs=split("snimljen|objavljen|prikazan|premijerno"),
    year_words=split("godine|godini"),
    year_marks=split("g|god"),
    comment_headings=split("komentari|komentar"),
    coproduction_words=split("zajednička produkcija|zajedničke produkcije"),
    quote_according=split("prema|po mišljenju|po riječima|kako piše|kako navodi"),
    other_words=split(
        "ostal*|više|povezan*|slično|slične|najnovij*|posljednje|sljedeć*|prethodn*|preporučen*|"
        "najčitanij*"
    ),
    section_headings=split(
        "recenzija|naša recenzija|ocjena|presuda|zaključak|mišljenje|pročitajte još|pročitajte i|"
        "najnovije vijesti|vijesti|objavljeno"
    ),
    press_words=split("kritičari"),
    rating_words=split("za sve uzraste|od|godina|dobna granica"),
    ticket_words=split(
        "ulaznice|ulaznica|kupi|kupi ulaznicu|rezervacija|cijena|ulaz|besplatan ulaz"
    ),
    loading_words=split("učitavanje"),
    genre_adjectives=genre_table(Drama="dramatičan|dramatična|dramatični"),
    unstemmed_genres=split("vestern|parodija"),
)
