"""The re-ranker measurement's bookkeeping (bench/rerank_title.py): which candidate wins a
page, which pages teach a fit, and the inputs the trees read. No LightGBM needed."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bench.rerank_title import Candidates

# three pages of two sets; two features; the weights in use (1, 0) score a candidate by x0
PAGES = [
    # (set, always, [(x0, x1, line, right), ...])
    ("dev", False, [(2.0, 0.0, 5, False), (1.0, 1.0, 1, True)]),  # a wrong one wins
    ("s43", False, [(1.0, 0.0, 3, True), (1.001, 1.0, 7, False)]),  # a tie at two places
    ("s43", True, [(0.0, 0.0, 2, False)]),  # the page's title is labelled: right whatever wins
]


@pytest.fixture
def kept(tmp_path: Path) -> Candidates:
    rows = [(i, *c) for i, (_, _, cs) in enumerate(PAGES) for c in cs]
    path = tmp_path / "title.npz"
    np.savez_compressed(
        path,
        X=np.array([[r[1], r[2]] for r in rows]),
        pid=np.array([r[0] for r in rows]),
        right=np.array([r[4] for r in rows]),
        lines=np.array([float(r[3]) for r in rows]),
        group=np.array([g for g, _, _ in PAGES]),
        always=np.array([a for _, a, _ in PAGES]),
        names=np.array(["x0", "x1"]),
        w=np.array([1.0, 0.0]),
    )
    return Candidates(path)


def test_the_weights_in_use_choose_ties_to_the_earliest_line(kept: Candidates) -> None:
    right = kept.chosen_right(kept.linear)
    assert right.tolist() == [False, True, True]
    assert kept.per_set(right) == {"dev": 0, "s43": 2}
    assert kept.oracle == 3


def test_another_score_changes_the_winner(kept: Candidates) -> None:
    assert kept.chosen_right(kept.x[:, 1]).tolist() == [True, False, True]


def test_only_pages_with_a_right_and_a_wrong_candidate_teach(kept: Candidates) -> None:
    assert kept.trains.tolist() == [True, True, False]


def test_the_trees_read_the_score_its_gap_rank_and_the_ballots_size(kept: Candidates) -> None:
    # features, score in use, gap to the page's best, rank in the page, candidates
    assert np.round(kept.inputs[:, 2:], 6).tolist() == [
        [2.0, 0.0, 0.0, 2.0],
        [1.0, -1.0, 1.0, 2.0],
        [1.0, -0.001, 0.0, 2.0],
        [1.001, 0.0, 1.0, 2.0],
        [0.0, 0.0, 0.0, 1.0],
    ]
