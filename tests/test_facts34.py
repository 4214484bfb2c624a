"""The title's parenthesis: its countries (its year: tests/test_facts_cells.py)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import values


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
