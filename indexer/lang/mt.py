"""Maltese."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    critic_roles=split("kritiku"),
    code="mt",
    starring=split(
        "bil-parteċipazzjoni ta’|bil-parteċipazzjoni ta'|bis-sehem ta’|bis-sehem ta'|"
        "fir-rwol prinċipali|fl-irwol prinċipali|l-attur|l-attriċi|l-atturi|bl-atturi|attriċi"
    ),
    labels=table(
        title="titlu",
        year="sena tal-produzzjoni|sena tal-ħruġ|sena",
        directors="reġista|diretturi|dirett minn|direttur|direzzjoni",
        writers="kittieb|xenarju",
        cast="kast|l-atturi|atturi",
        music="mużika",
        producers="produttur",
        countries="pajjiżi|pajjiż",
        genres="ġeneri|ġeneru",
        languages="lingwa",
        synopsis="plott|il-plott|dwar il-film|storja|sinopsi|sommarju",
        ignore="baġit|distributur",
        # language coverage audit: a field the module had no label for
        runtime="tul tal-film|durata",
    ),
    directed_by=split(
        "diretta minn|diretti minn|reġija ta’|reġija ta'|bid-direzzjoni ta’|bid-direzzjoni ta'|"
        "dirett minn|b’direzzjoni ta’|b'direzzjoni ta'|taħt id-direzzjoni ta’|"
        "taħt id-direzzjoni ta'|id-direzzjoni ta’|id-direzzjoni ta'"
    ),
    director_nouns=split(
        "id-diretturi|id-direttriċi|direttriċi|id-direttur|direttur|ir-reġista|reġista"
    ),
    first_person=split("jien|aħna"),
    minutes=split("minuti"),
    hours=split("siegħa|sigħat"),
    months=cldr_months("mt", skip="fra|set|ott"),
    colour_words=split("kulur|iswed u abjad"),
    genres=genre_table(
        Drama="drama",
        Comedy="kummiedja",
        Documentary="dokumentarju",
        Horror="tal-biża’|tal-biża'|orrur",
        Animation="animazzjoni",
        Thriller="thriller",
        War="gwerra",
        History="storika|storiku",
        Romance="romantika|romantiku",
        Science_Fiction="xjenza finzjoni|distopiku|distopika|fantaxjenza",
        Fantasy="fantasija",
        Adventure="avventura",
        Action="azzjoni",
        Crime="kriminali",
        Music="mużikali",
        Family="familja",
        Biography="bijografija",
        Short="film qasir",
        Road_Movie="road movie",
        Mystery="misteru",
        Fiction="finzjoni",
        Sports="sportiv",
        Detective="ditektiv",
    ),
    film_plurals=split("films"),
    film_words=split("film"),
    is_a=split("huwa|hija"),
    event_words=split(
        "premiere*|wirja|jintwera|festival*|fiċ-ċinema|ċinema*|biljetti|illum|illejla|"
        "kompetizzjoni|programm*"
    ),
    story_words=split(
        "storja|jirrakkonta|isegwi|ħajja|jgħix|żagħżugħ*|mara|tfajla|tifla|tifel|familja|"
        "missier|omm|iben|bint|ħu|oħt|raġel|imħabba|ħabib*|jiskopri|jiddeċiedi|irid|raħal"
    ),
    notice_words=split("covid*|pandemija|id-drittijiet kollha riżervati"),
    quote_in=split("fi|għal"),
    release_verbs=split("ħarġet|inħareġ|ħareġ|rilaxxat"),
    year_words=split("sena|fis-sena"),
    comment_headings=split("kummenti"),
    # language coverage audit: a cue table the module lacked
    film_of=split("ta'|ta’"),
    genre_everyday_words=split("misteru"),
    lead_words=split(
        "fir-rwol prinċipali|fl-irwol prinċipali|ir-rwol ewlieni|fil-parti prinċipali|"
        "il-parti prinċipali"
    ),
    plays=split("fir-rwol ta’|fir-rwol ta'|fl-irwol ta’|fl-irwol ta'"),
    plays_own=split("bħala"),
    year_prefixes=split("fl|tal|mill|sal|għall|bil|l"),
    genre_adjectives=genre_table(Drama="drammatiku|drammatika"),
)
