"""Tests for a section's heading alone on a line ("Latest", "Posted on", "Our verdict") as
page furniture, not the film's name: pages written for these tests."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titlevote


def _features(lines: tuple[str, ...]) -> dict[str, dict[str, float]]:
    ballot, _ = titlevote.collect(lines, set(), len(lines), set(), None)
    return {c.value: c.features for c in ballot.candidates.values()}


@pytest.mark.parametrize("heading", ["Latest", "Posted on", "Our verdict", "Latest »"])
def test_a_section_heading_is_furniture(heading: str) -> None:
    lines = (heading, "", "A review of a quiet drama about a lighthouse keeper.")
    assert "film_or_review_word" in _features(lines)[heading]


def test_a_name_is_no_section_heading() -> None:
    lines = ("Latest Bloom", "", "A review of a quiet drama about a lighthouse keeper.")
    assert "film_or_review_word" not in _features(lines)["Latest Bloom"]


def test_the_film_wins_over_the_heading() -> None:
    lines = (
        "Latest",
        "Latest",
        "Latest",
        "Harbour Lights",
        "",
        "Harbour Lights follows a lighthouse keeper through one winter on a small island.",
    )
    ballot, headings = titlevote.vote(lines, set(), len(lines), set(), None)
    chosen = titlevote.decide(ballot, headings, lines)
    assert chosen is not None and chosen.title == "Harbour Lights"
