"""The facet registry: every facet declared once, read by the schema, the search service, the
web pages, the JSON API, its OpenAPI description and the command line.

A :class:`Facet` says what a visitor filters and counts by: its request name (``genre``, also
the CLI option ``--genre`` and the API parameter), the index column holding its values, the
label the pages show, which kind of document has it (films or quotes), whether a value typed
in the query matches names word by word (``director:kurosawa``), and whether it is a range
(years: every value listed in order, filtered from ``year_from`` to ``year_to``).
"""

from __future__ import annotations

from dataclasses import dataclass

FILM = "film"
QUOTE = "quote"

# index columns of the facets (``indexer.schema`` re-exports them)
GENRE = "genre"
DIRECTOR_FACET = "director_facet"
COUNTRY = "country"
LANGUAGE = "language"
YEAR = "year"
DECADE = "decade"
CRITIC = "critic"
OUTLET = "outlet"


@dataclass(frozen=True)
class Facet:
    """One facet (see the module docs)."""

    name: str
    field: str
    label: str
    kind: str
    help: str
    words: bool = False
    range: bool = False


FACETS: tuple[Facet, ...] = (
    Facet("genre", GENRE, "Genre", FILM, "Only this genre (repeat for any of several)."),
    Facet("director", DIRECTOR_FACET, "Director", FILM, "Only films by this director.", True),
    Facet("country", COUNTRY, "Country", FILM, "Only films from this country."),
    Facet("year", YEAR, "Year", FILM, "Only films of this year.", range=True),
    Facet("decade", DECADE, "Decade", FILM, "Only films of this decade, e.g. 1990s."),
    Facet("language", LANGUAGE, "Language", FILM, "Only films in this language."),
    Facet("outlet", OUTLET, "Outlet", QUOTE, "Only quotes from this outlet.", True),
    Facet("critic", CRITIC, "Critic", QUOTE, "Only quotes by this critic.", True),
)
BY_NAME = {f.name: f for f in FACETS}
#: request names of the facets of each kind, in page order
FILM_NAMES = tuple(f.name for f in FACETS if f.kind == FILM)
QUOTE_NAMES = tuple(f.name for f in FACETS if f.kind == QUOTE)
#: index columns of each kind's facets
FILM_FIELDS = tuple(f.field for f in FACETS if f.kind == FILM)
QUOTE_FIELDS = tuple(f.field for f in FACETS if f.kind == QUOTE)
#: columns read as keyword values (the range facet comes from the numeric year column)
KEYWORD_FIELDS = tuple(f.field for f in FACETS if not f.range)
LABELS = {f.name: f.label for f in FACETS}


def of_kind(kind: str) -> tuple[Facet, ...]:
    """The facets of films or of quotes, in page order."""
    return tuple(f for f in FACETS if f.kind == kind)
