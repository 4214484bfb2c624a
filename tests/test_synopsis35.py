"""Tests for a synopsis that goes on past a short aside within its text (an intertitle, a
one-sentence paragraph) to the paragraph after it (synthetic pages written for the tests)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page, synopsis

LEDE = (
    "The festival closed last night in the old harbour town with the premiere of Winter "
    "Harbour, the second feature of the young director, in front of a full house of guests."
)
STORY = (
    "A young woman returns to the island where she grew up to sell her late father's boat "
    "and finds that the fishermen who knew him want to keep it in the harbour for one more "
    "winter."
)


def _synopsis(text: str) -> str:
    result = extract_page(text, "page.txt")
    assert result.films
    return result.films[0].synopsis or ""


def _extended(*between: str) -> str:
    lines: list[str] = [LEDE, ""]
    for line in between:
        lines += [line, ""]
    lines.append(STORY)
    return synopsis._extend(LEDE, tuple(lines), set(), 0, "Winter Harbour")


@pytest.mark.parametrize(
    "between",
    [
        ("A night to remember",),  # an intertitle
        ("The film was shot on the island last spring.",),  # a one-sentence paragraph
        ("The club shows films from abroad.",),  # a sentence may speak of films
        ("A night to remember", "The film was shot on the island last spring."),
    ],
)
def test_text_goes_on_past_a_short_aside(between: tuple[str, ...]) -> None:
    text = _extended(*between)
    assert text.startswith("The festival closed")
    assert text.endswith(STORY)
    assert "A night to remember" not in text  # the intertitle is left out


def test_a_short_sentence_between_is_kept() -> None:
    text = _extended("The film was shot on the island last spring.")
    assert "The film was shot on the island last spring." in text


@pytest.mark.parametrize(
    "between",
    [
        ("A night to remember", "In competition", "Out of competition"),  # three short lines
        ("2. Another Film",),  # an item of a numbered list
        ("Drama. Norway. 121 min",),  # a line of facts
    ],
)
def test_text_stops_at_a_wider_aside(between: tuple[str, ...]) -> None:
    assert _extended(*between) == LEDE


def test_page_synopsis_goes_on_past_an_intertitle() -> None:
    page = (
        "Source: https://example.org/winter-harbour\nWinter Harbour\n\n"
        f"{LEDE}\n\nA night to remember\n\n{STORY}\n"
    )
    text = _synopsis(page)
    assert "The festival closed" in text
    assert "A young woman returns" in text


def test_aside_lines_and_the_paragraph_after_them() -> None:
    lines = ("A night to remember", "", "Short sentence of the text.", "", STORY)
    assert synopsis._past_aside(lines, set(), 0, "Winter Harbour") == [2, 4]
    assert synopsis._past_aside(lines, {0}, 0, "Winter Harbour") == []  # a label's line
    quoted = ("A night to remember", "", f"“{STORY}”")
    assert synopsis._past_aside(quoted, set(), 0, "Winter Harbour") == []  # a quotation
