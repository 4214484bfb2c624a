"""Precision of genres and countries: a genre's adjective in prose names no genre unless said of
the film or beside a genre word or the word for film; a credit block's code alone and a
language label's value name no country."""

from __future__ import annotations

import pytest

from indexer.extract.pages.facts import fact_block
from indexer.extract.pages.genres import prose_genres


@pytest.mark.parametrize(
    ("block", "genres"),
    [
        # an adjective for a manner, no genre
        ("O roteiro resolve cada conflito dramático com calma.\n", []),
        ("Le récit reste un portrait tragicomique de la ville.\n", []),
        ("Es un retrato melodramático de una familia.\n", []),
        # beside the word for film or a genre word, or said of the film: a genre
        ("Um filme dramático sobre dois irmãos.\n", ["Drama"]),
        ("Une comédie dramatique sur deux frères.\n", ["Drama", "Comedy"]),
        ("Zorba is a tragicomic story of two brothers.\n", ["Tragicomedy", "Drama", "Comedy"]),
    ],
)
def test_prose_genre_adjectives(block: str, genres: list[str]) -> None:
    assert prose_genres(block, "Zorba") == genres


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
