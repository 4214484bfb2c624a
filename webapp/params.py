"""Request arguments -> validated :class:`SearchRequest` / :class:`QuoteRequest`, or a BadParameter.

The rules, decided once here and pinned by ``tests/test_web_params.py``:

* a query longer than ``MAX_QUERY_CHARS`` (or any value that long) is 413 ``query_too_long``;
* ``page`` must be an integer from 1 to 1,000,000 and ``per_page`` from 1 to ``MAX_PER_PAGE``,
  otherwise 400 ``bad_parameter``; an unknown ``sort`` is 400 too;
* single-valued parameters (``q``, ``sort``, ``page``, ``per_page``) given twice are 400
  ``repeated_parameter``: guessing which one the caller meant would hide a bug in a link;
* facet parameters repeat (OR within a facet); an unknown facet value simply matches nothing;
* ``year_from`` / ``year_to`` are years from 1800 to 2100 (either may be left out; a reversed
  range is swapped); ``literal`` is ``1`` or ``0``;
* NUL and other control characters are removed from text, whitespace is collapsed;
* a query string that is not valid UTF-8 is 400 ``bad_encoding`` (Werkzeug would otherwise
  silently turn it into U+FFFD).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol
from urllib.parse import unquote_to_bytes

from webapp.search.types import (
    FILM_FACET_NAMES,
    MAX_PER_PAGE,
    MAX_QUERY_CHARS,
    QUOTE_FACET_NAMES,
    SORTS,
    QuoteRequest,
    SearchRequest,
)

MAX_PAGE = 1_000_000
#: how many values one facet parameter may select (more is a crafted URL, not a person)
MAX_FACET_VALUES = 50
SINGLE = ("q", "sort", "page", "per_page", "film", "year_from", "year_to", "literal")
MIN_YEAR, MAX_YEAR = 1800, 2100
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class Args(Protocol):
    """What we need of Werkzeug's MultiDict (a plain dict of lists in tests)."""

    def getlist(self, key: str) -> list[str]: ...


class BadParameter(Exception):
    """A request argument that cannot be used; carries the status and the JSON error fields."""

    def __init__(
        self, message: str, param: str | None, *, status: int = 400, code: str = ""
    ) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        self.status = status
        self.code = code or "bad_parameter"


class ListArgs:
    """Adapts ``{"q": ["x"]}`` to the :class:`Args` protocol (for the CLI and tests)."""

    def __init__(self, data: Mapping[str, Sequence[str]]) -> None:
        self.data = data

    def getlist(self, key: str) -> list[str]:
        """All values of ``key``."""
        return list(self.data.get(key, ()))


def check_encoding(query_string: bytes) -> None:
    """Raise BadParameter when the raw query string does not decode as UTF-8."""
    try:
        unquote_to_bytes(query_string.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError as exc:
        msg = "the query string is not valid UTF-8"
        raise BadParameter(msg, None, code="bad_encoding") from exc


def clean_text(value: str) -> str:
    """The text without control characters, whitespace collapsed."""
    return " ".join(_CONTROL.sub(" ", value).split())


def single(args: Args, name: str) -> str | None:
    """The one value of a single-valued parameter, None when absent."""
    values = args.getlist(name)
    if len(values) > 1:
        msg = f"{name!r} was given {len(values)} times; give it once"
        raise BadParameter(msg, name, code="repeated_parameter")
    if not values:
        return None
    _check_length(name, values[0])
    return values[0]


def _check_length(name: str, value: str) -> None:
    if len(value) > MAX_QUERY_CHARS:
        msg = f"{name!r} is {len(value)} characters long; the limit is {MAX_QUERY_CHARS}"
        raise BadParameter(msg, name, status=413, code="query_too_long")


def integer(args: Args, name: str, default: int, low: int, high: int) -> int:
    """An integer parameter within ``low..high``."""
    raw = single(args, name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise BadParameter(f"{name!r} must be a whole number, not {raw[:40]!r}", name) from None
    if not low <= value <= high:
        raise BadParameter(f"{name!r} must be between {low} and {high}, not {value}", name)
    return value


def optional_year(args: Args, name: str) -> int | None:
    """A year parameter (``year_from``, ``year_to``), None when absent or empty."""
    if not (single(args, name) or "").strip():
        return None
    return integer(args, name, 0, MIN_YEAR, MAX_YEAR)


def flag(args: Args, name: str) -> bool:
    """A yes/no parameter: ``1``, ``true``, ``yes``, ``on`` or nothing/``0``/``false``."""
    value = (single(args, name) or "").strip().lower()
    if value in ("", "0", "false", "no", "off"):
        return False
    if value in ("1", "true", "yes", "on"):
        return True
    raise BadParameter(f"{name!r} must be 1 or 0, not {value[:40]!r}", name)


def facet_values(args: Args, name: str) -> tuple[str, ...]:
    """The cleaned, de-duplicated values selected for one facet."""
    values: list[str] = []
    for raw in args.getlist(name):
        _check_length(name, raw)
        value = clean_text(raw)
        if value and value not in values:
            values.append(value)
    if len(values) > MAX_FACET_VALUES:
        msg = f"{name!r} selects {len(values)} values; the limit is {MAX_FACET_VALUES}"
        raise BadParameter(msg, name)
    return tuple(values)


def sort(args: Args) -> str:
    """The sort order, ``relevance`` by default."""
    value = (single(args, "sort") or "").strip() or "relevance"
    if value not in SORTS:
        raise BadParameter(f"unknown sort {value[:40]!r}; use one of {', '.join(SORTS)}", "sort")
    return value


def common(args: Args) -> dict[str, Any]:
    """The parameters every search has: q, sort, page, per_page, the year range and
    ``literal`` (search the words as typed)."""
    low, high = optional_year(args, "year_from"), optional_year(args, "year_to")
    if low is not None and high is not None and low > high:
        low, high = high, low  # a reversed range means the same years
    return {
        "q": clean_text(single(args, "q") or ""),
        "sort": sort(args),
        "page": integer(args, "page", 1, 1, MAX_PAGE),
        "per_page": integer(args, "per_page", 20, 1, MAX_PER_PAGE),
        "year_from": low,
        "year_to": high,
        "literal": flag(args, "literal"),
    }


def search_request(args: Args) -> SearchRequest:
    """A film search from request arguments."""
    facets: dict[str, Any] = {name: facet_values(args, name) for name in FILM_FACET_NAMES}
    return SearchRequest(**common(args), **facets)


def quote_request(args: Args) -> QuoteRequest:
    """A quote search from request arguments."""
    facets: dict[str, Any] = {name: facet_values(args, name) for name in QUOTE_FACET_NAMES}
    return QuoteRequest(**common(args), **facets, film=clean_text(single(args, "film") or ""))


def suggest_args(args: Args) -> tuple[str, int]:
    """The prefix and limit of a suggestion request (an empty prefix is allowed)."""
    prefix = clean_text(single(args, "q") or "")
    return prefix, integer(args, "limit", 8, 1, 20)
