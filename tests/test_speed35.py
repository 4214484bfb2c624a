"""Answers remembered per name and per line are those the functions give uncached, and a
question asked again is answered from memory."""

from collections.abc import Callable
from typing import Any

import pytest

from indexer.extract.pages import personname, text

_NAMES = (
    "Jane Roe",
    "Radio Times",
    "Ethiopia",
    "Lastor Media",
    "Festival Productions",
    "Grand Prize",
    "لم يكن بوسعهم",
    "監督二人",
    " , ",
)
_LINES = ("Read also: The other film", "» Lire aussi", "Baca juga : Film", "Jane Roe: a critic")


@pytest.mark.parametrize(
    ("remembered", "values"),
    [(personname.not_a_person, _NAMES), (text.is_link_line, _LINES)],
)
def test_remembered_answers_are_the_functions_own(
    remembered: Any, values: tuple[str, ...]
) -> None:
    uncached: Callable[[str], Any] = remembered.__wrapped__
    assert [remembered(v) for v in values] == [uncached(v) for v in values]
    hits = remembered.cache_info().hits
    assert [remembered(v) for v in values] == [uncached(v) for v in values]
    assert remembered.cache_info().hits == hits + len(values)


def test_remembered_answers_tell_names_and_lines_apart() -> None:
    assert personname.not_a_person("Jane Roe") is None
    assert personname.not_a_person("Festival Productions") == "word:Festival"
    assert personname.is_person_name("Jane Roe")
    assert text.is_link_line("Read also: The other film")
    assert not text.is_link_line("Jane Roe: a critic")
