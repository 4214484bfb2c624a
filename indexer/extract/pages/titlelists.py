"""Where a candidate stands in the page's structure: a list of films, the credits below it.

A programme, a newsletter or a round-up lists several films, each a short line over a line of
the same shape (a line of facts, the same label, the same showtime words): the page is about
the first, or it is one of many (``first_entry``, ``later_entry``). A fact sheet writes the
film's name right above its credits (``above_credits``). The name of the page's first entry is
a candidate wherever the entry stands (``entry_head``): a programme is labelled with the film it
lists first, often far below the site's and the programme's names. These are features, not
rules: the fitted weights of :mod:`.titlemodel` say what each is worth.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from indexer import lang
from indexer.extract.pages import titles, titlesources
from indexer.extract.pages.facts import is_name, line_facts
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.text import in_a_list, is_noise
from indexer.extract.pages.titlecues import credit_line
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.normalize import country_name, key

#: the lines read for a list's entries, and the most words and characters of an entry's line
MOST_LINES = 400
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
    """The lines of the page's lists, each with whether it is the first of its list."""
    return {i: i == rows[0] for rows in entry_groups(lines) for i in rows}


@lru_cache(maxsize=4)
def entry_groups(lines: tuple[str, ...]) -> tuple[tuple[int, ...], ...]:
    """The entry lines of each list of the page: short lines of different texts, apart from
    each other, over next lines of one shape, two or more of a shape (kept for the page's
    other readers: the title's features and the film's section read the same lists)."""
    groups: dict[str, list[int]] = {}
    for i, line in enumerate(lines[:MOST_LINES]):
        text = line.strip()
        if text and len(text.split()) <= _ENTRY_WORDS and len(text) <= _ENTRY_CHARS:
            shape = next_shape(lines, i)
            # "September 5 (15)" over "September 5 …": the name again, no list's shape
            if shape and not text.casefold().startswith(shape.split()[0]):
                groups.setdefault(shape, []).append(i)
    found = []
    for rows in groups.values():
        texts = {lines[i].strip().casefold() for i in rows}
        apart = all(b - a >= _ENTRY_APART for a, b in itertools.pairwise(rows))
        if len(rows) >= 2 and apart and len(texts) == len(rows):
            found.append(tuple(rows))
    return tuple(found)


#: a letter
_LETTER = re.compile(r"[^\W\d_]")


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
        short = len(text.split()) <= 30 and titlesources.may_hold_run_facts(text)
        facts = line_facts(text, strict=False) if short else None
        kinds = ("years", "runtimes", "countries")
        if facts is not None and sum(1 for k in kinds if getattr(facts, k)) >= 2:
            return "facts"
        if len(text.split()) > _SHAPE_WORDS:
            return None  # a paragraph: what it opens with is no list's shape
        head = _DIGITS.sub("0", " ".join(text.casefold().split()))[:_SHAPE_CHARS]
        return head if len(head) >= 4 and _LETTER.search(head) else None
    return None


#: how many lines with text above the first credit a heading may stand
_ABOVE_CREDITS = 4


def _fields_of(line: str) -> tuple[str, ...]:
    """The fields the label of a credit's line names ("Regie: …", "— CAST —")."""
    label = _LABEL.match(line.strip())
    head = label.group("label") if label else line.strip(" —–-:*=|\t")
    return field_of(head.strip()) if len(head) <= 30 else ()


def lines_above(lines: tuple[str, ...], stop: int, most: int) -> Iterator[tuple[int, int, str]]:
    """The lines with text above the line ``stop``, nearest first, each with its line number and
    its rank (1 for the nearest), ``most`` at most; a fact's label line ("Durée : 1 h 25",
    "Regie:", three words at most before the colon) is skipped and not counted."""
    seen = 0
    for i in range(stop - 1, -1, -1):
        text = lines[i].strip()
        label = _LABEL.match(text)
        if not text or (label is not None and len(label.group("label").split()) <= 3):
            continue
        seen += 1
        if seen > most:
            return
        yield i, seen, text


def above_credits(ballot: FeatureBallot, lines: tuple[str, ...], stop: int) -> None:
    """Mark the candidates on the nearest short line above the page's first credit (the
    line ``stop``), 1 next to it and less further up: a fact sheet's name over
    "Σκηνοθεσία:", "reżyseria: …". A label's line ("Formaatti: Kino") is a fact, no name."""
    if stop >= len(lines):
        return
    cast_below = "cast" in _fields_of(lines[stop])
    for i, seen, text in lines_above(lines, stop, _ABOVE_CREDITS):
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


#: the lines read for the page's first entry (a programme lists its films far down)
_ENTRY_MOST = 80
#: a list's marker before an entry: a bullet, a dash, a number ("• ", "– ", "1. ", "3) ")
_MARKER = re.compile(r"^(?:[•*·▪►‣◦–—-]|\d{1,3}[.)])\s+(?=\S)")
#: where an entry's name ends and the rest of its line begins: a bracket, a dash or a bar
#: between spaces, a comma ("MUDAR LA PIEL (Ana Schulz, …)", "Singapore Girl – In this …")
_ENTRY_END = re.compile(r"\s*[(\[]|\s[-–—|/]\s|,\s")
#: where a name over its facts ends: an opening bracket ("TRANSMILITARY (Directed by …")
_OPEN = re.compile(r"\s*[(\[]")
#: the most words of an entry's name
_ENTRY_NAME_WORDS = 8


