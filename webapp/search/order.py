"""The page of hits in the requested order: relevance (tiers, then scores), year or title.

Relevance ranks in two passes: every candidate gets its tiers (:func:`rank.tiers`) and a cheap
first-pass score, the best :data:`rank.SHORTLIST` are scored by BM25F (:func:`rank.bm25`), and
the final score multiplies BM25F by the title coverage and adds how much a film is written
about; a person's films are ordered by how well known they are, a
quote fragment's own quote (its word pairs side by side) comes first.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
from whoosh.searching import Searcher

from indexer import schema
from webapp.search import hits, query, rank
from webapp.search.find import Found
from webapp.search.match import QUOTE_FIELDS
from webapp.search.state import BoolArray

log = logging.getLogger(__name__)

Ranked = list[tuple[int, float | None]]


def page(searcher: Searcher, request: Any, found: Found, mask: BoolArray) -> tuple[Ranked, bool]:
    """The page of document numbers in the requested order (and whether time ran out)."""
    start = (request.page - 1) * request.per_page
    end = start + request.per_page
    candidates = np.nonzero(mask)[0]
    if start >= len(candidates):
        return [], False
    if request.sort == "relevance" and not found.parsed.empty:
        return ranked(searcher, found, candidates, start, end)
    state = found.matcher.state
    if request.sort == "title":
        order = np.argsort(state.title_rank()[candidates], kind="stable")
    else:
        years = state.year[candidates]
        # films without a year come last in both directions
        sort_key = np.where(years > 0, years, 9999) if request.sort == "year" else -years
        order = np.lexsort((state.title_rank()[candidates], sort_key))
    return [(int(n), None) for n in candidates[order][start:end]], False


def ranked(
    searcher: Searcher, found: Found, candidates: np.ndarray, start: int, end: int
) -> tuple[Ranked, bool]:
    """Tiers first, then the final score (see the module docs)."""
    state, matcher = found.matcher.state, found.matcher
    tier = np.zeros(state.size, dtype=np.int64)
    tier[candidates] = rank.tiers(found, candidates)
    if len(candidates) > rank.SHORTLIST:
        first = matcher.weights(found.parsed) + tier.astype(np.float32) * 1000.0
        candidates = rank.shortlist(first, candidates, max(rank.SHORTLIST, end * 4))
    final = _scores(searcher, found, candidates)
    order = np.lexsort((candidates, -final, -tier[candidates]))
    out: Ranked = [(int(candidates[i]), float(final[i])) for i in order]
    return out[start:end], matcher.budget.expired()


def _scores(searcher: Searcher, found: Found, docs: np.ndarray) -> np.ndarray:
    state = found.matcher.state
    scores = bm25(searcher, found, docs)
    cover = rank.coverage(state, docs, set(found.parsed.words()))
    final = np.array([scores.get(int(d), 0.0) for d in docs], dtype=np.float64)
    popular = state.popularity()[docs]
    if found.parsed.person() is not None:  # their feature films, the best known first
        features = ~state.columns[schema.GENRE].docs_with(rank.NOT_FEATURES, state.size)
        final = (popular + features[docs]) * 10.0 + final * (1.0 + cover) * 0.1
    else:
        final = final * (1.0 + cover) + 0.5 * popular
    sequence = [c[0].text for c in found.parsed.clauses if isinstance(c[0], query.Word)]
    if len(sequence) >= 4 and found.matcher.fields == QUOTE_FIELDS:
        texts = [hits.payload(searcher, int(d))["text"] for d in docs]
        final = final + 3.0 * rank.adjacency(texts, sequence)
    return final


def bm25(searcher: Searcher, found: Found, docs: np.ndarray) -> dict[int, float]:
    """BM25F of the shortlisted ``docs`` (:func:`rank.bm25`)."""
    leaves = found.matcher.scored(found.parsed)
    scores = rank.bm25(found.matcher.state, searcher.reader(), docs, leaves)
    return {int(d): float(s) for d, s in zip(docs, scores, strict=True)}
