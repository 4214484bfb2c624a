"""The quote finder's vocabulary completed across languages, and section headings that
name no source (quoteslang28)."""

from __future__ import annotations

import pytest

from indexer import lang
from indexer.extract.pages.quotes.who import Who, parse, section_heading

#: the languages whose pages the quote finder meets most: each writes verbs of saying, a
#: critic's role, "according to" and a heading over a review's verdict
_MAJOR = ("en", "fr", "es", "pt", "it", "de", "nl", "ru", "uk", "pl", "cs", "ar", "fa", "el")


@pytest.mark.parametrize("code", _MAJOR)
def test_major_languages_have_quote_vocabulary(code: str) -> None:
    data = lang.language(code)
    assert data is not None
    assert len(data.speech_verbs) >= 15
    assert data.critic_roles and data.quote_according and data.section_headings


@pytest.mark.parametrize(
    ("code", "word"),
    [
        ("ru", "написали"),  # plural past
        ("ru", "заявила"),  # feminine past
        ("pl", "napisali"),
        ("ar", "ويقول"),  # with the conjunction glued on
        ("fa", "آورده است"),
        ("tr", "ekliyor"),
        ("es", "ha escrito"),
        ("fi", "kirjoittivat"),
    ],
)
def test_speech_verb_paradigms(code: str, word: str) -> None:
    assert word in lang.cues("speech_verbs", code)


def test_plural_roles_are_press_words_not_a_critic() -> None:
    """ "critics", "критики" speak of the press, they name no one critic."""
    assert "critics" not in lang.cues("critic_roles")
    assert "critics" in lang.cues("press_words")
    assert "критики" in lang.cues("press_words", "ru")


@pytest.mark.parametrize(
    "text",
    ["Mon avis", "Mein Eindruck :", "Our take", "Latest News", "Posted on", "Lexo edhe", "Вердикт"],
)
def test_section_headings_are_no_source(text: str) -> None:
    assert section_heading(text)
    assert parse(text) is None


@pytest.mark.parametrize(
    "text",
    # the marks a heading line takes (the page's shared ones) and a source's stops and brackets
    ["» Verdict", "▶ Our take", "• Mon avis ：", "Our take.", "(Latest News)", "[Mein Eindruck]!"],
)
def test_a_heading_between_marks_is_no_source(text: str) -> None:
    assert section_heading(text)


def test_a_heading_beside_a_name_is_dropped() -> None:
    assert parse("Jane Doe, Our take") == Who("Jane Doe", None, True)


@pytest.mark.parametrize("text", ["Peter Bradshaw, The Guardian", "Variety", "Le Monde"])
def test_sources_stay(text: str) -> None:
    assert not section_heading(text)
    assert parse(text) is not None
