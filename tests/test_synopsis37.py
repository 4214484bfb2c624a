"""Tests for a synopsis that opens with the text about the film above a short heading or aside
over the winning paragraph ("… is a stunning drama …" / "The Story" / the story), the heading
left out (synthetic pages written for the tests)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page, synopsis
from tests.page_support import WINTER_LEDE, WINTER_STORY, WINTER_TITLE

TITLE, LEDE, STORY = WINTER_TITLE, WINTER_LEDE, WINTER_STORY


def _earlier(*above: str, title: str = TITLE) -> list[str]:
    """The lines taken in before STORY when ``above`` stands over it, a blank line between."""
    lines: list[str] = []
    for line in above:
        lines += [line, ""]
    lines.append(STORY)
    page = tuple(lines)
    return [page[i] for i in synopsis._earlier_text(page, set(), len(page) - 1, title)]


@pytest.mark.parametrize(
    "between",
    [
        ("The Story",),  # a heading of the story
        ("Plot",),
        (TITLE,),  # a heading of the film
        ("Photo: the harbour at dawn",),  # a caption
        ("Drama | 104 min | Norway",),  # a line of the film's facts
        ("Review", "Drama | 104 min | Norway"),
    ],
)
def test_synopsis_opens_with_the_text_above_a_heading(between: tuple[str, ...]) -> None:
    assert _earlier(LEDE, *between) == [LEDE]


def test_the_whole_text_above_is_taken_from_its_first_paragraph() -> None:
    second = "The director spent three winters on the island before the shooting began there."
    assert _earlier(LEDE, second, "The Story") == [LEDE, second]


@pytest.mark.parametrize(
    "above",
    [
        (LEDE, STORY),  # no heading between: the lead-in's business, not this one's
        (LEDE, "Related"),  # a heading of another section
        (LEDE, "Log in"),  # furniture
        (LEDE, "One", "Two", "Three", "Four"),  # more than a short aside
        # a text that does not name the film
        (
            "The festival opened last night in the old harbour town in front of a full house.",
            "The Story",
        ),
        # a headline, no sentence
        (
            "Premiere of Winter Harbour at the festival in the old harbour town with the director "
            "and the whole cast on the stage VIDEO",
            "The Story",
        ),
    ],
)
def test_no_text_above_is_taken(above: tuple[str, ...]) -> None:
    assert _earlier(*above) == []


def test_a_paragraph_ending_with_another_script_full_stop_ends_a_sentence() -> None:
    assert synopsis._ends_sentence("فلم نے کانز میں ایوارڈ جیت لیا۔")
    assert synopsis._ends_sentence("फ़िल्म ने पुरस्कार जीता।")
    assert synopsis._ends_sentence("He said it was “the end.”")
    assert not synopsis._ends_sentence("Premiere of the film at the festival VIDEO")


def test_page_synopsis_opens_with_the_lede_and_leaves_the_heading_out() -> None:
    page = (
        f"Source: https://example.org/winter-harbour\n{TITLE}\n\n{LEDE}\n\nThe Story\n\n{STORY}\n"
    )
    result = extract_page(page, "page.txt")
    assert result.films
    text = result.films[0].synopsis or ""
    assert text.startswith(LEDE)
    assert STORY in text
    assert "The Story" not in text


@pytest.mark.parametrize(
    "opening",
    [
        "فلم نے کانز میں ایوارڈ جیت لیا۔",  # Urdu's full stop
        "ছবিটি দর্শকদের মন জয় করেছে।",  # Bengali's full stop
        "Ֆիլմը պատմում է մի ընտանիքի մասին։",  # Armenian's full stop
    ],
)
def test_a_line_ending_with_another_script_full_stop_is_a_sentence(opening: str) -> None:
    assert synopsis._sentence(opening, 0, set(), 3)
    assert "ends_like_prose" in synopsis._shape(opening, TITLE)
