"""indexer.extract.pages.text: a time of day, one definition for the synopsis reader."""

from __future__ import annotations

import re

import pytest

from indexer.extract.pages import synopsis, titles
from indexer.extract.pages.text import CLOCK, SCHEDULE_TIME, TIME_OF_DAY, is_schedule


@pytest.mark.parametrize(
    ("text", "time"),
    [("at 19:30 sharp", "19:30"), ("20h30", "20h30"), ("7.30pm", "7.30"), ("8 pm", "8 pm"),
     ("8 a.m.", "8 a.m"), ("24:00", None), ("9.75", None), ("1.66:1", None)],
)  # fmt: skip
def test_time_of_day(text: str, time: str | None) -> None:
    found = re.search(rf"(?<!\d){TIME_OF_DAY}", text, re.IGNORECASE)
    assert (found.group(0) if found else None) == time


def test_clock_has_minutes() -> None:
    assert re.fullmatch(CLOCK, "19.00") and not re.fullmatch(CLOCK, "8 pm")


def test_screening_day_reads_the_shared_time() -> None:
    assert synopsis._screening_day("Tuesday 28th November 2023 | 7:30pm")
    assert not synopsis._screening_day("2020-08-30 21:10")


@pytest.mark.parametrize(
    ("text", "time"),
    [("7.30pm", "7.30pm"), ("20h30", "20h30"), ("19:30 Uhr", "19:30 Uhr"), ("8 PM", "8 PM"),
     ("1.66:1", "1.66"), ("7.30 Film", "7.30"), ("7.30x", None), ("8 amigos", None)],
)  # fmt: skip
def test_schedule_time(text: str, time: str | None) -> None:
    found = re.match(SCHEDULE_TIME, text, re.IGNORECASE)
    assert (found.group(0) if found else None) == time


def test_schedule_time_is_shared_by_the_schedule_and_the_programme_readers() -> None:
    assert is_schedule("Sat 24 June 19:30 Uhr") and not is_schedule("Room 7.30x Deluxe Suite")
    assert titles.without_date_head("Sat 24th Sept 7.30pm: Belfast") == "Belfast"
    assert titles.without_date_head("6 Feb Woman at War     7.30") == "Woman at War"
