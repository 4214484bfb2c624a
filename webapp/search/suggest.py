"""Search-as-you-type: film titles and people's names by the start of any of their words.

Per index generation, two sorted tables of ``(folded text from some word on, display, id,
weight)`` are built on first use, from the title column and from the people of the index
(directors, writers and cast, one entry per person: :mod:`webapp.search.person_pages`, weighted by
their number of films); a prefix lookup is then one ``bisect`` in each. This replaces an edge
n-gram field: those n-grams multiplied the index's distinct terms (and build time) for a
lookup that a sorted list answers in microseconds.
"""

from __future__ import annotations

import bisect
import json
import threading

import numpy as np
from whoosh.searching import Searcher

from indexer import schema
from indexer.normalize import key
from webapp.search.person_pages import People
from webapp.search.state import Generation
from webapp.search.types import Suggestion

MAX_PREFIX = 100
_Entry = tuple[str, str, int, int]  # (folded suffix, display text, docnum or -1, weight)


class Suggester:
    """Completions for one index generation."""

    def __init__(self, state: Generation) -> None:
        self.state = state
        self.people = People(state)
        self._titles: list[_Entry] | None = None
        self._names: list[_Entry] | None = None
        self._lock = threading.Lock()

    def suggest(self, searcher: Searcher, prefix: str, limit: int = 8) -> list[Suggestion]:
        """Up to ``limit`` titles and names completing ``prefix`` (titles first)."""
        folded = key(prefix[:MAX_PREFIX])
        if len(folded) < 2:
            return []
        titles = _lookup(self._title_index(), folded, limit)
        people = _lookup(self._name_index(searcher), folded, limit)
        n_people = min(len(people), max(2, limit - len(titles)))
        n_titles = min(len(titles), limit - n_people)
        found = [self._title(searcher, docnum) for _, docnum, _ in titles[:n_titles]]
        return found + [
            Suggestion("person", text, None, None, weight) for text, _, weight in people[:n_people]
        ]

    def _title(self, searcher: Searcher, docnum: int) -> Suggestion:
        data = json.loads(searcher.stored_fields(docnum)[schema.PAYLOAD])
        return Suggestion("title", data["title"], data["id"], data["year"])

    def _title_index(self) -> list[_Entry]:
        with self._lock:
            if self._titles is None:
                entries = []
                for docnum in np.nonzero(self.state.films)[0]:
                    for title in self.state.title_variants[docnum]:
                        entries.extend(_suffixes(title, title, int(docnum), 0))
                self._titles = sorted(entries)
        return self._titles

    def _name_index(self, searcher: Searcher) -> list[_Entry]:
        if self._names is not None:  # the people's names are read once per generation
            return self._names
        names = self.people.names(searcher)
        with self._lock:
            if self._names is None:
                entries = []
                for person in names:
                    entries.extend(_suffixes(key(person.name), person.name, -1, person.films))
                self._names = sorted(entries)
        return self._names


def _suffixes(folded: str, display: str, docnum: int, weight: int) -> list[_Entry]:
    words = folded.split()
    return [(" ".join(words[i:]), display, docnum, weight) for i in range(len(words))]


def _lookup(table: list[_Entry], folded: str, limit: int) -> list[tuple[str, int, int]]:
    """(display, docnum, weight) of entries starting with ``folded``: whole-title matches and
    heavier names first, one entry per display text and document."""
    i = bisect.bisect_left(table, (folded, "", -2, 0))
    found: dict[tuple[str, int], tuple[int, int]] = {}
    while i < len(table) and table[i][0].startswith(folded) and len(found) < 500:
        _suffix, display, docnum, weight = table[i]
        starts = int(key(display).startswith(folded))
        found.setdefault((display, docnum), (weight, starts))
        i += 1
    ranked = sorted(found.items(), key=lambda kv: (-kv[1][1], -kv[1][0], len(kv[0][0]), kv[0][0]))
    return [(display, docnum, weight) for (display, docnum), (weight, _) in ranked[:limit]]
