"""Similar films from several signals, each scored for every film at once in NumPy.

A film's neighbours share, in decreasing weight (:data:`WEIGHTS`):

- **title words** (sequels and remakes: "Jaws 2", "The Godfather Part II"), as the share of
  the film's title weight (idf) that the other title holds, squared so that a whole title
  counts far more than one shared word;
- **a director**;
- **cast** (the first billed names, each matched by all its words in the people field);
- **synopsis words**: the film's most distinctive synopsis words (Whoosh key terms) times their
  idf, words of more than 5% of films left out, scaled so that the best match scores 1;
- **genres** and **countries**, as the share of the film's genre (country) weight, rarer
  values weighing more ("Film noir" says more than "Drama");
- **era**: 1 for the same year, falling to 0 at :data:`ERA_YEARS` years apart.

Era and country alone never make a film similar: a candidate needs one of the other signals.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

import numpy as np
from numpy.typing import NDArray
from whoosh.searching import Searcher

from indexer import schema
from webapp.search.state import BoolArray, Generation

FloatArray = NDArray[np.float64]

WEIGHTS = {
    "title": 3.0,
    "director": 3.0,
    "cast": 2.0,
    "words": 2.0,
    "genre": 1.5,
    "country": 0.5,
    "era": 1.0,
}
#: signals that can make a film similar on their own
EVIDENCE = ("title", "director", "cast", "words", "genre")
ERA_YEARS = 20
CAST_NAMES = 10
#: shared cast names that count fully
CAST_FULL = 3
KEY_TERMS = 12
#: a synopsis word in more than this share of films (and more than COMMON_MIN) says nothing
COMMON_SHARE = 0.05
COMMON_MIN = 2


def find(
    state: Generation, searcher: Searcher, docnum: int, film: dict[str, Any], top: int = 6
) -> list[int]:
    """Document numbers of the ``top`` films most similar to ``film`` (document ``docnum``)."""
    signals = scores(state, searcher, film, docnum)
    total = np.zeros(state.size)
    evidence = np.zeros(state.size, dtype=bool)
    for name, values in signals.items():
        total += WEIGHTS[name] * values
        if name in EVIDENCE:
            evidence |= values > 0
    candidates = state.films & evidence
    candidates[docnum] = False
    found = np.nonzero(candidates)[0]
    if not len(found):
        return []
    order = found[np.lexsort((found, -total[found]))]
    return [int(d) for d in order[:top]]


def scores(
    state: Generation, searcher: Searcher, film: dict[str, Any], docnum: int
) -> dict[str, FloatArray]:
    """Each signal's score (0 to 1) for every document of the generation."""
    return {
        "title": _title(state, searcher, film.get("title") or ""),
        "director": _values(state, schema.DIRECTOR_FACET, film.get("directors") or (), idf=False),
        "cast": _cast(state, searcher, (film.get("cast") or [])[:CAST_NAMES]),
        "words": _words(state, searcher, film.get("synopsis") or "", docnum),
        "genre": _values(state, schema.GENRE, film.get("genres") or ()),
        "country": _values(state, schema.COUNTRY, film.get("countries") or ()),
        "era": _era(state, film.get("year")),
    }


def _tokens(searcher: Searcher, field: str, text: str) -> list[str]:
    """The index terms of ``text`` in ``field`` (the field's own analyzer)."""
    if not text.strip():
        return []
    return list(dict.fromkeys(searcher.schema[field].process_text(text, mode="query")))


def _idf(state: Generation, docs: int) -> float:
    films = max(1, int(np.count_nonzero(state.films)))
    return math.log(1 + films / max(1, docs))


def _title(state: Generation, searcher: Searcher, title: str) -> FloatArray:
    out = np.zeros(state.size)
    weights = 0.0
    for term in _tokens(searcher, schema.TITLE, title):
        docs = state.term_docs(schema.TITLE, term)
        weight = _idf(state, len(docs))
        weights += weight
        out[docs] += weight
    # squared: a sequel or remake holds the whole title (1.0), "Promised Land" for "La La
    # Land" a part (0.4 -> 0.16)
    return (out / weights) ** 2 if weights else out


def _values(
    state: Generation, field: str, values: Iterable[str], *, idf: bool = True
) -> FloatArray:
    """The share of the film's values (idf-weighted, or any one when ``idf`` is false) held."""
    column = state.columns[field]
    counts = column.count(state.films)
    out = np.zeros(state.size)
    weights = 0.0
    for value in dict.fromkeys(values):
        ordinal = column.ordinals.index.get(value)
        if ordinal is None:
            continue
        weight = _idf(state, int(counts[ordinal])) if idf else 1.0
        weights += weight
        out[column.docs_with((value,), state.size)] += weight
    if not weights:
        return out
    return out / weights if idf else np.minimum(out, 1.0)


def _cast(state: Generation, searcher: Searcher, names: list[str]) -> FloatArray:
    shared = np.zeros(state.size)
    for name in names:
        words = _tokens(searcher, schema.PEOPLE, name)
        if not words:
            continue
        mask: BoolArray = np.zeros(state.size, dtype=bool)
        mask[state.term_docs(schema.PEOPLE, words[0])] = True
        for word in words[1:]:
            other = np.zeros(state.size, dtype=bool)
            other[state.term_docs(schema.PEOPLE, word)] = True
            mask &= other
        shared += mask
    return np.minimum(shared, CAST_FULL) / CAST_FULL


def _words(state: Generation, searcher: Searcher, synopsis: str, docnum: int) -> FloatArray:
    out = np.zeros(state.size)
    if not synopsis.strip():
        return out
    try:
        terms = searcher.key_terms_from_text(schema.EXACT, synopsis, numterms=KEY_TERMS)
    except (ValueError, ZeroDivisionError):  # no usable key terms
        return out
    films = int(np.count_nonzero(state.films))
    for word, weight in terms:
        docs = state.term_docs(schema.EXACT, word)
        if len(docs) > max(COMMON_MIN, COMMON_SHARE * films):  # "a", "the", "his": no evidence
            continue
        out[docs] += float(weight) * _idf(state, len(docs))
    out[docnum] = 0.0  # the film itself: the best match of its own words
    out[~state.films] = 0.0
    best = float(out.max(initial=0.0))
    return out / best if best > 0 else out


def _era(state: Generation, year: int | None) -> FloatArray:
    if not year:
        return np.zeros(state.size)
    years = state.year.astype(np.float64)
    near = 1.0 - np.minimum(np.abs(years - year), ERA_YEARS) / ERA_YEARS
    return np.where(years > 0, near, 0.0)
