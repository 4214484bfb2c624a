"""Institutions' nouns read once per word: :func:`without_institutions` masks the same words
whether a word is met for the first time or again (its answers are remembered per word)."""

from __future__ import annotations

import pytest

from indexer.extract.pages.institutions import (
    _noun_inside,
    _word_noun,
    is_institution,
    without_institutions,
)


def _genre(word: str) -> bool:
    return word.casefold() in {"documentary", "horror"}


def _film(word: str) -> bool:
    return word.casefold() in {"film", "cine"}


@pytest.mark.parametrize(
    ("sentence", "masked"),
    [
        ("The Documentary Film Festival opens.", "The xxxxxxxxxxx Film Festival opens."),
        ("A horror story, no festival here.", "A horror story, no festival here."),
        ("山形国際ドキュメンタリー映画祭", "xxxxxxxxxxxx映画祭"),  # twelve characters before
    ],
)
def test_masked_again_the_same(sentence: str, masked: str) -> None:
    assert without_institutions(sentence, _genre, _film) == masked
    assert without_institutions(sentence, _genre, _film) == masked  # the words remembered


@pytest.mark.parametrize("word", ["Festival", "festivalu", "Institute", "horror", "映画祭"])
def test_word_noun_agrees_with_is_institution(word: str) -> None:
    unspaced, noun = _word_noun(word)
    assert noun is is_institution(word)
    assert (unspaced is not None) is (word == "映画祭")


@pytest.mark.parametrize(
    ("word", "holds"),
    [
        ("Filmfestival", True),  # a compound's tail: a letter before six or more
        ("film", False),  # too short for a tail, no script without spaces: not searched
        ("영화제에서", True),  # a noun of a script without spaces inside a short word
        ("Kino", False),
    ],
)
def test_noun_inside(word: str, holds: bool) -> None:
    assert (_noun_inside(word) is not None) is holds
