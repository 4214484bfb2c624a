"""Precision of countries: words that only look like a country's nationality or name (a
gerund, a genitive, a given name, a company's name, an institution's name) name none."""

from __future__ import annotations

import pytest

from indexer.extract.pages import facts as fl
from indexer.extract.pages.values import film_nationalities
from indexer.normalize import nationality_country


@pytest.mark.parametrize(
    ("word", "country"),
    [
        # a Germanic verbal noun or gerund is no nationality
        ("spanning", None),
        ("Spannung", None),
        # a lower-case word's lone "n" is a genitive ("of the novel"), not "-an"
        ("romanın", None),
        # nationalities keep their endings
        ("Ugandan", "Uganda"),
        ("brasileiro", "Brazil"),
        ("polskiego", "Poland"),
        ("italiane", "Italy"),
    ],
)
def test_stem_endings(word: str, country: str | None) -> None:
    assert nationality_country(word) == country


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # a known given name before a surname is a person's, even where it names a country
        ("Produced by Dominique Lesage, the film opens in May.", []),
        ("Jordan Peters stars in the film with Ann Lee.", []),
        # a nationality beside the word for film still names the film's country
        ("A Belgian film about two brothers.", ["Belgian"]),
    ],
)
def test_given_names_beside_film(text: str, countries: list[str]) -> None:
    assert film_nationalities(text) == countries


@pytest.mark.parametrize(
    ("block", "countries"),
    [
        # the word for film opening an institution's or an award's name
        ("昨年、英国映画協会が発表した", []),
        ("他在中国电影资料馆说", []),
        ("지난해 한국영화감독조합상을 받았다", []),
        # the word for film of this film
        ("韓国映画初の受賞", ["韓国"]),
        ("한국영화의 미래", ["한국"]),
    ],
)
def test_unspaced_institutions(block: str, countries: list[str]) -> None:
    assert fl.unspaced_nationalities(block) == countries


@pytest.mark.parametrize(
    ("cell", "countries"),
    [
        # a country's name opening a company's or a person's name
        ("Columbia Pictures", []),
        ("Dominique Gautier", []),
        # a country among facts
        ("France Drama", ["France"]),
        ("Deutschland 2019", ["Deutschland"]),
    ],
)
def test_country_opening_a_name(cell: str, countries: list[str]) -> None:
    facts = fl.Facts()
    fl._read_cell(cell, facts)
    assert facts.countries == countries
