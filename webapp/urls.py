"""URLs built on the server so templates only loop: facet toggles, filter chips, pages, sorts.

Every state of a search page is a GET URL. A state is kept as an ordered list of
``(name, value)`` pairs (the request's own order, so a toggle changes one pair and nothing
else moves); any change of what is searched drops ``page``, since page 7 of another result
is meaningless.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlencode

from webapp.search.types import EXTRA_PARAMS, FILM_FACET_NAMES, QUOTE_FACET_NAMES, Facet

Pairs = list[tuple[str, str]]
#: the film filter of the quote search
FILTERS = ("film",)
KNOWN = (
    "q",
    "sort",
    "page",
    "per_page",
    *EXTRA_PARAMS,
    *FILM_FACET_NAMES,
    *QUOTE_FACET_NAMES,
    *FILTERS,
)


def state(items: Iterable[tuple[str, str]]) -> Pairs:
    """The known, non-empty parameters of a request, in their order."""
    return [(k, v) for k, v in items if k in KNOWN and v.strip()]


def url(path: str, pairs: Sequence[tuple[str, str]]) -> str:
    """``path`` with ``pairs`` as its query string."""
    return f"{path}?{urlencode(list(pairs))}" if pairs else path


def replaced(pairs: Sequence[tuple[str, str]], name: str, value: str | None) -> Pairs:
    """The pairs with single-valued ``name`` set to ``value`` (removed when None)."""
    out: Pairs = []
    for k, v in pairs:
        if k != name:
            out.append((k, v))
        elif value is not None and (name, value) not in out:
            out.append((name, value))  # keeps the parameter where it was
    if value is not None and (name, value) not in out:
        out.append((name, value))
    return out


def toggled(pairs: Sequence[tuple[str, str]], name: str, value: str) -> Pairs:
    """The pairs with facet value ``name=value`` removed if present, added if not; no page."""
    out = [(k, v) for k, v in pairs if k != "page"]
    if (name, value) in out:
        return [p for p in out if p != (name, value)]
    return [*out, (name, value)]


def facets(
    path: str, pairs: Sequence[tuple[str, str]], found: Iterable[Facet]
) -> list[dict[str, Any]]:
    """Datasette's shape: ``{name, values: [{value, count, selected, toggle_url}], truncated}``."""
    adding = _Adding(path, pairs)
    return [
        {
            "name": facet.name,
            "values": [
                {
                    "value": v.value,
                    "count": v.count,
                    "selected": v.selected,
                    "toggle_url": adding.url(facet.name, v.value),
                }
                for v in facet.values
            ],
            "truncated": facet.truncated,
        }
        for facet in found
    ]


class _Adding:
    """Toggle URLs of many facet values of one page: the query string without ``page`` is
    encoded once, and a value not yet selected only appends its own pair (what
    :func:`toggled` then :func:`url` give, a hundred values at a time)."""

    def __init__(self, path: str, pairs: Sequence[tuple[str, str]]) -> None:
        self.path = path
        self.pairs = pairs
        self.kept = [(k, v) for k, v in pairs if k != "page"]
        self.chosen = set(self.kept)
        self.prefix = url(path, self.kept) + ("&" if self.kept else "?")

    def url(self, name: str, value: str) -> str:
        """The URL that toggles ``name=value``."""
        if (name, value) in self.chosen:
            return url(self.path, toggled(self.pairs, name, value))
        return self.prefix + urlencode([(name, value)])


def chips(
    path: str, pairs: Sequence[tuple[str, str]], selected: dict[str, tuple[str, ...]]
) -> list[dict[str, str]]:
    """The active filters, each with the URL that removes it."""
    return [
        {"name": name, "value": value, "remove_url": url(path, toggled(pairs, name, value))}
        for name, values in selected.items()
        for value in values
    ]


def hidden(pairs: Sequence[tuple[str, str]], shown: Iterable[tuple[str, str]]) -> Pairs:
    """What the facet form must carry besides its checkboxes: q, sort, unshown selections."""
    visible = set(shown)
    return [(k, v) for k, v in pairs if k != "page" and (k, v) not in visible]


def page_links(
    path: str, pairs: Sequence[tuple[str, str]], page: int, pages: int
) -> dict[str, Any]:
    """First/previous/next/last URLs and a short window of page numbers around ``page``."""

    def at(number: int) -> str:
        return url(path, replaced(pairs, "page", None if number == 1 else str(number)))

    window = range(max(1, page - 2), min(pages, page + 2) + 1)
    return {
        "page": page,
        "pages": pages,
        "first": at(1) if page > 1 else None,
        "prev": at(page - 1) if page > 1 else None,
        "next": at(page + 1) if page < pages else None,
        "last": at(pages) if page < pages else None,
        "numbers": [{"number": n, "url": at(n), "current": n == page} for n in window],
    }


def sort_links(
    path: str, pairs: Sequence[tuple[str, str]], current: str, sorts: Sequence[str]
) -> list[dict[str, Any]]:
    """One link per sort order (page reset), the current one marked."""
    base = [(k, v) for k, v in pairs if k != "page"]
    return [
        {
            "sort": name,
            "url": url(path, replaced(base, "sort", None if name == "relevance" else name)),
            "current": name == current,
        }
        for name in sorts
    ]


def suggestion_url(path: str, pairs: Sequence[tuple[str, str]], q: str) -> str:
    """The "did you mean" link: the same filters with the corrected query, first page."""
    base = [(k, v) for k, v in pairs if k != "page"]
    return url(path, replaced(base, "q", q))
