"""Table tests for a name inside a longer candidate that the page writes again elsewhere
(:mod:`indexer.extract.pages.titlespans`; snippets written for these tests)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titlevote
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.extract.pages.titlespans import spans_written_again

_FEATURE = "span_repeated"


def _spans(text: str, holder: str, line: int = 1) -> dict[str, float]:
    ballot = FeatureBallot()
    ballot.add(holder, "heading", 1.0, line)
    spans_written_again(ballot, tuple(text.split("\n")))
    return {
        c.value: c.features["span_bounded"]
        for c in ballot.candidates.values()
        if _FEATURE in c.features
    }


@pytest.mark.parametrize(
    ("text", "holder", "spans"),
    [
        # a name, then a verb phrase; the synopsis writes the name again
        (
            "\nKabut Pagi makes me cry!!\nI watched Kabut Pagi at the cinema last week.\n",
            "Kabut Pagi makes me cry!!",
            {"Kabut Pagi": 1.0},
        ),
        # a section's word before the name (not set apart: a capital), a place after it
        # (set apart by the lower-case word; Portuguese)
        (
            "\nCinema Grand Tour em Cannes\nO novo filme, Grand Tour, estreia hoje.\n",
            "Cinema Grand Tour em Cannes",
            {"Grand Tour": 0.5},
        ),
        # the run grows as long as the page writes it: not "Red River" alone
        (
            "\nRed River Blues opens tonight\nWe loved Red River Blues. Red River Blues wins.\n",
            "Red River Blues opens tonight",
            {"Red River Blues": 1.0},
        ),
        # set apart at one end only: a capital after it
        (
            "\nSee Dark Water Rising Today\nThey filmed Dark Water in Lagos.\n",
            "See Dark Water Rising Today",
            {"Dark Water": 0.0},
        ),
    ],
)
def test_the_run_the_page_writes_again(text: str, holder: str, spans: dict[str, float]) -> None:
    assert _spans(text, holder) == spans


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # nothing of the line is written elsewhere
        ("\nKabut Pagi makes me cry\nA quiet evening.\n", "Kabut Pagi makes me cry"),
        # the line written twice whole: its runs are the line's, not written apart from it
        (
            "\nKabut Pagi makes me cry\nKabut Pagi makes me cry\n",
            "Kabut Pagi makes me cry",
        ),
        # a run that opens or ends on a joining word, or in lower case
        ("\nThe House of Dreams\nof the house and of the sea\n", "The House of Dreams"),
        # a month's name, written again in dates
        (
            "\nTuesday, May 19: Lagos festival\nOn May 21 and May 22.\n",
            "Tuesday, May 19: Lagos festival",
        ),
        # a single letter or digits alone
        ("\nB 2019 Tales\nIn 2019, B was here.\n", "B 2019 Tales"),
    ],
)
def test_no_run_without_evidence(text: str, holder: str) -> None:
    assert _spans(text, holder) == {}


def test_a_run_another_source_found_is_left_to_its_cues() -> None:
    text = "\nKabut Pagi makes me cry\nI watched Kabut Pagi last week.\n"
    ballot = FeatureBallot()
    ballot.add("Kabut Pagi makes me cry", "heading", 1.0, 1)
    ballot.add("Kabut Pagi", "quoted", 1.0, 2)
    spans_written_again(ballot, tuple(text.split("\n")))
    assert _FEATURE not in ballot.candidates["kabut pagi"].features


def test_the_run_is_a_candidate_that_marks_no_other() -> None:
    text = "\nWe review Kabut Pagi in Lagos\nI watched Kabut Pagi. Kabut Pagi is long.\n"
    lines = tuple(text.split("\n"))
    ballot, _ = titlevote.collect(lines, set(), len(lines), set(), None)
    found = {c.value: c.features for c in ballot.candidates.values()}
    assert _FEATURE in found["Kabut Pagi"]
    holder = found["We review Kabut Pagi in Lagos"]
    assert "holds_repeated_part" not in holder
    assert "holds_supported_part" not in holder


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # words of a person the page credits
        ("\nMara Olsen films the sea\nWe met Olsen in Oslo.\n", {"mara olsen"}),
        # a country's name (the festival's, not the film's)
        ("\nSingapore Film Festival opens\nFilms from Singapore tonight.\n", set()),
        # a given name alone
        ("\nPeter Petrakis films the sea\nWe met Peter in Oslo.\n", set()),
    ],
)
def test_no_run_of_a_persons_name(text: str, people: set[str]) -> None:
    ballot = FeatureBallot()
    holder = text.split("\n")[1]
    ballot.add(holder, "heading", 1.0, 1)
    spans_written_again(ballot, tuple(text.split("\n")), people)
    assert not any(_FEATURE in c.features for c in ballot.candidates.values())
