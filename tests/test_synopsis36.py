"""Tests for a synopsis that stops at a heading of another section or item of the page ("Other
news from the parish", "Related", "Lire aussi") instead of going on past it as past an aside
(synthetic pages written for the tests)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page, synopsis, synopsiscues

LEDE = (
    "The festival closed last night in the old harbour town with the premiere of Winter "
    "Harbour, the second feature of the young director, in front of a full house of guests."
)
OTHER = (
    "The parish council met on Tuesday evening to discuss the new car park behind the church "
    "hall and agreed to ask the county for a grant before the end of the financial year."
)


def _extended(*between: str) -> str:
    lines: list[str] = [LEDE, ""]
    for line in between:
        lines += [line, ""]
    lines.append(OTHER)
    return synopsis._extend(LEDE, tuple(lines), set(), 0, "Winter Harbour")


@pytest.mark.parametrize(
    "between",
    [
        ("Other news from the parish",),
        ("More from the festival",),
        ("Related",),
        ("Latest reviews",),
        ("Lire aussi",),  # a link to another article without its colon
        ("Читайте также",),
        ("Weitere Filme",),
        ("Noticias relacionadas",),  # the word for "related" after its noun
        ("• Artigos relacionados",),
        ("相关新闻",),
        ("A night to remember", "Other news from the parish"),  # the second aside line
    ],
)
def test_text_stops_at_a_heading_of_another_section(between: tuple[str, ...]) -> None:
    assert _extended(*between) == LEDE


@pytest.mark.parametrize(
    "line",
    [
        "The others stayed behind in the village.",  # a sentence of the text
        "More than a thriller.",
        "A night to remember",  # an intertitle of the text
        "Review",  # a heading of the review's own part
        "More photos (78)",  # a link of the text's own gallery
        "Also the people are in ruins",  # "also" opens sentences and intertitles
        "Other news from the parish, the harbour and the council, told week by week",  # long
    ],
)
def test_no_heading_of_another_section(line: str) -> None:
    assert not synopsiscues.other_heading(line)


def test_text_goes_on_past_a_sentence_that_says_other() -> None:
    text = _extended("The others stayed behind in the village.")
    assert text.endswith(OTHER)


def test_page_synopsis_stops_at_other_news() -> None:
    page = (
        "Source: https://example.org/winter-harbour\nWinter Harbour\n\n"
        f"{LEDE}\n\nOther news from the parish\n\n{OTHER}\n"
    )
    result = extract_page(page, "page.txt")
    assert result.films
    text = result.films[0].synopsis or ""
    assert "The festival closed" in text
    assert "parish council" not in text
