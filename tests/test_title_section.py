"""Table tests for a short name that holds a kind of outlet's word, or the word for film,
review or the screen among others (a newspaper, a site's section, a cinema, a festival:
"Jornal Português", "Dernières critiques", "Cine Chaplin"): names and pages written for these
tests."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titlevote
from tests.page_support import BLURB, voted_title


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Dernières critiques", True),  # French: a section of reviews
        ("Cine Chaplin", True),  # Spanish: a cinema
        ("Italian Film Festival", True),  # a festival
        ("Movie Review", True),
        ("Kino Europa", True),  # German, Croatian: a cinema
        ("Jornal Português", True),  # Portuguese: a newspaper
        ("Zeitung", True),  # a kind of outlet's word alone
        ("Film", False),  # one word alone is film_or_review_word's
        ("Kino 2023", False),  # numbers are not words
        ("Sunday Film Club Nights", False),  # four words: a programme's name is read elsewhere
        ("Whale Rider", False),
        ("Das Licht", False),
    ],
)
def test_is_section_phrase(value: str, expected: bool) -> None:
    assert titlevote.is_section_phrase(value) is expected


def _features(text: str) -> dict[str, dict[str, float]]:
    lines = tuple(text.split("\n"))
    ballot, _ = titlevote.collect(lines, set(), len(lines), set(), None)
    return {c.value: c.features for c in ballot.candidates.values()}


def test_a_section_heading_is_marked_and_the_film_is_not() -> None:
    text = f"Dernières critiques\n\nLa Rivière\n\n{BLURB}\n"
    features = _features(text)
    assert "section_phrase" in features["Dernières critiques"]
    assert "section_phrase" not in features["La Rivière"]


def test_a_cinema_over_the_film_does_not_win() -> None:
    page = f"Cine Chaplin\nLa Rivière\n\n{BLURB}\n"
    assert voted_title(page, None) == "La Rivière"  # without the feature: "Cine Chaplin"
