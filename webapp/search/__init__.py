"""The search service: the only part of the web app that touches Whoosh.

One :class:`SearchService` is created by the app factory (and by the CLI). Per request it
checks, with two cheap system calls, whether the live index changed (a full rebuild swaps the
``current`` link, an incremental build commits a new generation) and reopens it if so; each
thread keeps its own searcher, and the NumPy state of a generation is shared by all threads.

A search runs in three steps: the text query becomes a document mask (set algebra over term
postings, cached per generation); facet counts and filters are NumPy operations on that
mask; only the page of hits is ranked by Whoosh (BM25F, bounded by a time limit) or sorted
by year or title, and only those hits are highlighted.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.collectors import TimeLimit
from whoosh.searching import Searcher

from indexer import normalize, schema
from indexer.layout import IndexLayout, index_stats
from indexer.normalize import fold, key
from webapp.search import hits, query, rank, similar
from webapp.search.people import PersonPage
from webapp.search.spelling import Speller
from webapp.search.state import BoolArray, Generation, SegmentCache, load_generation
from webapp.search.suggest import Suggester
from webapp.search.types import (
    FILM_FACET_NAMES,
    QUOTE_FACET_NAMES,
    Facet,
    FacetValue,
    FilmPage,
    FilmRef,
    QuoteRequest,
    SearchRequest,
    SearchResult,
    Suggestion,
)

__all__ = ["IndexUnavailable", "SearchService"]

log = logging.getLogger(__name__)

#: facet name (request attribute) -> index field
FACET_FIELDS = {
    "genre": schema.GENRE,
    "director": schema.DIRECTOR_FACET,
    "country": schema.COUNTRY,
    "year": "year",
    "decade": schema.DECADE,
    "language": schema.LANGUAGE,
    "outlet": schema.OUTLET,
    "critic": schema.CRITIC,
}
FACET_LIMIT = 30
#: facets whose values are names, matched word by word when typed in a query
WORD_FACETS = frozenset({"director", "critic", "outlet"})


class IndexUnavailable(Exception):
    """No index has been built yet (or it cannot be opened)."""


class _Live:
    """An open index generation: Whoosh index, shared NumPy state and a speller."""

    def __init__(self, folder: Path, cache: SegmentCache) -> None:
        self.folder = folder
        self.ix = whoosh_index.open_dir(str(folder))
        self.generation_number = self.ix.latest_generation()
        reader = self.ix.reader()
        self.reader = reader
        self.state: Generation = load_generation(
            (str(folder), self.generation_number), reader, cache
        )
        self.speller = Speller(reader, cache)
        self.suggester = Suggester(self.state)
        self._film_quotes: dict[str, list[int]] | None = None
        self.parsers = {
            schema.FILM: query.make_parser(self.ix.schema, query.FILM_FIELDS),
            schema.QUOTE: query.make_parser(self.ix.schema, query.QUOTE_FIELDS),
        }

    def quotes_of(self, film_id: str) -> BoolArray:
        """A mask of the quotes of one film (the film -> quotes table is read on first use)."""
        if self._film_quotes is None:
            table: dict[str, list[int]] = {}
            for reader, base in self.state.offsets:
                column = reader.column_reader(schema.FILM_ID, translate=False)
                for docnum, raw in enumerate(column):
                    if raw and self.state.quotes[base + docnum]:
                        table.setdefault(raw.decode("utf-8"), []).append(base + docnum)
            self._film_quotes = table
        mask = np.zeros(self.state.size, dtype=bool)
        mask[self._film_quotes.get(film_id, [])] = True
        return mask

    def searcher(self) -> Searcher:
        """A new searcher sharing this generation's reader."""
        return Searcher(self.reader, fromindex=self.ix)


