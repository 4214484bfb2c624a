"""Serbian (Cyrillic and Latin script)."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="sr",
    labels=table(
        title="наслов|naslov",
        original_title="оригинални наслов|originalni naslov",
        year="година|godina",
        release="премијера|premijera",
        directors="режија|режисер|reditelj|rediteljka|režija|режисерка|редитељ",
        writers="сценарио|scenario|scenarista",
        cast="улоге|uloge|глуме|glume|глумци|glumci",
        cinematography="фотографија|snimatelj|direktor fotografije",
        editing="монтажа|montaža",
        music="музика|muzika",
        producers="продуцент|producent",
        countries="земља|zemlja|држава|država",
        genres="жанр|žanr",
        runtime="трајање|trajanje",
        languages="језик|jezik",
        synopsis="синопсис|sinopsis|радња|radnja",
    ),
    directed_by=split("у режији|u režiji|režija|режија"),
    starring=split("glumac|glumica|glumci|глумац|глумица|глумци|у улогама|u ulogama|glumci|глуме"),
    director_nouns=split("reditelj|rediteljka|режисер|редитељ|режисерка|režiser"),
    minutes=split("min|минута|minuta|мин"),
    hours=split("h|сат|sat"),
    months=split(
        "јануар|фебруар|март|април|мај|јун|јул|август|септембар|октобар|новембар|"
        "децембар|januar|februar|mart|april|maj|jun|jul|avgust|septembar|oktobar|"
        "novembar|decembar"
    ),
    genres=genre_table(Drama="драма|drama", Comedy="комедија|komedija"),
    conjunctions=split("и|i"),
    film_words=split("филм|филма|film|filma"),
    titled=split("називом|nazivom"),
    by=split("режија"),
)
