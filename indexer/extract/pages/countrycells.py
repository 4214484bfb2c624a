"""Countries written as cells of a line of other facts.

A site writes the film's facts on one line, parted by marks, and may open the line with a
credit's label that makes the other readers take the whole line as that credit's value:
"Regie: Thomas Vinterberg, Denemarken, 116 MIN", "Direção: Anna Muylaert | Brasil/SP, 2015,
110 min", "Norge. Ingen fastsatt aldersgrense. Regi: Joachim Trier", "감독 … / 프랑스 / 2013년".
A cell made only of a country's name, on a short line whose other cells hold a year, a
runtime or a credit's label, is the film's country: the line's shape says so, whatever words
the site writes around it. A cell made only of genre words, on such a line that holds both a
year and a runtime, is the film's genre ("Regie: Charlotte Wells, 2023, VK, 98 min, drama").
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.extract.pages.facts import runtime_token
from indexer.extract.pages.labels import CREDIT_FIELDS, field_of
from indexer.normalize import country_name, dedupe, genre_names

#: what parts a line's cells: a pipe, a slash, a comma, a middle dot or bullet, a semicolon,
#: a spaced dash, a colon, a full stop before a space, a capital I standing for a pipe, a
#: parenthesis opened after a space or closed before one (not inside a word: "Editeur(s)France")
_CELL_SPLIT = re.compile(
    r"\s*(?:[|/,，、·•;；:：]|\s[-–—]\s|[.。](?=\s|$)|(?<=\s)I(?=\s)"
    r"|(?:^|(?<=\s))[(（\[]|[)）\]](?=\s|$|[,.;:]))\s*"
)
#: a year alone in its cell, with the year's sign of Chinese, Japanese or Korean or a
#: letter typed after it ("2022o")
_YEAR_CELL = re.compile(r"^(?:18[89]|19\d|20\d)\d\s?[年년]?[^\W\d_]?$")
#: the longest line read as a line of facts, and the most countries it names
_LONGEST = 200
_MOST = 6
#: the most words of a cell of a line of facts ("Ingen fastsatt aldersgrense")
_WORDS = 6


def cell_countries(block: str) -> list[str]:
    """The countries, as written, of the first short line of the page's ``block`` whose cells
    include one or more made only of a country's name and one holding a year, a runtime or
    a credit's label ("Regie: Thomas Vinterberg, Denemarken, 116 MIN" -> ["Denemarken"])."""
    return list(_cell_facts(block)[0])


def cell_year(block: str) -> int | None:
    """The year alone in a cell of the line :func:`cell_countries` reads ("감독 … / 프랑스 /
    2013년" -> 2013): a year beside the film's country on its line of facts."""
    return _cell_facts(block)[1]


@lru_cache(maxsize=64)
def cell_genres(block: str) -> tuple[str, ...]:
    """The genres of the cells made only of genre words on the first short line of the page's
    ``block`` whose other cells hold both a year and a runtime ("Regie: Charlotte Wells, 2023,
    VK, 98 min, drama" -> ("Drama",)); a cell right after a credit's label is its value."""
    for line in block[:8000].splitlines():
        if len(line) > _LONGEST or not line.strip():
            continue
        cells = _cells(line)
        if len(cells) < 3 or not _dated_and_timed(cells):
            continue
        labels = [_credit_label(c) for c in cells]
        found = [
            g
            for i, c in enumerate(cells)
            if len(c.split()) <= 3 and not (i and labels[i - 1])
            for g in genre_names(c, narrow=True)
        ]
        if found:
            return tuple(dedupe(found))
    return ()


def _cells(line: str) -> list[str]:
    cells = [c.strip(" .\t'\"«»“”()（）[]") for c in _CELL_SPLIT.split(line)]
    cells = [c for c in cells if c]
    return [] if any(len(c.split()) > _WORDS for c in cells) else cells


def _dated_and_timed(cells: list[str]) -> bool:
    """A cell holds a year alone and another a runtime."""
    return any(_YEAR_CELL.match(c) for c in cells) and any(runtime_token().match(c) for c in cells)


@lru_cache(maxsize=64)
def _cell_facts(block: str) -> tuple[tuple[str, ...], int | None]:
    for line in block[:8000].splitlines():
        if len(line) > _LONGEST or not line.strip():
            continue
        found = _line_facts(line)
        if found[0]:
            return found
    return (), None


def _line_facts(line: str) -> tuple[tuple[str, ...], int | None]:
    cells = _cells(line)  # a cell of many words is a sentence's: the line is prose
    if len(cells) < 2:
        return (), None
    labels = [_credit_label(c) for c in cells]
    # a cell right after a credit's label is its value, a name ("Cast: Suriya, …")
    countries = [c for i, c in enumerate(cells) if _country_cell(c) and not (i and labels[i - 1])]
    if not countries or len(countries) > _MOST:
        return (), None
    years = [int(c[:4]) for c in cells if _YEAR_CELL.match(c)]
    timed = any(runtime_token().match(c) for c in cells)
    if not (years or timed or any(labels)):
        return (), None
    if not (years and timed):  # codes in capitals abbreviate much else ("CC, AD", "RS")
        countries = [c for c in countries if not _code(c)]
    return tuple(countries), (years[0] if len(set(years)) == 1 else None)


def _code(cell: str) -> bool:
    """Three letters or fewer, in capitals ("USA", "CZ")."""
    return len(cell) <= 3 and cell.isupper()


def _country_cell(cell: str) -> bool:
    """A cell of at most three words that names a country; a code of two letters only in
    capitals (:func:`_code`)."""
    if len(cell) > 30 or len(cell.split()) > 3:
        return False
    if len(cell) <= 2 and not (cell.isascii() and cell.isupper()):
        return False
    return country_name(cell) is not None


def _credit_label(cell: str) -> bool:
    """The cell, of three words at most, ends with a credit's label of the language data
    ("Regi", "2018 réžia")."""
    words = cell.split()
    return len(words) <= 3 and any(
        set(field_of(" ".join(words[-n:]).casefold())) & CREDIT_FIELDS
        for n in (1, 2)
        if len(words) >= n
    )
