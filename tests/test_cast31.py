"""Cast readers changed in session 31: the word for actor read with the endings of case and
gender that a language writes before the name ("актьора", "aktorių", "акторки")."""

from __future__ import annotations

import pytest

from indexer.extract.pages import cues


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Филмът е последната роля на актьора Петър Иванов, който почина.", "Петър Иванов"),
        ("Vakaras skirtas pagerbti aktorių Joną Petraitį ir jo kelią kine.", "Joną Petraitį"),
        ("Прем'єра драми від відомої акторки Олени Коваль відбулася вчора.", "Олени Коваль"),
        ("Um drama com as atrizes Ana Souza e Clara Lima no Rio.", "Ana Souza; Clara Lima"),
    ],
)
def test_an_inflected_word_for_actor_opens_the_names_after_it(text: str, want: str) -> None:
    assert [m.name for m in cues.cast_lists(text)][:1] == [want]


def test_a_longer_cue_written_in_full_still_wins_over_its_inflected_word() -> None:
    text = "It introduced us to actors namely; Kenneth Obi, Grace Ade and more."
    assert [m.cue for m in cues.cast_lists(text)] == ["actors namely;"]


@pytest.mark.parametrize(
    "text",
    [
        "Il parle contre Jean Dupont au tribunal.",  # "con" is too short to take an ending
        "The starship Enterprise leaves orbit.",  # no name after the word
    ],
)
def test_a_short_cue_takes_no_ending(text: str) -> None:
    assert cues.cast_lists(text) == []


def test_an_inflected_word_ending_its_line_opens_no_names_on_the_next() -> None:
    text = "la biografía de las tres protagonistas\n\nJordi Costa (Diario El País)"
    assert cues.cast_lists(text) == []
