"""The vocabulary shortcut of the fact-line reader: a span it rules out names no country
and no genre, and it never rules out one that does."""

from __future__ import annotations

import pytest

from indexer.normalize import country_name, genre_names, may_name_country, may_name_genre

SPANS = (
    "France",
    "the Netherlands",
    "S Korea",
    "BRA",
    "Bosnia and Herzegovina",
    "Dramas",
    "romantic comedies",
    "Action & Adventure",
    "Action/Adventure",
    "Musical and Performing Arts",
    "drama de ficção científica",
    "Comedia dramática",
    "বাংলাদেশে",
    "went home",
    "a quiet morning",
    "bread and water",
    "xyzzy",
    "",
)


@pytest.mark.parametrize("span", SPANS)
def test_shortcut_agrees_with_full_path(span: str) -> None:
    if not may_name_country(span):
        assert country_name(span) is None
    if not may_name_genre(span):
        assert genre_names(span) == []
    if country_name(span):
        assert may_name_country(span)
    if genre_names(span):
        assert may_name_genre(span)


def test_shortcut_rules_out_plain_words() -> None:
    for span in ("went home", "a quiet morning", "xyzzy"):
        assert not may_name_country(span)
        assert not may_name_genre(span)
    assert may_name_country("the Netherlands") and may_name_genre("romantic comedies")
    assert may_name_genre("bread and Drama")


def test_signs_table_only_for_signed_words() -> None:
    from indexer.normalize import nationality_country

    assert nationality_country("French") == "France"
    assert nationality_country("ভারতীয়") == "India"
