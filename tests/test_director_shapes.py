"""Director candidates told by their place alone (:mod:`indexer.extract.pages.directorshapes`):
read when no cue word of the language data names a director, so a page in a language whose cue
words the modules lack still gets one; a page whose cue names one keeps it."""

from __future__ import annotations

import pytest

from indexer.extract.pages import directorshapes as ds
from tests.page_support import film_of


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Bicipo Andrew Haigh", ["Andrew Haigh"]),  # a head word no language has, then a name
        ("Bicipo Tuvuka Andrew Haigh", ["Andrew Haigh"]),  # two head words
        ("Vupico | Marco Tullio Giordana |", ["Marco Tullio Giordana"]),  # a table's row
        ("Kujiho Maren Ade. Ab 14.7. im Kino.", ["Maren Ade"]),  # the line's first sentence
        ("Starring Andrew Haigh", []),  # a word the language data knows: another credit
        ("— Andrew Haigh", []),  # a dash: a quote's critic
        ("Bicipo: Andrew Haigh", []),  # a label: the unknown-label reader's
        ("Bicipo Andrew Haigh and friends", []),  # no name's shape
    ],
)
def test_head_word_lines(line: str, names: list[str]) -> None:
    assert ds.head_word_lines(["Source: x", line], frozenset()) == names


def test_head_word_line_repeated() -> None:
    lines = ["Source: x", "chaar hurf | Andrew Haigh", "chaar hurf | Andrew Haigh"]
    assert ds.head_word_lines(lines, frozenset()) == []


def test_no_name_the_address_writes() -> None:
    lines = ["Source: x", "Bicipo Andrew Haigh"]
    assert ds.cue_free(lines, "\n".join(lines), ["Lumturia"]) == ["Andrew Haigh"]
    assert ds.cue_free(lines, "\n".join(lines), ["Lumturia"], "andrewhaigh.example.org") == []


def test_head_word_line_that_is_the_title() -> None:
    assert (
        ds.head_word_lines(["Source: x", "Beni Geri Çağır"], frozenset({ds.key("Beni Geri Çağır")}))
        == []
    )


@pytest.mark.parametrize(
    ("block", "names"),
    [
        ("Premiere of « Yjet e Reja » moluma Edmond Topi, a drama.", ["Edmond Topi"]),
        ("Filmul „Yjet e Reja“, sudide Cristian Mungiu si premiat", ["Cristian Mungiu"]),
        ("We saw Yjet e Reja moluma Edmond Topi.", []),  # neither quoted nor a comma after
        ("« Yjet e Reja » with Edmond Topi", []),  # a word the language data knows
        ("« Yjet e Reja » lufaku Edmond Topi, Ana Loshi, Bekim Gashi", []),  # a cast's list
        ("Review: ‘Yjet e Reja’ Charm It’s Way Into Your Heart", []),  # a title-case headline
        ("Yjet e Reja, Tuvu Edmond Topi", ["Edmond Topi"]),  # a bare title: a known given name
        ("Yjet e Reja, Tuvu Mauaji Kobo", []),
    ],
)
def test_title_then_names(block: str, names: list[str]) -> None:
    assert ds.title_then_names(block, ["Yjet e Reja"]) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("France, 2021, 98 min, Alice Diop", ["Alice Diop"]),
        ("Alice Diop | France | 2021", ["Alice Diop"]),
        ("France, 2021, Alice Diop, Guslagie Malanda", []),  # two names: a cast's
        ("Paris, 2021, Alice Diop", []),  # no country nor runtime: a dateline
    ],
)
def test_facts_line_names(line: str, names: list[str]) -> None:
    assert ds.facts_line_names(["Source: x", line], frozenset()) == names


_PAGE = (
    "Source: https://kino.example.org/filmat/lumturia\n\nLumturia\n\n"
    "A woman returns to the village of her childhood after twenty years abroad and finds "
    "the house of her parents sold to a stranger who will not let her in.\n\n"
    "{credit}\n\nVosiku Ana Loshi, Bekim Gashi\n"
)


def test_a_director_without_a_cue_word() -> None:
    assert film_of(_PAGE.format(credit="Bicipo Andrew Haigh")).directors == ("Andrew Haigh",)


def test_a_cue_named_director_wins() -> None:
    page = _PAGE.format(credit="Bicipo Andrew Haigh\n\nDirected by Michael Matthews")
    assert film_of(page).directors == ("Michael Matthews",)


def test_no_place_no_director() -> None:
    assert film_of(_PAGE.format(credit="Screening tonight at eight.")).directors == ()
