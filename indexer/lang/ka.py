"""Georgian."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="ka",
    labels=table(
        title="სათაური",
        year="წელი",
        directors="რეჟისორი|რეჟისორები",
        writers="სცენარი|სცენარისტი",
        cast="როლებში|მსახიობები",
        countries="ქვეყანა",
        genres="ჟანრი",
        runtime="ხანგრძლივობა",
        languages="ენა",
        synopsis="სიუჟეტი",
    ),
    directed_by=split("რეჟისორი"),
    starring=split("როლებში"),
    director_nouns=split("რეჟისორი|რეჟისორის"),
    minutes=split("წთ|წუთი"),
    genres=genre_table(
        Horror="საშინელებათა", Adventure="სათავგადასავლო", Drama="დრამა", Comedy="კომედია"
    ),
    conjunctions=split("და"),
    film_words=split("სურათი|სურათის|ფილმი|ფილმის"),
)
