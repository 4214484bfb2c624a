"""Cues read with another ending of their first word (:func:`indexer.extract.pages.cues.
_restemmed`): a language of genders and cases writes participles and role nouns with endings
the language data need not list."""

from __future__ import annotations

import pytest

from indexer.extract.pages import cues


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # "réalisé par" in the data, written in the plural
        ("Le film est réalisés par Ana Novak.", "directed_by", "Ana Novak"),
        # "wyreżyserowany przez" in the neuter
        ("Film wyreżyserowane przez Ana Novak.", "directed_by", "Ana Novak"),
        # "diretto da" in the plural
        ("Il film, diretti da Ana Novak.", "directed_by", "Ana Novak"),
    ],
)
def test_a_cue_with_another_ending(text: str, kind: str, name: str) -> None:
    assert [m.name for m in cues.mentions(text, kind)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        # a short first word ("de") takes no other ending: "des Ana Novak" is no cue
        "Le film des Ana Novak.",
        # another word of the same beginning with more than three letters after it
        "Le film est réalisationnel par Ana Novak.",
    ],
)
def test_no_cue_beyond_the_ending(text: str) -> None:
    assert cues.mentions(text, "directed_by") == []
