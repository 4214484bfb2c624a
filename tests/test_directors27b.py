"""Directors (session 27, second round): a name the page also writes cut at its end ("Pedro
C", an initial; "諏訪", the family name alone) lends its evidence to the full name;
a value after a label inside a line ends at a table's cell gap."""

from __future__ import annotations

import pytest

from indexer.extract.pages import directormodel, people
from indexer.extract.pages.directormodel import DirectorBallot
from indexer.extract.pages.linelabels import label_lists


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("Ana M", "Ana Moreira"),  # cut at the surname's initial
        ("黒田", "黒田和夫"),  # the family name alone, in Chinese characters
    ],
)
def test_cut_name_pools_into_full(short: str, long: str) -> None:
    ballot = DirectorBallot()
    cut = ballot.vote(short, "labelled", "Director", 2)
    cut.features["strong_cue"] = 1.0
    full = ballot.vote(long, "role_noun", "director", 5)
    people._parts(ballot)
    assert full.features.get("pooled_start") == directormodel.hand_score(cut)
    assert directormodel.hand_score(full) > directormodel.hand_score(cut)


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("Ana Moreira", "Ana Moreira’s"),  # a possessive ending
        ("Ana Moreira", "Ana Moreiran"),  # a case ending (Finnish genitive)
        ("Ana Moreira", "Ana Moreira. Luís Lopes"),  # the next sentence
        ("ရာဇဝင်", "ရာဇဝင်ကို"),  # a particle glued on
    ],
)
def test_no_pooling_into_a_longer_form(short: str, long: str) -> None:
    ballot = DirectorBallot()
    ballot.vote(short, "labelled", "Director", 2)
    longer = ballot.vote(long, "role_noun", "director", 5)
    people._parts(ballot)
    assert "pooled_start" not in longer.features


def test_inline_label_value_ends_at_a_cell_gap() -> None:
    line = "Norway 2019          Dir: Ola Berg Hansen        Subtitles\n"
    assert [m.name for m in label_lists(line, "directors")] == ["Ola Berg Hansen"]
