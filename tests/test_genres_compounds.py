"""Genres of compounds that close on a short head noun or on an inflected genre word."""

from __future__ import annotations

import pytest

from indexer.extract.pages.genres import word_genres


@pytest.mark.parametrize(
    ("word", "genres"),
    [
        # any noun before the head noun "drama" ("court drama", "film drama", "love drama")
        ("Gerichtsdrama", ["Drama"]),
        ("filmdráma", ["Drama"]),
        ("kärleksdrama", ["Drama"]),
        ("zombikauhu", ["Horror"]),
        # the genre word closing the compound inflected (Hungarian possessive, Norwegian
        # definite article)
        ("filmdrámája", ["Drama"]),
        ("krimthrilleren", ["Thriller"]),
    ],
)
def test_compound_closing_on_genre_word(word: str, genres: list[str]) -> None:
    assert word_genres(word) == genres


@pytest.mark.parametrize(
    "word",
    # five letters that are a genre word elsewhere close everyday words; a short inflected
    # form ends a name
    ["bipolar", "sudoeste", "Weltkrieg", "Filmmusik", "Motorsport", "Sylvestra", "panorama"],
)
def test_everyday_words_are_no_compounds(word: str) -> None:
    assert word_genres(word) == []
