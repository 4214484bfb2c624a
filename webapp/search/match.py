"""A parsed query's terms as document masks and first-pass scores, under a cost budget.

Each term of :class:`webapp.search.query.Parsed` becomes a NumPy mask over the generation's
documents: a word is the union of its postings in the searched fields (stemmed where the field
is stemmed), a phrase the intersection of its words checked for adjacency by Whoosh, a prefix
the union of the words it expands to, a year range a comparison on the year column. Masks are
cached for the request, so a term used twice (in a clause, an exclusion, the ranking) costs once.

**Budgets** are enforced where the cost is: a prefix expands to at most
:data:`PREFIX_TERMS` words and a query has at most :data:`MAX_PREFIXES` prefixes and
:data:`MAX_PHRASES` phrases checked for adjacency; past those, or past the request's deadline,
a phrase is answered by the intersection of its words and the result is flagged ``partial``.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
from numpy.typing import NDArray
from whoosh.searching import Searcher

from indexer import analysis, schema
from webapp.search.query import Parsed, Person, Phrase, Term, Word, Years
from webapp.search.state import BoolArray, Generation

PREFIX_TERMS = 64
#: how a text says who directed a film
DIRECTED_BY = (("directed", "by"), ("directed", "and", "produced", "by"))
#: a phrase whose words are together in more documents is not checked word by word
PHRASE_CANDIDATES = 5000
MAX_PREFIXES = 8
MAX_PHRASES = 12
#: fields searched for a word, by document kind
FILM_FIELDS = (schema.TITLE, schema.PEOPLE, schema.SYNOPSIS, schema.QUOTES, schema.EXACT)
QUOTE_FIELDS = (schema.QUOTES, schema.EXACT, schema.PEOPLE, schema.TITLE)
STEMMED = frozenset({schema.SYNOPSIS, schema.QUOTES})
PHRASE_FIELDS = (schema.TITLE, schema.PEOPLE, schema.EXACT)
FloatArray = NDArray[np.float32]
#: terms of a long query scored by BM25F (the rarest), none in more than 1/COMMON_SHARE of
#: the documents (their idf is near zero; their postings are long)
SCORED_TERMS = 10
COMMON_SHARE = 8


@lru_cache(maxsize=65536)
def field_text(fieldname: str, word: str) -> str:
    """The indexed form of ``word`` in ``fieldname`` (its English stem in stemmed fields)."""
    if fieldname not in STEMMED:
        return word
    found = analysis.tokens(_stemmer(), word, mode="query")
    return found[0][0] if found else word


@lru_cache(maxsize=1)
def _stemmer() -> object:
    return analysis.text_analyzer()


@dataclass
class Budget:
    """What one request may still spend; ``partial`` once something was cut short."""

    deadline: float
    prefixes: int = MAX_PREFIXES
    phrases: int = MAX_PHRASES
    partial: bool = False

    def expired(self) -> bool:
        """Whether the deadline has passed."""
        return time.monotonic() > self.deadline


@dataclass
class Matcher:
    """Masks and first-pass weights of terms over one generation, cached for one request."""

    state: Generation
    searcher: Searcher
    fields: tuple[str, ...]
    budget: Budget
    _masks: dict[Term, BoolArray] = field(default_factory=dict)
    _prefixes: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def mask(self, term: Term) -> BoolArray:
        """Documents matching ``term`` (cached)."""
        found = self._masks.get(term)
        if found is None:
            found = self._masks[term] = self._compute(term)
        return found

    def clause(self, clause: tuple[Term, ...]) -> BoolArray:
        """Documents matching any term of ``clause``."""
        out = self.mask(clause[0]).copy()
        for term in clause[1:]:
            out |= self.mask(term)
        return out

    def counts(self, parsed: Parsed) -> NDArray[np.int16]:
        """How many clauses of ``parsed`` each document matches."""
        out = np.zeros(self.state.size, dtype=np.int16)
        for clause in parsed.clauses:
            if self.budget.expired():  # the clauses left count as matched: fewer, not none
                self.budget.partial = True
                out += 1
                continue
            out += self.clause(clause)
        return out

    def excluded(self, parsed: Parsed) -> BoolArray:
        """Documents matching any exclusion."""
        out = np.zeros(self.state.size, dtype=bool)
        for term in parsed.excluded:
            out |= self.mask(term)
        return out

    def _compute(self, term: Term) -> BoolArray:
        if isinstance(term, Years):
            return self.state.live & (self.state.year >= term.low) & (self.state.year <= term.high)
        if isinstance(term, Person):
            return self._person(term)
        if isinstance(term, Phrase):
            where = (term.field,) if term.field else PHRASE_FIELDS
            return self._any(self.phrase(term.words, f) for f in where)
        fields = (term.field,) if term.field else self.fields
        if term.prefix:
            return self._any(self._docs(f, w) for f in fields for w in self.expand(f, term.text))
        return self._any(self._docs(f, field_text(f, term.text)) for f in fields)

    def _any(self, masks: object) -> BoolArray:
        out = np.zeros(self.state.size, dtype=bool)
        for mask in masks:  # type: ignore[attr-defined]
            out |= mask
        return out

    def _docs(self, fieldname: str, text: str) -> BoolArray:
        mask = np.zeros(self.state.size, dtype=bool)
        mask[self.state.term_docs(fieldname, text)] = True
        return mask

    def _person(self, term: Person) -> BoolArray:
        out = self.person_roles(term)[1].copy()
        for fieldname in (schema.TITLE, schema.EXACT):
            out |= self.phrase(term.words, fieldname)
        return out

    def person_roles(self, term: Person) -> tuple[BoolArray, BoolArray]:
        """(films the person directed, documents naming them among the people). A film
        directed by them is one whose director is them or whose text says "directed by" them
        (many catalogue films have no director field)."""
        size = self.state.size
        directed = self.state.columns[schema.DIRECTOR_FACET].docs_with((term.name,), size)
        for cue in DIRECTED_BY:
            directed = directed | self.phrase((*cue, *term.words), schema.EXACT)
        named = self.phrase(term.words, schema.PEOPLE) | directed
        return directed, named

    def expand(self, fieldname: str, prefix: str) -> list[str]:
        """Words of ``fieldname`` starting with ``prefix``, at most :data:`PREFIX_TERMS`."""
        cache_key = (fieldname, prefix)
        if cache_key in self._prefixes:
            return self._prefixes[cache_key]
        words: list[str] = []
        if self.budget.prefixes > 0 and not self.budget.expired():
            self.budget.prefixes -= 1
            reader = self.searcher.reader()
            for raw in reader.expand_prefix(fieldname, prefix):
                if len(words) >= PREFIX_TERMS:
                    self.budget.partial = True
                    break
                words.append(raw.decode("utf-8") if isinstance(raw, bytes) else str(raw))
        else:
            self.budget.partial = True
            words = [prefix]
        self._prefixes[cache_key] = words
        return words

    def phrase(self, words: tuple[str, ...], fieldname: str) -> BoolArray:
        """Documents with ``words`` in sequence in ``fieldname`` (their intersection when the
        budget is spent)."""
        cache_key = Phrase(words, fieldname)
        found = self._masks.get(cache_key)
        if found is not None:
            return found
        candidates = self.state.live.copy()
        for word in words:
            candidates &= self._docs(fieldname, word)
            if not candidates.any():
                break
        if candidates.any() and len(words) > 1:
            candidates = self._adjacent(candidates, words, fieldname)
        self._masks[cache_key] = candidates
        return candidates

    def _adjacent(self, candidates: BoolArray, words: tuple[str, ...], fieldname: str) -> BoolArray:
        """The candidates (documents with every word) where the words follow each other, read
        from their positions document by document: the work is bounded by the candidates and
        the deadline, so a phrase of common words costs what the budget allows and no more."""
        docs = np.nonzero(candidates)[0]
        if self.budget.phrases <= 0 or len(docs) > PHRASE_CANDIDATES or self.budget.expired():
            self.budget.partial = True
            return candidates
        self.budget.phrases -= 1
        out = np.zeros(self.state.size, dtype=bool)
        for reader, base in self.state.offsets:
            local = docs[(docs >= base) & (docs < base + reader.doc_count_all())] - base
            if not len(local) or any((fieldname, w) not in reader for w in words):
                continue
            matchers = [reader.postings(fieldname, w) for w in words]
            for i, docnum in enumerate(local.tolist()):
                if i & 127 == 127 and self.budget.expired():
                    self.budget.partial = True
                    return candidates
                if _in_sequence(matchers, docnum):
                    out[base + docnum] = True
        return out

    def weights(self, parsed: Parsed) -> FloatArray:
        """A cheap score for every document: field boost x idf summed over the terms it has."""
        scores = np.zeros(self.state.size, dtype=np.float32)
        total = max(1, int(np.count_nonzero(self.state.live)))
        for clause in parsed.clauses:
            for term in clause:
                for fieldname, mask in self._field_masks(term):
                    found = int(np.count_nonzero(mask))
                    if found:
                        weight = schema.BOOSTS.get(fieldname, 1.0) * math.log(1 + total / found)
                        scores[mask] += weight
        return scores

    def _field_masks(self, term: Term) -> list[tuple[str, BoolArray]]:
        if isinstance(term, Word) and not term.prefix:
            fields = (term.field,) if term.field else self.fields
            return [(f, self._docs(f, field_text(f, term.text))) for f in fields]
        if isinstance(term, Years):
            return []
        return [(schema.EXACT, self.mask(term))]

    def scored(self, parsed: Parsed) -> list[tuple[str, str]]:
        """The (field, indexed word) pairs that score a hit (see :func:`rank.bm25`). Only the
        :data:`SCORED_TERMS` rarest terms are scored, none of the very common ones ("the",
        "to"): their idf is near zero."""
        terms = sorted((t for clause in parsed.clauses for t in clause), key=self._frequency)
        common = max(1, int(np.count_nonzero(self.state.live)) // COMMON_SHARE)
        rare = [t for t in terms if self._frequency(t) < common]
        terms = (rare or terms[:2])[:SCORED_TERMS]
        return list(dict.fromkeys(leaf for term in terms for leaf in self._leaves(term)))

    def _frequency(self, term: Term) -> int:
        """How many documents have the word (in its rarest field form); others count as rare."""
        if isinstance(term, Word) and not term.prefix:
            fields = (term.field,) if term.field else self.fields
            return min(len(self.state.term_docs(f, field_text(f, term.text))) for f in fields)
        return 0

    def _leaves(self, term: Term) -> list[tuple[str, str]]:
        if isinstance(term, Word):
            fields = (term.field,) if term.field else self.fields
            if term.prefix:
                return [(f, w) for f in fields for w in self.expand(f, term.text)[:8]]
            return [(f, field_text(f, term.text)) for f in fields]
        if isinstance(term, Phrase | Person):  # adjacency is in the mask: score the words
            fields = (term.field,) if isinstance(term, Phrase) and term.field else PHRASE_FIELDS
            return [(f, w) for f in fields for w in term.words]
        return []


def _in_sequence(matchers: list[Any], docnum: int) -> bool:
    """Whether the words of ``matchers`` (postings of one segment, moved forward only) follow
    each other in document ``docnum``."""
    positions: list[set[int]] = []
    for matcher in matchers:
        if matcher.is_active() and matcher.id() < docnum:
            matcher.skip_to(docnum)
        if not matcher.is_active() or matcher.id() != docnum:
            return False
        positions.append(set(matcher.value_as("positions")))
    return any(all(p + k in positions[k] for k in range(1, len(positions))) for p in positions[0])
