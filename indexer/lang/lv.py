"""Latvian."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="lv",
    nationalities=coded(SU="padomju"),
    quote_pronouns=split("viņš|viņa"),
    country_names=coded(
        HK="honkonga",
        GB_ENG="anglija",
        NL="holande",
        SU="padomju savienība|psrs",
        CS="čehoslovākija",
        YU="dienvidslāvija",
    ),
    labels=table(
        title="nosaukums",
        original_title="oriģinālais nosaukums",
        year="gads",
        release="pirmizrāde",
        directors="režisors|režisore|režisori|režija",
        writers="scenārijs|scenārija autors",
        cast="lomās|aktieri|galvenajās lomās",
        cinematography="operators",
        editing="montāža|montāžas režisors|montāžas režisore",
        sound="skaņa|skaņu režisors|skaņu režisore",
        music="mūzika",
        producers="producents",
        countries="valsts|valstis",
        genres="žanrs|žanri",
        runtime="garums|ilgums",
        languages="valoda",
        synopsis="sižets|apraksts|par filmu|saturs|anotācija",
        awards="balvas",
    ),
    starring=split("aktieris|aktrise|aktieri|lomās|galvenajās lomās|galvenajā lomā|filmā piedalās"),
    director_nouns=split("režisors|režisore|režisor"),
    first_person=split("es|mēs|mans|mana|mūsu"),
    minutes=split("min|minūtes|minūtēs|minūšu|minūte"),
    hours=split("h|st|stundas|stunda"),
    months=split(
        "janvāris|februāris|marts|aprīlis|maijs|jūnijs|jūlijs|augusts|septembris|"
        "oktobris|novembris|decembris|janv|febr|jūn|jūl"
    ),
    colour_words=split("krāsains|melnbalts"),
    genres=genre_table(
        Feature_Film="spēlfilma|mākslas filma",
        Drama="drāma",
        Short="īsfilma",
        Comedy="komēdija",
        Documentary="dokumentālā filma|dokumentāls|dokumentālā|dokumentālo",
        Horror="šausmu filma|šausmas|šausmu",
        Thriller="trilleris|trillers",
        Animation="animācija|animācijas filma|animācijas|animēta|animētā",
        Romance="romantika|romantiska|romantiskā|romantisks|romantiskais",
        Crime="kriminālfilma|krimināldrāma|kriminālā",
        Detective="detektīvs|detektīvfilma",
        Science_Fiction="zinātniskā fantastika|zinātniskās fantastikas|distopija|antiutopija",
        Fantasy="fantāzija",
        War="kara filma",
        War_Drama="kara drāma",
        Satire="satīra",
        Western="vesterns",
        Music="mūzikls",
        Biography="biogrāfija|biogrāfisks|biogrāfiska|biogrāfiskā",
        History="vēsturiska|vēsturiskā|vēsturisks|vēsturiskais",
        Family="ģimenes filma",
        Adventure="piedzīvojumu|piedzīvojumi",
        Mystery="mistērija",
        Action="asa sižeta",
        Black_Comedy="melnā komēdija",
        Tragicomedy="traģikomēdija|traģikomisks|traģikomiska",
        Melodrama="melodrāma",
        Road_Movie="ceļa filma|road movie",
        Romantic_Comedy="romantiskā komēdija",
        Historical_Drama="vēsturiskā drāma",
        Psychological_Thriller="psiholoģiskais trilleris",
        Sports="sports|sporta",
    ),
    conjunctions=split("un"),
    cinema_words=split("kino"),
    production_words=split("ražojum"),
    film_plurals=split("filmām|filmās"),
    institution_words=split(
        "festivāl*|kinofestivāl*|institūt*|akadēmij*|balv*|arhīv*|skol*|fond*|centr*|nedēļ*|"
        "kategorij*"
    ),
    film_words=split("filma|filmu"),
    coproduction_words=split("kopražojum"),
    genitive_endings=split("a|as|es|us"),
    directed_by=split("rež.|režisējis|režisējusi"),
    # "Jāņa Bērziņa režijā": in the direction of (the name in the genitive, kept as written)
    directed_after=split("režijā"),
    review_words=split("recenzija"),
    titled=split("ar nosaukumu"),
    plays=split("atveido"),
    plays_own=split("kā"),
    speech_verbs=split(
        "raksta|rakstīja|uzrakstīja|saka|teica|atzīmē|atzīmēja|uzsver|uzsvēra|piebilst|piebilda|"
        "norāda|norādīja|uzskata|uzskatīja|raksturo|raksturoja"
    ),
    event_words=split(
        "pirmizrād*|seans*|demonstrē*|festivāl*|kinoteātr*|kino|biļet*|šodien|šovakar|"
        "konkurs*|programm*"
    ),
    story_words=split(
        "stāst*|vēsta|seko|dzīv*|jaun*|sieviet*|meiten*|zēn*|ģimen*|tēv*|māt*|dēl*|meit*|"
        "brāl*|mās*|vīr*|mīlest*|draug*|atklāj|nolemj|jāt|ciemat*|pilsēt*"
    ),
    notice_words=split("covid*|koronavīrus*|pandēmij*|visas tiesības aizsargātas"),
    critic_roles=split("kritiķa|kritiķes|kritiķis|kritiķe|kinokritiķis|kinokritiķe"),
    outlet_kinds=split(
        "žurnāls|žurnālā|žurnāla|laikraksts|laikrakstā|laikraksta|portāls|portālā|portāla"
    ),
    genre_endings=split("a|as|ai|u|ā|s|i|os|ām|ās|e|es|ē|ei|ēm|ēs|am|ajā|us|iem"),
    genre_stem_endings=split("s|is|us|š|a|e"),
    acting_words=split("tēlo|atveido|lomā|labākā aktrise|labākais aktieris"),
    lead_words=split("galvenajā lomā|galveno lomu"),
    relative_pronouns=split("kurš|kura"),
    release_verbs=split("iznāca|iznākusi|izlaista|uzņemta|uzņemts"),
    year_words=split("gadā|gada"),
    year_marks=split("g"),
    comment_headings=split("komentāri"),
    other_words=split(
        "citi|citas|vairāk|saistīt*|jaunākie|jaunākās|nākamais|nākamā|iepriekšējais|iepriekšējā|"
        "līdzīgi|līdzīgie|ieteicam*|lasītākie"
    ),
    section_headings=split("recenzija|vērtējums|lasi arī|ziņas"),
    press_words=split("kritiķi"),
    genre_adjectives=genre_table(Drama="dramatisks"),
)
