"""Cast readers changed in session 37: three names listed "A, B and C" in a sentence (one comma),
each perhaps with its character in parentheses, unless a crew's cue stands right before them."""

from __future__ import annotations

import pytest

from indexer.extract.pages import people
from tests.page_support import film_of


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


def _unknown_page(credits: str) -> str:
    story = "Zorka vrne se domov po dolgih letih v tujini in najde družino razdeljeno."
    return f"Source: https://kino.example.org/filmi/zorka\n\nZorka\n\n{story}\n\n{credits}\n"


def test_one_part_of_another_shape_leaves_a_list_under_an_unknown_label() -> None:
    credits = "Xoqru: Ana Novak\nPlimbo: 2019\nDurmast: 本木雅弘/広末涼子/山崎努/吉行和子etc..."
    assert film_of(_unknown_page(credits)).cast == ("本木雅弘", "広末涼子", "山崎努")


def test_clauses_of_han_are_no_names() -> None:
    assert not people._person_shaped("英国媒体纷纷给予了恶评")
    assert people._person_shaped("滝田洋二郎")
    value = "英国媒体纷纷给予了恶评,张曼玉,梁朝伟,巩俐"
    assert people._lists_under_unknown_label([value], []) == [["张曼玉", "梁朝伟", "巩俐"]]


def test_the_only_pair_under_an_unknown_label_is_the_cast_where_nothing_else_is() -> None:
    credits = "Xoqru: Ana Novak\nPlimbo: 2019\nDurmast: Maja Kos, Luka Bren"
    assert film_of(_unknown_page(credits)).cast == ("Maja Kos", "Luka Bren")
    # two pairs: which is the cast, nothing tells
    two = f"{credits}\nGebare: Tina Zupan, Peter Horvat"
    assert film_of(_unknown_page(two)).cast == ()
    # a director in the pair: no cast's
    directed = "Xoqru: Ana Novak\nPlimbo: 2019\nDurmast: Maja Kos, Ana Novak"
    assert film_of(_unknown_page(directed)).cast == ()
