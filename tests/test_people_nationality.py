"""A director named right before a nationality and the role noun, no comma between, as a
language that writes the apposition before its noun does ("Srdan Golubović szerb rendező")."""

from __future__ import annotations

import pytest

from indexer.extract.pages import cues
from tests.page_support import film_of


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Díjat kapott Kovács Anna magyar rendező új filmje.", ["Kovács Anna"]),
        ("A fesztivált Jan Novak cseh filmrendező nyitotta meg.", ["Jan Novak"]),
        ("Díjat kapott Kovács Anna híres rendező új filmje.", []),  # no nationality
        ("Meet Ana Ruiz Spanish director of the year.", []),  # a capital: a name's word
        ("The festival opened with a French director Jean Dupont.", []),  # no name before
    ],
)
def test_directors_before_nationality(text: str, found: list[str]) -> None:
    assert [m.name for m in cues.directors_before_nationality(text)] == found


def test_the_director_before_a_nationality_is_the_films() -> None:
    page = (
        "Source: https://hirek.example.hu/korok\n"
        "Jó kritikákat kapott a Körök\n\n"
        "Kiérdemelte a fesztiválon az újságírók dicséretét Petar Novak szerb rendező Körök "
        "című filmje. A Screendaily szerint a film különleges precizitással készült.\n"
    )
    assert film_of(page).directors == ("Petar Novak",)
