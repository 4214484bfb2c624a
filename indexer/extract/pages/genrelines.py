"""Genre values as flattened page layouts write them: genre words glued together
("RomantikDrama"), a label alone on its line with one value a line below it ("Kategorien" /
"Komödie" / "Drama"), a line made only of genre words ("EVENTYR / KOMEDIE"), a site's counts
beside its values ("Drámy (1488)"). Words are read whole, as the genre vocabulary and the
language modules write them (:func:`indexer.normalize.genre_names`); :mod:`.genres` decides.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from indexer import lang, recache
from indexer.extract.pages.labels import field_of
from indexer.normalize import (
    GENRE_ALIASES,
    GENRES,
    NARROW_ONLY,
    dedupe,
    genre_names,
    key,
    widen,
)
from indexer.wordre import alternation

#: a site's count of films beside a genre value ("Drámy (1488) Komédie (1038)")
_COUNT = re.compile(r"\(\s*\d+\s*\)")


def label_parts(labelled: list[str]) -> list[str]:
    """The parts of labelled genre values, split at commas, slashes, bars, middle dots and
    bullets, line breaks, a sentence's dot and a count in parentheses."""
    values = (_COUNT.sub(",", v) for v in labelled)
    return [p for v in values for p in re.split(r"\n|,|/|\||[·・•]|\.\s", v) if p.strip(" .")]


@lru_cache(maxsize=1)
def _glued_table() -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """Every genre word and phrase of four letters or more as :func:`key` writes it without
    its spaces ("cienciaficcion"), longest first, and the genres of each."""
    written = [*GENRE_ALIASES, *lang.genres()]
    written += [w for genre, words in GENRES.items() for w in (genre, *words)]
    table: dict[str, list[str]] = {}
    for word in written:
        joined = key(word).replace(" ", "")
        if len(joined) >= 4 and joined not in table:
            table[joined] = genre_names(word, narrow=True)
    table = {k: v for k, v in table.items() if v}
    ordered = sorted(table, key=len, reverse=True)
    # matched at a few positions of a few values only: a plain alternation compiles fastest
    return recache.compile("|".join(map(re.escape, ordered))), table


def glued(value: str) -> list[str]:
    """Genres of genre words written without spaces between them, read from the start,
    longest word first ("RomantikDrama", "Kort fiktionBørnefilm"); what follows the last
    genre word may be the next label glued on ("…aventurasReparto"). Two genre words at least,
    or one that is the whole value."""
    text = key(value).replace(" ", "")
    words, table = _glued_table()
    found: list[str] = []
    at = count = 0
    while at < len(text):
        match = words.match(text, at)
        if not match:
            break
        found.extend(table[match.group(0)])
        at, count = match.end(), count + 1
    if count < 2 and at < len(text):
        return []
    return widen(dedupe(found), narrow=True)


@lru_cache(maxsize=1)
def _bare_label() -> re.Pattern[str]:
    words = alternation(lang.labels().get("genres", ()))
    # a list's bullet may stand before it, as before each value ("- ジャンル" / "- アクション")
    return recache.compile(rf"(?im)^[ \t]*(?:[-•*·–][ \t]+)?(?:{words})[ \t]*[:：]?[ \t]*\n")


#: the marks that open an item of a list, and spaces
_BULLETS = " \t•*-–·"


def listed_after_label(labelled: list[str], block: str) -> list[str]:
    """A genre label alone on its line with one value a line below it ("Kategorien" /
    "Komödie" / "Drama" / "Liebesfilm"): every line of genre words after the label, where
    the label scanner kept the first."""
    if len(labelled) != 1 or "\n" in labelled[0]:
        return labelled
    match = _bare_label().search(block[:8000])
    if not match:
        return labelled
    lines = block[match.end() : match.end() + 400].splitlines()
    if not lines or lines[0].strip(_BULLETS) != labelled[0].strip(_BULLETS):
        return labelled
    listed = list(itertools.takewhile(lambda line: _genre_line(line) is not None, lines))
    last = _before_label(lines[len(listed)]) if len(listed) < len(lines) else None
    listed += [last] if last else []
    return ["\n".join(listed)] if len(listed) > 1 else labelled


