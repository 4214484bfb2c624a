"""A heading's parts read from the line's own structure: a question or a sentence after a
spaced dash, a dash spaced on one side, plain text's emphasis marks, and a phrase for film or
review written without its spaces (snippets written for these tests)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page, titles, titlevote
from indexer.extract.pages.titlewrapped import unwrapped


def _title(text: str) -> str:
    films = extract_page(text, "test").films
    assert films
    return films[0].title


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        # the headline's question after the dash is its comment on the name before it
        ("Harbour Lights – Film review – Worth a ticket?", True),
        ("மழைக்காலம் – சினிமா விமர்சனம் – படம் எப்படி?", True),
        # a sentence with no dash, or a long head before the dash, is still a sentence
        ("The harbour lights shine on everyone tonight.", False),
        ("The harbour lights shine on everyone – again?", False),
    ],
)
def test_sentence_end_read_on_the_head(line: str, heading: bool) -> None:
    assert titles.heading_like(line, set()) is heading


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("_Harbour Lights_", "Harbour Lights"),
        ("*Harbour Lights*", "Harbour Lights"),
        # one underscore alone is no emphasis
        ("Harbour_", "Harbour_"),
    ],
)
def test_unmarked(line: str, text: str) -> None:
    assert titles.unmarked(line) == text


def test_emphasised_heading_cleaned() -> None:
    assert titles.clean_heading("_Harbour Lights_").title == "Harbour Lights"


@pytest.mark.parametrize(
    ("heading", "part"),
    [
        ("மழைக்காலம் -திரைவிமர்சனம்", "மழைக்காலம்"),
        ("Harbour Lights– Review", "Harbour Lights"),
    ],
)
def test_dash_spaced_on_one_side_parts_a_heading(heading: str, part: str) -> None:
    assert part in titlevote._parts(heading)


def test_hyphen_before_a_space_parts_nothing() -> None:
    assert titlevote._parts("An anti- war story") == []


@pytest.mark.parametrize(
    ("value", "glued"),
    [
        ("திரைவிமர்சனம்", True),  # "திரை விமர்சனம்": screen review, its space left out
        ("MovieReview", True),
        ("Moviola", False),
        ("Harbour", False),
    ],
)
def test_glued_phrase(value: str, glued: bool) -> None:
    assert titlevote._glued_phrase(value) is glued


def test_glued_review_phrase_unwrapped() -> None:
    assert unwrapped("மழைக்காலம் -திரைவிமர்சனம்") == "மழைக்காலம்"


def test_title_before_a_dash_and_a_question() -> None:
    page = (
        "Source: https://example.org/tag/reviews/\n"
        "Harbour Lights – Film review – Worth a ticket?\n\n"
        "Directed by Ana Ruiz, Harbour Lights follows a lighthouse keeper and her daughter "
        "through one long winter on a small island, where the ferry stops running and the "
        "two of them must keep the light burning alone.\n"
    )
    assert _title(page) == "Harbour Lights"


def test_comment_after_the_dash_is_no_original_title() -> None:
    heading = titles.clean_heading("Harbour Lights – what is the film about?")
    assert (heading.title, heading.original) == ("Harbour Lights", None)
