"""Whoosh used plainly: what an application gets from the documentation, nothing tuned.

``StemmingAnalyzer`` TEXT fields (title, people, synopsis), comma-separated KEYWORD facet
fields, a ``MultifieldParser``, ``searcher.search(q, limit=20, groupedby=[genre, director,
country, year, decade], maptype=Count)`` and the default highlighter
``hit.highlights("synopsis")``.

Two ways of holding the searcher are timed. As Whoosh's documentation shows and Whoosh web
apps do, a searcher per request (:meth:`PlainWhoosh.search_per_request`): its facet caches are
built again for every search. And, leaning in Whoosh's favour, one searcher kept between
queries (the other passes). Both are the cheap plain setup otherwise: facets named by
field name count one value per film (a film in two genres is counted in one; counting both
needs ``FieldFacet(name, allow_overlap=True)``: :meth:`PlainWhoosh.search_overlap`, timed
apart), the searcher is kept between queries (as cinedex keeps its own), so Whoosh's
per-searcher facet caches are built once, there is no
language facet, and the filtered pass is one search with ``filter=`` and ``sortedby=``, so
its genre counts are those of the selection (cinedex and the FTS5 peer keep every genre's
count: multi-select).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from whoosh import fields, index, query, sorting
from whoosh.analysis import StemmingAnalyzer
from whoosh.qparser import MultifieldParser

from bench.peers import FACET_LIMIT, FILTER_GENRE, PAGE, BuildStats, Row

MULTI = ("genre", "director", "country", "language")
TEXT_FIELDS = ["title", "people", "synopsis"]
#: The facets as a plain application asks for them: field names, no ``allow_overlap``.
GROUPED_BY = ("genre", "director", "country", "year", "decade")


def make_schema() -> fields.Schema:
    """The plain schema: stored stemmed text, keyword facets, year and decade as IDs."""
    text = {name: fields.TEXT(analyzer=StemmingAnalyzer(), stored=True) for name in TEXT_FIELDS}
    facets = {name: fields.KEYWORD(commas=True, stored=True) for name in MULTI}
    return fields.Schema(
        id=fields.ID(stored=True, unique=True),
        year=fields.ID(stored=True),
        decade=fields.ID(stored=True),
        **text,
        **facets,
    )


def _document(row: Row) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": row.id,
        "title": row.title,
        "people": row.people,
        "synopsis": row.synopsis,
    }
    # an empty ID would make an empty facet group; Whoosh leaves absent fields out
    doc.update({k: v for k, v in (("year", row.year), ("decade", row.decade)) if v})
    doc.update({name: ",".join(v.replace(",", " ") for v in row.multi[name]) for name in MULTI})
    return doc


class PlainWhoosh:
    """A plain Whoosh index in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.ix: Any = None
        self.searcher: Any = None
        self.parser: Any = None

    def build(self, rows: Sequence[Row], budget_s: float) -> BuildStats:
        """Index ``rows`` with one default writer; stop adding after ``budget_s`` seconds."""
        start = time.perf_counter()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.ix = index.create_in(str(self.folder), make_schema())
        writer = self.ix.writer()
        done = 0
        for row in rows:
            writer.add_document(**_document(row))
            done += 1
            if done % 500 == 0 and time.perf_counter() - start > budget_s:
                break
        writer.commit()
        seconds = time.perf_counter() - start
        self.searcher = self.ix.searcher()
        self.parser = MultifieldParser(TEXT_FIELDS, self.ix.schema)
        return BuildStats(seconds, done, len(rows))

    def search_only(self, q: str) -> int:
        """The first page by BM25F with stored titles: no facets, no highlights."""
        results = self.searcher.search(self.parser.parse(q), limit=PAGE)
        return len([hit["title"] for hit in results])

    def search_full(self, q: str) -> int:
        """Total, the six facets with counts and the first page highlighted."""
        results = self.searcher.search(
            self.parser.parse(q), limit=PAGE, groupedby=list(GROUPED_BY), maptype=sorting.Count
        )
        return self._finish(results)

    def search_per_request(self, q: str) -> int:
        """As :meth:`search_full`, the way Whoosh's documentation and most Whoosh web apps
        search: a searcher opened for each request (``with ix.searcher() as searcher``), so
        the facet caches a searcher builds are built again for every search."""
        with self.ix.searcher() as searcher:
            results = searcher.search(
                self.parser.parse(q), limit=PAGE, groupedby=list(GROUPED_BY), maptype=sorting.Count
            )
            return self._finish(results)

    def search_overlap(self, q: str) -> int:
        """As :meth:`search_full`, but genre, director and country count every value of a
        film (``allow_overlap=True``): Whoosh then reads the field's postings on every search."""
        overlap = [
            sorting.FieldFacet(name, allow_overlap=True, maptype=sorting.Count)
            for name in ("genre", "director", "country")
        ]
        facets = [*overlap, sorting.FieldFacet("year"), sorting.FieldFacet("decade")]
        results = self.searcher.search(
            self.parser.parse(q), limit=PAGE, groupedby=facets, maptype=sorting.Count
        )
        return self._finish(results)

    def search_filtered(self, q: str) -> int:
        """Genre = Drama, sorted by year, six facets, the first page highlighted."""
        results = self.searcher.search(
            self.parser.parse(q),
            limit=PAGE,
            filter=query.Term("genre", FILTER_GENRE),
            sortedby="year",
            groupedby=list(GROUPED_BY),
            maptype=sorting.Count,
        )
        return self._finish(results)

    @staticmethod
    def _finish(results: Any) -> int:
        for name in GROUPED_BY:
            counts = results.groups(name)
            sorted(counts.items(), key=lambda item: (-item[1], str(item[0])))[:FACET_LIMIT]
        for hit in results:
            hit.highlights("synopsis")
        return len(results)

    def close(self) -> None:
        """Close the searcher."""
        if self.searcher is not None:
            self.searcher.close()
