"""Luxembourgish."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    critic_roles=split("Kritiker|Filmkritiker"),
    code="lb",
    starring=split("schauspiller|schauspillerin|an den haaptrollen|an der haaptroll"),
    labels=table(
        title="titel",
        year="joer",
        directors="regie|regisseur",
        writers="dréibuch",
        cast="schauspiller|besetzung",
        music="musek",
        producers="produzent|produktioun",
        countries="land",
        runtime="dauer|längt",
        languages="sprooch",
        genres="genre|genren",
        # language coverage audit: a field the module had no label for
        synopsis="inhalt|resumé|kuerzinhalt",
    ),
    directed_by=split("e film vum"),
    director_nouns=split("regisseur"),
    first_person=split("ech"),
    minutes=split("minutten"),
    hours=split("stonn|stonnen"),
    months=cldr_months("lb"),
    colour_words=split("faarf|schwaarz-wäiss"),
    genres=genre_table(
        Feature_Film="spillfilm",
        Drama="drama",
        Comedy="komedie",
        Documentary="dokumentarfilm",
        Horror="horror",
        Thriller="thriller",
        Romance="romantesch",
        Animation="animatiounsfilm",
        Science_Fiction="science-fiction",
        Fantasy="fantasy",
        Adventure="abenteuerfilm",
        Action="actiounsfilm",
        Crime="krimi",
        War="krichsfilm",
        Music="musical",
        Family="familljefilm",
        Biography="biografie",
        History="historesch",
        Short="kuerzfilm",
        Melodrama="melodrama",
        Road_Movie="roadmovie|road movie",
    ),
    film_plurals=split("filmer"),
    film_words=split("film"),
    is_a=split("ass e|ass en|ass eng"),
    event_words=split(
        "premiere*|virféierung*|festival*|am kino|kinoen|tickets|competitioun|programm*"
    ),
    story_words=split(
        "geschicht*|erzielt|verfollegt|liewen|lieft|jonk*|frae|meedchen|jong|famill*|papp|"
        "mamm|bomi|bopi|brudder|schwëster|mann|léift|frënd*|entdeckt|decidéiert|muss|duerf|"
        "stad"
    ),
    notice_words=split("covid*|corona*|pandemie|all rechter reservéiert"),
    quote_in=split("fir|bei"),
    genre_endings=split("en|e|s"),
    acting_words=split("spillt|an der roll"),
    release_verbs=split("erauskomm|gedréint"),
    year_words=split("joer"),
    comment_headings=split("kommentaren"),
    # language coverage audit: a cue table the module lacked
    film_of=split("vum|vun"),
)
