"""Danish."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="da",
    labels=table(
        title="titel",
        original_title="originaltitel|original titel",
        year="år|produktionsår",
        release="premiere|biografpremiere|udgivelsesdato",
        directors="instruktør|instruktion|instrueret af|instruktøren",
        writers="manuskript|manus",
        cast="medvirkende|skuespillere|på rollelisten",
        cinematography="foto|fotograf|fotografering",
        editing="klipning|klip",
        music="musik|musik af",
        production_design="scenografi",
        producers="producer|producent|produceret af",
        countries="land|lande|produktionsland|oprindelsesland",
        genres="genre",
        runtime="længde|spilletid|varighed",
        languages="sprog|tale",
        synopsis="handling|om filmen|resumé",
        ignore="censur|distributør|undertekster",
    ),
    directed_by=split("instrueret af|en film af|i instruktion af"),
    written_by=split("skrevet af"),
    starring=split("skuespiller|skuespilleren|med|i hovedrollerne|i hovedrollen"),
    director_nouns=split("instruktøren|instruktør|filminstruktør"),
    minutes=split("min|minutter"),
    hours=split("t|time|timer"),
    months=split(
        "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
    ),
    genres=genre_table(
        Romance="romantisk",
        Drama="drama",
        Comedy="romantisk komedie|komedie",
        Documentary="dokumentar",
    ),
    conjunctions=split("og"),
    film_words=split("film|filmen"),
    review_words=split("anmeldelse"),
    is_a=split("er en|var en"),
    by=split("af"),
)
