"""People recognised in a query: ``alfred hitchcock``, ``hitchcock``, ``tom hanks``.

Directors come from the director facet column: a query's run of two or three words that is a
director's full name, or one word that is the surname of a director of at least
:data:`MIN_FILMS` films (the first name may be misspelt by two edits: ``stephen spielberg``).
Anyone else is recognised when two or three of the query's words are a name written in the
people field of some film (cast, writers, crew). The run of words then becomes one
:class:`~webapp.search.query.Person` term: the films they directed rank first, then those
naming them, then those that mention them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np
from rapidfuzz.distance import OSA

from indexer import schema
from indexer.normalize import key
from webapp.search.query import Clause, Parsed, Person, Word, Years
from webapp.search.state import Generation

MIN_FILMS = 4
#: at most this many runs of words are looked up in the people field per query
MAX_LOOKUPS = 6
_FUNCTION_WORDS = """a an and are as at be but by de del der des di die do du el en for from has
    have he her his how i if in into is it its la le les los me my no not of on or our she so
    than that the their them then there they this to too un una une up us was we what when who
    why will with you your"""
#: words that are never part of a person's name typed in a query
NOT_NAMES = frozenset(_FUNCTION_WORDS.split())
#: queries with more words than this are texts (quotes, synopses), not names
MAX_WORDS = 6


class Directors:
    """Directors by folded full name and by surname (the most prolific one per surname)."""

    def __init__(self, state: Generation) -> None:
        column = state.columns[schema.DIRECTOR_FACET]
        values = column.ordinals.values
        live = column.ords[state.live[column.docs]]
        counts = np.bincount(live, minlength=len(values))
        self.by_name: dict[str, str] = {}
        self.by_surname: dict[str, tuple[str, int]] = {}
        #: one-word names ("Vijay") of directors of several films
        self.prolific: set[str] = set()
        for ordinal in np.nonzero(counts)[0]:
            name, count = values[ordinal], int(counts[ordinal])
            folded = key(name)
            self.by_name.setdefault(folded, name)
            parts = folded.split()
            if len(parts) == 1 and count >= MIN_FILMS:
                self.prolific.add(name)
            if len(parts) > 1 and len(parts[-1]) >= 4 and count >= MIN_FILMS:
                best = self.by_surname.get(parts[-1])
                if best is None or count > best[1]:
                    self.by_surname[parts[-1]] = (name, count)


def recognise(
    parsed: Parsed, directors: Directors, named: Callable[[tuple[str, ...]], bool]
) -> Parsed:
    """``parsed`` with the first person's name (a run of plain words) as one Person term;
    ``named(words)`` tells whether some film's people field has those words in sequence."""
    if parsed.literal or parsed.person() or len(parsed.clauses) > MAX_WORDS:
        return parsed
    plain = [_plain(c) for c in parsed.clauses]
    alone = sum(1 for c in parsed.clauses if not any(isinstance(t, Years) for t in c)) == 1
    lookups = [MAX_LOOKUPS]

    def limited(words: tuple[str, ...]) -> bool:
        lookups[0] -= 1
        return lookups[0] >= 0 and named(words)

    for size in (3, 2, 1) if alone else (3, 2):
        for start in range(len(plain) - size + 1):
            words = plain[start : start + size]
            if not all(words):
                continue
            person = _person(tuple(w for w in words if w), directors, limited)
            if person is not None and parsed.role == "cast":
                person = replace(person, director=False, cast=True)
            if person is not None:
                clauses = (*parsed.clauses[:start], (person,), *parsed.clauses[start + size :])
                return replace(parsed, clauses=clauses)
    return parsed


def _plain(clause: Clause) -> str | None:
    """The clause's word when it is a plain word (or a corrected word and its alternatives)."""
    term = clause[0]
    plain = all(isinstance(t, Word) and not t.field and not t.prefix for t in clause)
    if plain and isinstance(term, Word):
        text = term.text  # an initial ("brian a miller") is part of a name
        return text if text.isalpha() and (len(text) == 1 or text not in NOT_NAMES) else None
    return None


def _person(
    words: tuple[str, ...], directors: Directors, named: Callable[[tuple[str, ...]], bool]
) -> Person | None:
    name = directors.by_name.get(" ".join(words))
    if name is not None and (len(words) > 1 or name in directors.prolific):
        return Person(name, tuple(key(name).split()), director=True)
    surname = directors.by_surname.get(words[-1])
    if surname is not None and len(words) <= 2 and len(words[0]) > 1:
        full = key(surname[0]).split()
        if len(words) == 1 or _same_first_name(words[0], full[0]):
            return Person(surname[0], tuple(full), director=True)
    if len(words) > 1 and min(len(w) for w in words) > 1 and named(words):
        return Person(" ".join(w.capitalize() for w in words), words)
    return None


def _same_first_name(typed: str, real: str) -> bool:
    """``stephen`` for ``steven``: same initial and at most two edits."""
    return typed[:1] == real[:1] and OSA.distance(typed, real) <= 2
