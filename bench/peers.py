"""What the peers index: one flat row per merged film, the same films cinedex indexes.

Both peers get their text from the same :class:`~indexer.records.Film` records cinedex merges
(titles, every credited name, the synopsis) and the same facet values (genre, director,
country, language, year, decade). A build stops adding films once its time budget is spent
and says how many it indexed, so a slow peer cannot make the run unbounded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from indexer.records import Film
from indexer.schema import decade_of, film_names, film_titles

#: The facet filter of the "filtered + sorted" pass (a genre every data set has).
FILTER_GENRE = "Drama"
#: Facets every engine counts for each query (cinedex's film facets).
FACETS = ("genre", "director", "country", "language", "year", "decade")
PAGE = 20
FACET_LIMIT = 30


@dataclass(frozen=True)
class Row:
    """One film as the peers index it."""

    rowid: int
    id: str
    title: str
    people: str
    synopsis: str
    year: str
    decade: str
    multi: dict[str, tuple[str, ...]]  # genre, director, country, language -> values


@dataclass(frozen=True)
class BuildStats:
    """How long a build took and how many of the films it indexed."""

    seconds: float
    docs: int
    total: int

    @property
    def subset(self) -> bool:
        """The build budget ran out before every film was indexed."""
        return self.docs < self.total

    @property
    def docs_per_s(self) -> float:
        """Indexing speed."""
        return self.docs / self.seconds if self.seconds else 0.0


def to_row(rowid: int, film: Film) -> Row:
    """The peers' row for one merged film."""
    return Row(
        rowid=rowid,
        id=film.id,
        title="\n".join(film_titles(film)),
        people="\n".join(film_names(film)),
        synopsis=film.synopsis,
        year=str(film.year or ""),
        decade=decade_of(film.year) or "",
        multi={
            "genre": film.genres,
            "director": film.directors,
            "country": film.countries,
            "language": film.languages,
        },
    )


def to_rows(films: Sequence[Film]) -> list[Row]:
    """Rows for ``films``, numbered from 1 in their order."""
    return [to_row(i, film) for i, film in enumerate(films, 1)]
