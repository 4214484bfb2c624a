"""Ranking pieces: tiers, a shortlist, BM25F in NumPy, title coverage, word adjacency.

A hit's place is decided first by its tiers (:func:`tiers`: how many clauses it matches when
the query was relaxed, directed by the person asked for, title equal to the query, credited
to the person), then by a score. Scoring every candidate would cost tens of milliseconds for
a common word, so a first pass (``Matcher.weights``: field boost x idf summed from cached
postings) picks a shortlist of :data:`SHORTLIST`, which :func:`bm25` scores from the same
postings and the stored field lengths; :func:`coverage` (the share of a title the query has)
multiplies it and :func:`adjacency` (the query's word pairs side by side) adds to it.

:func:`similar` finds similar films from a film's key terms.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

import numpy as np
from numpy.typing import NDArray

from indexer import schema
from webapp.search import query
from webapp.search.state import BoolArray, Generation

SHORTLIST = 160
#: genres that come after feature films when a person's films are listed
NOT_FEATURES = ("Documentary", "Short", "Short Film", "Concert", "Music Video", "TV Movie")
FloatArray = NDArray[np.float32]


def shortlist(scores: FloatArray, candidates: np.ndarray, size: int) -> np.ndarray:
    """The ``size`` best-scored ``candidates`` (sorted document numbers)."""
    if len(candidates) <= size:
        return candidates
    best = np.argpartition(-scores[candidates], size - 1)[:size]
    return np.sort(candidates[best])


def similar(
    state: Generation, terms: list[tuple[str, float]], films: BoolArray, exclude: int, top: int
) -> list[int]:
    """Films sharing the most weighted key terms (``(word, weight)`` in the exact field)."""
    scores = np.zeros(state.size, dtype=np.float32)
    for word, weight in terms:
        docs = state.term_docs(schema.EXACT, word)
        if len(docs):
            scores[docs] += float(weight)
    scores[~films] = 0
    scores[exclude] = 0
    found = np.nonzero(scores)[0]
    if not len(found):
        return []
    order = found[np.lexsort((found, -scores[found]))]
    return [int(d) for d in order[:top]]


def tiers(found: Any, docs: np.ndarray) -> np.ndarray:
    """Per document of ``docs``, the ranking tiers that come before any score, best first:
    clauses matched (when relaxed), directed by the person asked for, title is the query,
    named among the person's credits. Returned as one sortable integer per document."""
    n = len(docs)
    matched = found.counts[docs].astype(np.int64) if found.relaxed else np.zeros(n, np.int64)
    directed = np.zeros(n, np.int64)
    named = np.zeros(n, np.int64)
    person = found.parsed.person()
    if person is not None:
        by, credited = found.matcher.person_roles(person)
        if not person.cast:
            directed, named = by[docs].astype(np.int64), credited[docs].astype(np.int64)
        else:  # "movies with": the films they act in, not those they only directed
            named = (credited & ~by)[docs].astype(np.int64)
    title = np.array([found.titles.get(int(d), 0) for d in docs], dtype=np.int64)
    return ((matched * 2 + directed) * 3 + title) * 2 + named


def coverage(state: Generation, docs: np.ndarray, words: set[str]) -> FloatArray:
    """The share of a title's words that the query has (best of a film's titles)."""
    out = np.zeros(len(docs), dtype=np.float32)
    for i, d in enumerate(docs):
        for title in state.title_variants[int(d)]:
            parts = set(title.split())
            if parts:
                out[i] = max(out[i], len(parts & words) / len(parts))
    return out


def adjacency(texts: list[str], words: list[str]) -> FloatArray:
    """Per text, how many neighbouring pairs of the query's ``words`` it has side by side:
    a quote fragment's own quote has them all, a quote that merely shares its words few."""
    wanted = set(itertools.pairwise(words))
    out = np.zeros(len(texts), dtype=np.float32)
    if not wanted:
        return out
    for i, text in enumerate(texts):
        found = query.split_words(text[:4000])
        out[i] = len(wanted & set(itertools.pairwise(found)))
    return out


K1, B = 1.2, 0.75


def bm25(
    state: Generation, reader: Any, docs: np.ndarray, leaves: list[tuple[str, str]]
) -> FloatArray:
    """BM25F of ``docs`` for the (field, word) ``leaves``, from the cached postings and the
    stored field lengths, counting a word once per field (titles, names and the fields'
    lengths do the rest): a few NumPy operations, where Whoosh's matchers decoded a posting
    block per word and document."""
    out = np.zeros(len(docs), dtype=np.float32)
    total = max(1, int(np.count_nonzero(state.live)))
    lengths: dict[str, np.ndarray] = {}
    for fieldname, word in leaves:
        having = state.term_docs(fieldname, word)
        if not len(having):
            continue
        present = _members(docs, having)
        if not present.any():
            continue
        if fieldname not in lengths:
            lengths[fieldname] = _norms(reader, docs, fieldname)
        idf = math.log(1 + (total - len(having) + 0.5) / (len(having) + 0.5))
        boost = schema.BOOSTS.get(fieldname, 1.0)
        out += present * (boost * idf * (K1 + 1) / (1 + K1 * lengths[fieldname]))
    return out


def _norms(reader: Any, docs: np.ndarray, fieldname: str) -> np.ndarray:
    """BM25's length normalisation, 1 - b + b * length / average length, of ``docs``."""
    count = max(1, reader.doc_count())
    average = max(1.0, reader.field_length(fieldname) / count)
    sizes = np.array([reader.doc_field_length(int(d), fieldname) or 0 for d in docs], np.float32)
    return (1 - B) + B * sizes / average


def _members(docs: np.ndarray, having: np.ndarray) -> np.ndarray:
    """Which of ``docs`` are in the sorted array ``having`` (binary search, no hashing)."""
    at = np.searchsorted(having, docs)
    found = np.zeros(len(docs), dtype=bool)
    inside = at < len(having)
    found[inside] = having[at[inside]] == docs[inside]
    return found
