"""Readers shared across modules: a value cut before a label inside it (names and the line
labels), a heading line as the heading lists write it (the quote units and the comments)."""

from __future__ import annotations

import pytest

from indexer.extract.pages.names import before_inner_label
from indexer.extract.pages.quotes.units import heading_text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("A B Produksyon: C", "A B"),  # a label no language lists ends the value
        ("Anna Pop Autorul scenariului: X", "Anna Pop"),  # a lower-case word inside the label
        ("Direksyon: A B", "Direksyon: A B"),  # a value that opens with one stays whole
        ("Anna Pop", "Anna Pop"),
    ],
)
def test_before_inner_label(value: str, expected: str) -> None:
    assert before_inner_label(value) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Comments (12):", "comments"),
        ("## Leave a Reply --", "leave a reply"),
        ("Mon avis", "mon avis"),
    ],
)
def test_heading_text(raw: str, expected: str) -> None:
    assert heading_text(raw) == expected
