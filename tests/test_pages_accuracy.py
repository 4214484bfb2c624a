"""Accuracy of the page extractor on the labelled pages of ``../shared/pages``, by the official
rules (``../shared/tools/score_pages.py``, run in process by :mod:`bench.pages_score`).

Floors sit one page under what the extractor reached on each set (pages 101-140 and 141-294
without the held-out pages, and the held-out pages, number = 3 mod 5, scored once at the end
of the work; BENCHMARKS.md, "Page extraction"), so a regression of two pages in any field
fails. Raise them when the extractor gets better.
"""

from __future__ import annotations

import json

import pytest

from bench.pages_score import PAGES, SCORER, measure
from indexer.extract.pages import extract_page

#: set -> field -> lowest accepted number of pages right
FLOORS: dict[str, dict[str, int]] = {
    "old-dev": {
        "cast": 24, "countries": 21, "directors": 30, "quotes": 29, "runtime": 20,
        "synopsis": 26, "title": 29, "year": 22,
    },
    "new-dev": {
        "cast": 64, "countries": 25, "directors": 64, "genres": 18, "quotes": 71, "runtime": 35,
        "synopsis": 68, "title": 71, "year": 37,
    },
    "holdout": {
        "cast": 13, "countries": 10, "directors": 16, "genres": 4, "quotes": 19, "runtime": 15,
        "synopsis": 18, "title": 14, "year": 12,
    },
}  # fmt: skip


def _available() -> bool:
    return (PAGES / "expected.json").is_file() and SCORER.is_file()


@pytest.fixture(scope="module", params=sorted(FLOORS))
def measured(request: pytest.FixtureRequest) -> tuple[str, dict[str, tuple[int, int]]]:
    if not _available():
        pytest.skip("../shared/pages or the official scorer is not next to the repository")
    return request.param, measure(request.param)


def test_every_field_stays_above_its_floor(measured) -> None:
    which, tally = measured
    low = {
        field: f"{tally.get(field, (0, 0))[0]}/{tally.get(field, (0, 0))[1]} < {floor}"
        for field, floor in FLOORS[which].items()
        if tally.get(field, (0, 0))[0] < floor
    }
    assert not low, f"{which}: {low}"


def test_other_films_on_a_page_are_reported() -> None:
    if not _available():
        pytest.skip("../shared/pages is not next to the repository")
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    with_others = [
        name for name, page in expected.items() if isinstance(page, dict) and page["other_films"]
    ]
    warned = [
        name
        for name in with_others
        if any(
            "other films" in p.message
            for p in extract_page((PAGES / name).read_text(encoding="utf-8"), name).problems
        )
    ]
    assert len(warned) >= len(with_others) // 2, sorted(set(with_others) - set(warned))
