"""Tests for a question over a film's story, event lines between a standfirst and its body, and
a one-sentence description that opens with the film's title (synthetic pages written for the
tests)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page, synopsis, synopsiscues

STORY = (
    "A young woman returns to the island where she grew up to sell her late father's boat "
    "and finds that the fishermen who knew him want to keep it in the harbour for one more "
    "winter."
)


def _synopsis(text: str) -> str:
    result = extract_page(text, "page.txt")
    assert result.films
    return result.films[0].synopsis or ""


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("DE QUOI ÇA PARLE ?", True),
        ("What is it about?", True),
        ("O czym jest film?", True),
        ("¿De qué trata?", True),
        ("Why did he leave?", False),  # a question, not one over a story
        ("What is it about", False),  # no question mark: no label either
    ],
)
def test_story_question_heading(heading: str, expected: bool) -> None:
    assert synopsiscues.story_heading(heading, "Winter Harbour") is expected


def test_text_goes_on_under_a_story_question() -> None:
    page = (
        "Source: https://example.org/winter-harbour\n"
        "Critics have been unanimous about Winter Harbour since its premiere in Bergen, "
        "where the audience stood for ten minutes at the end of the screening.\n"
        "What is it about?\n"
        f"{STORY}\n"
    )
    # the text about the film above the question opens the synopsis; the question is left out
    text = _synopsis(page)
    assert text.startswith("Critics have been unanimous")
    assert text.endswith(STORY)
    assert "What is it about?" not in text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tuesday 28th November 2023 | 7:30pm", True),  # the screening's day and hour
        ("Book Tickets", True),  # a button
        ("Admission: €7", True),
        ("12 March 2021", False),  # a date alone: a dateline
        ("8 March 2016 11:57", False),  # a news item's time stamp: no weekday
        ("Film2020-08-30 21:10", False),  # a section and a time stamp: no button
        ("Anna Berg", False),  # a name alone: a byline
    ],
)
def test_event_lines_are_asides(line: str, expected: bool) -> None:
    assert synopsis._aside(line, "Winter Harbour") is expected


def test_standfirst_over_event_lines() -> None:
    page = (
        "Source: https://example.org/winter-harbour\n"
        "Cinema - Winter Harbour\n\n"
        "Lena, a lawyer based in Oslo, reluctantly returns home to care for her father.\n\n"
        "Tuesday 28th November 2023 | 7:30pm\n\n"
        "Admission: €7\n\n"
        "Book Tickets\n\n"
        "Having left years before, she finds that the fishermen who knew her father want "
        "to keep his boat in the harbour for one more winter, and she has to decide.\n"
    )
    assert _synopsis(page).startswith("Lena, a lawyer based in Oslo")


def test_one_sentence_description_opening_with_the_title() -> None:
    page = (
        "Source: https://example.org/wiki/winter-harbour\n"
        "Winter Harbour\n\n"
        "Winter Harbour is a 2019 Norwegian drama film directed by Anna Berg.\n\n"
        "References\n"
    )
    assert _synopsis(page).startswith("Winter Harbour is a 2019 Norwegian drama")


@pytest.mark.parametrize(
    "line",
    [
        "Winter Harbour opens tonight.",  # too few words
        "Winter Harbour 2. Woche | FSK 12 | 107 Min.",  # the title over its facts
        "Winter Harbour: Lena Holm Surely Makes It Worth Your While!",  # a headline
    ],
)
def test_no_title_sentence(line: str) -> None:
    lines = ("Winter Harbour", "", line, "", "Home")
    assert synopsis._title_sentences(lines, set(), [], "Winter Harbour") == []


def test_title_sentence_is_a_paragraph_of_its_own() -> None:
    sentence = "Winter Harbour is a 2019 Norwegian drama film directed by Anna Berg."
    alone = ("Winter Harbour", "", sentence, "", "Home")
    inside = ("Winter Harbour", "The club met again in March.", sentence, "Tea was served.")
    assert synopsis._title_sentences(alone, set(), [], "Winter Harbour") == [2]
    assert synopsis._title_sentences(inside, set(), [], "Winter Harbour") == []
