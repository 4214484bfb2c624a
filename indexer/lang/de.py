"""German."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="de",
    labels=table(
        title="titel|filmtitel",
        original_title="originaltitel",
        alt_title="verleihtitel",
        year="jahr|produktionsjahr|erscheinungsjahr",
        release="kinostart|start|filmstart",
        directors="regie|regisseur|regisseurin|ein film von|inszenierung",
        writers="drehbuch|buch|autor|autoren",
        cast="darsteller|darsteller innen|"
        "schauspieler|besetzung|mit|die stars|hauptdarsteller|darstellerinnen",
        cinematography="kamera|bildgestaltung",
        editing="schnitt|montage",
        music="musik|filmmusik",
        sound="ton|tondesign",
        production_design="szenenbild",
        art_direction="ausstattung",
        costume_design="kostüm|kostümbild",
        producers="produzent|produzenten|produzentin",
        executive_producers="ausführender produzent",
        companies="produktionsfirma|produktion",
        countries="land|länder|produktionsland|herkunftsland|produktionsländer",
        genres="genre|gattung|filmgenre",
        runtime="dauer|laufzeit|spieldauer|länge|filmlänge",
        languages="sprache|sprachen|originalsprache|fassung",
        synopsis="inhalt|handlung|inhaltsangabe|die story|zum film|kurzinhalt",
        awards="auszeichnungen|preise",
        press="pressestimmen|pressezitate|kritiken",
        ignore="verleih|untertitel|fsk|altersfreigabe|vorstellungen|spielzeiten|format",
    ),
    directed_by=split(
        "ein film von|regie führte|unter der regie von|inszeniert von|film von|regie:"
    ),
    written_by=split("drehbuch von|geschrieben von|nach einem drehbuch von"),
    starring=split("schauspieler|schauspielerin|mit|in den hauptrollen"),
    plays=split("als|spielt"),
    director_nouns=split("regisseur|regisseurin|filmemacher|filmemacherin"),
    minutes=split("min|minuten|min."),
    hours=split("h|std|stunde|stunden"),
    months=split(
        "januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember"
    ),
    genres=genre_table(
        Drama="drama|dramatisch",
        Comedy="komödie|komoedie|tragikomödie|komodie",
        Documentary="dokumentarfilm|dokumentation|dokumentarischer",
        Animation="animationsfilm",
        Horror="horror",
        Thriller="thriller|psychologischer thriller",
        Crime="krimi",
        Adventure="abenteuer",
        Family="familie",
        History="historie",
        Music="musik",
        Romance="romantik|romantisch",
        War="krieg|kriegsfilm",
        Short="kurzfilm",
        Silent="stummfilm",
    ),
    conjunctions=split("und"),
    film_words=split("film|spielfilm|dokumentarfilm"),
    titled=split("mit dem titel|namens|betitelt"),
    review_words=split("kritik|rezension|filmkritik"),
    is_a=split("ist ein|ist eine|war ein"),
    by=split("von"),
)