def entry_heads(ballot: FeatureBallot, lines: tuple[str, ...]) -> None:
    """The name of the page's first list entry, wherever it stands (``entry_head``): the first
    short line over a line of facts or a director's credit ("The Great Dictator" over
    "(1940, USA, dir. Charles Chaplin, …)"), or the head of the first marked entry with a
    rest ("– MUDAR LA PIEL (Ana Schulz, …)", "• Singapore Girl – In this 2014 comedy …").
    A programme or a round-up is labelled with the film it lists first; the heading cues read
    only the top lines, where the site's and the programme's names stand."""
    for i, line in enumerate(lines[:_ENTRY_MOST]):
        text = line.strip()
        if not text or in_a_list(lines, i) or _labelled(text) or credit_line(text):
            continue
        name = marked_name(text) or _head_before_facts(ballot, i)
        if name is None and _over_facts(lines, i):
            head = titles.without_date_head(_unmarked(text))
            name = titles.clean_heading(_OPEN.split(head, maxsplit=1)[0]).title
            name = name if _entry_name(name) else None
        if name is not None:
            ballot.add(name, "entry_head", 1.0, i)
            return


def marker_of(text: str) -> str | None:
    """A line's list marker, its digits as 0 ("• ", "0. "), or None without one."""
    marker = _MARKER.match(text)
    return _DIGITS.sub("0", marker.group().strip()) if marker else None


def marked_name(text: str) -> str | None:
    """The name of a marked entry with a rest ("– MUDAR LA PIEL (Ana Schulz, …)"), or of an
    entry whose parenthesis opens with a director's credit ("JOURNEY'S END (Directed by Saul
    Dibb; …)")."""
    rest = _unmarked(text)
    end = _ENTRY_END.search(rest)
    if end is None:
        return None
    name = rest[: end.start()].strip(" .,:;")
    after = rest[end.end() :]
    credited = rest[end.start() :].lstrip()[:1] == "(" and "directors" in _credit_fields(after)
    if not (credited or (_MARKER.match(text) and len(after.split()) >= 2)):
        return None
    return name if _entry_name(name) else None


def entry_name_of(text: str) -> str:
    """The name an unmarked entry's line opens with: before a bracket, a dash or a bar between
    spaces, or a comma ("Leviathan (2014)": "Leviathan")."""
    return _ENTRY_END.split(_unmarked(text), maxsplit=1)[0].strip(" .,:;")


def is_entry_name(name: str) -> bool:
    """Whether an entry's head may be a film's name (no label, no date, no furniture)."""
    return _entry_name(name) and not _labelled(name)


def _head_before_facts(ballot: FeatureBallot, i: int) -> str | None:
    """The candidate read as the head of line ``i`` before its facts ("Eva não dorme [Eva no
    duerme, Argentina, 2015], de Pablo Agüero …"), if any."""
    for candidate in ballot.candidates.values():
        if candidate.line == i and "before_facts" in candidate.features:
            return candidate.value if _entry_name(candidate.value) else None
    return None


def _labelled(text: str) -> bool:
    """Whether a line opens with a label of three words at most ("Genre: Drama", "Texte :
    Charles-Henri Ramond") or ends with a colon ("Confira a lista das obras:", what follows
    is the list): a fact or a lead-in, not an entry."""
    if text.endswith((":", "：")):
        return True
    label = _LABEL.match(text)
    return label is not None and len(label.group("label").split()) <= 3


def _unmarked(text: str) -> str:
    """An entry's line without its list marker."""
    return _MARKER.sub("", text, count=1).strip()


def _over_facts(lines: tuple[str, ...], i: int) -> bool:
    """Whether line ``i`` is a short line over facts of two kinds or over a director's credit
    ("Directed by Mikhail Kalatozov, …", "Dirección: Luis Ziembrowski")."""
    text = lines[i].strip()
    if len(text.split()) > _ENTRY_WORDS or len(text) > _ENTRY_CHARS:
        return False
    above = next((t.strip() for t in reversed(lines[max(0, i - 2) : i]) if t.strip()), "")
    label = _LABEL.match(above)
    if label is not None and above[label.end() :].strip() and _labelled(above):
        return False  # "Frei ab 12 Jahren" under "Regie: Roger Michell": inside the facts
    if titlesources.facts_below(lines, i):
        return True
    below = next((t.strip() for t in lines[i + 1 : i + 3] if t.strip()), "")
    label = _LABEL.match(below)
    if label is not None and "directors" in field_of(label.group("label").strip()):
        return True
    return credit_line(below) and "directors" in _credit_fields(below)


def _credit_fields(line: str) -> tuple[str, ...]:
    """The fields named by the first one to three words of a credit's line ("Directed by")."""
    words = line.split()
    for size in (1, 2, 3):
        fields = field_of(" ".join(words[:size]).rstrip(":."))
        if fields:
            return fields
    return ()


def _entry_name(name: str) -> bool:
    """Whether an entry's head may be a film's name: a few words with a letter, no label, no
    date, no page furniture."""
    return (
        0 < len(name.split()) <= _ENTRY_NAME_WORDS
        and re.search(r"[^\W\d_]", name) is not None
        and not field_of(name.rstrip(":"))
        and not titles.is_date_word(name)
        and not is_noise(name)
        and not credit_line(name)
        and not country_name(name)
        and key(name.split()[0]) not in _by_words()
    )


@lru_cache(maxsize=1)
def _by_words() -> frozenset[str]:
    """The words for "by" of every language ("By Mariano Cohn …" is a credit, not a name)."""
    return frozenset(key(w) for w in lang.cues("by") if " " not in w.strip())
