"""Quotes of session 30 (quotes30): an aggregator's source blocks with a score and a date."""

from __future__ import annotations

from page_support import quotes

#: an aggregator's critics tab: score, critic, outlet, maybe the review's date, then the text
SCORED = (
    "85\n"
    "Maria Lindqvist\n"
    "Nordic Screen Weekly\n"
    "2023-11-20\n"
    "A patient, luminous drama that trusts its actors and lets every silence do its work.\n"
    "70\n"
    "Jonas Berglund\n"
    "CINEVUE\n"
    "A handsome film whose second half loses the tension the first half builds so well.\n"
)


def test_a_score_over_a_critic_and_an_outlet_rates_the_text_below() -> None:
    found = quotes(SCORED)
    assert ("A handsome film whose second half", "Jonas Berglund", "CINEVUE") in [
        (t[:33], c, o) for t, c, o in found
    ]


def test_a_date_between_the_source_and_the_text_is_part_of_the_source_block() -> None:
    found = quotes(SCORED)
    assert ("A patient, luminous drama", "Maria Lindqvist", "Nordic Screen Weekly") in [
        (t[:25], c, o) for t, c, o in found
    ]


def test_a_date_under_a_text_still_parts_it_from_the_next() -> None:
    body = (
        "The New York Times\n"
        "A thrilling, at times harrowing labyrinth of a movie that keeps its secrets well.\n"
        "March 1, 2019\n"
        "A unique animal, like a hybrid between a noir and a ghost story of the old kind.\n"
        "February 28, 2019\n"
    )
    texts = [t for t, _, _ in quotes(body)]
    assert not any("labyrinth" in t and "hybrid" in t for t in texts)
