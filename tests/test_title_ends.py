"""Table tests for the candidate cut short after a joining word ("Song of", "LAS HORAS DEL"):
names written for these tests, in several languages."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titleends, titlevote


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Song of", True),  # English "of"
        ("LAS HORAS DEL", True),  # Spanish, the whole name in capitals
        ("Mike de", True),  # a person's name cut before its particle's noun
        ("Tales from the", True),  # an article
        ("Tom and", True),  # a conjunction
        ("Das Licht von", True),  # German "by"
        ("Song of the Sea", False),  # the whole name
        ("Live and Let Die", False),  # "Die" in capitals: a name's word, not an article
        ("Les", False),  # one word: nothing was cut
        ("Das Boot", False),  # an article opens a name
        ("Aftersun", False),
    ],
)
def test_ends_on_joining_word(value: str, expected: bool) -> None:
    assert titleends.ends_on_joining_word(value) is expected


def _features(text: str) -> dict[str, dict[str, float]]:
    lines = tuple(text.split("\n"))
    ballot, _ = titlevote.collect(lines, set(), len(lines), set(), None)
    return {c.value: c.features for c in ballot.candidates.values()}


@pytest.mark.parametrize(
    ("heading", "expected"),
    [("Tales from the", True), ("Tales from the Loop", False)],
)
def test_a_heading_cut_short_is_marked(heading: str, expected: bool) -> None:
    features = _features(f"{heading}\n\nA review of a series about a town.\n")
    assert ("joining_end" in features[heading]) is expected
