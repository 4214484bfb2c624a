"""A review's byline over its text (quotes35): a line of its own naming a person and an outlet
the quote catalogues cite heads the paragraph under it, a review's excerpt; a film's title and
its director, or a name and an acronym, over a paragraph are the page's own credits. A link to
the whole review after a paragraph's last sentence ("Leer más…") is no source. Initials
leading a name make it an outlet's ("IGN Greece"). Outlets one after another, each over a run
of paragraphs, the last run ending the page, head their runs."""

from __future__ import annotations

import pytest

from indexer.extract.pages.quotes import find_quotes
from indexer.extract.pages.quotes.units import BODY, cut
from indexer.extract.pages.quotes.who import is_person

_TEXT = (
    "A patient and luminous drama about two sisters who meet again after twenty years, "
    "told with a rare tenderness."
)
_MORE = "The second half loses some of that focus, but the ending earns every tear it asks for."


def test_a_byline_naming_a_critic_and_a_cited_outlet_heads_the_review_below() -> None:
    lines = ("Screenings at 7pm", "", "", "Jane Morrow, The Guardian", "", _TEXT, "", _MORE)
    assert find_quotes(lines, set(), set()) == [(_TEXT, "Jane Morrow", "The Guardian")]


def test_an_aside_after_the_outlet_stays_with_it() -> None:
    lines = ("Rated R", "", "", "Jane Morrow, The Guardian (excerpted)", "", _TEXT, "", _MORE)
    assert find_quotes(lines, set(), set()) == [(_TEXT, "Jane Morrow", "The Guardian (excerpted)")]


def test_a_title_and_its_director_over_a_synopsis_are_no_byline() -> None:
    lines = ("Programme", "", "", "Hidden Rivers, Anna Kowalczyk", "", _TEXT, "", _MORE)
    assert find_quotes(lines, set(), set()) == []


def test_a_name_and_an_acronym_over_a_paragraph_are_no_byline() -> None:
    lines = ("Programme", "", "", "Tom Baker, BE", "", _TEXT, "", _MORE)
    assert find_quotes(lines, set(), set()) == []


def test_a_first_person_paragraph_under_a_byline_is_no_excerpt() -> None:
    mine = "I went in expecting little and came out moved by these two sisters and their story."
    lines = ("Rated R", "", "", "Jane Morrow, The Guardian", "", mine, "", _MORE)
    assert find_quotes(lines, set(), set()) == []


def test_a_review_link_after_the_last_sentence_is_no_source() -> None:
    said = "Una película luminosa sobre dos hermanas que se reencuentran al cabo de veinte años."
    (unit,) = cut((f"{said} Leer más…",), set(), set())
    assert (unit.kind, unit.who, unit.text) == (BODY, None, said)


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("IGN Greece", False),  # an outlet's initials lead its name
        ("DNA India", False),
        ("BBC Culture", False),
        ("AO Scott", True),  # two initials written without stops
        ("KIM Ki-duk", True),  # a surname set in capitals before the given name
        ("WANG Bing", True),
        ("Jean-Michel FRODON", True),  # and after it
        ("JUAN LUIS NUGENT", True),  # a name set in capitals
    ],
)
def test_initials_leading_a_name_make_it_an_outlets(name: str, person: bool) -> None:
    assert is_person(name) is person


_RUN = (
    "The second half loses some of that focus on the sisters, but the ending earns every "
    "tear it asks for."
)


def test_outlets_each_over_a_run_of_paragraphs_to_the_end_head_their_runs() -> None:
    intro = "We gathered what the American press wrote about the film after its premiere."
    last = "Its two leads carry scenes that a weaker script would have left flat and merely pretty."
    lines = ("Rated R", "", intro, "The Evening Wrap", _TEXT, _RUN, "Variety", _MORE, last)
    assert find_quotes(lines, set(), set()) == [
        (_TEXT, None, "The Evening Wrap"),
        (_RUN, None, "The Evening Wrap"),
        (_MORE, None, "Variety"),
        (last, None, "Variety"),
    ]
