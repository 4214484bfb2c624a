"""A film's year written beside its country with nothing but a space between them.

Programmes, flattened leaflets and short notices pack the film's facts into running text
without commas or labels: "politique France 2017 1h53 l'imagerie", "Wild Strawberries Sweden
1957 d. Ingmar Bergman", "Timbuktu [12 cert.] 2014 Mauritania 96 Minutes", "The Bait (UK 2019
Cert 15)". A year is read here only when a country's name touches it on one side, and a
runtime after them makes the sign stronger. A year followed by a colon opens a story's
dateline ("Poland 1962: Anna, a young nun"), not the film's facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.extract.pages.facts import runtime_token
from indexer.extract.pages.text import without_dates
from indexer.normalize import country_name, parse_year

#: a year standing as a word of its own, no colon after it
_YEAR = re.compile(r"(?<![\w/.,:-])((?:18[89]|19\d|20\d)\d)(?![\w/:-]|[.,]\d|\s*:)")
_ANY_YEAR = re.compile(r"(?:18[89]|19\d|20\d)\d")
#: what may close or open a fact's word without parting it from the next ("(UK 2019 …)")
_CLOSE = " .,;)]"
_OPEN = "([«\"'"


@dataclass(frozen=True)
class SpacedYear:
    """A year with the country written beside it and whether a runtime follows them."""

    year: int
    country: str
    runtime: bool


def spaced_year(block: str, limit: int = 8000) -> SpacedYear | None:
    """The first year in ``block`` that a country's name touches with only a space between
    ("France 2017", "2014 Mauritania"); calendar dates are left out."""
    for line in block[:limit].splitlines():
        if not _ANY_YEAR.search(line):
            continue
        text = without_dates(line)
        for match in _YEAR.finditer(text):
            found = _beside(text, match)
            if found:
                return found
    return None


def _beside(text: str, match: re.Match[str]) -> SpacedYear | None:
    year = parse_year(match.group(1))
    before = _country_before(text[: match.start()])
    after = "" if before else _country_after(text[match.end() :])
    country = before or after
    if not year or not country:
        return None
    rest = text[match.end() :]
    if after:  # "2014 Mauritania 96 Minutes": the runtime after the country
        rest = rest[rest.find(after) + len(after) :]
    return SpacedYear(year, country, _runtime_after(rest))


def _country_before(head: str) -> str:
    """The country's name (one to three words) that ends ``head`` after one space, or ""."""
    if not head.endswith(" ") or head.endswith("  "):
        return ""
    words = head[:-1].split(" ")[-3:]
    spans = (" ".join(words[-size:]).lstrip(_OPEN) for size in (3, 2, 1) if len(words) >= size)
    return next((span for span in spans if _is_country(span)), "")


def _country_after(tail: str) -> str:
    """The country's name (one to three words) that opens ``tail`` after one space, or ""."""
    if not tail.startswith(" ") or tail.startswith("  "):
        return ""
    words = tail[1:].split(" ")[:3]
    spans = (" ".join(words[:size]).rstrip(_CLOSE) for size in (3, 2, 1) if len(words) >= size)
    return next((span for span in spans if _is_country(span)), "")


def _is_country(span: str) -> bool:
    """A country's name written with a capital; a code of three letters or fewer only in
    capitals ("UK", "USA"; "In" and "De" are words)."""
    if not span or not span[0].isupper() or any(ch in span for ch in "()[],;:"):
        return False
    if len(span) <= 3 and not span.isupper():
        return False
    return country_name(span) is not None


def _runtime_after(tail: str) -> bool:
    """Whether a runtime of one or two words ("1h53", "96 Minutes") follows after a space."""
    if not tail.startswith(" "):
        return False
    words = tail[1:].split(" ")[:2]
    return any(runtime_token().match(" ".join(words[:size]).rstrip(_CLOSE)) for size in (2, 1))
