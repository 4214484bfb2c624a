"""Lines under a paragraph that look like a source but are none: a word set in capitals, a link
to a site, a clause saying whom a person spoke to."""

from __future__ import annotations

import pytest

from indexer.extract.pages.quotes.who import Who, outlet_evidence, parse


@pytest.mark.parametrize(
    ("line", "strong"),
    [
        ("VIDEO", False),  # a word set in capitals: as many vowels as other letters
        ("AUDIO", False),
        ("DELO", True),  # a short name in capitals: half its letters vowels
        ("KPCC", True),  # initials: few vowels
        ("NPR", True),
        ("AP", True),  # two or three capitals stay initials
    ],
)
def test_capitals_are_an_outlet_only_when_they_look_like_initials(line: str, strong: bool) -> None:
    assert (outlet_evidence(line) >= 2) is strong


@pytest.mark.parametrize(
    "line",
    [
        "View on example.com",  # a link to a site
        "Read at example.org",
        "Jane Roe told Variety",  # words said to a journalist, not a critic's verdict
        "John Q. Public told Film Weekly",
    ],
)
def test_a_clause_is_no_source(line: str) -> None:
    assert parse(line) is None


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Jane Roe for Variety", Who("Jane Roe", "Variety", True)),
        ("Jane Roe, Variety", Who("Jane Roe", "Variety", True)),
        ("Cahiers du cinéma", Who(None, "Cahiers du cinéma", True)),
        ("Lost in Cinema", Who(None, "Lost in Cinema", False)),  # a name, no web address
    ],
)
def test_sources_with_a_word_in_lower_case_stay_sources(line: str, want: Who) -> None:
    assert parse(line) == want
