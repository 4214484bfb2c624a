"""Accuracy of the page extractor on the development pages in ``../shared/pages``.

The comparison rules are :mod:`indexer.extract.evaluate`'s (shared with the bench script).
Each floor sits just under what the extractor reaches, so a regression fails the test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.extract.evaluate import markdown_table, misses, score
from indexer.extract.pages import extract_page

PAGES = Path(__file__).resolve().parents[1].parent / "shared" / "pages"

#: Measured on 40 pages: 97.5% title and directors, 100% for the rest.
FLOORS = {
    "title": 0.95,
    "year": 0.95,
    "directors": 0.95,
    "countries": 0.95,
    "genres": 0.95,
    "runtime": 0.95,
    "quotes": 0.925,
    "languages": 0.95,
    "original_title": 0.95,
}


@pytest.fixture(scope="module")
def measured() -> tuple[dict[str, float], dict]:
    if not (PAGES / "expected.json").is_file():
        pytest.skip("shared/pages is not next to the repository")
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    films = {}
    for name in expected:
        result = extract_page((PAGES / name).read_text(encoding="utf-8"), name)
        films[name] = result.films[0] if result.films else None
    return score(films, expected), {f: misses(films, expected, f) for f in FLOORS}


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_accuracy_on_development_pages(measured, field: str) -> None:
    scores, missed = measured
    print("\n" + markdown_table(scores, 40))
    assert scores[field] >= FLOORS[field], f"{field}: missed {missed[field]}"


def test_other_films_on_a_page_are_reported() -> None:
    if not PAGES.is_dir():
        pytest.skip("shared/pages is not next to the repository")
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    with_others = [name for name, page in expected.items() if page["other_films"]]
    warned = [
        name
        for name in with_others
        if any(
            "other films" in p.message
            for p in extract_page((PAGES / name).read_text(encoding="utf-8"), name).problems
        )
    ]
    assert len(warned) >= len(with_others) - 3, sorted(set(with_others) - set(warned))
