"""Cast tables flattened into lines of actor and character
(:mod:`indexer.extract.pages.castrows`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages.castrows import cast_rows
from tests.page_support import BLURB, film_of


@pytest.mark.parametrize(
    ("block", "found"),
    [
        # the roles first: a crew row opens with its label
        ("Cast & Crew\n\nJulie Honor Swinton-Byrne\nAnthony Tom Burke\nJulie's mother Tilda "
         "Swinton\nGarance Ariane Labed\nDirector Joanna Hogg\nsee more",
         [["Honor Swinton-Byrne", "Tom Burke", "Tilda Swinton", "Ariane Labed"]]),
        # the actors first: a header row opens with the word for actor
        ("Szereplők:\n\nSzínész Alakított személy\nLili Bordán Irene\nFerenc Lengyel Michael "
         "Curtiz\nKata Sarbó Casting Assistant\n",
         [["Lili Bordán", "Ferenc Lengyel", "Kata Sarbó"]]),
        # a table that tells neither is left alone
        ("Julie Honor Swinton-Byrne\nAnthony Tom Burke\nGarance Ariane Labed\n", []),
    ],
)  # fmt: skip
def test_cast_rows(block: str, found: list[list[str]]) -> None:
    assert cast_rows(block) == found


def test_a_cast_table_on_a_page() -> None:
    page = (
        "The Souvenir\n\n" + BLURB + "\n\nCast & Crew\n\nJulie Honor Swinton-Byrne\n"
        "Anthony Tom Burke\nGarance Ariane Labed\nDirector Joanna Hogg\n"
    )
    film = film_of(page)
    assert film.cast == ("Honor Swinton-Byrne", "Tom Burke", "Ariane Labed")
    assert film.directors == ("Joanna Hogg",)
