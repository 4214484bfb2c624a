"""Table tests for a programme's date before a film's name on its line ("6 Feb The Great
Escaper"): snippets adapted from pages, in several languages."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titles


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("6 Feb The Great Escaper", "The Great Escaper"),  # a day and a month's abbreviation
        ("Sep. 08Playtime", "Playtime"),  # the day glued to the name
        ("JUEVES 13: Salón México", "Salón México"),  # a weekday (Spanish) and a day
        ("Friday 16th June – THE QUIET GIRL", "THE QUIET GIRL"),  # a weekday, a date, a dash
        ("Sat 24th Sept 7.30pm: BELFAST (12A)", "BELFAST"),  # a time, a certificate after
        ("Oct 8th        Woman at War        7.30", "Woman at War"),  # the time after the name
        ("22 NOVEMBRE Les Misérables", "Les Misérables"),  # French
        ("December 27: Smultronstället", "Smultronstället"),
    ],
)
def test_a_programmes_date_before_the_name(line: str, expected: str) -> None:
    assert titles.clean_heading(line).title == expected


@pytest.mark.parametrize(
    "line",
    [
        "May December",  # a month's name in the title, no day beside it
        "Mars Attacks!",  # a month's name of another language (French)
        "Friday the 13th",  # a weekday, then no day's number
        "12 Angry Men",  # a number, no month
        "Mai 68",  # no day of a month
        "domingo, 9 de diciembre de 2012",  # a date alone: nothing after it
        "Feb 8, 2019 by K. R. Rejeesh",  # lower case after the date: no name
    ],
)
def test_no_date_taken_off(line: str) -> None:
    assert titles.without_date_head(line) == line
