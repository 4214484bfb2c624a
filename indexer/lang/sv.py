"""Swedish."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="sv",
    labels=table(
        title="titel",
        original_title="originaltitel",
        year="år|produktionsår|premiärår",
        release="premiär|biopremiär",
        directors="regi|regissör|regisserad av",
        writers="manus|manusförfattare",
        cast="skådespelare|i rollerna|medverkande|roller",
        cinematography="foto|fotograf",
        editing="klippning",
        music="musik",
        producers="producent",
        countries="ursprungsland|land|länder|produktionsland",
        genres="genre",
        runtime="längd|speltid",
        languages="språk|originalspråk",
        synopsis="handling|om filmen|synopsis",
        ignore="åldersgräns|distributör|textning",
    ),
    directed_by=split("regisserad av|en film av|i regi av"),
    written_by=split("skriven av|manus av"),
    starring=split("skådespelaren|skådespelerskan|med|i huvudrollerna|i rollerna"),
    director_nouns=split("regissören|regissör|filmskaparen"),
    minutes=split("min|minuter"),
    hours=split("tim|timmar"),
    months=split(
        "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"
    ),
    genres=genre_table(Drama="drama", Comedy="komedi", Documentary="dokumentär"),
    conjunctions=split("och"),
    film_words=split("film|filmen"),
    titled=split("kallad|med titeln"),
    review_words=split("recension"),
    is_a=split("är en|var en"),
    by=split("av"),
)
