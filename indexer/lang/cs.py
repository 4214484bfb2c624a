"""Czech."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="cs",
    labels=table(
        title="název",
        original_title="původní název|originální název",
        year="rok",
        release="premiéra",
        directors="režie|režisér|režisérka",
        writers="scénář",
        cast="hrají|hraje|obsazení|herci",
        cinematography="kamera",
        editing="střih",
        music="hudba",
        sound="zvuk",
        production_design="scénografie",
        producers="produkce|producent",
        countries="země|země původu",
        genres="žánr",
        runtime="délka|stopáž",
        languages="jazyk|znění",
        synopsis="obsah|synopse|o filmu",
        ignore="distribuce|titulky",
    ),
    directed_by=split("režie|v režii|režíroval|režírovala"),
    written_by=split("scénář"),
    starring=split("herec|herečka|herci|hrají|v hlavních rolích"),
    director_nouns=split("režisér|režisérka|režiséra|režisérky"),
    minutes=split("min|minut"),
    hours=split("h|hod"),
    months=split(
        "leden|únor|březen|duben|květen|červen|červenec|srpen|září|říjen|listopad|"
        "prosinec|ledna|února|března|dubna|května|června|července|srpna|října|"
        "listopadu|prosince"
    ),
    genres=genre_table(Drama="drama", Comedy="komedie", Documentary="dokument|dokumentární"),
    conjunctions=split("a"),
    film_words=split("film|filmu|snímek"),
    titled=split("názvem"),
    review_words=split("recenze"),
    by=split("režie"),
)
