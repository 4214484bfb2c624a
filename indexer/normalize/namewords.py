"""Whether a text may name a country or a genre at all: each of its words must be a word of
some name the tables know. A quick test the page readers ask before the lookups."""

from __future__ import annotations

from functools import lru_cache

from indexer import vowelsigns
from indexer.normalize.countries import _country_table, _initialled
from indexer.normalize.folding import key
from indexer.normalize.genres import _GENRE_LINKS, _GENRE_PIECES, _genre_table


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    """Every word (as :func:`key` writes it) of a country's name or short form that
    :func:`country_code` looks up and of a genre word or phrase of :func:`genre_names`."""
    tables = (_country_table(), _initialled(), _genre_table())
    return frozenset(word for table in tables for name in table for word in name.split())


def _known_word(word: str, vocabulary: frozenset[str]) -> bool:
    """``word`` or its singular ("dramas", "comedies") is in ``vocabulary``."""
    return (
        word in vocabulary
        or (word.endswith("s") and word[:-1] in vocabulary)
        or (word.endswith("ies") and word[:-3] + "y" in vocabulary)
    )


def may_name_country(text: str) -> bool:
    """False only when ``text`` can name no country (:func:`country_code`): it looks up the
    whole key (less a first "the"), so every word must be a word of a country's name or
    short form. An ISO code in capitals and a word written with vowel signs (read less its
    last signs) always may."""
    k = key(text)
    if (len(text) == 3 and text.isupper()) or vowelsigns.signed(k):
        return True
    vocabulary = _name_words()
    words = k[4:].split() if k.startswith("the ") else k.split()
    return bool(words) and all(word in vocabulary for word in words)


def may_name_genre(text: str) -> bool:
    """False only when ``text`` can name no genre (:func:`genre_names`): every lookup is of
    the whole key or of one of its pieces parted by "and" or "/", each word of it a word of
    a genre phrase (its last word maybe in the plural) or a word that joins two."""
    k = key(text)
    vocabulary = _name_words()
    if _genre_phrase_words(k.split(), vocabulary):
        return True
    if _GENRE_PIECES.search(k) is None:
        return False
    return any(_genre_phrase_words(piece.split(), vocabulary) for piece in _GENRE_PIECES.split(k))


def _genre_phrase_words(words: list[str], vocabulary: frozenset[str]) -> bool:
    """Every one of ``words`` (one at least) is a word of ``vocabulary`` (or its plural) or
    a word that joins two genre words."""
    for word in words:
        if word not in _GENRE_LINKS and not _known_word(word, vocabulary):
            return False
    return bool(words)
