"""One search, from the parsed query to a page of results.

1. The text is parsed once (:mod:`webapp.search.query`), misspelt words are corrected within a
   budget (:mod:`webapp.search.spelling`) and a person's name is recognised
   (:mod:`webapp.search.people`).
2. Every clause becomes a mask (:mod:`webapp.search.match`); documents matching all clauses,
   the filters and no exclusion are the hits. A film whose title is the query (give or take
   punctuation, spaces and a leading article) is a hit too.
3. **Zero is the last resort**: when nothing matches every clause, the hits are the documents
   matching most of them (all but a quarter, at least one missing allowed), ranked by how many
   they match, and the result says so.
4. Facets count the hits; only the page is ranked (:mod:`webapp.search.rank`) and highlighted.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass
from typing import Any

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from indexer import schema
from indexer.normalize import key
from webapp.search import people, query
from webapp.search.match import FILM_FIELDS, QUOTE_FIELDS, Budget, Matcher
from webapp.search.query import Parsed
from webapp.search.state import BoolArray, Generation, squash

#: at most this many misspelt words are corrected per query, of at most this many tried
MAX_CORRECTIONS = 6
SPELL_ATTEMPTS = 8
#: combinations of corrected words tried as a title
MAX_TITLE_KEYS = 9
#: a query of this many letters (spaces and a leading article aside) may be a title with a typo
TYPO_TITLE_MIN = 6
#: titles within reach of a typo that join the results at most
MAX_TYPO_TITLES = 5


@dataclass
class Found:
    """What matching decided: the hits mask and what ranking and the page need."""

    parsed: Parsed
    matcher: Matcher
    mask: BoolArray
    counts: np.ndarray | None
    titles: dict[int, int]
    relaxed: bool


def understand(text: str, literal: bool, speller: Any, budget: Budget) -> Parsed:
    """Parse ``text`` and correct misspelt words (not in literal mode)."""
    parsed = query.parse(text, literal=literal)
    if literal:
        return parsed
    corrections: dict[str, tuple[str, ...]] = {}
    tried = 0
    for word in dict.fromkeys(query.plain_words(parsed)):
        if len(word) < 5 or speller.known(word):
            continue
        if len(corrections) >= MAX_CORRECTIONS or tried >= SPELL_ATTEMPTS or budget.expired():
            budget.partial = True
            break
        tried += 1
        better = tuple(w for w in speller.alternatives(word) if w != word)
        if better:
            corrections[word] = better
    return query.with_corrections(parsed, corrections)


def recognise_people(parsed: Parsed, matcher: Matcher, directors: people.Directors) -> Parsed:
    """``parsed`` with a person's name recognised (films only)."""
    films = matcher.state.films

    def named(words: tuple[str, ...]) -> bool:
        return bool((matcher.phrase(words, schema.PEOPLE) & films).any())

    return people.recognise(parsed, directors, named)


def matcher_for(state: Generation, searcher: Any, kind: str, budget: Budget) -> Matcher:
    """A request's matcher over the fields of ``kind`` (films or quotes)."""
    return Matcher(state, searcher, FILM_FIELDS if kind == schema.FILM else QUOTE_FIELDS, budget)


def match(parsed: Parsed, matcher: Matcher, base: BoolArray, selected: BoolArray) -> Found:
    """The hits of ``parsed`` within ``base`` (kind and typed filters); ``selected`` is the
    facet selection, used only to decide whether relaxing is needed."""
    state = matcher.state
    base = base & ~matcher.excluded(parsed) if parsed.excluded else base
    titles = title_matches(state, parsed, base)
    if parsed.empty:
        return Found(parsed, matcher, base.copy(), None, titles, False)
    counts = matcher.counts(parsed)
    wanted = len(parsed.clauses)
    mask = base & (counts >= wanted)
    if titles:
        mask[list(titles)] = True
    relaxed = False
    if wanted >= 2 and not (mask & selected).any():
        least = wanted - max(1, wanted // 4)
        mask = base & (counts >= least)
        relaxed = bool(mask.any())
    return Found(parsed, matcher, mask, counts, titles, relaxed)


def title_keys(parsed: Parsed) -> tuple[set[str], set[str]]:
    """Keys a title may equal to count as the query (exact) and their squashed forms: the text
    as typed, its words, its words without the era, each with any of a corrected word's
    alternatives."""
    keys = {key(parsed.text)}
    choices = [
        [t.text for t in c if isinstance(t, query.Word)] or [" ".join(query.term_words(c[0]))]
        for c in parsed.clauses
    ]
    for words in itertools.islice(itertools.product(*choices), MAX_TITLE_KEYS):
        keys.add(" ".join(words))
    plain = [w for c in parsed.clauses if len(c) == 1 for w in query.term_words(c[0])]
    keys.add(" ".join(plain))
    keys.discard("")
    return keys, {squash(k) for k in keys}


def title_matches(state: Generation, parsed: Parsed, base: BoolArray) -> dict[int, int]:
    """Documents whose title is the query: 2 exactly, 1 give or take punctuation, spaces
    and a leading article."""
    if parsed.empty:
        return {}
    exact, near = title_keys(parsed)
    found: dict[int, int] = {}
    for squashed in near:
        for d in state.near_titles().get(squashed, ()):
            if base[d]:
                found[d] = 1
    for k in exact:
        for d in state.exact_titles().get(k, ()):
            if base[d]:
                found[d] = 2
    if not found and not parsed.literal and not _names_a_person(parsed):
        for d in typo_titles(state, key(parsed.text)):
            if base[d]:
                found[d] = 1
    return found


def typo_titles(state: Generation, text: str) -> list[int]:
    """Documents whose whole title is the query give or take a typo or two ("the word
    changes" -> The World Changes, "haing wonderful time" -> Having Wonderful Time): one
    edit from :data:`TYPO_TITLE_MIN` letters, two from twice that, as for single words."""
    squashed = squash(text)
    if not TYPO_TITLE_MIN <= len(squashed) <= 60:
        return []
    limit = 1 if len(squashed) < 2 * TYPO_TITLE_MIN else 2
    near = state.near_titles()
    found = process.extract(
        squashed,
        state.near_title_keys(len(squashed) - limit, len(squashed) + limit),
        scorer=Levenshtein.distance,
        score_cutoff=limit,
        limit=MAX_TYPO_TITLES,
    )
    return [d for title, _distance, _i in found for d in near.get(title, ())]


def _names_a_person(parsed: Parsed) -> bool:
    return any(isinstance(term, query.Person) for clause in parsed.clauses for term in clause)


def understood(parsed: Parsed) -> str | None:
    """The "what we understood" line, when a person, an era or filler was recognised."""
    person, eras = parsed.person(), parsed.eras()
    era = eras[0] if eras else None
    if person is None and era is None and not parsed.filler:
        return None
    parts = ["Films"]
    if person is not None:
        parts.append(f"{'directed by' if person.director else 'with'} {person.name}")
    rest = [
        w
        for c in parsed.clauses
        if not any(isinstance(t, query.Person | query.Years) for t in c)
        for w in query.term_words(c[0])
    ]
    if rest:
        parts.append(f"matching “{' '.join(rest)}”")
    if era is not None:
        decades = " or ".join(f"{e.low}s" for e in eras)
        parts.append(f"from {era.low}" if era.low == era.high else f"in the {decades}")
    return " ".join(parts)


def deadline_budget(time_limit: float) -> Budget:
    """A budget ending ``time_limit`` seconds from now."""
    return Budget(deadline=time.monotonic() + time_limit)
