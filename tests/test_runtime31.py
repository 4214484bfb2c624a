"""A minutes' mark typed as an apostrophe after a number in prose ("94’", "94'"), and a number
that closes a title in single quotes, which is none."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page
from indexer.extract.pages.numbers import _minutes_in


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("v.o. originale; 94’ Uno dei film più lucidi", "94’"),
        ("Paese 1990, colore, 102' e poi il dibattito", "102'"),
        ("it’s a long one: 131’ of slow cinema", "131’"),
        ("Ελλάδα 2001 133΄ έγχρωμο", "133΄"),
        # a title in single quotes that ends in a number
        ("the shortlist: ‘Happy 140’ and two others", None),
        ("a film called 'Room 237' is about it", None),
        # the apostrophe of a decade
        ("in the 90’s he shot", None),
        ("in the 90's he shot", None),
    ],
)
def test_minutes_mark_typed_as_apostrophe(text: str, found: str | None) -> None:
    matches = [m.group(0) for m in _minutes_in(text)]
    assert (matches[0] if matches else None) == found


STORY = "Two brothers cross the mountains in winter to find their father, who left long ago."


def _runtime(text: str) -> int | None:
    films = extract_page(text, "test").films
    return films[0].runtime_minutes if films else None


def test_prose_runtime_with_an_apostrophe() -> None:
    page = f"La lunga strada\n\nItalia 1985. Con Anna Bianchi, Marco Neri; 94’ {STORY}\n"
    assert _runtime(page) == 94


def test_quoted_title_ending_in_a_number_is_no_runtime() -> None:
    page = f"La lunga strada\n\nThe jury also saw ‘Happy 140’ this week. {STORY}\n"
    assert _runtime(page) is None
