"""Tests for the title's other spelling in another script ("Joyland" / "जॉयलैंड"): names and
pages written for these tests."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titlevote
from indexer.extract.pages.evidence import Candidate
from indexer.extract.pages.titleroman import other_spelling


@pytest.mark.parametrize(
    ("winner", "other", "line", "expected"),
    [
        ("Joyland", "जॉयलैंड", 4, "जॉयलैंड"),  # Devanagari
        ("Кратко слънце", "Kratko slunce", 7, "Kratko slunce"),  # Cyrillic, Latin the other
        ("Sirât", "Σιράτ", 3, "Σιράτ"),  # Greek
        ("Parasite", "기생충", 2, None),  # a translation, not a transliteration
        ("Joyland", "Joyland Film", 2, None),  # the same script
        ("Joyland", "जॉयलैंड", None, None),  # read from no line (the address)
        ("Ra", "रा", 2, None),  # too short to tell
    ],
)
def test_other_spelling(winner: str, other: str, line: int | None, expected: str | None) -> None:
    best = Candidate(winner, line=1)
    assert other_spelling(best, [best, Candidate(other, line=line)]) == expected


def test_the_page_keeps_both_spellings() -> None:
    lines = (
        "Joyland",
        "Director: Saim Sadiq",
        "",
        "जॉयलैंड",
        "",
        "Joyland is the story of a family in Lahore. Joyland was shown at Cannes.",
    )
    ballot, headings = titlevote.vote(lines, set(), len(lines), set(), None)
    chosen = titlevote.decide(ballot, headings, lines)
    assert chosen is not None
    assert (chosen.title, chosen.alt) == ("Joyland", "जॉयलैंड")
