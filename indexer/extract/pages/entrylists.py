"""Where a film's entry in a list of films ends: the page's section that belongs to the film.

A programme, a newsletter, a festival's line-up or a round-up lists several films, each an
entry of one shape repeated down the page. Typography alone shows the entries, in any
language:

- a short line over a next line of one shape, twice or more (a name over its facts, over the
  same label, over the same showtime words: "Leviathan" over "Tysdag 09. februar kl 19.30");
- marked lines of one marker, each a name and a rest ("• Singapore Girl – In this 2014 …");
- headings of one head and different names ("Our next film: The Handmaiden", "Our next film:
  Clash").

Once the film's name is chosen, its entry runs from the line that names it to the next entry
of the same list (:func:`entry_end`): the directors, the year, the runtime and the synopsis of
the next films are not the film's.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Sequence

from indexer.extract.pages import titlelists
from indexer.extract.pages.facts import YEAR_ANYWHERE, line_facts
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.text import in_a_list
from indexer.normalize import key

#: a heading "head: name" whose head repeats with other names ("Our next film: Clash")
_HEADED = re.compile(r"^(?P<head>[^:：]{3,40}?)\s*[:：]\s*(?P<name>\S.{0,80})$")
#: quotation marks a name or a critic's words may stand in
_QUOTES = "\"'“”‘’„«»‹›「」『』 "
#: the kinds of list: names over lines of one shape, marked lines, headings of one head
_SHAPED, _MARKED, _HEADINGS = "shaped", "marked", "headings"
#: the most words of a repeated heading's head and of the name after it
_HEAD_WORDS, _NAME_WORDS = 5, 10
#: the most lines read for the last entry of a list
_ENTRY_MOST = 30
#: the most lines between two marked entries of one list (a blurb wrapped over a few lines)
_MARKED_APART = 6


def entry_end(lines: tuple[str, ...], name: str, line: int | None) -> int | None:
    """The line where the next entry of the page's list begins after the entry of the film
    named ``name`` (written on line ``line`` when known), or None when the film's line is no
    entry of a list of films."""
    folded = key(name)
    if not folded:
        return None
    for kind, rows in _lists(lines):
        own = next((i for i in rows if _names(lines[i], kind, folded)), None)
        if own is None or (line is not None and line > own and line not in rows):
            continue  # the chosen name stands in a later entry's text: not this list's entry
        # an entry line of no name ("med: …" in step with the names) is no entry's start
        after = [i for i in rows if i > own and _head(lines[i], kind)]
        if after and _dated(lines[own : after[0]]) and _dated(_block(lines, after)):
            return after[0]
    return None


def _block(lines: tuple[str, ...], starts: list[int]) -> tuple[str, ...]:
    """The lines of the entry that begins at ``starts[0]``: up to the next start, or as many
    lines as the entry before it had at most."""
    end = starts[1] if len(starts) > 1 else starts[0] + _ENTRY_MOST
    return lines[starts[0] : end]


def _names(line: str, kind: str, folded: str) -> bool:
    """Whether an entry's line names the film (its key ``folded``): its head is the name, or,
    over a line of one shape, the name follows a head of its own ("February 28: GURRUMUL")."""
    if key(_head(line, kind)) == folded:
        return True
    return kind == _SHAPED and key(_head(line, _HEADINGS)) == folded


def _dated(block: tuple[str, ...]) -> bool:
    """Whether an entry gives a film's year or runtime: a list of critics' outlets, of a
    site's services or of a form's fields gives none, and a film's full credits under a
    heading of their own repeat the film's labels, often without its facts."""
    for text in block:
        if YEAR_ANYWHERE.search(text):
            return True
        facts = line_facts(text, strict=False) if len(text.split()) <= 30 else None
        if facts is not None and facts.runtimes:
            return True
    return False


def _head(line: str, kind: str) -> str:
    """The name an entry's line of a kind of list opens with ("• Singapore Girl – In this …":
    "Singapore Girl", "Our next film: Clash": "Clash"), or "" when it opens with no name (a
    label, a date)."""
    text = line.strip()
    if kind == _MARKED:
        name = titlelists.marked_name(text) or ""
    else:
        headed = _HEADED.match(text) if kind == _HEADINGS else None
        name = titlelists.entry_name_of(headed.group("name") if headed else text)
    if name.lstrip(_QUOTES)[:1].islower():
        return ""  # "'a wry and gently comic drama'": a critic's words, no film's name
    return name if titlelists.is_entry_name(name) else ""


def _lists(lines: tuple[str, ...]) -> list[tuple[str, Sequence[int]]]:
    """The kind and the entry lines of each list of the page, each of two entries or more."""
    return [
        *((_SHAPED, rows) for rows in _shaped(lines)),
        *((_MARKED, rows) for rows in _marked(lines)),
        *((_HEADINGS, rows) for rows in _headed(lines)),
    ]


def _shaped(lines: tuple[str, ...]) -> list[tuple[int, ...]]:
    """Lists of short lines over next lines of one shape (:func:`titlelists.entry_groups`),
    none of them a line of a menu ("PRAG" / "BRÜNN" / "OLMÜTZ")."""
    groups = titlelists.entry_groups(lines)
    return [rows for rows in groups if not any(in_a_list(lines, i) for i in rows)]


def _marked(lines: tuple[str, ...]) -> list[list[int]]:
    """Lists of marked lines of one marker, each an entry's name and a rest, close together
    ("• Singapore Girl – In this …" / "• Sayang Disayang (My Beloved Dearest) – The first …")."""
    runs: list[list[int]] = []
    last_marker, last = "", -_MARKED_APART - 1
    for i, line in enumerate(lines[: titlelists.MOST_LINES]):
        text = line.strip()
        marker = titlelists.marker_of(text)
        if marker is None or titlelists.marked_name(text) is None:
            continue
        if runs and marker == last_marker and i - last <= _MARKED_APART:
            runs[-1].append(i)
        else:
            runs.append([i])
        last_marker, last = marker, i
    return [run for run in runs if len(run) >= 2]


def _headed(lines: tuple[str, ...]) -> list[list[int]]:
    """Lists of headings of one head that is no label, each with another name ("Our next
    film: The Handmaiden", "Our next film: Clash")."""
    groups: dict[str, list[int]] = defaultdict(list)
    names: dict[str, set[str]] = defaultdict(set)
    for i, line in enumerate(lines[: titlelists.MOST_LINES]):
        match = _HEADED.match(line.strip())
        if match is None:
            continue
        head, name = match.group("head").strip(), match.group("name").strip()
        if len(head.split()) > _HEAD_WORDS or len(name.split()) > _NAME_WORDS or field_of(head):
            continue
        groups[head.casefold()].append(i)
        names[head.casefold()].add(key(name))
    return [
        rows
        for head, rows in groups.items()
        if len(rows) >= 2
        and len(names[head]) == len(rows)
        and all(b - a >= 2 for a, b in itertools.pairwise(rows))
    ]
