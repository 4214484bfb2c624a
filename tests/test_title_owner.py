"""Table tests for the name written after its maker in the possessive ("Mara Olsen’s Tide
Pools"): snippets written for these tests."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titleowner, titlevote
from indexer.extract.pages.titlemodel import FeatureBallot


def _owned(text: str, people: frozenset[str] = frozenset()) -> dict[str, dict[str, float]]:
    ballot = FeatureBallot()
    titleowner.after_owner(ballot, tuple(text.split("\n")), people)
    return {c.value: c.features for c in ballot.candidates.values()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mara Olsen’s Tide Pools opens on Friday.", "Tide Pools"),
        ("Veteran Ivo Brandt's quiet drama Salt Roads is a triumph", "Salt Roads"),  # genre
        ("Lena Marsh's acclaimed NIGHT OF THE HERON, screening now", "NIGHT OF THE HERON"),
        ("Tomas Kerr's (Low Tide, Grey Hills) Winter in Port, his third", "Winter in Port"),
        ("Aldo Ferri's 1961 La Cava returns", "La Cava"),  # the year before it goes
        ("Ayla Demir’in Kırık Kanat filmi", "Kırık Kanat"),  # a Turkish genitive
    ],
)
def test_the_name_after_a_possessor(text: str, expected: str) -> None:
    assert list(_owned(text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Lisbon's Fontainhas at dawn",  # one word: no person's name
        "Mara Olsen’s 2016 debut",  # a year and lower case: no name
        "Mara Olsen’s new film is long",  # lower case only
        "If Gangster’s Paradise is anything to go by, if",  # a sentence's capital, no person
        "From Mara Olsen’s Daily Courier review: a delight",  # a critic's outlet
    ],
)
def test_no_name_after_a_possessor(text: str) -> None:
    assert _owned(text) == {}


def test_a_possessor_after_a_possessor_owns_the_name() -> None:
    assert list(_owned("Mara Olsen’s Ivo Brandt’s Salt Roads")) == ["Salt Roads"]


def test_a_credited_owner_is_marked() -> None:
    owned = _owned("Mara Olsen’s Tide Pools", frozenset({"mara olsen"}))
    assert owned == {"Tide Pools": {"after_owner": 1.0, "after_credited_owner": 1.0}}


def test_the_ballot_holds_the_name() -> None:
    lines = ("Weekend screenings", "", "Mara Olsen’s Tide Pools opens the season on Friday.")
    ballot, _ = titlevote.collect(lines, set(), len(lines), set(), None)
    assert "after_owner" in ballot.candidates["tide pools"].features
