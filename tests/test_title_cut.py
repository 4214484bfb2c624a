"""Table tests for candidates cut at the wrong place (:mod:`indexer.extract.pages.titlecut`): a
name joined to its credit, a year, a date, a section or itself, and a name cut to one word that
only joins. Names written for these tests."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titlecues, titlecut, titlevote
from indexer.extract.pages.scripts import latin_halves
from indexer.extract.pages.titles import Title, two_titles


@pytest.mark.parametrize(
    ("value", "people", "address", "names"),
    [
        ("Harbour Lights 2019", set(), [], ["Harbour Lights"]),  # a year after the name
        ("Harbour Lights (2019)", set(), [], ["Harbour Lights"]),
        ("Harbour Lights 2019", set(), ["harbour", "lights", "2019"], []),  # the address's
        ("1984", set(), [], []),  # a year alone is a name
        ("14/3 Harbour Lights", set(), [], ["Harbour Lights"]),  # a programme's date
        ("[Blu-ray] Harbour Lights", set(), [], ["Harbour Lights"]),  # a section
        ("QUIET RIVER BLUES QUIET RIVER BLUES", set(), [], ["QUIET RIVER BLUES"]),  # twice
        ("Echo Echo Echo Echo", set(), [], []),  # one word over and over
        ("Le Port de Mara Olsen", set(), [], ["Le Port"]),  # a name-shaped person
        ("Le Port de Mara Olsen", {"mara olsen"}, [], ["Le Port"]),  # a credited person
        ("Daungan ni Mara Olsen", set(), [], ["Daungan"]),  # Tagalog "ni", the film of
        ("EL FIN DE LA NOCHE", set(), [], []),  # an article opens no person's name
        ("CRÓNICAS DEL OTRO NORTE", set(), [], []),  # capitals: the name's own words
        ("¡Qué calor! Mara Olsen", {"mara olsen"}, [], ["¡Qué calor!"]),  # no word for "by"
        ("¡Qué calor! Mara Olsen", set(), [], []),  # a person the page does not credit
        ("Mara Olsen's Le Port", {"mara olsen"}, [], ["Le Port"]),  # a possessive
    ],
)
def test_cuts(value: str, people: set[str], address: list[str], names: list[str]) -> None:
    assert titlecut.cuts(value, people, address) == names


@pytest.mark.parametrize(
    ("value", "expected"),
    [("The", True), ("Het", True), ("El", True), ("Harbour", False), ("The Port", False)],
)
def test_joining_word_alone(value: str, expected: bool) -> None:
    assert titlecut.joining_word_alone(value) is expected


def _features(text: str) -> dict[str, dict[str, float]]:
    lines = tuple(text.split("\n"))
    ballot, _ = titlevote.collect(lines, set(), len(lines), set(), None)
    return {c.value: c.features for c in ballot.candidates.values()}


def test_a_heading_with_its_year_gives_the_name() -> None:
    features = _features("Harbour Lights 2019\n\nA review of a quiet film about a port town.\n")
    assert "holds_cut" in features["Harbour Lights 2019"]
    assert "cut_name" in features["Harbour Lights"]


def test_a_slash_spaced_on_one_side_parts_two_titles() -> None:
    assert two_titles("Le Port/ The Harbour") == ("Le Port", "The Harbour")
    assert two_titles("21/9") == ("21/9", None)


@pytest.mark.parametrize(
    ("name", "halves"),
    [
        ("Ο Λιμάνι-The Harbour", ("Ο Λιμάνι", "The Harbour")),  # a hyphen between two scripts
        ("HARBOUR ท่าเรือ", ("HARBOUR", "ท่าเรือ")),
        ("港口 Harbour Lights", ("港口", "Harbour Lights")),
        ("《港口 Harbour Lights》", None),  # in marks: one name written whole
        ("Harbour Lights", None),  # one script
        ("港口 Harbour 港口", None),  # the script changes twice
        ("Live στο λιμάνι", None),  # a half in lower case: words of a sentence
    ],
)
def test_latin_halves(name: str, halves: tuple[str, str] | None) -> None:
    assert latin_halves(name) == halves


def test_a_winner_in_two_scripts_is_parted() -> None:
    title = titlevote._halves(Title("HARBOUR ท่าเรือ"))
    assert (title.title, title.alt) == ("HARBOUR", "ท่าเรือ")
    assert titlevote._halves(Title("映画 HARBOUR")).title == "映画 HARBOUR"  # the word for film


@pytest.mark.parametrize(
    ("slug", "text", "found"),
    [
        (["portrait", "dune", "ville"], "Portrait d’une ville\n\nA film.", "Portrait d’une ville"),
        (["la", "nuit", "dete"], "La nuit d'ete\n\nA film.", "La nuit d'ete"),  # accents folded
        (["lhiver", "bleu"], "L'hiver bleu\n\nA film.", "L'hiver bleu"),
    ],
)
def test_an_address_finds_a_name_with_an_elided_word(
    slug: list[str], text: str, found: str
) -> None:
    assert titlecues.slug_in_text(slug, text) == found
