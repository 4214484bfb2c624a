"""Belarusian."""

from __future__ import annotations

from indexer.lang.base import Language, split, table

DATA = Language(
    code="be",
    labels=table(
        title="назва",
        year="год",
        directors="рэжысёр|рэжысёры|рэжысура",
        writers="сцэнарый|аўтар сцэнарыя",
        cast="у ролях|ролі выконваюць",
        countries="краіна",
        runtime="працягласць",
        synopsis="сюжэт|пра фільм",
    ),
    director_nouns=split("рэжысёр|рэжысёрам"),
    minutes=split("хв|хвілін|хвіліны"),
    conjunctions=split("і|ды"),
    film_words=split("фільм|фільма|фільме|стужка|стужкі|стужку|стужцы"),
    titled=split("назвай"),
    review_words=split("рэцэнзія|агляд"),
)
