"""Serbian (Cyrillic and Latin script)."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="sr",
    nationalities=coded(
        SU="совјетски|совјетског|совјетска|совјетске|sovjetski|sovjetskog|sovjetska|sovjetske",
        YU="југословенски|југословенског|југословенска|југословенске|jugoslovenski|jugoslovenskog|jugoslovenska|jugoslovenske",
    ),
    quote_pronouns=split("on|ona|он|она"),
    country_names=coded(
        YU="југославија|jugoslavija",
        GB="велика британија",
        HK="хонгконг",
        NL="холандија|holandija",
        SU="совјетски савез|sovjetski savez|sssr",
        CS="чехословачка|čehoslovačka",
    ),
    labels=table(
        title="наслов|naslov",
        original_title="оригинални наслов|originalni naslov",
        year="година|godina",
        release="премијера|premijera",
        directors="режисери|reditelji|редитељи|режија|режисер|reditelj|rediteljka|režija|режисерка|редитељ|"
        "režiser|režiserka|režiseri|редитељка",
        writers="сценарио|scenario|scenarista",
        cast="улоге|uloge|глуме|glume|глумци|glumci|главне улоге|glavne uloge|у улогама|u ulogama",
        cinematography="фотографија|snimatelj|direktor fotografije",
        editing="монтажа|montaža",
        music="музика|muzika",
        producers="продуцент|producent",
        countries="земља|zemlja|држава|država",
        genres="жанр|žanr|жанрови|žanrovi",
        runtime="трајање|trajanje",
        languages="језик|jezik",
        synopsis="синопсис|sinopsis|радња|radnja|садржај|sadržaj|о филму|o filmu",
        awards="награде|nagrade",
    ),
    directed_by=split(
        "у режији|u režiji|režija|режија|режирао|режирала|režirao|režirala|редитеља|"
        "reditelja|rež.|реж.|režiju potpisuje|režiju filma potpisuje|режију потписује|"
        "режију филма потписује|režiju je potpisao|režiju je potpisala|режију је потписао|"
        "режију је потписала|film je režirao|film je režirala|филм је режирао|филм је режирала"
    ),
    starring=split(
        "glumac|glumica|glumci|глумац|глумица|глумци|у улогама|u ulogama|glumci|глуме|"
        "у главним улогама|u glavnim ulogama|у главној улози|u glavnoj ulozi|играју|"
        "igraju|uloge tumače|ulogu tumači|glavne uloge tumače|улоге тумаче|улогу тумачи|"
        "главне улоге тумаче"
    ),
    director_nouns=split(
        "reditelj|rediteljka|режисер|редитељ|режисерка|režiser|документариста|dokumentarista|"
        "režiserka|редитељка"
    ),
    minutes=split("min|минута|minuta|мин|минуте|minute|минут|minut"),
    hours=split("h|сат|sat|сати|sati"),
    months=split(
        "јануар|фебруар|март|април|мај|јун|јул|август|септембар|октобар|новембар|"
        "децембар|januar|februar|mart|april|maj|jun|jul|avgust|septembar|oktobar|"
        "novembar|decembar|јан|феб|мар|апр|авг|сеп|окт|нов|дец"
    ),
    colour_words=split("колор|у боји|ц/б|црно-бели|crno-beli|u boji"),
    genres=genre_table(
        **{"Children's Film": "дечји филм|dečji film"},
        Feature_Film="играни филм|igrani film",
        Drama="драма|drama",
        Fiction="fikcija|играни|igrani",
        Short="кратки филм|кратки играни филм|kratki film|kratkometražni",
        Comedy="комедија|komedija",
        Documentary="документарни|dokumentarni|документарац",
        Horror="хорор|horor",
        Thriller="трилер|triler",
        Animation="анимирани|animirani|анимација|animacija",
        Romance="романтични|romantični|љубавни|ljubavni",
        Action="акциони|akcioni",
        Crime="криминалистички|kriminalistički|крими|krimi",
        Science_Fiction="научна фантастика|naučna fantastika|научнофантастични|naučnofantastični|"
        "научно-фантастични|naučno-fantastični|дистопија|distopija|антиутопија|antiutopija",
        Fantasy="фантазија|fantazija",
        War="ратни|ratni",
        War_Drama="ратна драма|ratna drama",
        Western="вестерн|vestern",
        Music="мјузикл|mjuzikl|музички|muzički|мјузикал|mjuzikal",
        Biography="биографски|biografski",
        Biopic="биографска драма|biografska drama",
        History="историјски|istorijski",
        Family="породични|porodični",
        Adventure="авантуристички|avanturistički",
        Mystery="мистерија|misterija",
        Tragicomedy="трагикомедија|tragikomedija|трагикомичан|трагикомична|tragikomičan|tragikomična",
        Satire="сатира|satira",
        Black_Comedy="црна комедија|crna komedija",
        Romantic_Comedy="романтична комедија|romantična komedija",
        Historical_Drama="историјска драма|istorijska drama",
        Political_Thriller="политички трилер|politički triler",
        Political_Drama="политичка драма|politička drama",
        Melodrama="мелодрама|melodrama",
        Psychological_Thriller="психолошки трилер|psihološki triler",
        Psychological_Drama="психолошка драма|psihološka drama",
        Road_Movie="филм пута|film puta|роуд муви|road movie",
        Parody="пародија|parodija",
    ),
    conjunctions=split("и|i"),
    year_from=split("iz|iz godine|из|из године"),
    production_words=split("produkcij|продукциј"),
    film_plurals=split("filmovi|filmova|filmove|filmovima|филмови|филмова|филмове|филмовима"),
    institution_words=split(
        "festival*|фестивал*|institut*|институт*|akademij*|академиј*|nagrad*|наград*|arhiv*|"
        "архив*|škol*|школ*|fond*|фонд*|centar|centra|центар|центра|udruženj*|удружењ*|nedelj*|"
        "недељ*|dani|дани|kategorij*|категориј*"
    ),
    film_words=split("филм|филма|film|filma"),
    genitive_endings=split("а|е|ог|a|e|og"),
    genitive_after=True,
    new_film_nouns=split(
        "ostvarenje|ostvarenja|ostvarenju|prvenac|prvenca|остварење|остварења|остварењу|првенац|"
        "првенца"
    ),
    possessive_adjective_endings=split(
        "ov|ova|ovo|ovog|ovoga|ovom|ovu|ovi|ove|ovih|ovim|ev|eva|evo|evog|evoga|evom|evu|"
        "evi|eve|evih|evim|in|ina|ino|inog|inoga|inom|inu|ini|ine|inih|inim|ов|ова|ово|"
        "овог|овога|овом|ову|ови|ове|ових|овим|ев|ева|ево|евог|евога|евом|еву|еви|еве|"
        "евих|евим|ин|ина|ино|иног|инога|ином|ину|ини|ине|иних|иним"
    ),
    titled=split("називом|nazivom"),
    by=split("режија|rež.|реж."),
    review_words=split("рецензија|recenzija"),
    plays=split("у улози|u ulozi|глуми|glumi|тумачи|tumači"),
    plays_own=split("као"),
    role_of=split(
        "кога игра|коју игра|кога глуми|коју глуми|кога тумачи|коју тумачи|"
        "koga igra|koju igra|koga glumi|koju glumi|koga tumači|koju tumači"
    ),
    first_person=split("ja"),
    speech_verbs=split(
        "pišu|pisao|pisala|ocenio|ocenila|opisuje|opisao|opisala|naziva|nazvao|nazvala|hvali|"
        "pohvalio|pohvalila|zaključuje|zaključio|zaključila|tvrdi|navode|smatraju|kažu|ističu|"
        "napisali|istakli|пише|каже|истиче|написао|написала|рекао|рекла|додаје|сматра|наводи|"
        "према|оценио|оценила|"
        "piše|kaže|ističe|napisao|napisala|rekao|rekla|istakao|istakla|dodaje|dodao|dodala|smatra|"
        "ocenjuje|navodi|naveo|navela|prema"
    ),
    event_words=split(
        "премијер*|пројекциј*|приказан*|приказиваће|фестивал*|такмичарск*|у биоскоп*|"
        "биоскопима|улазниц*|карте|данас|вечерас|програм*|premijer*|projekcij*|prikazan*|"
        "prikazivaće|takmičarsk*|u bioskop*|bioskopima|ulaznic*|večeras"
    ),
    story_questions=split("o čemu se radi|o čemu govori film|о чему се ради|о чему говори филм"),
    story_words=split(
        "прич*|прати|живот*|живи|млад*|жен*|девојк*|девојчиц*|дечак*|момак|момка|породиц*|"
        "отац|оца|мајк*|син|сина|ћерк*|брат|брата|сестр*|муж*|супру*|љубав*|пријатељ*|откри*|"
        "одлучи|мора|село|села|град*|детињств*|заљубљује|portret*|портрет*|porodic*|devojk*|"
        "dečak*|momak|ćerk*|главни лик*|лик*|јунак*|јунакињ*|glavni lik*|likovi|junak*|"
        "junakinj*|protagonist*"
    ),
    notice_words=split(
        "covid*|корона*|пандемиј*|сва права задржана|korona*|pandemij*|sva prava zadržana"
    ),
    quote_in=split("u|za|iz|у|за|из"),
    name_suffixes=split("ml.|st.|мл.|ст."),
    respectively=split("redom|redosledom|редом"),
    critic_roles=split(
        "kritičara|kritičarke|filmskog kritičara|критичара|"
        "kritičar|критичар|filmski kritičar|филмски критичар"
    ),
    award_words=split("najbolji|najbolja|најбољи|најбоља"),
    read_also=split("pročitajte i|прочитајте и|pročitajte još"),
    film_openings=split("то је|ово је|to je|ovo je"),
    genre_endings=split(
        "a|e|i|o|u|om|em|ama|ima|ih|im|oj|og|ogu|ov|ovi|ove|ova|а|е|и|о|у|ом|ем|ама|има|их|им|ој|"
        "ог|огу|ови|ове|ова"
    ),
    acting_words=split(
        "glumi|tumači|u ulozi|najbolja glumica|najbolji glumac|глуми|тумачи|у улози|"
        "најбоља глумица|најбољи глумац"
    ),
    lead_words=split(
        "u glavnoj ulozi|glavnu ulogu|u naslovnoj ulozi|naslovnu ulogu|у главној улози|главну улогу"
    ),
    relative_pronouns=split("koji|koja|који|која"),
    not_fact_labels=split(
        "lokacij*|snimano|snimljen*|snimanje|mesto|roden*|prava|dostupno|sinhroniz*|verzij*|"
        "локациј*|снимано|снимљен*|снимање|место|рођен*|права|доступно|синхрониз*|верзиј*"
    ),
    this_words=split("ova|ovaj|ovoj|ovom|ovu|ove|ovog|ovoga|ова|овај|овој|овом|ову|ове|овог|овога"),
    release_verbs=split("snimljen|prikazan|premijerno|снимљен|приказан|премијерно"),
    year_words=split("godine|године|godini|години"),
    year_marks=split("g|god|год"),
    year_of=split("godine|године|g.|г."),
    comment_headings=split("коментари|komentari"),
    coproduction_words=split(
        "заједничка продукција|заједничке продукције|zajednička produkcija|zajedničke produkcije"
    ),
    # langdetect knows no Serbian: it names Croatian for a page in Latin letters
    kin=("hr",),
    quote_according=split("prema|po mišljenju|po rečima|kako piše|према|по речима"),
    other_words=split(
        "ostal*|više|povezan*|slično|najnovij*|sledeć*|prethodn*|preporučen*|najčitanij*|остал*|"
        "више|повезан*|слично|најновиј*|следећ*|претходн*|препоручен*|најчитаниј*"
    ),
    section_headings=split(
        "recenzija|ocena|zaključak|mišljenje|pročitajte još|najnovije vesti|vesti|рецензија|оцена|"
        "вести"
    ),
    press_words=split("kritičari|критичари"),
    rating_words=split("за све узрасте|од|година|za sve uzraste|od|godina"),
    ticket_words=split("улазнице|улазница|карте|купи|цена|ulaznice|ulaznica|karte|kupi|cena"),
    loading_words=split("учитавање|učitavanje"),
    genre_adjectives=genre_table(Drama="dramatičan|dramatična|dramatični"),
    unstemmed_genres=split("parodija"),
    genre_everyday_words=split("istorija|историја"),
)
