"""A label word that two languages write for different fields is read in the page's language
(:mod:`indexer.extract.pages.labellang`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page
from indexer.extract.pages.labellang import page_labels, readings
from indexer.extract.pages.labels import ambiguous, field_of, page_readings

#: a Romanian page: its other labels are Romanian
_ROMANIAN = [
    "Lupii (2019)",
    "Gen: Dramă",
    "Regie: Ana Popescu",
    "Distribuție: Mihai Ionescu, Elena Dumitru, Radu Stan",
    "Durată: 1 h. 44 min.",
]
#: a Dutch page: its other labels are Dutch
_DUTCH = [
    "De wolven (2019)",
    "Regie: Jan de Vries",
    "Speelduur: 95 minuten",
    "Distributie: Cinéart",
]


def test_the_word_is_ambiguous_between_romanian_and_dutch() -> None:
    assert ambiguous()["distributie"] == {"cast": ("ro",), "ignore": ("nl",)}


@pytest.mark.parametrize(("lines", "field"), [(_ROMANIAN, "cast"), (_DUTCH, "ignore")])
def test_the_page_s_labels_choose_the_reading(lines: list[str], field: str) -> None:
    assert readings(lines) == {"distributie": field}
    with page_readings(readings(lines)):
        assert field_of("Distribuție") == (field,)


def test_outside_a_page_the_first_language_that_writes_it_decides() -> None:
    # Spanish (the distributor) comes before Occitan (the cast) in the list of languages
    assert field_of("Distribución") == ("ignore",)
    with page_readings(readings(_ROMANIAN)):
        pass
    assert field_of("Distributie") == ("ignore",)  # Dutch before Romanian


def test_a_page_without_an_ambiguous_label_reads_as_before() -> None:
    assert readings(["Regie: Jan de Vries", "Speelduur: 95 minuten"]) == {}


def test_labels_are_read_before_a_colon_or_alone_on_a_short_line() -> None:
    lines = ["Regie: A", "Distribution", "He was directed by a friend: no label"]
    assert page_labels(lines) == ["regie", "distribution"]


def test_prose_in_another_language_does_not_overrule_the_labels() -> None:
    # the labels are French, the page's prose English: "Distribution" is the cast
    lines = [
        "The workers take to the sea, leaving their wives and girlfriends behind in the city.",
        "Réalisation : Anne Martin",
        "Scénario : Anne Martin, Paul Girard",
        "Distribution : Claire Dubois, Marc Leroy",
    ]
    assert readings(lines) == {"distribution": "cast"}


def test_an_english_page_reads_distribution_as_the_distributor() -> None:
    lines = ["Director: Jane Smith", "Running time: 95 min", "Distribution: Film Factory"]
    assert readings(lines) == {"distribution": "ignore"}


def test_a_romanian_cast_list_is_read_as_the_cast() -> None:
    result = extract_page("\n".join(_ROMANIAN) + "\n", "ro.txt")
    assert result.films[0].cast == ("Mihai Ionescu", "Elena Dumitru", "Radu Stan")


def test_a_dutch_distributor_is_no_cast() -> None:
    result = extract_page("\n".join(_DUTCH) + "\n", "nl.txt")
    assert "Cinéart" not in result.films[0].cast
