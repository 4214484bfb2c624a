"""Cast pairs "Name: Character" under the cast's heading, one a line or cells parted by bars,
or in a run after the cast's label on its own line ("Attori: Totò: Salvatore Abruzzese, Simone:
Simone Sacchettino, …", "Fiche artistique // Malik : Ahmed Dramé / Mélanie : Noémie Merlant").

An encyclopedia's section "Interpreti e personaggi" (actors and characters) lists its pairs
"Marcello Mastroianni: Alfredo Martelli", one a line or, flattened to text, cells of one line
"A: X | B: Y | …". A label reader takes the first pair for a label and its value; the pairs
read here are the whole list. Which side holds the actors is told by the pairs themselves: the
actors are full names, where characters are often one word or a role in lower case
("commissario Palumbo"), so the side with more full names is the actors'; a list that tells
neither is left alone, and pairs whose left side is another field's label ("Regia: …") are a
table of facts, no cast.
"""

from __future__ import annotations

import re
from functools import cache

from indexer import lang, recache
from indexer.extract.pages.facts import is_name, is_uncased_name
from indexer.extract.pages.labels import field_of
from indexer.wordre import alternation

#: one pair: two short cells of words parted by a colon, no sentence punctuation
_PAIR = re.compile(
    r"\s*(?:[-•*·▪]\s*)?([^\W\d_][^:|.!?;,\d]{0,50}?)\s*[:：]\s*([^:|.!?;\d]{1,50}?)\s*"
)

#: the cells of a line parted by bars
_BARS = re.compile(r"\s*\|\s*")

#: fewest pairs that make a list
_FEWEST = 3

#: most words of a heading that opens with the cast's label ("Interpreti e personaggi
#: principali")
_HEADING_WORDS = 5


def colon_rows_under_heading(block: str) -> list[list[str]]:
    """The actors of three or more pairs "Actor: Character" (or "Character: Actor") right
    under a heading that is or opens with the cast's label, one pair a line or cells of one
    line parted by bars."""
    lines = [line.strip() for line in block.splitlines()]
    found = []
    for i, line in enumerate(lines[:-1]):
        if not _cast_heading(line):
            continue
        pairs: list[tuple[str, str]] = []
        for text in lines[i + 1 : i + 60]:
            if not text and not pairs:
                continue  # a blank line under the heading
            cells = _pairs(text)
            if not cells:
                break
            pairs.extend(cells)
        actors = _actors(pairs)
        if len(actors) >= _FEWEST:
            found.append(actors)
    return found


#: what ends a cast's label on its line: a colon, a double slash, a dash
_LABEL_END = re.compile(r"\s*(?:[:：]|//|\s[-–—]\s)\s*")


@cache
def _cell_split() -> re.Pattern[str]:
    """What parts the pairs of a run: commas, semicolons, slashes, bars, a full stop, the word
    for "and" of any language."""
    words = [w for w in lang.cues("conjunctions") if w.isalpha()]
    return recache.compile(rf"\s*(?:[,;/|]+|\.\s+|\s(?:{alternation(words)})\s)\s*")


#: an aside that closes a run ("Geneviève Mnich (…)", "… etc.")
_CLOSING = re.compile(r"\s*(?:\([^()]*\)|…|\.\.\.|\.)\s*$")


def colon_pairs_after_label(block: str) -> list[list[str]]:
    """The actors of three or more pairs "Character: Actor" (or "Actor: Character") written
    in a run on the line of the cast's label, after it: "Attori: Totò: Salvatore Abruzzese,
    Simone: Simone Sacchettino, Boxer: Salvatore Ruocco", "Fiche artistique // L’enseignante :
    Ariane Ascaride / Malik : Ahmed Dramé / Mélanie : Noémie Merlant (…)". A label reader takes
    the first cell for the value; the pairs say which side the actors are. A cell with a
    heading before its pair ("Storia di Totò: Totò: Salvatore Abruzzese") keeps its pair; two
    cells in three at least must be pairs."""
    found = []
    for line in block.splitlines():
        end = _LABEL_END.search(line)
        if end is None or field_of(line[: end.start()].strip(" \t•*-")) != ("cast",):
            continue
        cells = [c for c in _cell_split().split(line[end.end() :]) if c.strip()]
        pairs = []
        for cell in cells:
            parts = re.split(r"\s*[:：]\s*", _CLOSING.sub("", cell).strip())
            match = _PAIR.fullmatch(": ".join(parts[-2:])) if len(parts) >= 2 else None
            if match is not None:
                pairs.append((match.group(1).strip(), match.group(2).strip()))
        if 3 * len(pairs) < 2 * len(cells):
            continue
        actors = _actors(pairs)
        if len(actors) >= _FEWEST:
            found.append(actors)
    return found


def _cast_heading(line: str) -> bool:
    """True for a line that is the cast's label alone, or a short heading that opens with it
    ("Interpreti e personaggi"), with no colon inside."""
    text = line.rstrip(":：| \t")
    words = text.split()
    if not words or len(words) > _HEADING_WORDS or ":" in text or any(c.isdigit() for c in text):
        return False
    return field_of(text) == ("cast",) or field_of(words[0]) == ("cast",)


def _pairs(text: str) -> list[tuple[str, str]]:
    """The pairs of a line, each cell "Left: Right" (all its cells must be pairs), or []."""
    cells = [c for c in _BARS.split(text.strip(" |")) if c]
    pairs = []
    for cell in cells:
        match = _PAIR.fullmatch(cell)
        if match is None:
            return []
        pairs.append((match.group(1).strip(), match.group(2).strip()))
    return pairs


def _person(cell: str) -> bool:
    return is_name(cell) or is_uncased_name(cell)


def _actors(pairs: list[tuple[str, str]]) -> list[str]:
    """The side of ``pairs`` with more full names, or [] when the pairs tell no side or are
    a table of facts (a left cell another field's label)."""
    if len(pairs) < _FEWEST or any(set(field_of(left)) - {"cast"} for left, _ in pairs):
        return []
    lefts = sum(_person(left) for left, _ in pairs)
    rights = sum(_person(right) for _, right in pairs)
    if lefts == rights:
        return []
    side = [left if lefts > rights else right for left, right in pairs]
    return [cell for cell in side if _person(cell)]
