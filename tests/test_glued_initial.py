"""The one reader of an initial glued to the name after it, shared by the credit readers and
the quote sources."""

from __future__ import annotations

import pytest

from indexer.extract.pages.scripts import glued_initial


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("P.Szygalski", True),
        ("Ж.Сэнгэдорж", True),
        ("K.Vildžiūnas", True),
        ("P.Sz", False),  # too short for a name
        ("p.Szygalski", False),  # no capital initial
        ("P.szygalski", False),  # no capitalised name
        ("PA.Szygalski", False),  # two letters before the stop
        ("P. Szygalski", False),  # already spaced
        ("P.Szy-galski", False),  # not letters only
        ("Szygalski", False),
    ],
)
def test_glued_initial(word: str, expected: bool) -> None:
    assert glued_initial(word) is expected
