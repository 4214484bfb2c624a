"""The directors chooser as a model: each vote records its cue's kind, each candidate general
measures, "no director" is a candidate of its own, and the weights load from the hand table
(or a fitted file beside the module)."""

from __future__ import annotations

from typing import Any
from unittest import mock

import pytest

from indexer.extract.pages import directormodel, extract_page, people
from indexer.extract.pages.directormodel import (
    FEATURES,
    HAND,
    MODEL,
    NONE,
    VOTES,
    DirectorBallot,
)
from indexer.extract.pages.explain import explain_text
from tests.page_support import BLURB


def _votes(page: str) -> people.DirectorVotes:
    """The director votes of the page's first film."""
    seen: list[people.DirectorVotes] = []
    collect = people.collect_directors

    def spy(*args: Any, **kwargs: Any) -> people.DirectorVotes:
        seen.append(collect(*args, **kwargs))
        return seen[-1]

    with mock.patch.object(people, "collect_directors", spy):
        extract_page(page, "page.txt")
    return seen[0]


def _features(page: str, name: str) -> dict[str, float]:
    votes = _votes(page)
    return next(c.features for c in votes.ballot.candidates.values() if c.value == name)


@pytest.mark.parametrize(
    ("page", "name", "kinds"),
    [
        (  # a prose cue, then the name again in the text
            "Quiet River\n\nThe new drama, directed by Ana Lind, opens in May.\n\n"
            + BLURB
            + "\nAna Lind wrote it too.\n",
            "Ana Lind",
            {"directed_by", "repeated"},
        ),
        (  # Spanish: "un film de" and the name once
            "Río quieto\n\nUn film de Ana Lind, con Pedro Ruiz.\n\n" + BLURB + "\n",
            "Ana Lind",
            {"directed_by"},
        ),
        (  # a possessive: "Lind's new film"
            "Quiet River\n\nAna Lind's new film is a quiet drama about a river town.\n\n"
            + BLURB
            + "\n",
            "Ana Lind",
            {"possessor_adjectives"},
        ),
    ],
)
def test_a_vote_records_its_cue_kind(page: str, name: str, kinds: set[str]) -> None:
    features = _features(page, name)
    assert kinds <= set(features)
    assert {"mentions", "early", "kinds"} <= set(features)  # general measures, always there


def test_the_measures_of_a_name() -> None:
    page = (
        "Quiet River\n\nDirected by Ana Lind.\n\n"
        + BLURB
        + "\n— Lind, The Daily Film\n\nA film by Lind, who made River Town.\n"
    )
    votes = _votes(page)
    by_value = {c.value: c.features for c in votes.ballot.candidates.values()}
    assert by_value["Ana Lind"]["early"] > 0.9
    assert by_value["Ana Lind"].get("first_named") == 1.0
    if "Lind" in by_value:  # a surname alone, after a dash opening a line: a quote's critic
        assert by_value["Lind"]["one_word"] == 1.0 and by_value["Lind"]["after_dash"] == 1.0


def test_a_cue_word_counts_once_per_name_and_kinds_add_up() -> None:
    ballot = DirectorBallot()
    ballot.vote("Ana Lind", "directed_by", "directed by", 3)
    ballot.vote("Ana Lind", "directed_by", "directed by", 9)
    ballot.vote("Ana Lind", "directed_by", "regie", 9)
    ballot.vote("ana lind", "role_noun", "director", 1)  # the same name by its key
    (candidate,) = ballot.candidates.values()
    assert candidate.features == {"directed_by": 2.0, "role_noun": 1.0}
    assert candidate.line == 1
    assert MODEL.score(candidate.features, HAND) == 2 * 2.5 + 1.5
    assert directormodel.hand_score(candidate) == 6.5


def test_no_director_wins_when_no_name_beats_it() -> None:
    page = "Quiet River\n\n" + BLURB + "\n"
    explained = explain_text(page, "quiet.txt")["fields"]["directors"]
    assert explained["chosen"] == []
    values = [c["value"] for c in explained["candidates"]]
    assert "(no director)" in values


def test_explain_shows_each_kind_and_its_weight() -> None:
    page = "Quiet River\n\nThe new drama, directed by Ana Lind, opens in May.\n\n" + BLURB + "\n"
    explained = explain_text(page, "quiet.txt")["fields"]["directors"]
    assert explained["chosen"] == ["Ana Lind"]
    evidence = explained["candidates"][0]["evidence"]
    weight = MODEL.weights()["directed_by"]
    assert f"directed_by = 1: {FEATURES['directed_by']} ({weight:+g})" in evidence


def test_the_model_loads_the_hand_weights_without_a_fitted_file(tmp_path: Any) -> None:
    model = directormodel._DirectorModel(FEATURES, tmp_path / "none.json")
    assert model.weights() == HAND
    assert set(HAND) <= set(FEATURES) and NONE in FEATURES
    assert all(HAND.get(kind, 0.0) >= 0 for kind in VOTES)


def test_the_model_loads_a_fitted_file(tmp_path: Any) -> None:
    fitted = tmp_path / "director_weights.json"
    fitted.write_text('{"about": "test", "weights": {"directed_by": 1.25, "none": 0.1}}')
    model = directormodel._DirectorModel(FEATURES, fitted)
    assert model.weights() == {"directed_by": 1.25, "none": 0.1}
    assert model.score({"directed_by": 2.0}) == 2.5
