"""Table tests for the title candidate the text confirms by writing it again: the run of words
after the word for film (snippets written for these tests, in several languages)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titlerepeats, titlevote

_FEATURE = "film_word_repeated"


def _features(text: str) -> dict[str, dict[str, float]]:
    lines = tuple(text.split("\n"))
    ballot, _ = titlevote.collect(lines, set(), len(lines), set(), None)
    return {c.value: c.features for c in ballot.candidates.values()}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the word for film opening a sentence, its name repeated on the same line (Icelandic)
        (
            "Um myndina\n\nMyndin Fjallið fjallar um tvo bræður. Fjallið er ein af bestu "
            "myndum ársins.\n",
            "Fjallið",
        ),
        # a script without capitals: two words, the rest of the clause not repeated (Persian)
        (
            "فیلم باران سرد (1383)\n\nداستان فیلم باران سرد روایتگر زندگی دختری جوان است.\n",
            "باران سرد",
        ),
        # the word for film in lower case inside a sentence (English)
        (
            "Notes\n\nWe saw the film Lakbay Dagat last week. Lakbay Dagat is long.\n",
            "Lakbay Dagat",
        ),
    ],
)
def test_a_name_the_text_writes_again(text: str, value: str) -> None:
    assert _FEATURE in _features(text)[value]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a name written once: nothing confirms where it ends
        ("Notes\n\nWe saw the film Lakbay last week.\n", "Lakbay"),
        # after the word for film, a word in lower case opens no name
        ("The film is long.\nThe film is slow, and the film is loud.\n", "is"),
        # the word for film heading a compound name: "Festival" is no film's name
        ("Film Festival news\n\nThe Film Festival opens on Friday with a gala.\n", "Festival"),
        # a function word of two letters, in a script without capitals
        ("این فیلم به زبان کردی است و به خوبی ساخته شده\n", "به"),
        # one word after the word for film in a script without capitals: a common noun
        ("סרט ישראלי חדש\n\nזהו סרט ישראלי על משפחה.\n", "ישראלי"),
    ],
)
def test_no_run_without_a_repeated_name(text: str, absent: str) -> None:
    assert _FEATURE not in _features(text).get(absent, {})


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        (("Lakbay",), True),
        (("Lakbay", "Dagat"), True),
        (("Lakbay", "sa"), False),  # ends in lower case
        (("My",), False),  # too short a word
        (("باران", "سرد"), True),
        (("باران",), False),  # one word of a script without capitals
        (("को", "4", "स्टार"), False),  # words around a number: a rating
        (("22", "Menit"), True),
    ],
)
def test_name_like(run: tuple[str, ...], expected: bool) -> None:
    assert titlerepeats.name_like(run) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldaat van Oranje; Deel 3", ["Soldaat", "van", "Oranje", "Deel", "3"]),
        ("Pandora’nın kutusu – (2009)", ["Pandora’nın", "kutusu", "2009"]),
        ("गाइड (1965) ऐसी", ["गाइड", "1965", "ऐसी"]),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert titlerepeats.words(text) == expected
