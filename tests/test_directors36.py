"""Directors (session 36): Arabic names written with a shadda, the
English loanword for "director" in the scripts of South Asia, Tamil's "the one who
directed" and an honorific after a one-word name, and a heading's credit after a dash with
its year in parentheses."""

from __future__ import annotations

import pytest

from indexer.extract.pages.cues import mentions, name_at
from indexer.extract.pages.scripts import UNCASED_WORD
from indexer.extract.pages.titlecredit import names_beside_title


@pytest.mark.parametrize("word", ["كيّال", "محمّد", "سعد"])
def test_a_word_with_its_shadda_is_one_word(word: str) -> None:
    assert UNCASED_WORD.fullmatch(word)


def test_a_verb_written_with_its_short_vowels_is_no_name() -> None:
    text = "هذا أول عمل من إخراج امرأة يُقدَّم في المهرجان"
    assert [m.name for m in mentions(text, "directed_by")] == []


def test_an_arabic_name_with_a_shadda_after_the_cue() -> None:
    text = "فاز الفيلم القصير للمخرج سامي كرّام بالجائزة الكبرى في عرضه الأول."
    assert [m.name for m in mentions(text, "directed_by")] == ["سامي كرّام"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("تاہم ڈائریکٹر عارف حسین نے خوشخبری سنا دی ہے", "عارف حسین"),  # Urdu
        ("આ ફિલ્મના ડિરેક્ટર રવિ શાહ, જેમણે વાર્તા લખી", "રવિ શાહ"),  # Gujarati
        ("এই ছবির ডিরেক্টর রবি কুমার, জানিয়েছেন", "রবি কুমার"),  # Bengali
    ],
)
def test_the_loanword_for_director(text: str, name: str) -> None:
    assert [m.name for m in mentions(text, "director_nouns")] == [name]


def test_tamil_the_one_who_directed() -> None:
    text = "இப்படத்தை இயக்கியது ரவி குமார். படத்திற்கு இசை அமைத்தவர் அவர்."
    assert [m.name for m in mentions(text, "directed_by")] == ["ரவி குமார்"]


def test_an_honorific_after_one_word_makes_it_a_name() -> None:
    assert name_at("முருகன் அவர்கள் படத்தை", 0) == "முருகன்"
    assert name_at("முருகன்.", 0) is None  # one word alone: no name


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Harvest - Ann Lowe (1968)", ["Ann Lowe"]),
        ("Harvest – Ann Lowe (UK, 1968)", ["Ann Lowe"]),
        ("Harvest - Movie Review (2019)", []),  # furniture, no name
        ("Harvest - Ann Lowe (blog)", []),  # no fact in the parentheses
    ],
)
def test_a_credit_after_a_dash_with_its_year_in_parentheses(line: str, found: list[str]) -> None:
    lines = ("Programme", "", line, "", "Ann Lowe filmed it in 1968.")
    assert names_beside_title(lines, ["Harvest"], "\n".join(lines), "example.org") == found


def test_a_two_letter_name_after_a_prefixed_and_starts_the_next_name() -> None:
    assert name_at("יוסי כהן ודן לוי", 0) == "יוסי כהן"


def test_a_title_in_another_language_after_a_dash_is_no_credit() -> None:
    lines = ("Programme", "", "Eternity - Para Sempre (2025)", "")
    assert names_beside_title(lines, ["Eternity"], "\n".join(lines), "example.org") == []
