"""A film's year in prose before a genre word: "this 2014 romantic comedy", "the 2019 French
drama", "is the 1984 relationship drama".

An article or a determiner opens the phrase, the year follows, then up to two words that
qualify the noun (lower-case words, or a nationality adjective in any case), then a genre word
that names a work: a noun phrase about a film of that year. Genre words that are everyday
nouns of a story or of the world ("the 2003 war", "this 2010 crime", "the 2015 family") do not
count, nor does a year without an article before it ("since 2010 documentary makers …").
The words are language data: articles and determiners (``outlet_articles``, ``determiners``,
``this_words``), genre words (:func:`indexer.normalize.genre_names`), nationality adjectives
(:func:`indexer.normalize.nationality_country`).
"""

from __future__ import annotations

import re
from functools import cache

from indexer import lang, recache
from indexer.normalize import (
    EVERYDAY_GENRES,
    GENRE_EVERYDAY_WORDS,
    genre_names,
    key,
    nationality_country,
    parse_year,
)
from indexer.wordre import alternation, longest_first

#: genres whose words name a story's events or the world as often as a work ("the 2008
#: crime", "a 2012 romance", "the 2010 adventure")
_NOT_WORKS = EVERYDAY_GENRES | {"Crime", "Romance", "Adventure", "Mystery", "Fantasy", "Tragedy"}
#: how many words may qualify the genre word between the year and it
_QUALIFIERS = 2


@cache
def _phrase() -> re.Pattern[str]:
    """An article or determiner, a year, then the next three words."""
    openers = longest_first(
        {*lang.cues("outlet_articles"), *lang.cues("determiners"), *lang.cues("this_words")}
    )
    words = alternation(openers)  # a tree of shared beginnings: the same matches, faster
    # a case ending glued on after a hyphen: "egy 1980-as magyar dráma"
    endings = lang.alternation("year_endings") or "(?!)"
    return recache.compile(
        rf"(?<!\w)(?i:{words})\s+((?:18[89]|19\d|20\d)\d)(?:-(?:{endings})(?!\w))?(?![\d/.,:–-]\d)"
        r"((?:\s+[^\W\d_][\w'’-]*){1,3})"
    )


def _work_genre(word: str) -> bool:
    """True for a genre word that names a kind of film ("drama", "comédie", "thriller")."""
    if key(word) in GENRE_EVERYDAY_WORDS:
        return False
    found = genre_names(word)
    return bool(found) and not any(g in _NOT_WORKS for g in found)


def _qualifier(word: str) -> bool:
    """A word that may stand between the year and the genre word: a lower-case word or a
    nationality adjective ("romantic", "relationship", "French")."""
    return word[:1].islower() or nationality_country(word) is not None


def year_before_genre(text: str) -> int | None:
    """The year of the first noun phrase of ``text`` that puts a year before a genre word
    ("this 2014 romantic comedy" -> 2014), or None."""
    for match in _phrase().finditer(text):
        words = match.group(2).split()
        for at, word in enumerate(words[: _QUALIFIERS + 1]):
            bare = word.strip("'’-")
            if _work_genre(bare) and word[:1].islower():
                return parse_year(match.group(1))
            if at == _QUALIFIERS or not _qualifier(bare):
                break
    return None
