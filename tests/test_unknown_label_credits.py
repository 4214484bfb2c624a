"""Credits under a label no language's data knows (:func:`indexer.extract.pages.scan.
unknown_label_values`): in a block of labelled credits and facts, the first label whose value is
one to three people's names names the director, and the longest list of names the cast, as film
pages list their credits in a language whose labels the modules lack."""

from __future__ import annotations

import pytest

from indexer.extract.pages.scan import scan, unknown_label_values
from indexer.extract.pages.text import prepare
from tests.page_support import film_of

_STORY = (
    "Zorka vrne se domov po dolgih letih v tujini in najde družino razdeljeno, vas pa "
    "skoraj prazno."
)


def _page(credits: str) -> str:
    return f"Source: https://kino.example.org/filmi/zorka\n\nZorka\n\n{_STORY}\n\n{credits}\n"


@pytest.mark.parametrize(
    ("credits", "directors"),
    [
        (  # every label unknown: the credit of one name comes first
            "Xoqru: Ana Novak\nPlimbo: 2019\nVankor: 94 min\n"
            "Durmast: Maja Kos, Luka Bren, Tina Zupan",
            ("Ana Novak",),
        ),
        (  # beside known labels ("Cast", "Genre"), two directors joined by a comma
            "Genre: drama\nXoqru: Ana Novak, Peter Bren\nCast: Maja Kos, Luka Bren, Tina Zupan",
            ("Ana Novak", "Peter Bren"),
        ),
        (  # a name in a script without capitals
            "Xoqru: 是枝裕和\nPlimbo: 2018\nDurmast: Maja Kos, Luka Bren, Tina Zupan",
            ("是枝裕和",),
        ),
    ],
)
def test_a_director_under_an_unknown_label(credits: str, directors: tuple[str, ...]) -> None:
    assert film_of(_page(credits)).directors == directors


@pytest.mark.parametrize(
    "credits",
    [
        # alone, not in a block of credits: a line of prose's head, no label
        "Xoqru: Ana Novak",
        # four names and more: a cast, not a director
        "Xoqru: Ana Novak, Peter Bren, Maja Kos, Luka Bren\nPlimbo: 2019\nVankor: 94 min",
        # a country, not a person; a title in quotes
        "Xoqru: Hrvatska, Slovenija\nPlimbo: 2019\nVankor: 94 min",
        'Xoqru: "Ana Novak"\nPlimbo: 2019\nVankor: 94 min',
    ],
)
def test_no_director_under_an_unknown_label(credits: str) -> None:
    assert film_of(_page(credits)).directors == ()


def test_a_known_label_outweighs_an_unknown_one() -> None:
    credits = "Xoqru: Ana Novak\nDirector: Peter Bren\nDurmast: Maja Kos, Luka Bren, Tina Zupan"
    assert film_of(_page(credits)).directors == ("Peter Bren",)


def test_unknown_label_values_in_a_block() -> None:
    lines = prepare(_page("Xoqru: Ana Novak\nPlimbo: 2019\nGenre: drama")).lines
    entries, _ = scan(lines)
    assert unknown_label_values(entries, lines) == ["Ana Novak", "2019"]
    alone = prepare(_page("Xoqru: Ana Novak")).lines
    assert unknown_label_values(scan(alone)[0], alone) == []


def test_a_cast_under_an_unknown_label_outweighs_names_in_prose() -> None:
    prose = (
        "Na festivalu so bili tudi Peter Horvat, Mateja Kranjc in Boris Kovač, ki so "
        "predstavili svoje filme."
    )
    credits = f"Xoqru: Ana Novak\nPlimbo: 2019\nDurmast: Maja Kos, Luka Bren, Tina Zupan\n\n{prose}"
    film = film_of(_page(credits))
    assert film.directors == ("Ana Novak",)
    assert film.cast == ("Maja Kos", "Luka Bren", "Tina Zupan")
    # two names under an unknown label are as often a crew's ("Design: A, B"): no cast's list
    crew = f"Xoqru: Ana Novak\nPlimbo: 2019\nDurmast: Maja Kos, Luka Bren\n\n{prose}"
    assert film_of(_page(crew)).cast != ("Maja Kos", "Luka Bren")


def test_a_name_no_known_given_name_opens_counts_for_less() -> None:
    # alone, it is the director all the same
    shape = "Xoqru: Zoltek Vrbancic\nPlimbo: 2019\nDurmast: Maja Kos, Luka Bren, Tina Zupan"
    assert film_of(_page(shape)).directors == ("Zoltek Vrbancic",)
    # a company under an unknown label loses to the director a role noun names in prose
    company = (
        "Xoqru: Umbrella Entertainment\nPlimbo: 2019\nVankor: 94 min\n\n"
        "Film je posnela režiserka Ana Novak v svoji domači vasi."
    )
    assert film_of(_page(company)).directors == ("Ana Novak",)
