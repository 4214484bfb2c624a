"""Answers remembered per name and per line are those the functions give uncached, and a
question asked again is answered from memory."""

from collections.abc import Callable
from typing import Any

import pytest

from indexer.extract.pages import cues, headfinal, personname, text, titlecaps
from indexer.extract.pages.titlemodel import FeatureBallot

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
def test_remembered_answers_are_the_functions_own(remembered: Any, values: tuple[str, ...]) -> None:
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


_PAGE = (
    "Harbour Lights\n"
    "Victor Erice, the Spanish director, returns with a quiet film.\n"
    "Directed by Ana Ruiz. The director Ana Ruiz shot it in the winter.\n"
    "Ana Ruiz szerb rendező and Tom Poe director, and the crew.\n"
    "Starring Ann Lee, Tom Poe\n"
    "윤종빈감독 이성민배우\n"
)


def test_the_directors_readers_walk_a_page_once_for_the_role_nouns() -> None:
    page = _PAGE + "(one)\n"  # a text no other test has walked
    walked = [m.span() for m in cues._pattern("director_nouns").finditer(page)]
    assert walked  # the page holds role nouns
    before = cues._cue_matches.cache_info()
    read = [
        cues.mentions(page, "director_nouns"),
        cues.directors_apposed(page),
        cues.directors_after_comma(page),
        cues.directors_before_nationality(page),
    ]
    after = cues._cue_matches.cache_info()
    assert (after.misses, after.hits) == (before.misses + 1, before.hits + 3)
    assert [m.span() for m in cues._cue_matches("director_nouns", None, page)] == walked
    assert read[2] == [cues.Mention("Victor Erice", "director", page.index("director"))]


def test_the_casts_readers_walk_a_page_once_for_the_role_words_after_names() -> None:
    page = _PAGE + "(two)\n"
    walked = [m.span() for m in headfinal.after_pattern("starring_after", None).finditer(page)]
    before = headfinal.after_matches.cache_info()
    cues.cast_lists(page)
    cues.cast_before(page)
    after = headfinal.after_matches.cache_info()
    assert (after.misses, after.hits) == (before.misses + 1, before.hits + 1)
    assert [m.span() for m in headfinal.after_matches("starring_after", None, page)] == walked


@pytest.mark.parametrize(
    ("line", "runs"),
    [
        ("Well acted, oozing charm, THE HARBOUR LIGHTS is a quiet romp.", ["THE HARBOUR LIGHTS"]),
        ("Oozing charm, THE HARBOUR LIGHTS", []),  # too few letters for a line of prose
    ],
)  # fmt: skip
def test_a_run_of_capitals_is_read_from_a_line_of_prose_only(line: str, runs: list[str]) -> None:
    ballot = FeatureBallot()
    titlecaps.caps_in_prose(ballot, (line,))
    assert [c.value for c in ballot.candidates.values()] == runs
