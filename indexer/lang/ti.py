"""Tigrinya (Ethiopic script)."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    code="ti",
    verb_final=True,
    labels=table(
        year="ዓመት",
        directors="ዳይረክተር|ኣላዪ",
        writers="ደራሲ|ጸሓፊ",
        cast="ተዋሳእቲ",
        music="ሙዚቃ",
        countries="ሃገር",
        genres="ዓይነት",
        languages="ቋንቋ",
        synopsis="ጽማቕ",
    ),
    director_nouns=split("ዳይረክተር"),
    minutes=split("ደቒቕ|ደቓይቕ|ደቒቓ"),
    hours=split("ሰዓት"),
    months=cldr_months("ti"),
    film_words=split("ፊልም"),
    genres=genre_table(
        Drama="ድራማ",
        Comedy="ኮመዲ|ኮሜዲ",
        Documentary="ዶክመንተሪ|ዶክመንታሪ",
        Horror="ዘፍርሕ",
        Animation="ኣኒሜሽን|ካርቱን",
    ),
)
