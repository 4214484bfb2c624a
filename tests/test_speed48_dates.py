"""A speed path of session 48 finds exactly what it stands for: the calendar dates of a text
found by trying the date pattern only where a date may open, at a digit or at a word followed
by spaces and a digit (:func:`~indexer.extract.pages.text.date_matches`)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.extract.pages.text import (
    _without_date_matches,
    date_matches,
    date_pattern,
    is_schedule,
    without_dates,
)

# digits, spaces of several kinds, the marks of the numeric forms and pieces of month names
_TEXT = st.lists(
    st.sampled_from(
        [
            "1",
            "12",
            "2021",
            "4.3.21",
            "2021-03-04",
            " ",
            "\u00a0",
            "\n",
            "-",
            ".",
            "/",
            ",",
            "May",
            "févr.",
            "de",
            "July",
            "st",
            "x",
            "(",
            "1999",
            "Mai",
            "maart",
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=600, deadline=None)
@given(text=_TEXT)
def test_date_matches_are_the_patterns(text: str) -> None:
    assert [m.span() for m in date_matches(text)] == [
        m.span() for m in date_pattern().finditer(text)
    ]
    assert _without_date_matches(text) == date_pattern().sub(" ", text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Premiere 12 févr. 2021 at the Berlinale", "Premiere   at the Berlinale"),
        ("Released July 4, 1999 in cinemas", "Released   in cinemas"),
        ("Festival dates: May 21-24, 2015.", "Festival dates:  ."),
        ("Ngày 2021-03-04 và 4.3.21", "Ngày   và  "),
        ("Drama, 2021, 104 min", "Drama, 2021, 104 min"),
    ],
)
def test_without_dates_table(text: str, expected: str) -> None:
    assert without_dates(text) == expected


def test_a_line_of_dates_and_times_is_a_schedule() -> None:
    assert is_schedule("Friday 12 March 2021, 19:30")
    assert not is_schedule("The Hunt, directed by Thomas Vinterberg (2012)")
