"""Requests and results of the search service: plain frozen dataclasses, no Whoosh, no Flask.

The web views and the JSON API render the same result objects; ``to_json`` gives the API
shape. Facets follow Datasette's shape: ``{name, values: [{value, count, selected}],
truncated}``; the web layer adds toggle URLs.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Literal

from indexer import facets

Sort = Literal["relevance", "year", "-year", "title"]
SORTS: tuple[str, ...] = ("relevance", "year", "-year", "title")
MAX_PER_PAGE = 100
MAX_QUERY_CHARS = 1000

#: request attribute -> facet name, for films and for quotes (from the facet registry)
FILM_FACET_NAMES = facets.FILM_NAMES
QUOTE_FACET_NAMES = facets.QUOTE_NAMES
#: request parameters besides q, sort, page, per_page and the facets
EXTRA_PARAMS = ("year_from", "year_to", "literal")


@dataclass(frozen=True)
class SearchRequest:
    """A film search: text, selected facet values (OR within a facet, AND across), order, page."""

    q: str = ""
    genre: tuple[str, ...] = ()
    director: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    year: tuple[str, ...] = ()
    decade: tuple[str, ...] = ()
    language: tuple[str, ...] = ()
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20
    year_from: int | None = None
    year_to: int | None = None
    literal: bool = False  # search the words as typed: no people, eras or corrections

    def selected(self) -> dict[str, tuple[str, ...]]:
        """Facet name -> selected values (only facets with a selection)."""
        return {name: getattr(self, name) for name in FILM_FACET_NAMES if getattr(self, name)}


@dataclass(frozen=True)
class QuoteRequest:
    """A quote search: a fragment or "exact phrase", with outlet and critic filters."""

    q: str = ""
    outlet: tuple[str, ...] = ()
    critic: tuple[str, ...] = ()
    film: str = ""  # a film id: only that film's quotes
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20
    year_from: int | None = None
    year_to: int | None = None
    literal: bool = False

    def selected(self) -> dict[str, tuple[str, ...]]:
        """Facet name -> selected values (only facets with a selection)."""
        return {name: getattr(self, name) for name in QUOTE_FACET_NAMES if getattr(self, name)}


@dataclass(frozen=True)
class FacetValue:
    value: str
    count: int
    selected: bool = False


@dataclass(frozen=True)
class Facet:
    name: str
    values: tuple[FacetValue, ...]
    truncated: bool = False


@dataclass(frozen=True)
class FilmHit:
    """One film in a result list; ``snippet`` is HTML (escaped text with ``<mark>``)."""

    id: str
    title: str
    original_title: str | None
    year: int | None
    directors: tuple[str, ...]
    countries: tuple[str, ...]
    genres: tuple[str, ...]
    snippet: str
    snippet_field: str = "synopsis"
    score: float | None = None
    title_html: str = ""  # the title, escaped, with the words that matched it in <mark>


@dataclass(frozen=True)
class FilmRef:
    id: str
    title: str
    year: int | None


@dataclass(frozen=True)
class QuoteHit:
    """One critic's quote: exact text, attribution, its film; ``snippet`` is HTML."""

    id: str
    text: str
    critic: str | None
    outlet: str | None
    date: str | None
    film: FilmRef
    snippet: str
    score: float | None = None


@dataclass(frozen=True)
class SearchResult:
    """A page of results with exact totals, facets and a "did you mean" suggestion."""

    query: str
    total: int
    page: int
    per_page: int
    hits: tuple[Any, ...]  # FilmHit or QuoteHit
    facets: tuple[Facet, ...] = ()
    suggestion: str | None = None
    corrected: bool = False  # typo tolerance changed some words of the query
    took_ms: float = 0.0
    timed_out: bool = False
    sort: str = "relevance"
    understood: str | None = None  # "Films directed by Steven Spielberg in the 1980s"
    relaxed: bool = False  # nothing had every word: hits have most of them
    partial: bool = False  # a cost budget cut the query short (fewer expansions, phrases)
    literal: bool = False

    @property
    def pages(self) -> int:
        """How many pages the total makes (at least 1)."""
        return max(1, -(-self.total // self.per_page))

    def to_json(self) -> dict[str, Any]:
        """The API shape: total, page, pages, hits, facets, suggestion."""
        data: dict[str, Any] = plain(self)
        data["pages"] = self.pages
        return data


@dataclass(frozen=True)
class Suggestion:
    """A search-as-you-type completion: a film title or a person's name."""

    kind: Literal["title", "person"]
    text: str
    film_id: str | None = None
    year: int | None = None
    count: int = 1


@dataclass
class FilmPage:
    """Everything the film page shows: the merged record (as JSON) and similar films."""

    film: dict[str, Any]
    similar: list[FilmRef] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The API shape: the film record plus ``similar``."""
        return {**self.film, "similar": [plain(s) for s in self.similar]}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def plain(value: Any) -> Any:
    """``dataclasses.asdict`` for these result types (dataclasses, tuples, lists, dicts and
    scalars), without its deep copies: a page of hits with facets is converted in a tenth of
    the time."""
    kind = type(value)
    names = _FIELD_NAMES.get(kind)
    if names is None and is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(value))
    if names is not None:
        return {name: plain(getattr(value, name)) for name in names}
    if kind is tuple or kind is list:
        return kind(plain(v) for v in value)
    if kind is dict:
        return {k: plain(v) for k, v in value.items()}
    return value
