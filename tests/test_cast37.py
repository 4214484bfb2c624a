"""Cast readers changed in session 37: three names listed "A, B and C" in a sentence (one comma),
each perhaps with its character in parentheses, unless a crew's cue stands right before them."""

from __future__ import annotations

import pytest

from indexer.extract.pages import people


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Kofi Mensah (Jo), Amani Otieno (Pato) and Baraka Njoroge (Mike) are outstanding.",
            ["Kofi Mensah", "Amani Otieno", "Baraka Njoroge"],
        ),
        (
            "The film rests on Anna Keller, John Marsh and Lee Wong.",
            ["Anna Keller", "John Marsh", "Lee Wong"],
        ),
    ],
)
def test_three_names_with_one_comma_are_a_run(line: str, names: list[str]) -> None:
    assert people.name_runs(line) == [names]


@pytest.mark.parametrize(
    "line",
    [
        "Adapté d'une pièce écrite par Paul Durand, Marie Leclerc et Jean Morel en 2010.",
        "It was directed by Anna Keller, John Marsh and Lee Wong over three years.",
        "Anna Keller, John Marsh met in Paris.",  # two names: no list
    ],
)
def test_three_names_after_a_crew_cue_are_no_run(line: str) -> None:
    assert people.name_runs(line) == []


def test_three_names_with_their_characters_are_the_cast() -> None:
    block = (
        "A review of a small film.\n\n"
        "Kofi Mensah (Jo), Amani Otieno (Pato) and Baraka Njoroge (Mike) are outstanding.\n"
    )
    assert people.cast("", "", block, "", None) == ["Kofi Mensah", "Amani Otieno", "Baraka Njoroge"]
