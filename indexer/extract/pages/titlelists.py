"""Where a candidate stands in the page's structure: a list of films, the credits below it.

A programme, a newsletter or a round-up lists several films, each a short line over a line of
the same shape (a line of facts, the same label, the same showtime words): the page is about
the first, or it is one of many (``first_entry``, ``later_entry``). A fact sheet writes the
film's name right above its credits (``above_credits``). These are features, not rules: the
fitted weights of :mod:`.titlemodel` say what each is worth.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from indexer.extract.pages.facts import is_name, line_facts
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.text import in_a_list
from indexer.extract.pages.titlemodel import FeatureBallot

#: the lines read for a list's entries, and the most words and characters of an entry's line
_MOST_LINES = 400
_ENTRY_WORDS, _ENTRY_CHARS = 12, 90
#: the characters of the next line that give its shape when it is no facts and no label
_SHAPE_CHARS = 8
#: the most words of a next line whose first characters give the shape (a showtime, a credit)
_SHAPE_WORDS = 15
#: the fewest lines from one entry of a list to the next (a name, its facts, a text)
_ENTRY_APART = 3
_LABEL = re.compile(r"^(?P<label>[^:：\d]{1,30}?)\s*[:：]")
_DIGITS = re.compile(r"\d+")


def entries(ballot: FeatureBallot, lines: tuple[str, ...]) -> None:
    """Mark the candidates written on a list's entry lines: ``first_entry`` on the first line
    of its shape, ``later_entry`` on the others ("Islands" over "Dienstag den 11.11. …" and
    "| Regie | …", then "Schwarzer Zucker, Rotes Blut" over the same)."""
    first = _entry_lines(lines)
    if not first:
        return
    labels = Counter(_label_of(text) for text in {lines[i].strip() for i in first})
    for candidate in ballot.candidates.values():
        value = candidate.value.casefold().strip()
        if len(value) < 2 or labels[value] >= 2:  # "Premieredato: 11. september", "…: 18. …"
            continue
        found = [at for i, at in first.items() if value in lines[i].casefold()]
        if any(found):
            candidate.set("first_entry")
        elif found:
            candidate.set("later_entry")


def _label_of(line: str) -> str | None:
    """The head of a line "head: rest", folded (a label, or a name with its subtitle)."""
    label = _LABEL.match(line.strip())
    return label.group("label").casefold().strip() if label else None


def _entry_lines(lines: tuple[str, ...]) -> dict[int, bool]:
    """The lines of the page's lists, each with whether it is the first of its list: short
    lines of different texts, apart from each other, over next lines of one shape."""
    groups: dict[str, list[int]] = {}
    for i, line in enumerate(lines[:_MOST_LINES]):
        text = line.strip()
        if text and len(text.split()) <= _ENTRY_WORDS and len(text) <= _ENTRY_CHARS:
            shape = next_shape(lines, i)
            # "September 5 (15)" over "September 5 …": the name again, no list's shape
            if shape and not text.casefold().startswith(shape.split()[0]):
                groups.setdefault(shape, []).append(i)
    first: dict[int, bool] = {}
    for rows in groups.values():
        texts = {lines[i].strip().casefold() for i in rows}
        apart = all(b - a >= _ENTRY_APART for a, b in itertools.pairwise(rows))
        if len(rows) >= 2 and apart and len(texts) == len(rows):
            first.update({i: i == rows[0] for i in rows})
    return first


def next_shape(lines: tuple[str, ...], i: int) -> str | None:
    """The shape of the next line with text after line ``i`` (one blank line between at
    most): ``facts`` for a line of facts, the field of a label line ("Regie:", "Režissöör:"),
    or its first characters with digits as 0 ("dienstag" for "Dienstag den 11.11. um …")."""
    for j in range(i + 1, min(i + 3, len(lines))):
        text = lines[j].strip()
        if not text:
            continue
        label = _LABEL.match(text)
        if label is not None and len(label.group("label").split()) <= 3:
            fields = field_of(label.group("label").strip())
            return f"label {fields[0] if fields else label.group('label').casefold().strip()}"
        facts = line_facts(text, strict=False) if len(text.split()) <= 30 else None
        kinds = ("years", "runtimes", "countries")
        if facts is not None and sum(1 for k in kinds if getattr(facts, k)) >= 2:
            return "facts"
        if len(text.split()) > _SHAPE_WORDS:
            return None  # a paragraph: what it opens with is no list's shape
        head = _DIGITS.sub("0", " ".join(text.casefold().split()))[:_SHAPE_CHARS]
        return head if len(head) >= 4 and re.search(r"[^\W\d_]", head) else None
    return None


#: how many lines with text above the first credit a heading may stand
_ABOVE_CREDITS = 4


def _fields_of(line: str) -> tuple[str, ...]:
    """The fields the label of a credit's line names ("Regie: …", "— CAST —")."""
    label = _LABEL.match(line.strip())
    head = label.group("label") if label else line.strip(" —–-:*=|\t")
    return field_of(head.strip()) if len(head) <= 30 else ()


def above_credits(ballot: FeatureBallot, lines: tuple[str, ...], stop: int) -> None:
    """Mark the candidates on the nearest short line above the page's first credit (the
    line ``stop``), 1 next to it and less further up: a fact sheet's name over
    "Σκηνοθεσία:", "reżyseria: …". A label's line ("Formaatti: Kino") is a fact, no name."""
    if stop >= len(lines):
        return
    cast_below = "cast" in _fields_of(lines[stop])
    seen = 0
    for i in range(stop - 1, -1, -1):
        text = lines[i].strip()
        label = _LABEL.match(text)
        if not text or (label is not None and len(label.group("label").split()) <= 3):
            continue
        seen += 1
        if seen > _ABOVE_CREDITS:
            return
        folded = text.casefold()
        if len(text.split()) > _ENTRY_WORDS or in_a_list(lines, i):
            continue  # a paragraph, or a menu's line ("PRAG" / "BRÜNN" / "OLMÜTZ")
        if cast_below and is_name(text):
            continue  # "Sam Mendes" over "— CAST —": the director, named above the cast
        marked = False
        for candidate in ballot.candidates.values():
            value = candidate.value.casefold().strip()
            if len(value) >= 2 and value in folded:
                candidate.set("above_credits", 1.0 / seen)
                marked = True
        if marked:
            return
