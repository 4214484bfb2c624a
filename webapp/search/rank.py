"""Two-phase ranking: a NumPy first pass picks a shortlist, Whoosh's BM25F orders it.

Whoosh scores every matching document in Python: a common word ("love", "the") matches
thousands of films, and ranking them all cost tens to hundreds of milliseconds. The first
pass scores every candidate at once from the cached posting arrays of the query's terms:
``sum(field boost x idf)`` over the terms a document contains, so a title match outweighs a
synopsis match as in BM25F. The best ``SHORTLIST`` candidates (and every exact title match)
then go through Whoosh's real BM25F, restricted by :class:`DocSetQuery` so that Whoosh's
matchers only visit shortlisted documents.

The same first pass, fed with a film's key terms, finds similar films.
"""

from __future__ import annotations

import itertools
import math
import time
from collections.abc import Callable, Iterable
from typing import Any

import numpy as np
from numpy.typing import NDArray
from whoosh import query as wq
from whoosh.collectors import TimeLimit, WrappingCollector
from whoosh.matching import ListMatcher, NullMatcher

from indexer import schema
from webapp.search import query
from webapp.search.state import BoolArray, Generation

SHORTLIST = 160
#: genres that come after feature films when a person's films are listed
NOT_FEATURES = ("Documentary", "Short", "Short Film", "Concert", "Music Video", "TV Movie")
FloatArray = NDArray[np.float32]


def first_pass(
    state: Generation,
    q: wq.Query,
    mask_of: Callable[[wq.Query], BoolArray],
) -> FloatArray:
    """A cheap score for every document: field boost x idf summed over the query's leaves
    (terms from their cached postings; phrases and prefixes through ``mask_of``)."""
    scores = np.zeros(state.size, dtype=np.float32)
    total = max(1, int(np.count_nonzero(state.live)))
    for leaf in _positive_leaves(q):
        boost = schema.BOOSTS.get(leaf.fieldname, 1.0) * float(getattr(leaf, "boost", 1.0))
        if isinstance(leaf, wq.Term):
            docs = state.term_docs(leaf.fieldname, leaf.text)
            if len(docs):
                scores[docs] += boost * math.log(1 + total / len(docs))
        else:
            mask = mask_of(leaf)
            found = int(np.count_nonzero(mask))
            if found:
                scores[mask] += boost * math.log(1 + total / found)
    return scores


def _positive_leaves(q: wq.Query) -> Iterable[wq.Query]:
    """Leaves of ``q`` that are not under a NOT (excluded words add nothing to a score)."""
    if isinstance(q, wq.Not):
        return
    if isinstance(q, wq.AndNot):
        yield from _positive_leaves(q.a)
        return
    if q.is_leaf():
        if getattr(q, "fieldname", None):
            yield q
        return
    for child in q.children():
        yield from _positive_leaves(child)


def shortlist(scores: FloatArray, candidates: np.ndarray, size: int) -> np.ndarray:
    """The ``size`` best-scored ``candidates`` (sorted document numbers)."""
    if len(candidates) <= size:
        return candidates
    best = np.argpartition(-scores[candidates], size - 1)[:size]
    return np.sort(candidates[best])


class DocSetQuery(wq.Query):
    """Matches a fixed, sorted set of global document numbers, with no score of its own;
    ``And([DocSetQuery(docs), q])`` makes Whoosh score ``q`` on those documents only."""

    def __init__(self, docnums: np.ndarray) -> None:
        self.docnums = np.asarray(docnums, dtype=np.int64)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DocSetQuery) and np.array_equal(self.docnums, other.docnums)

    def __hash__(self) -> int:
        return hash(self.docnums.tobytes())

    def __repr__(self) -> str:
        return f"DocSetQuery({len(self.docnums)} documents)"

    def is_leaf(self) -> bool:
        return True

    def estimate_size(self, ixreader: Any) -> int:
        return len(self.docnums)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        parent = searcher.parent() if searcher.parent is not None else None  # a weak reference
        offset = (parent._offset_for_subsearcher(searcher) or 0) if parent is not None else 0
        size = searcher.reader().doc_count_all()
        lo, hi = np.searchsorted(self.docnums, [offset, offset + size])
        local = (self.docnums[lo:hi] - offset).tolist()
        if not local:
            return NullMatcher()
        return ListMatcher(local, all_weights=0.0)

    def docs(self, searcher: Any, deleting: bool = False) -> Any:
        return iter(self.docnums.tolist())


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


def contains(sorted_docs: np.ndarray, docnum: int) -> bool:
    """Whether ``docnum`` is in the sorted array ``sorted_docs``."""
    i = int(np.searchsorted(sorted_docs, docnum))
    return i < len(sorted_docs) and int(sorted_docs[i]) == docnum


class BoundedCollector(WrappingCollector):
    """Collects only documents of ``allow`` and stops with :class:`TimeLimit` at ``deadline``.

    Whoosh's own ``FilterCollector`` and ``TimeLimitCollector`` do not compose (the time limit
    bypasses the filter) and the latter needs SIGALRM, which only the main thread may use.
    """

    def __init__(self, child: Any, allow: BoolArray, deadline: float) -> None:
        super().__init__(child)
        self.allow = allow
        self.deadline = deadline

    def collect_matches(self) -> None:
        child, allow, offset = self.child, self.allow, self.offset
        for i, sub_docnum in enumerate(child.matches()):
            if allow[offset + sub_docnum]:
                child.collect(sub_docnum)
            if i & 127 == 0 and time.monotonic() > self.deadline:
                raise TimeLimit


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
        if person.director:
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
        present = np.isin(docs, having)
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
