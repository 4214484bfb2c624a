"""Lithuanian."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="lt",
    nationalities=coded(
        SU="sovietinis|sovietinio|sovietinė|sovietinės|tarybinis|tarybinio|tarybinė|tarybinės"
    ),
    quote_pronouns=split("jis|ji"),
    country_names=coded(
        HK="honkongas",
        GB_ENG="anglija",
        NL="olandija",
        SU="sovietų sąjunga|tarybų sąjunga|tsrs",
        CS="čekoslovakija",
        YU="jugoslavija",
    ),
    labels=table(
        title="pavadinimas",
        original_title="originalus pavadinimas",
        year="metai",
        release="premjera",
        directors="režisieriai|režisierius|režisierė|režisieriai|režisūra",
        writers="scenarijus|scenarijaus autorius",
        cast="vaidina|aktoriai|pagrindiniai vaidmenys",
        cinematography="operatorius",
        editing="montažas",
        music="muzika",
        producers="prodiuseris|prodiuserė",
        countries="šalis|šalys",
        genres="žanras|žanrai",
        runtime="trukmė",
        languages="kalba",
        synopsis="aprašymas|siužetas|apie filmą|turinys|anotacija",
        awards="apdovanojimai",
    ),
    starring=split(
        "vaidina|pagrindinius vaidmenis atlieka|vaidmenis atlieka|pagrindiniame vaidmenyje|"
        "aktorius|aktorė|aktoriai|aktorės|filme vaidina|vaidmenis sukūrė"
    ),
    director_nouns=split("režisierius|režisierė|režisier|režisieriaus"),
    first_person=split("aš|esame|esam|mums|mūsų"),
    minutes=split("min|minutės|minučių|minutė"),
    hours=split("val|h|valandos|valanda|valandų"),
    months=split(
        "sausis|vasaris|kovas|balandis|gegužė|birželis|liepa|rugpjūtis|rugsėjis|spalis|"
        "lapkritis|gruodis|sausio|vasario|kovo|balandžio|gegužės|birželio|liepos|"
        "rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio|saus|geg|birž|liep|rugp|rugs|spal|"
        "lapkr|gruod"
    ),
    colour_words=split("spalvotas|nespalvotas"),
    genres=genre_table(
        **{"Children's Film": "vaikų filmas"},
        Feature_Film="vaidybinis filmas",
        Fiction="vaidybinis",
        Drama="drama",
        Short="trumpametražis filmas|trumpametražis",
        Comedy="komedija",
        Documentary="dokumentinis|dokumentinis filmas|dokumentika",
        Horror="siaubo filmas",
        Thriller="trileris",
        Animation="animacinis|animacija",
        Romance="romantinis|romantinė",
        Action="veiksmo filmas|veiksmo",
        Crime="kriminalinis",
        Science_Fiction="mokslinė fantastika|mokslinės fantastikos|distopija|antiutopija",
        War="karinis|karo filmas",
        War_Drama="karo drama",
        Detective="detektyvas",
        Western="vesternas",
        Music="miuziklas|muzikinis",
        Biography="biografinis|biografija|biografinė",
        History="istorinis|istorinė",
        Family="šeimos",
        Adventure="nuotykių|nuotykiai",
        Black_Comedy="juodoji komedija",
        Tragicomedy="tragikomedija|tragikomiškas|tragikomiška",
        Melodrama="melodrama",
        Fantasy="fantastinis",
        Road_Movie="kelio filmas|road movie",
        Romantic_Comedy="romantinė komedija",
        Historical_Drama="istorinė drama",
        Psychological_Thriller="psichologinis trileris",
    ),
    conjunctions=split("ir"),
    cinema_words=split("kino"),
    production_words=split("gamybos"),
    film_plurals=split("filmai|filmų|filmus"),
    institution_words=split(
        "festival*|kino festival*|institut*|akademij*|premij*|apdovanojim*|archyv*|mokykl*|"
        "fond*|centr*|savait*|kategorij*"
    ),
    film_words=split("filmas|filmą|filmo|juosta|juostą|juostos|juostoje"),
    this_words=split("šis|ši|šio|šios|šį|šią|šiame|šioje"),
    genitive_endings=split("o|io|ės|os|aus"),
    directed_by=split("rež.|režisavo"),
    review_words=split("recenzija"),
    titled=split("pavadinimu"),
    speech_verbs=split(
        "rašo|rašė|parašė|teigia|teigė|sako|sakė|pažymi|pažymėjo|pabrėžia|pabrėžė|priduria|pridūrė|"
        "vertina|įvertino|tvirtina|tvirtino"
    ),
    event_words=split(
        "premjer*|seans*|rodomas|rodys|festival*|kino teatr*|kino teatruose|kinuose|bilietai|"
        "bilietų|šiandien|šįvakar|konkurs*|programoj*|programa|ekranus|ekraną|ekrane"
    ),
    story_words=split(
        "istorij*|pasakoja|seka|gyvenim*|gyvena|jaun*|moter*|mergin*|mergait*|berniuk*|"
        "vaikin*|šeim*|tėv*|motin*|mama|mamą|mamos|sūn*|dukr*|brol*|sesuo|seserį|sesers|"
        "seserys|vyr*|žmon*|meilė|meilę|meilės|draug*|atrand*|sužino|nusprendž*|turi|kaim*|"
        "miest*|pagrindinis herojus|herojus|herojė|veikėj*"
    ),
    notice_words=split("covid*|koronavirus*|pandemij*|visos teisės saugomos"),
    critic_roles=split(
        "kritikas|kritikė|kino kritikas|kino kritikė|recenzentas|recenzentė|"
        "kino kritiko|kino kritikės|kritikės|recenzento|recenzentės"
    ),
    outlet_kinds=split(
        "žurnalas|žurnale|žurnalo|laikraštis|laikraštyje|laikraščio|dienraštis|dienraštyje|"
        "dienraščio|savaitraštis|savaitraštyje|portalas|portale|portalo"
    ),
    genre_endings=split(
        "as|ai|o|ą|ui|e|ų|us|os|a|ė|ės|ei|ę|ių|is|io|į|iai|ose|oje|ams|oms|ais|uose|iais"
    ),
    genre_stem_endings=split("as|is|ys|us|a|ė"),
    acting_words=split("vaidina|suvaidino|vaidmenį|geriausia aktorė|geriausias aktorius"),
    lead_words=split("pagrindinį vaidmenį|pagrindiniame vaidmenyje"),
    relative_pronouns=split("kuris|kuri"),
    release_verbs=split("pasirodė|išleistas|sukurtas|sukurta|nufilmuotas"),
    year_words=split("metais|metų"),
    year_of=split("m.|metų"),
    comment_headings=split("komentarai"),
    other_words=split(
        "kiti|kitos|kitų|daugiau|susij*|naujausi*|ankstesn*|panaš*|rekomenduojam*|skaitomiausi*"
    ),
    section_headings=split("recenzija|įvertinimas|verdiktas|skaitykite taip pat|naujienos"),
    genre_adjectives=genre_table(Drama="dramatiškas|dramatiška"),
    genre_everyday_words=split("istorija"),
)
