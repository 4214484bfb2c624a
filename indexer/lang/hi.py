"""Hindi."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="hi",
    labels=table(
        title="शीर्षक|फिल्म का नाम",
        year="वर्ष|साल",
        release="रिलीज़|रिलीज डेट|रिलीज़ तिथि",
        directors="निर्देशक|निर्देशन|डायरेक्टर",
        writers="लेखक|पटकथा",
        cast="कलाकार|स्टार कास्ट|अभिनेता|मुख्य कलाकार",
        music="संगीत",
        producers="निर्माता",
        countries="देश",
        genres="शैली|जॉनर",
        runtime="अवधि|समय|रनटाइम",
        languages="भाषा",
        synopsis="कहानी|सारांश",
    ),
    directed_by=split("निर्देशक"),
    directed_after=split("द्वारा निर्देशित|के निर्देशन में"),
    starring_after=split("अभिनीत"),
    starring=split("स्टारर"),
    director_nouns=split("निर्देशक|डायरेक्टर"),
    minutes=split("मिनट"),
    hours=split("घंटे|घंटा"),
    genres=genre_table(Drama="ड्रामा|नाटक", Comedy="कॉमेडी|हास्य", Horror="हॉरर", Thriller="थ्रिलर"),
    conjunctions=split("और"),
    film_words=split("फिल्म|फ़िल्म"),
    review_words=split("रिव्यू|समीक्षा"),
)
