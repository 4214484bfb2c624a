"""Table tests for the title written with its director's credit on one line ("X de Ana Ruiz",
"Ana Ruiz's X"): snippets written for these tests, in several languages."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titleby, titlevote


def _features(text: str, people: set[str]) -> dict[str, dict[str, float]]:
    lines = tuple(text.split("\n"))
    ballot, _ = titlevote.collect(lines, set(), len(lines), people, None)
    return {c.value: c.features for c in ballot.candidates.values()}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Aftersun de Charlotte Wells", ["Aftersun"]),  # French
        ("Movie Review – Lionheart By Genevieve Nnaji", ["Lionheart"]),  # a heading's kind first
        ("«Il porto», di Marco Bini", ["Il porto"]),  # quotes and a comma taken off
        ("Das Licht von Maren Ade", ["Das Licht"]),  # German
        ("Ana Ruiz's NO DATE, NO SIGNATURE", ["NO DATE, NO SIGNATURE"]),  # a possessive
        ("Agnès Varda’s Cléo", ["Cléo"]),  # a typographic apostrophe
        ("ο «Κυνόδοντας» του Γιώργου Λάνθιμου", ["Κυνόδοντας"]),  # the quoted name (Greek)
        ("La Nuit du 12 réalisé par Dominik Moll", ["La Nuit du 12"]),  # "directed by" cut off
    ],
)
def test_the_name_before_a_persons_credit(value: str, expected: list[str]) -> None:
    assert titleby.titles_before_credit(value, titleby.name_shaped) == expected


@pytest.mark.parametrize(
    "value",
    [
        "Portrait de la jeune fille en feu",  # lower-case words after "de": no one's name
        "Les hores de l'estiu",  # one word after the elision
        "Song of the Sea",  # no word for "by"
        "A film by the sea",  # lower case
        "The Return of the King",  # "of" credits no one
        "Drei Tage von Anna und Paul Meier aus Köln",  # too many words for a name
        "Festival's Opening Night Gala",  # one word before the possessive: no person
        "ESORDIO ALLA REGIA DI FRANCESCO BRUNI",  # only "directorial debut by" before the name
    ],
)
def test_no_name_without_a_person(value: str) -> None:
    assert titleby.titles_before_credit(value, titleby.name_shaped) == []


def test_only_a_credited_person_when_asked() -> None:
    assert titleby.titles_before_credit("Mujeres de Buenos Aires", {"ana ruiz"}.__contains__) == []


@pytest.mark.parametrize(
    ("text", "people", "value", "feature"),
    [
        # a heading with a credited director after the word for "by" (Spanish)
        (
            "Sombra de Ana Ruiz\n\nUna película sobre el mar.\n",
            {"ana ruiz"},
            "Sombra",
            "before_credit",
        ),
        # the same with a name the page credits nowhere else (English)
        ("Lionheart by Genevieve Nnaji\n\nA review.\n", set(), "Lionheart", "before_name"),
    ],
)
def test_a_heading_gives_the_name_before_the_credit(
    text: str, people: set[str], value: str, feature: str
) -> None:
    assert feature in _features(text, people)[value]


def test_a_credited_name_is_not_also_a_mere_name() -> None:
    features = _features("Sombra de Ana Ruiz\n\nUna película.\n", {"ana ruiz"})
    assert "before_name" not in features["Sombra"]
