"""Country names in scripts that write vowels as signs (:mod:`indexer.vowelsigns`)."""

from __future__ import annotations

import pytest

from indexer import vowelsigns as vs


def test_signed_key_keeps_the_signs() -> None:
    assert vs.signed_key("होती") == "होती"
    assert vs.signed_key("Haiti") == "haiti"


def test_heads_add_the_name_less_its_last_sign() -> None:
    assert vs.heads(["இந்தியா", "India"]) == ("இந்தியா", "இந்திய")


@pytest.mark.parametrize(
    ("word", "agrees"),
    [("हैती", True), ("हैतीयन", True), ("होती", False), ("Haiti", True)],
)
def test_agrees(word: str, agrees: bool) -> None:
    assert vs.agrees(word, vs.heads(["हैती"])) is agrees


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("भारत", True),
        ("ไทย", True),
        ("ꦗꦮ", True),
        ("Haiti", False),
        ("ガン", False),
        ("", False),
        ("Haiti, 2024 (भारत)", True),
    ],
)
def test_signed_reads_the_abugidas_of_the_key(text: str, found: bool) -> None:
    # the blocks are the matching key's (indexer.marks): Javanese too, kana's marks not
    assert vs.signed(text) is found
