"""A review copied whole onto a page and signed once under its last paragraph
(:mod:`indexer.extract.pages.quotes.runs`)."""

from __future__ import annotations

from page_support import quotes

_ONE = (
    "Japanese auteur Jun Mori has spent over a decade examining the dynamics of family life, "
    "and he deservedly won the top prize for this intricately scripted and impeccably played "
    "saga."
)
_TWO = (
    "Thanks to the brilliance of the cast, these careless words and small gestures acquire "
    "enormous emotional power, as the camera insinuates itself into every nook and cranny."
)
_THREE = (
    "The spirits of the old masters pervade this disquieting but deeply moving drama, and it "
    "stays with you for days after the lights come up."
)
_SYNOPSIS = (
    "A family of small-time thieves takes in a girl they find shivering on a balcony one "
    "winter night, and slowly she becomes one of them."
)


def test_a_review_signed_under_its_last_paragraph_starts_at_its_first() -> None:
    body = f"Japan 2018, 121 mins\n\n{_ONE}\n\n{_TWO}\n\n{_THREE}\n\nJane Doe, The Evening Star"
    assert quotes(body) == [(f"{_ONE} {_TWO} {_THREE}", "Jane Doe", "The Evening Star")]


def test_the_synopsis_set_apart_by_a_wider_gap_is_no_part_of_the_review() -> None:
    body = f"{_SYNOPSIS}\n\n\n{_ONE}\n{_TWO}\n{_THREE}\nJane Doe, The Evening Star."
    assert quotes(body) == [(f"{_ONE} {_TWO} {_THREE}", "Jane Doe", "The Evening Star")]


def test_one_paragraph_above_a_signed_one_may_be_the_synopsis() -> None:
    body = f"{_SYNOPSIS}\n\n{_THREE}\n\nJane Doe, The Evening Star"
    assert quotes(body) == [(_THREE, "Jane Doe", "The Evening Star")]


def test_a_dash_before_the_source_signs_one_excerpt() -> None:
    body = f"{_SYNOPSIS}\n\n{_ONE}\n\n{_THREE}\n-Jane Doe, The Evening Star"
    assert quotes(body) == [(_THREE, "Jane Doe", "The Evening Star")]