class SearchService:
    """Films and quotes search over the live index in ``index_dir`` (see the module docs)."""

    def __init__(self, index_dir: Path | str, *, time_limit: float = 1.0) -> None:
        self.layout = IndexLayout(Path(index_dir))
        self.time_limit = time_limit
        self._cache = SegmentCache()
        self._live: _Live | None = None
        self._lock = threading.Lock()
        self._local = threading.local()

    # ------------------------------------------------------------------ generations

    def _current(self) -> tuple[_Live, Searcher]:
        live = self._live
        # the common case costs one readlink and one directory listing: same build, same generation
        if (
            live is None
            or live.folder != self.layout.current_target()
            or not _same_generation(live)
        ):
            folder = self.layout.live()
            if folder is None:
                raise IndexUnavailable("no index has been built yet; run `cinedex index`")
            with self._lock:
                live = self._live
                if live is None or live.folder != folder or not _same_generation(live):
                    version = self.layout.manifest().get("schema_version")
                    if version != schema.SCHEMA_VERSION:
                        raise IndexUnavailable(
                            f"the index has schema version {version}, this cinedex needs "
                            f"{schema.SCHEMA_VERSION}; run `cinedex index --full`"
                        )
                    try:
                        live = _Live(folder, self._cache)
                    except (OSError, KeyError, whoosh_index.IndexError) as exc:
                        raise IndexUnavailable(f"the index cannot be opened: {exc}") from exc
                    self._live = live
        local = getattr(self._local, "pair", None)
        if local is None or local[0] is not live:
            local = (live, live.searcher())
            self._local.pair = local
        return local

    # ------------------------------------------------------------------ films

    def search(self, request: SearchRequest) -> SearchResult:
        """Films matching ``request`` with facets, a page of highlighted hits and a suggestion."""
        return self._find(request, schema.FILM)

    def quotes(self, request: QuoteRequest) -> SearchResult:
        """Critics' quotes matching ``request``, with outlet and critic facets."""
        return self._find(request, schema.QUOTE)

    def _find(self, request: SearchRequest | QuoteRequest, kind: str) -> SearchResult:
        started = time.perf_counter()
        live, searcher = self._current()
        parser = live.parsers[kind]
        parsed = query.parse(request.q, parser, live.speller.known, live.speller.correct)
        mask, facets = (
            (live.state.films, FILM_FACET_NAMES)
            if kind == schema.FILM
            else (live.state.quotes, QUOTE_FACET_NAMES)
        )
        if isinstance(request, QuoteRequest) and request.film:
            mask = mask & live.quotes_of(request.film)
        return self._run(live, searcher, request, parsed, mask, facets, started)

    def _run(
        self,
        live: _Live,
        searcher: Searcher,
        request: Any,
        parsed: query.Parsed,
        kind: BoolArray,
        facet_names: tuple[str, ...],
        started: float,
    ) -> SearchResult:
        state = live.state
        base = kind & (self._mask(state, searcher, parsed.query) if parsed.query else state.live)
        base = base & self._typed_filters(state, parsed)
        filters = {
            name: state.columns[FACET_FIELDS[name]].docs_with(tuple(values), state.size)
            for name, values in request.selected().items()
            if name in facet_names
        }
        hits_mask = base.copy()
        for mask in filters.values():
            hits_mask &= mask
        facets = tuple(
            self._facet(state, name, base, filters, request.selected().get(name, ()))
            for name in facet_names
        )
        total = int(np.count_nonzero(hits_mask))
        docnums, timed_out = self._order(live, searcher, request, parsed, hits_mask)
        wanted = hits.wanted(parsed.query)
        make = hits.film_hit if kind is state.films else hits.quote_hit
        page = tuple(make(searcher, n, score, wanted) for n, score in docnums)
        return SearchResult(
            query=request.q,
            total=total,
            page=request.page,
            per_page=request.per_page,
            hits=page,
            facets=facets,
            suggestion=parsed.corrected_text() or self._did_you_mean(live, parsed, total),
            corrected=bool(parsed.corrections),
            took_ms=round((time.perf_counter() - started) * 1000, 2),
            timed_out=timed_out,
            sort=request.sort,
        )

    def _mask(self, state: Generation, searcher: Searcher, q: wq.Query) -> BoolArray:
        """Documents matching ``q``: set algebra on cached term postings, Whoosh for the rest."""
        if isinstance(q, wq.Term):
            mask = np.zeros(state.size, dtype=bool)
            mask[state.term_docs(q.fieldname, q.text)] = True
            return mask
        if isinstance(q, wq.And):
            mask = state.live.copy()
            for sub in q.subqueries:
                if isinstance(sub, wq.Not):
                    mask &= ~self._mask(state, searcher, sub.query)
                else:
                    mask &= self._mask(state, searcher, sub)
            return mask
        if isinstance(q, wq.Or | wq.DisjunctionMax):
            mask = np.zeros(state.size, dtype=bool)
            for sub in q.subqueries:
                mask |= self._mask(state, searcher, sub)
            return mask
        if isinstance(q, wq.AndNot):
            return self._mask(state, searcher, q.a) & ~self._mask(state, searcher, q.b)
        if isinstance(q, wq.AndMaybe | wq.Require):
            return self._mask(state, searcher, q.a)
        if isinstance(q, wq.Not):
            return state.live & ~self._mask(state, searcher, q.query)
        mask = np.zeros(state.size, dtype=bool)
        ids = np.fromiter(searcher.docs_for_query(q), dtype=np.int64)
        mask[ids] = True
        return mask

    def _typed_filters(self, state: Generation, parsed: query.Parsed) -> BoolArray:
        """Filters typed in the query (``genre:drama``, ``year:1990..1999``), case-insensitive."""
        mask = state.live.copy()
        for name, values in parsed.filters.items():
            column = state.columns[FACET_FIELDS[name]]
            chosen = _matching_values(name, values, column.ordinals.values)
            mask &= column.docs_with(chosen, state.size)
        if parsed.year_range:
            low, high = parsed.year_range
            mask &= (state.year >= (low or 1)) & (state.year <= (high or 9999))
        return mask

    def _facet(
        self,
        state: Generation,
        name: str,
        base: BoolArray,
        filters: dict[str, BoolArray],
        selected: tuple[str, ...],
    ) -> Facet:
        """Counts of one facet with every other facet's filters applied but not its own."""
        mask = base.copy()
        for other, other_mask in filters.items():
            if other != name:
                mask &= other_mask
        column = state.columns[FACET_FIELDS[name]]
        counts = column.count(mask)
        nonzero = np.nonzero(counts)[0]
        values = column.ordinals.values
        order = sorted(nonzero, key=lambda o: (-counts[o], values[o]))
        shown = [o for o in order[:FACET_LIMIT]]
        chosen = set(selected)
        shown_values = {values[o] for o in shown}
        items = [FacetValue(values[o], int(counts[o]), values[o] in chosen) for o in shown]
        items += [
            FacetValue(
                v, int(counts[column.ordinals.index[v]]) if v in column.ordinals.index else 0, True
            )
            for v in selected
            if v not in shown_values
        ]
        return Facet(name, tuple(items), truncated=len(order) > FACET_LIMIT)

    def _order(
        self, live: _Live, searcher: Searcher, request: Any, parsed: query.Parsed, mask: BoolArray
    ) -> tuple[list[tuple[int, float | None]], bool]:
        """The page of document numbers in the requested order (and whether time ran out)."""
        start = (request.page - 1) * request.per_page
        end = start + request.per_page
        candidates = np.nonzero(mask)[0]
        if start >= len(candidates):
            return [], False
        if request.sort == "relevance" and parsed.query is not None:
            return self._ranked(live, searcher, parsed, candidates, start, end)
        state = live.state
        if request.sort == "title":
            order = np.argsort(state.title_rank()[candidates], kind="stable")
        else:
            years = state.year[candidates]
            # films without a year come last in both directions
            sort_key = np.where(years > 0, years, 9999) if request.sort == "year" else -years
            order = np.lexsort((state.title_rank()[candidates], sort_key))
        return [(int(n), None) for n in candidates[order][start:end]], False

    def _ranked(
        self,
        live: _Live,
        searcher: Searcher,
        parsed: query.Parsed,
        candidates: np.ndarray,
        start: int,
        end: int,
    ) -> tuple[list[tuple[int, float | None]], bool]:
        """BM25F ranking with exact title matches first, bounded by the time limit."""
        q = parsed.query
        assert q is not None
        state = live.state
        title = key(query.split_filters(parsed.corrected_text() or parsed.text)[0])
        exact = [d for d in state.exact_titles().get(title, []) if rank.contains(candidates, d)]
        if len(candidates) > rank.SHORTLIST:
            first = rank.first_pass(state, q, lambda leaf: self._mask(state, searcher, leaf))
            size = max(rank.SHORTLIST, end * 4)
            chosen = np.union1d(
                rank.shortlist(first, candidates, size), np.asarray(exact, dtype=np.int64)
            )
            q = wq.And([rank.DocSetQuery(chosen), q])
            candidates = chosen
        mask = np.zeros(state.size, dtype=bool)
        mask[candidates] = True
        top = searcher.collector(limit=end + len(exact))
        limited = rank.BoundedCollector(top, mask, time.monotonic() + self.time_limit)
        timed_out = False
        try:
            searcher.search_with_collector(q, limited)
        except TimeLimit:
            timed_out = True
            log.warning("search time limit reached for %r", parsed.text[:200])
        scores = {hit.docnum: hit.score for hit in limited.results()}
        exact_first = sorted(exact, key=lambda d: -(scores.get(d) or 0.0))
        rest = [(d, s) for d, s in scores.items() if d not in set(exact)]
        ordered = [(d, scores.get(d)) for d in exact_first] + rest
        return ordered[start:end], timed_out

    def _did_you_mean(self, live: _Live, parsed: query.Parsed, total: int) -> str | None:
        """When little is found, a query with rare words replaced by much commoner neighbours."""
        if total >= 3 or not parsed.text:
            return None
        text = parsed.text
        changed = False
        for word in query.plain_words(text):
            folded = key(word)
            better = live.speller.correct(folded)
            if better and live.speller.frequency(better) >= 5 * max(
                1, live.speller.frequency(folded)
            ):
                text = text.replace(word, better)
                changed = True
        return text if changed else None

    # ------------------------------------------------------------------ films, suggestions

    def film(self, film_id: str) -> FilmPage | None:
        """The film page: the merged record and similar films; None if there is no such film."""
        live, searcher = self._current()
        docnum = live.state.docnum_of(film_id)
        if docnum is None or not live.state.films[docnum]:
            return None
        film = hits.payload(searcher, docnum)
        return FilmPage(film=film, similar=self._similar(live, searcher, docnum, film))

    def _similar(
        self, live: _Live, searcher: Searcher, docnum: int, film: dict[str, Any]
    ) -> list[FilmRef]:
        """Films sharing title words, people, genres, countries, era and synopsis words."""
        found = similar.find(live.state, searcher, docnum, film, top=6)
        out = []
        for other in found:
            data = hits.payload(searcher, other)
            out.append(FilmRef(data["id"], data["title"], data["year"]))
        return out

    def suggest(self, prefix: str, limit: int = 8) -> list[Suggestion]:
        """Titles and people's names for what a visitor has typed so far."""
        live, searcher = self._current()
        return live.suggester.suggest(searcher, prefix, limit)

    def person(self, person_id: str) -> PersonPage | None:
        """The page of one person (films by role, spellings); None if there is no such person."""
        live, searcher = self._current()
        return live.suggester.people.page(searcher, person_id)

    def warm(self) -> None:
        """Open the live index and build the tables searches build on first use, so that the
        first visitor of a new worker does not wait for them (no-op before the first build)."""
        try:
            live, _ = self._current()
        except IndexUnavailable:
            return
        state = live.state
        state.exact_titles()
        state.title_rank()
        state.docnum_of("")
        live.speller.correct("warmup")
        self.suggest("warm")

    def status(self) -> dict[str, Any]:
        """What the live index holds (counts, schema version, generation, last build)."""
        stats = index_stats(self.layout)
        if stats is None:
            return {"available": False, "build_running": False}
        return {"available": True, **stats}


def _matching_values(facet: str, typed: list[str], values: list[str]) -> tuple[str, ...]:
    """Facet values a filter typed in the query selects: names by their words
    ("director:kurosawa" -> "Akira Kurosawa"), other facets by value or its normal form."""
    if facet in WORD_FACETS:
        wanted = [set(key(t).split()) for t in typed]
        return tuple(v for v in values if any(w and w <= set(key(v).split()) for w in wanted))
    folded = {fold(c) for t in typed for c in (t, *_canonical(facet, t))}
    return tuple(v for v in values if fold(v) in folded)


def _canonical(facet: str, value: str) -> list[str]:
    """Facet values a typed filter value stands for ("musical" -> "Music", "USA" -> ...)."""
    if facet == "genre":
        return normalize.genre_names(value)
    if facet == "country":
        return [c for c in [normalize.country_name(value)] if c]
    if facet == "language":
        return [c for c in [normalize.language_name(value)] if c]
    return []


def _same_generation(live: _Live) -> bool:
    try:
        return live.ix.latest_generation() == live.generation_number
    except OSError:
        return False
