"""Table tests of bench.dirgen: the generic director-candidate generator and its bookkeeping."""

from __future__ import annotations

import numpy as np
import pytest

from bench import dirgen
from bench.ranking import Page


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # dev 127 (keswickfilm): a name in prose, its possessive-free form, no run across a stop
        (
            "we had to show it in Keswick. Chloé Zhao has become the first woman",
            {"Chloé Zhao"},
            {"Keswick. Chloé", "Keswick"},
        ),
        # a name particle inside a run
        ("Directed by Guillermo del Toro, 2017", {"Guillermo del Toro"}, {"del Toro"}),
        # dev 111 (cjiff): an uncased script, the characters after the cue word
        ("監督:田中亮\n脚本:古沢良太", {"田中亮"}, set()),
    ],
)
def test_runs(text: str, present: set[str], absent: set[str]) -> None:
    found = dirgen.runs(text)
    assert present <= set(found)
    assert not absent & set(found)


def _read(directors: list[str], hand: list[str], oracle: bool) -> dirgen.Read:
    return dirgen.Read("p", "s", {"directors": directors}, "", "", hand, oracle)


def _page(right: list[bool]) -> Page:
    n = len(right)
    return Page("p", [f"v{i}" for i in range(n)], np.zeros((n, 1)), [0.0] * n,
                np.array(right), False)  # fmt: skip


@pytest.mark.parametrize(
    ("read", "right", "pick", "counts"),
    [
        # the hand readers gave a right director: the choice is not used
        (_read(["A B"], ["A B"], True), [True, False], None, {"hand_right": 1}),
        # missed by the hand readers, reached by the generator, chosen right
        (_read(["A B"], [], False), [True, False], 0,
         {"missed": 1, "reached": 1, "empty": 1, "turned_right": 1}),
        # labelled with no director, given a run: turned wrong
        (_read([], [], True), [False, True], 0, {"empty": 1, "turned_wrong": 1}),
        # labelled with no director, "no director" chosen: nothing changes
        (_read([], [], True), [False, True], 1, {"empty": 1}),
        # a wrong run chosen on a page naming a director: still wrong
        (_read(["A B"], [], False), [False, False], 0,
         {"missed": 1, "empty": 1, "still_wrong": 1}),
    ],
)  # fmt: skip
def test_tally(read: dirgen.Read, right: list[bool], pick: int | None, counts: dict) -> None:
    t = dirgen.tally([read], [_page(right)], [pick])
    expected = {"pages": 1, "runs": len(right) - 1, "named": int(read.named), **counts}
    for name in dirgen.Tally.__dataclass_fields__:
        assert getattr(t, name) == expected.get(name, 0), name
    assert t.net == t.turned_right - t.turned_wrong
