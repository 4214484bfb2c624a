"""Tests for the synopsis feature that counts the page's other long paragraphs a candidate's
synopsis takes in: the body of a text of several paragraphs against a paragraph that stands
alone (synthetic pages written for the tests)."""

from __future__ import annotations

from indexer.extract.pages import synopsis
from tests.page_support import WINTER_LEDE, WINTER_STORY, WINTER_TITLE

TITLE, LEDE, STORY = WINTER_TITLE, WINTER_LEDE, WINTER_STORY
CLOSE = (
    "The film is carried by the silences of its lead and by the grey light of the sea, which "
    "the camera watches for a long time before anybody on the quay says a word to her."
)
TEASER = (
    "Also this week at the cinema: a comedy about two brothers who open a bakery in a town "
    "where nobody eats bread any more, and a documentary about the last ferry of the coast."
)


def _taken(*paragraphs: str) -> dict[str, float]:
    """Each paragraph's ``takes_in`` feature on a page of ``paragraphs``, a blank line between."""
    lines: list[str] = []
    for text in paragraphs:
        lines += [text, ""]
    ballot = synopsis.collect("", tuple(lines), set(), TITLE)
    return {c.value: c.features.get("takes_in", 0.0) for c in ballot.candidates.values()}


def test_the_first_paragraph_of_a_text_takes_in_the_paragraphs_that_continue_it() -> None:
    taken = _taken(LEDE, STORY, CLOSE)
    assert taken[LEDE] == 2 / 4


def test_a_paragraph_alone_takes_in_nothing() -> None:
    assert _taken(TEASER, "Tickets", LEDE)[TEASER] == 0.0


def test_the_count_stops_at_four_paragraphs() -> None:
    more = [f"{STORY[:-1]} on the island number {n}." for n in range(1, 6)]
    assert _taken(LEDE, *more)[LEDE] == 1.0
