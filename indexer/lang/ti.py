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
    event_words=split("ምርኢት|ፌስቲቫል|ሲነማ|ቲኬት|ሎሚ ምሸት|ውድድር|ፕሮግራም"),
    story_words=split("ዛንታ|ታሪኽ|ሂወት|ህይወት|መንእሰይ|ጓል|ወዲ|ስድራ|ስድራቤት|ኣቦ|ኣደ|ፍቕሪ|ዓርኪ|ዓዲ|ከተማ"),
    notice_words=split("ኮቪድ|ኮሮና|መሰል ደራሲ"),
    genres=genre_table(
        Drama="ድራማ",
        Comedy="ኮመዲ|ኮሜዲ",
        Documentary="ዶክመንተሪ|ዶክመንታሪ",
        Horror="ዘፍርሕ",
        Animation="ኣኒሜሽን|ካርቱን",
    ),
)
