"""Directors: a name written a few words after another film's title in quotes directs that
other film, when the page credits a name beside the film's own title."""

from __future__ import annotations

import pytest

from indexer.extract.pages.possessive import after_other_title
from indexer.normalize import key
from tests.page_support import film_of

_OWN = frozenset({key("Zimska luka")})


@pytest.mark.parametrize(
    "text",
    [
        # a nationality and the role noun between the other title and the name
        "Otvoren je “Ljetni vjetar” hrvatskog redatelja Ivana Horvata, te “Zimska luka” Ane Kos.",
        # the other title's year, then the word for "by"
        "Gledali smo «Ljetni vjetar» (2019) od Ivana Horvata i «Zimska luka» Ane Kos.",
    ],
)
def test_a_name_after_another_films_title_directs_it(text: str) -> None:
    assert after_other_title(text, "Ivana Horvata", _OWN)
    assert not after_other_title(text, "Ane Kos", _OWN)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        # the film's own title nowhere in quotes: the title found may be wrong, no penalty
        ("Otvoren je “Ljetni vjetar” redatelja Ivana Horvata.", _OWN),
        # a sentence ends between the title and the name
        ("Prikazan je “Ljetni vjetar”. Redatelj Ivana Horvata i “Zimska luka” dolaze.", _OWN),
        # more than a few words between them
        (
            "Uz “Ljetni vjetar” stigla je i vijest koja se tiče redatelja Ivana Horvata."
            " “Zimska luka” je film.",
            _OWN,
        ),
    ],
)
def test_a_name_not_tied_to_another_title(text: str, own: frozenset[str]) -> None:
    assert not after_other_title(text, "Ivana Horvata", own)


def test_the_film_of_the_own_title_wins_over_the_other_films_director() -> None:
    page = (
        "Title: Zimska luka\n\n"
        "Festival je otvorio “Ljetni vjetar” hrvatskog redatelja Ivana Horvata, a natjecanje"
        " “Zimska luka” Marka Jurića, kojim je u subotu počeo program.\n\n"
        "Film prati ribara koji se vraća na otok nakon dugih godina.\n"
    )
    assert list(film_of(page).directors) == ["Marka Jurića"]


def test_without_a_name_beside_the_own_title_nothing_counts() -> None:
    page = (
        "Title: Zimska luka\n\n"
        "Festival je otvorio “Ljetni vjetar” hrvatskog redatelja Ivana Horvata.\n\n"
        "Film “Zimska luka” prati ribara koji se vraća na otok nakon dugih godina.\n"
    )
    assert list(film_of(page).directors) == ["Ivana Horvata"]
