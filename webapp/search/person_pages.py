"""People: one entry per person of the live index, for person pages and suggestions.

Per index generation, on first use, every film's stored record is read once and each name it
credits (directors, writers, cast) is filed under its person key (:func:`indexer.people.
person_key`): ``K. V. Anand`` and ``K V Anand``, ``Pedro Almodovar`` and ``Pedro Almodóvar``
are one person, shown under the best-written spelling and reached at ``/people/<id>``, the
folded words of that spelling (:func:`indexer.people.person_slug`; any spelling's words find
the page). The other spellings come from the film records and from their facts, which keep
each name as its documents wrote it. Reading 50,000 records
takes about a second; it happens once per worker and generation (``SearchService.warm``
triggers it through the suggestions).
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
from whoosh.searching import Searcher

from indexer import schema
from indexer.people import display_name, person_key, person_slug
from webapp.search.state import Generation
from webapp.search.types import FilmRef

#: the roles of a person page: (name in the page and the API, field of the film record)
ROLES = (("directed", "directors"), ("wrote", "writers"), ("acted", "cast"))
_NAME_FIELDS = frozenset(f for _, f in ROLES)


@dataclass
class _Person:
    """What the registry knows of one person while it is being read."""

    spellings: Counter[str] = field(default_factory=Counter)
    #: how the sources wrote the name where the index shows another spelling
    written: set[str] = field(default_factory=set)
    films: dict[str, list[int]] = field(default_factory=dict)


@dataclass(frozen=True)
class PersonPage:
    """One person: name, other spellings, films by role (oldest first), years active."""

    id: str
    name: str
    other_spellings: tuple[str, ...]
    films: dict[str, list[FilmRef]]
    years: tuple[int, int] | None

    def to_json(self) -> dict[str, Any]:
        """The API shape of the page."""
        return {
            "id": self.id,
            "name": self.name,
            "other_spellings": list(self.other_spellings),
            "films": {role: [asdict(f) for f in films] for role, films in self.films.items()},
            "years_active": {"first": self.years[0], "last": self.years[1]} if self.years else None,
        }

    def only(self, roles: tuple[str, ...]) -> PersonPage:
        """The page with the films of ``roles`` only (all when empty)."""
        if not roles:
            return self
        films = {r: f for r, f in self.films.items() if r in roles}
        return PersonPage(self.id, self.name, self.other_spellings, films, self.years)


@dataclass(frozen=True)
class PersonName:
    """A person as suggestions offer them: shown name and number of films."""

    name: str
    films: int


def _count(films: dict[str, list[int]]) -> int:
    return len({d for docs in films.values() for d in docs})


class People:
    """The people of one index generation (built on first use, then shared by threads)."""

    def __init__(self, state: Generation) -> None:
        self.state = state
        self._by_key: dict[str, _Person] | None = None
        self._films: dict[int, FilmRef] = {}
        self._lock = threading.Lock()

    def _table(self, searcher: Searcher) -> dict[str, _Person]:
        with self._lock:
            if self._by_key is None:
                self._by_key = self._read(searcher)
        return self._by_key

    def _read(self, searcher: Searcher) -> dict[str, _Person]:
        by_key: dict[str, _Person] = {}
        for docnum in np.nonzero(self.state.films)[0]:
            film = json.loads(searcher.stored_fields(int(docnum))[schema.PAYLOAD])
            self._films[int(docnum)] = FilmRef(film["id"], film["title"], film.get("year"))
            for role, name_field in ROLES:
                for name in film.get(name_field) or ():
                    k = person_key(name) or name
                    person = by_key.get(k)
                    if person is None:
                        person = by_key[k] = _Person()
                    person.spellings[name] += 1
                    person.films.setdefault(role, []).append(int(docnum))
            for fact in film.get("facts") or ():
                if fact["field"] in _NAME_FIELDS and person_key(fact["value"]) in by_key:
                    by_key[person_key(fact["value"])].written.add(fact["value"])
        return by_key

    def names(self, searcher: Searcher) -> list[PersonName]:
        """Every person with their number of films."""
        out = []
        for person in self._table(searcher).values():
            spellings = person.spellings
            name = next(iter(spellings)) if len(spellings) == 1 else display_name(spellings)
            films = person.films
            count = len(next(iter(films.values()))) if len(films) == 1 else _count(films)
            out.append(PersonName(name, count))
        return out

    def page(self, searcher: Searcher, person_id: str) -> PersonPage | None:
        """The page of the person with ``person_id``; None when nobody has it."""
        person = self._table(searcher).get(person_id.replace("-", ""))
        if person is None:
            return None
        name = display_name(person.spellings)
        films = {
            role: sorted(
                {self._films[d] for d in person.films[role]},
                key=lambda f: (f.year or 0, f.title),
            )
            for role, _ in ROLES
            if role in person.films
        }
        years = sorted({f.year for refs in films.values() for f in refs if f.year})
        others = tuple(sorted({*person.spellings, *person.written} - {name}))
        span = (years[0], years[-1]) if years else None
        return PersonPage(person_slug(name), name, others, films, span)
