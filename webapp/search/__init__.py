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
import re
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.collectors import TimeLimit
from whoosh.searching import Searcher

from indexer import facets, normalize, schema
from indexer.layout import IndexLayout, index_stats
from indexer.normalize import fold, key
from webapp.search import find, hits, match, people, query, rank
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
FACET_FIELDS = {f.name: f.field for f in facets.FACETS}
FACET_LIMIT = 30
#: facets shown as a range: every value, in order
RANGE_FACETS = frozenset(f.name for f in facets.FACETS if f.range)
#: facets whose values are names, matched word by word when typed in a query
WORD_FACETS = frozenset(f.name for f in facets.FACETS if f.words)


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
        self._directors: people.Directors | None = None

    def directors(self) -> people.Directors:
        """Directors by name and surname (built on first use)."""
        if self._directors is None:
            self._directors = people.Directors(self.state)
        return self._directors

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
        state = live.state
        budget = find.deadline_budget(self.time_limit)
        parsed = find.understand(request.q, request.literal, live.speller, budget)
        matcher = find.matcher_for(state, searcher, kind, budget)
        if kind == schema.FILM and not request.literal:
            parsed = find.recognise_people(parsed, matcher, live.directors())
        facet_names = FILM_FACET_NAMES if kind == schema.FILM else QUOTE_FACET_NAMES
        base = (state.films if kind == schema.FILM else state.quotes) & self._typed_filters(
            state, parsed, request
        )
        filters = {
            name: state.columns[FACET_FIELDS[name]].docs_with(tuple(values), state.size)
            for name, values in request.selected().items()
            if name in facet_names
        }
        selected = state.live.copy()
        for mask in filters.values():
            selected &= mask
        found = find.match(parsed, matcher, base, selected)
        hits_mask = found.mask & selected
        facets = tuple(
            self._facet(state, name, found.mask, filters, request.selected().get(name, ()))
            for name in facet_names
        )
        docnums, timed_out = self._order(live, searcher, request, found, hits_mask)
        wanted = hits.wanted(found.parsed)
        make = hits.film_hit if kind == schema.FILM else hits.quote_hit
        page = tuple(make(searcher, n, score, wanted) for n, score in docnums)
        corrected = found.parsed.corrected_text()
        total = int(np.count_nonzero(hits_mask))
        return SearchResult(
            query=request.q,
            total=total,
            page=request.page,
            per_page=request.per_page,
            hits=page,
            facets=facets,
            suggestion=corrected or self._did_you_mean(live, found, total, budget),
            corrected=corrected is not None,
            took_ms=round((time.perf_counter() - started) * 1000, 2),
            timed_out=timed_out,
            sort=request.sort,
            understood=find.understood(found.parsed) if kind == schema.FILM else None,
            relaxed=found.relaxed,
            partial=budget.partial,
            literal=request.literal,
        )

    def _typed_filters(self, state: Generation, parsed: query.Parsed, request: Any) -> BoolArray:
        """Filters typed in the query (``genre:drama``, ``year:1990..1999``), case-insensitive,
        and the request's year range."""
        mask = state.live.copy()
        for name, values in parsed.filters.items():
            column = state.columns[FACET_FIELDS[name]]
            chosen = _matching_values(name, list(values), column.ordinals.values)
            mask &= column.docs_with(chosen, state.size)
        if parsed.year_range:
            mask &= find.year_mask(state, *parsed.year_range)
        if request.year_from or request.year_to:
            mask &= find.year_mask(state, request.year_from, request.year_to)
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
        if name in RANGE_FACETS:  # every value, in order
            order = sorted(nonzero, key=lambda o: values[o])
            limit = len(order)
        else:
            order = sorted(nonzero, key=lambda o: (-counts[o], values[o]))
            limit = FACET_LIMIT
        shown = order[:limit]
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
        return Facet(name, tuple(items), truncated=len(order) > limit)

    def _order(
        self, live: _Live, searcher: Searcher, request: Any, found: find.Found, mask: BoolArray
    ) -> tuple[list[tuple[int, float | None]], bool]:
        """The page of document numbers in the requested order (and whether time ran out)."""
        start = (request.page - 1) * request.per_page
        end = start + request.per_page
        candidates = np.nonzero(mask)[0]
        if start >= len(candidates):
            return [], False
        if request.sort == "relevance" and not found.parsed.empty:
            kind = schema.QUOTE if found.matcher.fields == match.QUOTE_FIELDS else schema.FILM
            return self._ranked(searcher, found, candidates, start, end, kind)
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
        searcher: Searcher,
        found: find.Found,
        candidates: np.ndarray,
        start: int,
        end: int,
        kind: str,
    ) -> tuple[list[tuple[int, float | None]], bool]:
        """Tiers first (see :func:`rank.tiers`), then BM25F x title coverage plus how much a
        film is written about; BM25F only for a shortlist, bounded by the time limit."""
        state, matcher = found.matcher.state, found.matcher
        tier = np.zeros(state.size, dtype=np.int64)
        tier[candidates] = rank.tiers(found, candidates)
        if len(candidates) > rank.SHORTLIST:
            first = matcher.weights(found.parsed) + tier.astype(np.float32) * 1000.0
            candidates = rank.shortlist(first, candidates, max(rank.SHORTLIST, end * 4))
        scores = self._bm25(searcher, found, candidates)
        words = set(found.parsed.words())
        cover = rank.coverage(state, candidates, words)
        final = np.array([scores.get(int(d), 0.0) for d in candidates], dtype=np.float64)
        popular = state.popularity()[candidates]
        if found.parsed.person() is not None:  # their feature films, the best known first
            features = ~state.columns[schema.GENRE].docs_with(rank.NOT_FEATURES, state.size)
            final = (popular + features[candidates]) * 10.0 + final * (1.0 + cover) * 0.1
        else:
            final = final * (1.0 + cover) + 0.5 * popular
        sequence = [c[0].text for c in found.parsed.clauses if isinstance(c[0], query.Word)]
        if len(sequence) >= 4 and kind == schema.QUOTE:  # a fragment: its own quote first
            texts = [hits.payload(searcher, int(d))["text"] for d in candidates]
            final = final + 3.0 * rank.adjacency(texts, sequence)
        order = np.lexsort((candidates, -final, -tier[candidates]))
        ranked: list[tuple[int, float | None]] = [
            (int(candidates[i]), float(final[i])) for i in order
        ]
        return ranked[start:end], found.matcher.budget.expired()

    def _bm25(self, searcher: Searcher, found: find.Found, docs: np.ndarray) -> dict[int, float]:
        """Whoosh's BM25F of the shortlisted ``docs`` (what the time limit allows)."""
        scoring = found.matcher.scoring_query(found.parsed)
        if scoring is None:
            return {}
        q = wq.And([rank.DocSetQuery(docs), scoring])
        allow = np.zeros(found.matcher.state.size, dtype=bool)
        allow[docs] = True
        deadline = max(found.matcher.budget.deadline, time.monotonic() + 0.05)
        limited = rank.BoundedCollector(searcher.collector(limit=len(docs)), allow, deadline)
        try:
            searcher.search_with_collector(q, limited)
        except TimeLimit:
            log.warning("search time limit reached for %r", found.parsed.text[:200])
        return {hit.docnum: hit.score for hit in limited.results()}

    def _did_you_mean(
        self, live: _Live, found: find.Found, total: int, budget: match.Budget
    ) -> str | None:
        """When little is found, a query with rare words replaced by much commoner neighbours."""
        parsed = found.parsed
        if total >= 3 or not parsed.text or parsed.literal:
            return None
        text, changed = parsed.text, False
        for word in query.plain_words(parsed)[: find.SPELL_ATTEMPTS]:
            if budget.expired():
                break
            better = live.speller.correct(word)
            if better and live.speller.frequency(better) >= 5 * max(
                1, live.speller.frequency(word)
            ):
                text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", better, text, flags=re.I)
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
        """Films sharing the most distinctive words of this film's synopsis, genres and director."""
        text = " ".join([film["synopsis"], *film["genres"], *film["directors"]])
        if not text.strip():
            return []
        try:
            terms = searcher.key_terms_from_text(schema.EXACT, text, numterms=12)
        except (ValueError, ZeroDivisionError):  # no usable key terms
            return []
        found = rank.similar(live.state, terms, live.state.films, docnum, top=6)
        out = []
        for other in found:
            data = hits.payload(searcher, other)
            out.append(FilmRef(data["id"], data["title"], data["year"]))
        return out

    def suggest(self, prefix: str, limit: int = 8) -> list[Suggestion]:
        """Titles and people's names for what a visitor has typed so far."""
        live, searcher = self._current()
        return live.suggester.suggest(searcher, prefix, limit)

    def warm(self) -> None:
        """Open the live index and build the tables searches build on first use, so that the
        first visitor of a new worker does not wait for them (no-op before the first build)."""
        try:
            live, _ = self._current()
        except IndexUnavailable:
            return
        state = live.state
        state.exact_titles()
        state.near_titles()
        state.popularity()
        live.directors()
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
