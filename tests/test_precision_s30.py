"""Precision of countries: a credit block's code alone and a language label's value name no
country."""

from __future__ import annotations

import pytest

from indexer.extract.pages.facts import fact_block


def test_language_label_value_is_no_country() -> None:
    lines = ("Premiär", "10 mars 2011", "Språk", "Svenska", "Längd", "99 minuter")
    assert fact_block(lines, set())[0].countries == []


@pytest.mark.parametrize(
    ("lines", "countries"),
    [
        # a code alone in a block without a year or runtime: an abbreviation
        (("DJ Live Sets", "Drama", "Sam Smith"), []),
        # beside a year or a runtime in its block, or in parentheses after a name: a country
        (("«Jurado»", "2024.", "EUA.", "113'."), ["EUA"]),
        (("Gavin Hood", "USA", "2005"), ["USA"]),
        (("Call Me By Your Name (USA)", "Comedy", "Sam Smith"), ["USA"]),
        # a country's name is no code
        (("Sweden", "Drama", "Sam Smith"), ["Sweden"]),
    ],
)
def test_block_codes(lines: tuple[str, ...], countries: list[str]) -> None:
    assert fact_block(lines, set())[0].countries == countries
