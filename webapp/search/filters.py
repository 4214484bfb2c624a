"""Filters and facet counts over a generation's NumPy columns, as the facet registry declares.

A request's filters are masks: the facet values it selects (OR within a facet, AND across
facets), the filters typed in the query (``genre:drama``, ``director:kurosawa``,
``year:1990..1999``) and the year range (``year_from``, ``year_to``). A facet counts the hits
with every other facet's selection applied but not its own (multi-select); a range facet lists
every value in order, the others their most frequent values.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from indexer import facets, normalize
from indexer.normalize import fold, key
from webapp.search.query import Parsed
from webapp.search.state import BoolArray, Generation
from webapp.search.types import Facet, FacetValue

#: facet name (request attribute) -> index field
FACET_FIELDS = {f.name: f.field for f in facets.FACETS}
FACET_LIMIT = 30
#: facets shown as a range: every value, in order
RANGE_FACETS = frozenset(f.name for f in facets.FACETS if f.range)
#: facets whose values are names, matched word by word when typed in a query
WORD_FACETS = frozenset(f.name for f in facets.FACETS if f.words)


def year_mask(state: Generation, low: int | None, high: int | None) -> BoolArray:
    """Documents with a year from ``low`` to ``high`` (either may be open)."""
    return (state.year >= (low or 1)) & (state.year <= (high or 9999))


def typed(state: Generation, parsed: Parsed, request: Any) -> BoolArray:
    """Filters typed in the query, case-insensitive, and the request's year range."""
    mask = state.live.copy()
    for name, values in parsed.filters.items():
        column = state.columns[FACET_FIELDS[name]]
        chosen = matching_values(name, list(values), column.ordinals.values)
        mask &= column.docs_with(chosen, state.size)
    if parsed.year_range:
        mask &= year_mask(state, *parsed.year_range)
    if request.year_from or request.year_to:
        mask &= year_mask(state, request.year_from, request.year_to)
    return mask


def selections(state: Generation, request: Any, names: tuple[str, ...]) -> dict[str, BoolArray]:
    """One mask per facet with a selection (its values OR'ed)."""
    return {
        name: state.columns[FACET_FIELDS[name]].docs_with(tuple(values), state.size)
        for name, values in request.selected().items()
        if name in names
    }


def count(
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
    index = column.ordinals.index
    items += [
        FacetValue(v, int(counts[index[v]]) if v in index else 0, True)
        for v in selected
        if v not in shown_values
    ]
    return Facet(name, tuple(items), truncated=len(order) > limit)


def matching_values(facet: str, typed: list[str], values: list[str]) -> tuple[str, ...]:
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