def _before_label(line: str) -> str | None:
    """The genre words of a list's last line, which a flattened list ran into the next
    label after a spaced dash ("アドベンチャー - 監督"), or None."""
    parts = re.split(r"\s[-–—|]\s", line.strip(_BULLETS))
    if len(parts) == 2 and field_of(parts[1].strip(" :：")) and _genre_line(parts[0]):
        return parts[0]
    return None


#: a line that may hold only genre words: short, no digits
_SHORT_LINE = re.compile(r"[^\d\n]{3,60}")
#: a label before the value on a line ("Kön: RomantikDrama", a site's own wording), or one
#: that ends with a plural's mark in parentheses and its value glued on, as a library
#: catalogue's flattened cells write them ("Sujet(s)Drame", "Auteur(s)…")
_ANY_LABEL = re.compile(
    r"^[^\W\d_][^:：\n]{0,20}[:：]\s*|^[^\W\d_][^\W\d_ ]{2,20}\((?:s|e|es|en|n)\)(?=[^\W\d_])"
)
_LINE_SEPARATORS = re.compile(r"\s*(?:[/|,·•;]|\s[-–—]\s)\s*")


def _genre_line(line: str) -> list[str] | None:
    """The genres of a line made only of genre words and separators, in any case
    ("EVENTYR / KOMEDIE", "Документальный", "Kön: RomantikDrama"), or None."""
    text = line.strip(" \t•*-–·")
    if not _SHORT_LINE.fullmatch(text):
        return None
    text = _ANY_LABEL.sub("", text)
    parts = [p for p in _LINE_SEPARATORS.split(text) if p.strip(" .")]
    if not 1 <= len(parts) <= 4:
        return None
    found: list[str] = []
    for part in parts:
        genres = genre_names(part.strip(" ."), narrow=True) or glued(part)
        if not genres:
            return None
        found.extend(genres)
    if "Feature Film" in found and not set(found) <= KIND_GENRES:
        return None  # "Feature film , Drama": a listing's entry, as often another film's
    return dedupe(found)


#: the kinds of work that pages name beside or for their genres ("Spielfilm", "igrani",
#: "Kurzfilm"): a feature (fiction) film, a short film; a listing's line writes one before
#: a genre
KIND_GENRES = frozenset({"Feature Film", "Fiction", "Short"})


def genre_lines(block: str) -> list[str]:
    """Genres of a line made only of genre words (:func:`_genre_line`) in the page's first
    lines: several genres on the line, or one standing among lines of labelled facts
    ("Страны: СССР" / "Документальный"). A run of such lines is a menu of genres. A line of
    bars or bullets alone ("|", a flattened table's empty cell) is no line between them."""
    lines = [line.strip() for line in block[:6000].splitlines() if _WORDED.search(line)]
    lines = [part for line in lines for part in _credit_sentences(line)][:80]
    read = [_genre_line(line) for line in lines]
    for i, genres in enumerate(read):
        if not genres:
            continue
        beside = [read[j] for j in (i - 1, i + 1) if 0 <= j < len(read)]
        if any(beside):
            continue  # a menu: "Drama" / "Comedy" / "Horror"
        if all(g in NARROW_ONLY for g in genres):
            continue  # "Christmas", "Youth": a heading of everyday words as often as a genre
        if len(widen(genres)) >= 2 or _ANY_LABEL.match(lines[i]) or _among_facts(lines, i):
            return genres
    return []


def _credit_sentences(line: str) -> list[str]:
    """A paragraph of labelled credits written as sentences ("R: Aki Kaurismäki. O: Sakari
    Kuosmanen, … jt. Draama/Komöödia. …"), a line per sentence, as a fact block writes them;
    any other line as it is."""
    parts = _SENTENCES.split(line)
    return parts if sum(1 for p in parts if _ANY_LABEL.match(p)) >= 2 else [line]


#: the space after a sentence's full stop
_SENTENCES = re.compile(r"(?<=[.;])\s+")
#: a letter or a digit: a line without one holds only separators
_WORDED = re.compile(r"[^\W_]")


def _among_facts(lines: list[str], i: int) -> bool:
    """A labelled value on the line before or after (``Label: value``)."""
    return any(0 <= j < len(lines) and bool(_ANY_LABEL.match(lines[j])) for j in (i - 1, i + 1))
