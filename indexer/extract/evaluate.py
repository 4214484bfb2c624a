"""Field-by-field comparison of extracted films with hand-made labels (``expected.json``).

Used by the accuracy test and ``bench/pages_accuracy.py`` so both measure the same thing.
Rules: names and titles compare case- and accent-insensitively; list fields as sets;
countries by their English names; genres after mapping the labels as written to the genre
vocabulary; a quote counts when an extracted quote starts like ``text_start`` and its critic
and outlet match (an outlet compares without a leading "The" or a parenthesised note).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from indexer.normalize import key, normalize_genres, normalize_languages
from indexer.records import Film


def _norm(text: str | None) -> str:
    return key(text or "")


def _names(values: Iterable[str]) -> set[str]:
    return {_norm(v) for v in values if _norm(v)}


def same_title(film: Film | None, expected: dict[str, Any]) -> bool:
    """Title equal when folded (``"ZAMA"`` matches ``"Zama"``)."""
    return film is not None and _norm(film.title) == _norm(expected.get("title"))


def same_year(film: Film | None, expected: dict[str, Any]) -> bool:
    """Year equal (both may be None)."""
    return (film.year if film else None) == expected.get("year")


def same_directors(film: Film | None, expected: dict[str, Any]) -> bool:
    """Director sets equal when folded."""
    return _names(film.directors if film else ()) == _names(expected.get("directors") or [])


def same_countries(film: Film | None, expected: dict[str, Any]) -> bool:
    """English country sets equal."""
    return _names(film.countries if film else ()) == _names(expected.get("countries_en") or [])


def same_genres(film: Film | None, expected: dict[str, Any]) -> bool:
    """Genre sets equal after mapping the expected labels to the vocabulary."""
    wanted, _tags = normalize_genres(expected.get("genres") or [])
    return set(film.genres if film else ()) == set(wanted)


def same_runtime(film: Film | None, expected: dict[str, Any]) -> bool:
    """Main runtime equal (both may be None)."""
    return (film.runtime_minutes if film else None) == expected.get("runtime_min")


def same_languages(film: Film | None, expected: dict[str, Any]) -> bool:
    """Spoken language sets equal by English name."""
    raw = expected.get("language") or ""
    wanted = set(normalize_languages(re.split(r"[,|/]", raw))) if raw else set()
    return set(film.languages if film else ()) == wanted


def same_original_title(film: Film | None, expected: dict[str, Any]) -> bool:
    """Original title equal when folded (both may be missing)."""
    got = film.original_title if film else None
    return _norm(got) == _norm(expected.get("original_title"))


def _outlet(text: str | None) -> str:
    text = re.sub(r"\([^)]*\)", "", text or "")
    return re.sub(r"^the ", "", _norm(text))


def quote_matches(quote: Any, wanted: dict[str, Any]) -> bool:
    """True when ``quote`` starts like ``wanted["text_start"]`` with the same attribution."""
    start = _norm(wanted.get("text_start"))
    text = _norm(quote.text)
    if not start or not (text.startswith(start) or start.startswith(text[: len(start)] or "#")):
        return False
    return _norm(quote.critic) == _norm(wanted.get("critic")) and _outlet(quote.outlet) == _outlet(
        wanted.get("outlet")
    )


def same_quotes(film: Film | None, expected: dict[str, Any]) -> bool:
    """Every expected quote found with its attribution, and no extra quotes."""
    wanted = expected.get("quotes") or []
    got = list(film.quotes if film else ())
    if len(got) != len(wanted):
        return False
    return all(any(quote_matches(q, w) for q in got) for w in wanted)


#: The compared fields, in report order.
FIELDS: dict[str, Callable[[Film | None, dict[str, Any]], bool]] = {
    "title": same_title,
    "year": same_year,
    "directors": same_directors,
    "countries": same_countries,
    "genres": same_genres,
    "runtime": same_runtime,
    "quotes": same_quotes,
    "languages": same_languages,
    "original_title": same_original_title,
}


def score(results: dict[str, Film | None], expected: dict[str, dict[str, Any]]) -> dict[str, float]:
    """Share of pages right for each field in :data:`FIELDS`."""
    names = [n for n in expected if n in results]
    return {
        field: sum(check(results[n], expected[n]) for n in names) / max(len(names), 1)
        for field, check in FIELDS.items()
    }


def misses(
    results: dict[str, Film | None], expected: dict[str, dict[str, Any]], field: str
) -> list[str]:
    """Pages where ``field`` is wrong."""
    check = FIELDS[field]
    return [n for n in expected if n in results and not check(results[n], expected[n])]


def markdown_table(scores: dict[str, float], pages: int) -> str:
    """The per-field accuracy as a Markdown table."""
    rows = [f"| {field} | {value:.1%} |" for field, value in scores.items()]
    return "\n".join([f"| field ({pages} pages) | accuracy |", "| --- | --- |", *rows])
