"""Norwegian (Bokmål and Nynorsk)."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="no",
    labels=table(
        title="tittel",
        original_title="originaltittel",
        year="år|produksjonsår",
        release="premiere|kinopremiere",
        directors="regi|regissør|regissert av",
        writers="manus|manusforfatter",
        cast="skuespillere|medvirkende|i rollene|roller",
        cinematography="foto|fotograf",
        editing="klipp",
        music="musikk",
        producers="produsent|produksjon",
        countries="opprinnelsesland|land|produksjonsland",
        genres="sjanger",
        runtime="lengde|spilletid|varighet",
        languages="språk|tale",
        synopsis="handling|om filmen",
        ignore="aldersgrense|distributør",
    ),
    directed_by=split("regissert av|en film av|i regi av"),
    written_by=split("skrevet av"),
    starring=split("skuespiller|skuespilleren|med|i hovedrollene|i hovedrollen"),
    director_nouns=split("regissør|regissøren|filmskaper"),
    minutes=split("min|minutter"),
    hours=split("t|time|timer"),
    months=split(
        "januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"
    ),
    genres=genre_table(Drama="drama", Comedy="komedie", Documentary="dokumentar"),
    conjunctions=split("og"),
    film_words=split("film|filmen"),
    review_words=split("anmeldelse"),
    is_a=split("er en|var en"),
    by=split("av"),
)
