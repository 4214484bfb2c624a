"""Cues read with another ending of their first word (:func:`indexer.extract.pages.cues.
_restemmed`): a language of genders and cases writes participles and role nouns with endings
the language data need not list."""

from __future__ import annotations

import re

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


_CUE_TEXT = (
    "Réalisé par Ana Novak, written by Ivo Lund. Directed, produced and written by Mia Berg; "
    "diretti da Luca Neri — ÉCRIT PAR Lise Roy. Regia e sceneggiatura di Aldo Fo. "
    "Starring Ana Novak and Ivo Lund; protagonizada por Rosa Gil y Ana Ruiz. "
    "監督は飯塚健、出演は山田太郎。 — (Directed by) 12 directed by «Tom Ek»."
)


@pytest.mark.parametrize("kind", ["directed_by", "written_by", "starring"])
def test_the_look_at_the_opening_letter_changes_no_match(kind: str) -> None:
    # the look-ahead at the cues' opening letters only turns positions away sooner
    pattern = cues._pattern(kind)
    ahead = cues._opening_letter(cues._spellings(cues.lang.cues(kind)))
    assert ahead and ahead in pattern.pattern
    without = re.compile(pattern.pattern.replace(ahead, "", 1), pattern.flags)
    spans = [m.span() for m in pattern.finditer(_CUE_TEXT)]
    assert spans and spans == [m.span() for m in without.finditer(_CUE_TEXT)]


def test_no_look_ahead_for_a_cue_that_opens_with_a_space_or_none() -> None:
    assert cues._opening_letter(["by", " by"]) == ""
    assert cues._opening_letter(["by", ""]) == ""
    assert cues._opening_letter(["by", "di"]) == "(?=[bd])"
