"""Table tests for a candidate that reads as a person's name (:mod:`.titleperson`) and for a
name written with its subtitle (:mod:`.titlesubtitle`): short snippets adapted from pages."""

from __future__ import annotations

import pytest

from indexer.extract.pages import synopsis, titleperson, titlesubtitle, titlevote


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Peter Bogdanovich", True),  # a director's name over an Italian review
        ("Agnès Varda", True),  # accents: the given name is read as a key
        ("Jean-Paul Belmondo", True),  # a hyphenated given name
        ("UMBERTO ECO", True),  # in capitals
        ("(Didier Péron) •", True),  # a critic's byline in brackets
        ("DR. MARIANO VÁZQUEZ", True),  # an honorific before the name
        ("Mike de Leon", True),  # a particle in lower case
        ("Robin y Marian", False),  # two names joined: a title's pair
        ("Les Misérables", False),  # an article opens it, not a given name
        ("The Velvet Underground", False),
        ("Molly’s Game", False),  # a possessive: a title's name
        ("Alexandra's Project", False),
        ("Underworld", False),  # one word
        ("Embrace of the Serpent", False),
        ("Dr. Strangelove", False),
    ],
)
def test_person_like(value: str, expected: bool) -> None:
    assert titleperson.person_like(value) is expected


def test_given_names_hold_no_joining_word() -> None:
    names = titleperson.given_names()
    assert {"peter", "agnes", "jean"} <= names
    assert not {"the", "les", "de", "la", "el"} & names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Awakening bermula dengan flashback.", "Awakening"),
        ("El Reino Caído, que llega", "El Reino Caído"),
        ("Maverick với sự trở lại", "Maverick"),
        ("Impossible – Dead Reckoning", "Impossible"),
        ("Song of the Sea", "Song of the Sea"),
        ("64", None),  # a rating or a running time after a dash
        ("a story of", None),  # lower case: a sentence goes on
        ("“Quoted”", None),  # a quote opens: another name
    ],
)
def test_subtitle(text: str, expected: str | None) -> None:
    assert titlesubtitle._subtitle(text) == expected


def _features(text: str) -> dict[str, dict[str, float]]:
    lines = tuple(text.split("\n"))
    ballot, _ = titlevote.collect(lines, set(), len(lines), set(), None)
    return {c.value: c.features for c in ballot.candidates.values()}


def test_a_name_written_twice_with_its_subtitle_is_a_candidate() -> None:
    text = (
        "Review: Top Gun\n\n"
        "Đánh giá về Top Gun: Maverick với sự trở lại của Tom Cruise.\n"
        "Sau 36 năm kể từ khi phần phim Top Gun đầu tiên ra mắt, Tom Cruise đã trở lại.\n"
        "Được đạo diễn bởi Joshep Kosinski, Top Gun: Maverick có sự tham gia của Miles Teller.\n"
    )
    features = _features(text)
    assert "subtitle_run" in features["Top Gun: Maverick"]


def test_a_subtitle_written_once_gives_nothing() -> None:
    text = "Review: Top Gun\n\nĐánh giá về Top Gun: Maverick với sự trở lại của Tom Cruise.\n"
    assert not any("subtitle_run" in f for f in _features(text).values())


@pytest.mark.parametrize(
    ("heading", "line", "expected"),
    [
        ("Three Minutes: A Lengthening (Bianca Stigter)", "Hatching (Hanna Bergholm)", True),
        ("Three Minutes: A Lengthening (Bianca Stigter)", "Regie: Bianca Stigter", False),
        ("Three Minutes", "Hatching (Hanna Bergholm)", False),  # no list: a heading alone
    ],
)
def test_another_entry_of_a_list_of_films(heading: str, line: str, expected: bool) -> None:
    assert synopsis._list_entry_like(heading, line) is expected
