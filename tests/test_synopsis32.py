"""Table tests for the date a page's capture writes before its first line ("date 2019-11 …"):
the synopsis never opens with it, whichever paragraph wins; a date the page writes itself is
kept (synthetic pages)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page

STORY = (
    "An old fisherman finds a stranger asleep in his boat one winter morning and decides, "
    "against the advice of his daughter, to take him in until the ice breaks in the spring."
)


def _synopsis(text: str) -> str:
    result = extract_page(text, "capture.txt")
    assert result.films
    return result.films[0].synopsis or ""


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # the capture's date with a month, and with a day
        (f" date 2019-11 {STORY}", STORY),
        (f"date 2025-09-29 {STORY}", STORY),
        # a date written by the page is part of its text
        (f"2019-11-02 {STORY}", f"2019-11-02 {STORY}"),
        # the word "date" in the page's own prose is no capture's date
        (f"Date night goes wrong. {STORY}", f"Date night goes wrong. {STORY}"),
    ],
)
def test_capture_date_left_out(first: str, expected: str) -> None:
    page = f"Source: https://example.org/winter-harbour\n{first}\n\nWinter Harbour\n"
    assert _synopsis(page).startswith(expected)
