"""The search service: the only part of the web app that touches Whoosh.

One :class:`SearchService` is created by the app factory (and by the CLI). Per request it
checks, with two cheap system calls, whether the live index changed (a full rebuild swaps the
``current`` link, an incremental build commits a new generation) and reopens it if so; each
thread reads through its own Whoosh reader and searcher of the generation
(:mod:`~webapp.search.readers`: a reader is not safe to share), and the NumPy state and caches of
a generation are shared by all threads.

A search runs in four steps, each in its module: the text is parsed once (``query``; people
recognised by ``people``, misspellings corrected by ``spelling``) and matched as a document
mask (``find``, ``match``: set algebra over term postings cached per generation, under a cost
budget); filters and facet counts are NumPy operations on that mask (``filters``); only a
shortlist is ranked (``order``, ``rank``) or the hits sorted by year or title; only the page
of hits is highlighted (``hits``, ``highlight``).
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import index as whoosh_index
from whoosh.searching import Searcher

from indexer import schema
from indexer.layout import IndexLayout, index_stats
from webapp.search import filters, find, hits, match, order, people, query, similar
from webapp.search.person_pages import PersonPage
from webapp.search.readers import ReaderGone, Readers
from webapp.search.spelling import Speller
from webapp.search.state import BoolArray, Generation, SegmentCache, load_generation
from webapp.search.suggest import Suggester
from webapp.search.types import (
    FILM_FACET_NAMES,
    QUOTE_FACET_NAMES,
    FilmPage,
    FilmRef,
    QuoteRequest,
    SearchRequest,
    SearchResult,
    Suggestion,
)

__all__ = ["IndexUnavailable", "SearchService"]

log = logging.getLogger(__name__)
#: the commonest terms of the long text fields read at start (:meth:`SearchService.warm`)
WARM_TERMS = 100
WARM_FIELDS = (schema.SYNOPSIS, schema.QUOTES)


#: attempts to open the live generation when commits keep replacing it
RETRIES = 3
#: searches a process runs at once, each with a Whoosh reader of its own
READERS = 4


class IndexUnavailable(Exception):
    """No index has been built yet (or it cannot be opened)."""


class _Live:
    """An open index generation: Whoosh index, shared NumPy state and a speller."""

    def __init__(self, folder: Path, cache: SegmentCache, readers: int) -> None:
        self.folder = folder
        self.ix = whoosh_index.open_dir(str(folder))
        self.readers = Readers(self.ix, readers)
        self.generation_number = self.readers.generation
        with self.readers.lease():
            self.state: Generation = load_generation(
                (str(folder), self.generation_number), self.readers, cache
            )
        self.speller = Speller(self.readers, cache)
        self.suggester = Suggester(self.state)
        self._directors: people.Directors | None = None
        self._film_quotes: dict[str, list[int]] | None = None

    def directors(self) -> people.Directors:
        """Directors by name and surname (built on first use)."""
        if self._directors is None:
            self._directors = people.Directors(self.state)
        return self._directors

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


class SearchService:
    """Films and quotes search over the live index in ``index_dir`` (see the module docs)."""

    def __init__(
        self, index_dir: Path | str, *, time_limit: float = 1.0, readers: int = READERS
    ) -> None:
        self.layout = IndexLayout(Path(index_dir))
        self.time_limit = time_limit
        self.readers = readers
        self._cache = SegmentCache()
        self._live: _Live | None = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ generations

    @contextlib.contextmanager
    def _reading(self) -> Iterator[tuple[_Live, Searcher]]:
        """The live generation and a searcher of it lent to the calling thread (waiting while
        every reader of the generation is lent)."""
        for _ in range(RETRIES):
            live: _Live | None = None
            lent = False
            try:  # a generation's first reader is opened by _generation, the others here
                live = self._generation()
                with live.readers.lease() as lease:
                    lent = True
                    yield live, lease.searcher
                return
            except ReaderGone:  # a newer commit removed its files: move on to that one
                if lent:
                    raise
                with self._lock:
                    if live is not None and self._live is live:
                        self._live = None
        raise IndexUnavailable("the index changed while it was being opened; try again")

    def _generation(self) -> _Live:
        live = self._live
        # the common case costs one readlink and one directory listing: same build, same generation
        if (
            live is not None
            and live.folder == self.layout.current_target()
            and _same_generation(live)
        ):
            return live
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
                    live = _Live(folder, self._cache, self.readers)
                except (OSError, KeyError, whoosh_index.IndexError) as exc:
                    raise IndexUnavailable(f"the index cannot be opened: {exc}") from exc
                self._live = live
        return live

    # ------------------------------------------------------------------ films

    def search(self, request: SearchRequest) -> SearchResult:
        """Films matching ``request`` with facets, a page of highlighted hits and a suggestion."""
        return self._find(request, schema.FILM)

    def quotes(self, request: QuoteRequest) -> SearchResult:
        """Critics' quotes matching ``request``, with outlet and critic facets."""
        return self._find(request, schema.QUOTE)

    def _find(self, request: SearchRequest | QuoteRequest, kind: str) -> SearchResult:
        """One search of films or quotes: parse, match, filter, count, rank, highlight."""
        started = time.perf_counter()
        with self._reading() as (live, searcher):
            return self._find_in(live, searcher, request, kind, started)

    def _find_in(
        self,
        live: _Live,
        searcher: Searcher,
        request: SearchRequest | QuoteRequest,
        kind: str,
        started: float,
    ) -> SearchResult:
        state = live.state
        budget = find.deadline_budget(self.time_limit)
        parsed = find.understand(request.q, request.literal, live.speller, budget)
        matcher = find.matcher_for(state, searcher, kind, budget)
        if kind == schema.FILM and not request.literal:
            parsed = find.recognise_people(parsed, matcher, live.directors())
        names = FILM_FACET_NAMES if kind == schema.FILM else QUOTE_FACET_NAMES
        documents = state.films if kind == schema.FILM else state.quotes
        if isinstance(request, QuoteRequest) and request.film:
            documents = documents & live.quotes_of(request.film)
        base = documents & filters.typed(state, parsed, request)
        chosen = filters.selections(state, request, names)
        selected = state.live.copy()
        for mask in chosen.values():
            selected &= mask
        found = find.match(parsed, matcher, base, selected)
        hits_mask = found.mask & selected
        facets = tuple(
            filters.count(state, name, found.mask, chosen, request.selected().get(name, ()))
            for name in names
        )
        docnums, timed_out = order.page(searcher, request, found, hits_mask)
        wanted = hits.wanted(found.parsed)
        make = hits.film_hit if kind == schema.FILM else hits.quote_hit
        corrected = found.parsed.corrected_text()
        total = int(np.count_nonzero(hits_mask))
        return SearchResult(
            query=request.q,
            total=total,
            page=request.page,
            per_page=request.per_page,
            hits=tuple(make(searcher, n, score, wanted) for n, score in docnums),
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

    def _did_you_mean(
        self, live: _Live, found: find.Found, total: int, budget: match.Budget
    ) -> str | None:
        """When little is found, a query with rare words replaced by much commoner neighbours
        (not when the query is a film's very title: the visitor typed what exists)."""
        parsed = found.parsed
        if total >= 3 or not parsed.text or parsed.literal or 2 in found.titles.values():
            return None
        text, changed = parsed.text, False
        for word in query.plain_words(parsed)[: find.SPELL_ATTEMPTS]:
            if budget.expired():
                break
            if live.speller.known(word):
                # its closest known word is itself, never 5 times commoner: skip the scan of
                # every word of its length (~10 ms a word at 50,000 films)
                continue
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
        with self._reading() as (live, searcher):
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
        with self._reading() as (live, searcher):
            return live.suggester.suggest(searcher, prefix, limit)

    def person(self, person_id: str) -> PersonPage | None:
        """The page of one person (films by role, spellings); None if there is no such person."""
        with self._reading() as (live, searcher):
            return live.suggester.people.page(searcher, person_id)

    def warm(self) -> None:
        """Open the live index and build the tables searches build on first use, so that the
        first visitor of a new worker does not wait for them (no-op before the first build)."""
        try:
            with self._reading() as (live, _):
                state = live.state
                state.exact_titles()
                state.near_titles()
                state.popularity()
                live.directors()
                state.title_rank()
                state.docnum_of("")
                state.warm_terms(WARM_FIELDS, WARM_TERMS)
                live.speller.correct("warmup")
                self.suggest("warm")
        except IndexUnavailable:
            return

    def status(self) -> dict[str, Any]:
        """What the live index holds (counts, schema version, generation, last build)."""
        stats = index_stats(self.layout)
        if stats is None:
            return {"available": False, "build_running": False}
        return {"available": True, **stats}


def _same_generation(live: _Live) -> bool:
    try:
        return live.ix.latest_generation() == live.generation_number
    except OSError:
        return False
