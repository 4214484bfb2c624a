"""Tests for the part of a name the page writes whole, joined by a comma or an ampersand
("Like Father" of "Like Father, Like Son") or cut after a joining word ("Song of"): names and
pages written for these tests."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titlejoined, titlevote
from indexer.extract.pages.titlemodel import FeatureBallot


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [
        ("Like Father", "Like Father, Like Son", "Like Son"),
        ("Like Son", "Like Father, Like Son", "Like Father"),
        ("Róise", "Róise & Frank", "Frank"),
        ("Aida", "Quo vadis, Aida?", "Quo vadis"),
        ("Fathers", "Like Father, Like Son", None),  # not a part
        ("Like", "Like Father, Like Son", None),  # not up to the comma
        ("Ida", "Ida", None),  # the same name
    ],
)
def test_joined_tail(part: str, whole: str, expected: str | None) -> None:
    assert titlejoined.joined_tail(part, whole) == expected


def _marked(values: dict[str, int]) -> set[str]:
    """The candidates marked, each with its mentions."""
    ballot = FeatureBallot()
    for value in values:
        ballot.add(value, "heading")
    counts = {k: values[c.value] for k, c in ballot.candidates.items()}
    titlejoined.mark(ballot, counts)
    return {c.value for c in ballot.candidates.values() if titlejoined.FEATURE in c.features}


def test_a_part_of_a_whole_written_twice_is_marked() -> None:
    assert _marked({"Brother": 5, "Brother, Sister": 2}) == {"Brother"}


def test_a_whole_written_once_marks_nothing() -> None:
    # "Kite Runner, Ana Lima, 2004": a heading's credit and year, written once
    assert _marked({"Kite Runner": 4, "Kite Runner, Ana Lima": 1}) == set()


def test_a_whole_written_once_builds_no_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    # the quadratic loop over the candidates asks the mentions first: a whole written once
    # is never matched against the part
    asked: list[tuple[str, str]] = []
    real = titlejoined.joined_tail

    def counted(part: str, whole: str) -> str | None:
        asked.append((part, whole))
        return real(part, whole)

    monkeypatch.setattr(titlejoined, "joined_tail", counted)
    assert _marked({"Kite Runner": 4, "Kite Runner, Ana Lima": 1, "Ana Lima": 1}) == set()
    assert {whole for _, whole in asked} == {"Kite Runner"}


def test_a_tail_with_the_word_for_film_marks_nothing() -> None:
    # "Skylark, the film": a description after the name
    assert _marked({"Skylark": 4, "Skylark, the film": 2}) == set()


def test_a_part_ending_on_a_joining_word_is_marked() -> None:
    assert _marked({"Garden of": 1, "Garden of Stones": 1}) == {"Garden of"}


def test_the_whole_wins_on_a_page() -> None:
    page = (
        "Source: https://example.org/reviews/\n"
        "Brother, Sister\n"
        "Director: Ana Lima\n"
        "\n"
        "The film Brother, Sister follows two children who cross the mountains to find their "
        "mother. Brother, Sister is a quiet film about a long walk. Brother is its youngest "
        "hero, and Brother never speaks.\n"
    )
    lines = tuple(page.split("\n")[1:])
    ballot, headings = titlevote.vote(lines, set(), len(lines), set(), page.split()[1])
    chosen = titlevote.decide(ballot, headings, lines)
    assert chosen is not None and chosen.title == "Brother, Sister"
