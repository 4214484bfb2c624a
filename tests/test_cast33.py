"""Cast readers changed in session 33: a list read from prose that names only the film's
directors loses to the actors the page names; cast labels of more languages."""

from __future__ import annotations

import pytest

from indexer.extract.pages import people
from indexer.extract.pages.labels import field_of

#: the director is called an actor; the farmer's actor is named in parentheses
_BLOCK = "Festen is the work of the actor Tomas Lindqvist.\n\nThe farmer (Erik Sandberg) waits.\n"


def test_the_director_alone_in_prose_loses_to_an_actor() -> None:
    cast = people.cast("", "", _BLOCK, "", None, "Rain", ["Tomas Lindqvist"])
    assert cast == ["Erik Sandberg"]


def test_without_the_director_credited_the_name_after_the_word_for_actor_stays() -> None:
    assert people.cast("", "", _BLOCK, "", None, "Rain", []) == ["Tomas Lindqvist"]


def test_a_director_labelled_as_cast_stays_the_cast() -> None:
    cast = people.cast("Tomas Lindqvist", "", _BLOCK, "", None, "Rain", ["Tomas Lindqvist"])
    assert cast == ["Tomas Lindqvist"]


@pytest.mark.parametrize(
    "label",
    [
        "როლები",  # Georgian "roles"
        "Главни улоги",  # Macedonian "main roles"
        "Glavne uloge",  # Serbian, Croatian, Bosnian
        "Актерский состав",  # Russian
        "Oyuncu kadrosu",  # Turkish
        "In den Hauptrollen",  # German
        "I huvudrollerna",  # Swedish
        "Interpreti principali",  # Italian
        "Ator(es)",  # Portuguese, with the plural in parentheses
        "領銜主演",  # Chinese
    ],
)
def test_cast_labels_of_more_languages(label: str) -> None:
    assert field_of(label) == ("cast",)
