"""The shared shapes: what extraction produces and what merging and indexing consume.

A :class:`Film` is what one document says about one film (``sources`` has one entry), or,
after :mod:`indexer.merge`, one film built from every document about it (``id`` set,
``facts`` and ``conflicts`` filled in). A :class:`LooseQuote` is a critic's quote found
apart from its film (a catalogue of quotes); merging attaches it through :class:`FilmRef`.

Every extractor returns an :class:`ExtractResult`; nothing is dropped silently: what could
not be used is a :class:`Problem` with the document it came from and the reason.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Literal

#: Crew roles kept in ``Film.credits`` (directors, writers and cast have their own fields).
ROLES = (
    "cinematography",
    "editing",
    "music",
    "sound",
    "production design",
    "art direction",
    "costume design",
    "producers",
    "executive producers",
    "visual effects",
    "animation",
)


@dataclass(frozen=True)
class Quote:
    """A critic's quote: the exact text with its critic and outlet when known."""

    text: str
    critic: str | None = None
    outlet: str | None = None
    date: str | None = None
    verdict: str | None = None  # "fresh" or "rotten" where the source says
    source: str = ""


@dataclass(frozen=True)
class FilmRef:
    """How a loose quote names its film: a catalogue link/key, or title and year."""

    title: str | None = None
    year: int | None = None
    link: str | None = None


@dataclass(frozen=True)
class LooseQuote:
    """A quote from a quotes catalogue, still to be attached to its film."""

    film: FilmRef
    quote: Quote


@dataclass(frozen=True)
class Fact:
    """One value of one field and the documents that state it."""

    field: str
    value: str
    sources: tuple[str, ...]
    #: those of ``sources`` that give the value only in prose (a synopsis's "directed by")
    prose: tuple[str, ...] = ()


@dataclass(frozen=True)
class Conflict:
    """Sources disagree on a single-valued field: the value kept and every value seen."""

    field: str
    chosen: str
    values: tuple[Fact, ...]


@dataclass(frozen=True)
class Film:
    """A film as one document describes it, or as merged from many documents."""

    title: str
    original_title: str | None = None
    alt_titles: tuple[str, ...] = ()
    year: int | None = None
    directors: tuple[str, ...] = ()
    writers: tuple[str, ...] = ()
    cast: tuple[str, ...] = ()
    #: crew by role, roles from :data:`ROLES`: ``(("cinematography", ("Wang Weihua",)), ...)``
    credits: tuple[tuple[str, tuple[str, ...]], ...] = ()
    companies: tuple[str, ...] = ()
    #: English country names for facets (see :func:`indexer.normalize.country_name`)
    countries: tuple[str, ...] = ()
    #: countries as the document wrote them ("Francia", "Ирска")
    countries_as_written: tuple[str, ...] = ()
    #: genres from the small English vocabulary of :mod:`indexer.normalize`
    genres: tuple[str, ...] = ()
    #: labels that are not genres (platform tags such as "International Movies")
    tags: tuple[str, ...] = ()
    runtime_minutes: int | None = None
    #: every runtime stated for the film (a page may give two; merged films keep all)
    runtimes: tuple[int, ...] = ()
    #: spoken languages as English names ("Mandarin")
    languages: tuple[str, ...] = ()
    synopsis: str = ""
    quotes: tuple[Quote, ...] = ()
    awards: tuple[str, ...] = ()
    #: ISO 639-1 code of the document's own language, used to pick a stemmer
    text_language: str | None = None
    #: an external key that quote catalogues use to join (e.g. a Rotten Tomatoes slug)
    link: str | None = None
    sources: tuple[str, ...] = ()
    #: people fields read from the synopsis's prose ("directed by ...") rather than stated
    prose_fields: tuple[str, ...] = ()
    #: editors' identity rules: ``(("same_as", "Star Wars (1977)"), ("not_same_as", ...))``
    rules: tuple[tuple[str, str], ...] = ()
    #: a catalogue row that only states rules (it describes no film by itself)
    rule_only: bool = False
    # --- filled in by merging ---
    id: str = ""
    facts: tuple[Fact, ...] = ()
    conflicts: tuple[Conflict, ...] = ()

    def credit(self, role: str) -> tuple[str, ...]:
        """Names credited for ``role`` (empty when none)."""
        for name, people in self.credits:
            if name == role:
                return people
        return ()

    def replace(self, **changes: Any) -> Film:
        """A copy with ``changes`` applied (``dataclasses.replace`` without its per-call
        introspection, which dominated merging 50,000 films)."""
        unknown = changes.keys() - _FILM_FIELDS
        if unknown:
            raise TypeError(f"Film has no field(s) {sorted(unknown)}")
        new = object.__new__(Film)
        new.__dict__.update(self.__dict__)
        new.__dict__.update(changes)
        return new


_FILM_FIELDS = frozenset(f.name for f in dataclasses.fields(Film))


@dataclass(frozen=True)
class Problem:
    """Something a document did not give cleanly: an error (nothing read) or a warning."""

    source: str
    message: str
    level: Literal["error", "warning"] = "warning"


@dataclass
class ExtractResult:
    """What reading one document produced."""

    films: list[Film] = field(default_factory=list)
    quotes: list[LooseQuote] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def extend(self, other: ExtractResult) -> None:
        """Add ``other``'s films, quotes and problems to this result."""
        self.films.extend(other.films)
        self.quotes.extend(other.quotes)
        self.problems.extend(other.problems)


def film_to_json(film: Film) -> dict[str, Any]:
    """The JSON shape of a film used by ``cinedex extract --json`` and the API."""
    return {
        "id": film.id or None,
        "title": film.title,
        "original_title": film.original_title,
        "alt_titles": list(film.alt_titles),
        "year": film.year,
        "directors": list(film.directors),
        "writers": list(film.writers),
        "cast": list(film.cast),
        "credits": {role: list(names) for role, names in film.credits},
        "companies": list(film.companies),
        "countries": list(film.countries),
        "countries_as_written": list(film.countries_as_written),
        "genres": list(film.genres),
        "tags": list(film.tags),
        "runtime_minutes": film.runtime_minutes,
        "runtimes": list(film.runtimes),
        "languages": list(film.languages),
        "synopsis": film.synopsis,
        "quotes": [quote_to_json(q) for q in film.quotes],
        "awards": list(film.awards),
        "text_language": film.text_language,
        "sources": list(film.sources),
        "facts": [
            {
                "field": f.field,
                "value": f.value,
                "sources": list(f.sources),
                **({"read_from_prose": list(f.prose)} if f.prose else {}),
            }
            for f in film.facts
        ],
        "conflicts": [
            {
                "field": c.field,
                "chosen": c.chosen,
                "values": [{"value": v.value, "sources": list(v.sources)} for v in c.values],
            }
            for c in film.conflicts
        ],
    }


def quote_to_json(quote: Quote) -> dict[str, Any]:
    """The JSON shape of a quote."""
    return {
        "text": quote.text,
        "critic": quote.critic,
        "outlet": quote.outlet,
        "date": quote.date,
        "verdict": quote.verdict,
        "source": quote.source,
    }
