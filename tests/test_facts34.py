"""The title's parenthesis: its year after other separators, its countries."""

from __future__ import annotations

import pytest

from indexer.extract.pages import values
from indexer.extract.pages.evidence import Ballot
from indexer.extract.pages.numbers import _after_name


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Gold Rush Days (The Other Name - 1961)\n\nA review.", 1961),  # a spaced dash
        ("Gold Rush Days (Ana Prova/Fra.-Ita./2004/ 95′)\n\nA review.", 2004),  # slashes
        ("Gold Rush Days (1999/2012): a restored print.", 1999),  # the first of two years
        ("Gold Rush Days (Ana Prova, 1988)\n\nA review.", 1988),
    ],
)
def test_a_year_in_the_titles_parenthesis(text: str, year: int) -> None:
    ballot = Ballot()
    _after_name(ballot, text, "Gold Rush Days", "after the title", 3.5)
    best = ballot.best()
    assert best is not None and int(best.value) == year


@pytest.mark.parametrize(
    ("block", "countries"),
    [
        ("Gold Rush Days (Norge)\n\nA review.", ["Norge"]),
        ("Gold Rush Days (Ana Prova, Argentina)\nA review.", ["Argentina"]),
        ("«Gold Rush Days» (Ana Prova / Chile / 2019 / 90 min)", ["Chile"]),
        ("Gold Rush Days (Ana Prova, Bo Test, Chile)", []),  # two parts that name no country
        ("Gold Rush Days (French)", []),  # a language's name alone
        ("Gold Rush Days is set in Chile (and Peru).", []),  # not right after the title
    ],
)
def test_the_countries_in_the_titles_parenthesis(block: str, countries: list[str]) -> None:
    assert values.titled_countries(block, "Gold Rush Days") == countries


@pytest.mark.parametrize(
    "block",
    [
        "Gold Rush Days (PG)\nA review.",  # a rating's code
        "The story leaves Gold Rush Days (Chile) behind.",  # in prose: a place located
        "Gold Rush Days (Chile) is a film about a town.",  # the line goes on
    ],
)
def test_no_countries_from_the_titles_parenthesis(block: str) -> None:
    assert values.titled_countries(block, "Gold Rush Days") == []
