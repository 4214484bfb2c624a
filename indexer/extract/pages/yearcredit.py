"""A film's year written right after its director's name: "reż. Marek Piwowski, 1970", "P.S. -
Dylan Kidd 2004", "Toni Erdmann, Maren Ade, 2016", "Eugénie Metala, Cameroun, 2023".

Programmes, catalogues and blogs credit a film as its director and its year, the way a
bibliography cites an author and a date; a country's name may stand between them. Once the
directors are read, the year that closes that citation is the film's, whatever words the site
writes around it. Nothing but separators and countries' names may stand between the name and
the year, so a date ("Jeroen van Velzen, 12 May 2014"), a birth ("Kidd (born 1965)"), a span of
years ("At van Praag (1940-1987)"), a year with a case's ending ("Nuri Bilge Ceylan, 2014'te",
Turkish for "in 2014") or a sentence ("Maren Ade shot it in 2014") is no citation.
"""

from __future__ import annotations

import re

from indexer.normalize import country_name, parse_year
from indexer.wordre import literal_starts

#: the shortest name looked for (a shorter one is too often part of other words)
_SHORTEST = 4
#: what may stand between the name and the year: no figure and no line's end, at most this
#: long, then the year as a word of its own, not a span of years nor part of a date or number
_TAIL = re.compile(
    r"(?P<between>[^\d\n]{0,40}?)(?<![^\W\d_])(?<![.])((?:18[89]|19\d|20\d)\d)"
    r"(?![\d/–-]|[.,]\d|[^\W\d_]|['’][^\W\d_])"
)
#: the most countries' names between the name and the year ("Name, Cameroun, 2023")
_MOST_COUNTRIES = 2


def year_after_director(block: str, directors: list[str] | tuple[str, ...]) -> int | None:
    """The year written after the name of one of the film's ``directors`` with only
    separators or countries' names between (:data:`_TAIL`), when the page writes one such
    year; None when it writes none or several different ones (a filmography)."""
    years: set[int] = set()
    for name in directors:
        name = name.strip()
        if len(name) < _SHORTEST:
            continue
        for at in literal_starts(block, name):
            if at and block[at - 1].isalnum():
                continue  # inside another word
            found = _cited_year(block, at + len(name))
            if found:
                years.add(found)
    return years.pop() if len(years) == 1 else None


def _cited_year(block: str, end: int) -> int | None:
    match = _TAIL.match(block, end)
    if not match:
        return None
    between = match.group("between")
    if between[:1].isalnum():
        return None  # the name goes on: a longer name or another word
    words = [w for w in _cells(between) if w]
    if len(words) > _MOST_COUNTRIES or not all(country_name(w) for w in words):
        return None
    return parse_year(match.group(2))


def _cells(between: str) -> list[str]:
    """The cells between the name and the year: text parted by commas, slashes, pipes,
    semicolons, parentheses or spaced dashes ("Marek Piwowski, 1970" has none); a cell of
    several words stays whole ("Burkina Faso")."""
    parts = re.split(r"[,;/|·•()（）]|\s[-–—]\s|^\s*[-–—]\s*", between)
    return [p.strip(" .\t:") for p in parts]
