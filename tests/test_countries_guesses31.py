"""Precision of countries: a country's stem never drops a Latin consonant, a lower-case word
takes no lone consonant after its country's name, and a name of several words in another case
ends with a capital."""

from __future__ import annotations

import pytest

from indexer.extract.pages.values import _inflected_country, film_nationalities
from indexer.normalize import nationality_country


@pytest.mark.parametrize(
    ("word", "country"),
    [
        # a name less its final consonant begins no nationality ("Kuvait", "Galles", "Poland")
        ("kuvaili", None),
        ("Gallego", None),
        ("Polanski", None),
        # a lower-case word takes no lone consonant after a name ("Sarka", Sark)
        ("sarkar", None),
        # a name less its final vowel, and whole names with their endings, still do
        ("polskiego", "Poland"),
        ("franco", "France"),
        ("italienisch", "Italy"),
        ("brasileiro", "Brazil"),
        ("Ugandan", "Uganda"),
        ("South African", "South Africa"),
        ("Nederlandse", "Netherlands"),
    ],
)
def test_stems_and_endings(word: str, country: str | None) -> None:
    assert nationality_country(word) == country


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # an Irish verb and an article are no "Thái Lan"
        ("Tháinig an scannán amach sa bhliain 2022.\n", []),
    ],
)
def test_pairs_beside_film(text: str, countries: list[str]) -> None:
    assert film_nationalities(text) == countries


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("Maqedonisë së Veriut", "North Macedonia"),
        ("Korei Południowej", "South Korea"),
        # its last word in lower case: words of a sentence ("came the"), no "Thái Lan"
        ("Tháinig an", None),
    ],
)
def test_inflected_names_end_with_a_capital(phrase: str, country: str | None) -> None:
    assert _inflected_country(phrase) == country
