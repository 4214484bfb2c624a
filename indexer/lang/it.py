"""Italian."""

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="it",
    labels=table(
        title="titolo",
        original_title="titolo originale",
        alt_title="titolo internazionale",
        year="anno|anno di produzione",
        release="uscita|data di uscita",
        directors="regia|regia di|regista",
        writers="sceneggiatura|soggetto",
        cast="interpreti|cast|attori|con|protagonisti",
        cinematography="fotografia|direttore della fotografia",
        editing="montaggio",
        music="musica|musiche",
        sound="suono",
        production_design="scenografia",
        costume_design="costumi",
        producers="produttore|produttori|prodotto da",
        companies="produzione",
        countries="paese|paesi|nazione|nazionalità|origine",
        genres="genere",
        runtime="durata",
        languages="lingua|lingua originale",
        synopsis="trama|sinossi|la trama",
        awards="premi|riconoscimenti",
        press="rassegna stampa|la critica",
        ignore="distribuzione|sottotitoli",
    ),
    directed_by=split("regia di|diretto da|diretta da|un film di|scritto e diretto da"),
    written_by=split("scritto da|sceneggiatura di"),
    starring=split("con|interpretato da|interpretata da"),
    director_nouns=split("regista|il regista|la regista|cineasta"),
    minutes=split("min|minuti"),
    hours=split("h|ora|ore"),
    months=split(
        "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|"
        "ottobre|novembre|dicembre"
    ),
    genres=genre_table(
        Drama="drammatico|dramma",
        Comedy="commedia",
        Documentary="documentario",
        Animation="animazione",
        Horror="orrore",
    ),
    conjunctions=split("e"),
    film_words=split("film|pellicola|documentario"),
    by=split("di|da"),
)
