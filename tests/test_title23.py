"""Fitting the title chooser on several labelled sets at once (``bench/ranking.py``): which set
each page came from, leave-one-set-out, the penalty picked by it, the per-set table, the
candidates kept between runs. Tiny synthetic candidate sets only; no page is extracted."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from bench import ranking

FREE = (np.full(2, -np.inf), np.full(2, np.inf))


def _page(name: str, group: str, rows: list[list[float]], right: list[bool]) -> ranking.Page:
    x = np.array(rows, dtype=float)
    lines = [float(i) for i in range(len(rows))]
    values = [str(i) for i in range(len(rows))]
    return ranking.Page(name, values, x, lines, np.array(right), False, group)


def _pages() -> list[ranking.Page]:
    """Feature 0 marks the right candidate on every set; feature 1 marks it on set ``a``
    only, and a wrong one on sets ``b`` and ``c`` (a cue of one site)."""
    return [
        _page("1", "a", [[0, 0], [1, 1]], [False, True]),
        _page("2", "a", [[0, 0], [1, 1], [0, 0]], [False, True, False]),
        _page("3", "b", [[0, 1], [1, 0]], [False, True]),
        _page("4", "b", [[1, 0], [0, 1]], [True, False]),
        _page("5", "c", [[0, 1], [1, 0], [0, 0]], [False, True, False]),
        _page("6", "c", [[0, 0], [0, 1]], [False, False]),  # no right candidate
    ]


def test_the_pages_are_grouped_by_the_set_they_were_read_from() -> None:
    groups = ranking.groups(_pages())
    assert list(groups) == ["a", "b", "c"]
    assert [p.name for p in groups["c"]] == ["5", "6"]
    assert [p.reachable for p in groups["c"]] == [True, False]


def test_leave_one_set_out_chooses_each_set_by_weights_fitted_on_the_others() -> None:
    fitted_on: list[set[str]] = []

    def fit_on(train: list[ranking.Page]) -> np.ndarray:
        fitted_on.append({p.group for p in train})
        return ranking.fit(train, 1.0, FREE)

    right = ranking.leave_one_set_out(_pages(), fit_on)
    assert fitted_on == [{"b", "c"}, {"a", "c"}, {"a", "b"}]
    assert right == {"a": 2, "b": 2, "c": 1}


def test_the_penalty_is_picked_by_the_leave_one_set_out_total() -> None:
    def fit_on(train: list[ranking.Page], l2: float) -> np.ndarray:
        # a huge penalty leaves every weight near zero: ties go to the earliest line, wrong
        return ranking.fit(train, l2, FREE) * (0.0 if l2 > 100 else 1.0)

    kept, table = ranking.pick_l2(_pages(), (1.0, 1000.0), fit_on)
    assert kept == 1.0
    assert sum(table[1.0].values()) == 5 > sum(table[1000.0].values())
    tied, _ = ranking.pick_l2(_pages(), (0.5, 1.0), lambda t, l2: ranking.fit(t, l2, FREE))
    assert tied == 1.0  # a tie goes to the larger penalty


def test_the_weights_kept_now_are_counted_per_set_beside_the_refit() -> None:
    # the cue of set a alone: right on a, wrong wherever it marks a wrong candidate
    assert ranking.per_set(_pages(), np.array([0.0, 1.0])) == {"a": 2, "b": 0, "c": 0}
    assert ranking.per_set(_pages(), np.array([1.0, 0.0])) == {"a": 2, "b": 2, "c": 1}


def test_the_set_table_gives_oracle_recall_and_each_column_per_set() -> None:
    lines = ranking.set_table(_pages(), {"now": {"a": 2, "b": 1, "c": 0}})
    assert lines[0].split() == ["set", "pages", "oracle", "now"]
    assert lines[3].split() == ["c", "2", "1", "0"]
    assert lines[-1].split() == ["total", "6", "5", "3"]


def test_a_fit_started_elsewhere_ends_at_the_same_weights() -> None:
    pages = _pages()
    w = ranking.fit(pages, 1.0, FREE)
    again = ranking.fit(pages[1:], 1.0, FREE, start=w)
    assert np.allclose(again, ranking.fit(pages[1:], 1.0, FREE), atol=1e-4)
    assert ranking.left_out(pages, 1.0, FREE)[0] is True


def test_leaving_out_a_page_that_takes_no_part_reuses_the_fit_on_every_page() -> None:
    pages = _pages()
    assert [ranking.trains(p) for p in pages] == [True, True, True, True, True, False]
    # brute force: every page chosen by weights fitted from zero on all the others
    fits = [ranking.fit(pages[:i] + pages[i + 1 :], 1.0, FREE) for i in range(len(pages))]
    brute = [ranking.chooses_right(p, w) for p, w in zip(pages, fits, strict=True)]
    assert ranking.left_out(pages, 1.0, FREE) == brute
    expected = [
        f"  {p.name}: chose {p.values[ranking.best(p, w)]!r}, "
        f"right {[v for v, r in zip(p.values, p.right, strict=True) if r][:1]}"
        for p, w, right in zip(pages, fits, brute, strict=True)
        if not right
    ]
    assert expected  # the page with no right candidate is missed whatever the weights
    assert ranking.misses(pages, 1.0, FREE) == expected


def test_the_candidates_are_kept_and_read_back_for_the_same_features(tmp_path: Path) -> None:
    calls: list[int] = []

    def load() -> list[ranking.Page]:
        calls.append(1)
        return _pages()

    kept = tmp_path / "candidates.pickle"
    first = ranking.cached(kept, ["f0", "f1"], load)
    again = ranking.cached(kept, ["f0", "f1"], load)
    assert len(calls) == 1 and [p.group for p in again] == [p.group for p in first]
    ranking.cached(kept, ["f0", "f1", "f2"], load)  # other features: read the pages anew
    assert len(calls) == 2


def test_the_look_at_sets_are_named_by_their_folders_and_said_where_they_are() -> None:
    sets = ranking.look_sets()
    assert [s.group for s in sets] == [name.split("-")[-1] for name in ranking.LOOK_SETS]
    assert ranking.DEV.group == "dev"
    assert all(s.which == "all" and s.labels.name == "expected.json" for s in sets)
    words = ranking.fitted_on([ranking.DEV, sets[0]])
    assert f"bench/pages/{ranking.LOOK_SETS[0]} (all)" in words
    assert "not committed" not in words
    outside = ranking.LabelledSet(Path("/elsewhere"), Path("/elsewhere/labels.json"), "odd")
    assert "labels.json (odd)" in ranking.fitted_on([ranking.DEV, outside])


# a name joined by a hyphen to the word for film (Finnish pages of three sites: iltalehti,
# hs, mtvuutiset; leffamedia; "X-filmen", "X-Film" in Scandinavian and German)
JOINED = [
    ("Helene-elokuva sai ensi-iltansa Suomessa tämän vuoden tammikuussa.", ["Helene"]),
    ("Jorma Tommila esittää Sisu-elokuvan pääosaa, vähäpuheista sotajermua.", ["Sisu"]),
    ("Hän esittää Kuolleet lehdet -elokuvan pääosaa.", ["Kuolleet lehdet"]),
    ("miksi missasin The Peasants – talonpoikia -elokuvan", ["The Peasants – talonpoikia"]),
    ("Der neue Barbie-Film läuft ab Donnerstag.", ["Barbie"]),
    ("Ja ensi-iltansa sai myös kauhu-elokuva.", []),  # a common noun, not a name
    ("Ова е слика-филм за војната.", []),  # lower case in any script
    ("Film-Film", []),  # the word for film itself
]  # fmt: skip


def test_a_name_joined_to_the_word_for_film_by_a_hyphen_is_a_candidate() -> None:
    from indexer.extract.pages.titlecues import _joined_names

    for line, names in JOINED:
        assert _joined_names(line) == names, line


def test_the_joined_name_gets_the_cue_of_a_quoted_name_before_the_word_for_film() -> None:
    from indexer.extract.pages import titlecues
    from indexer.extract.pages.titlemodel import FeatureBallot

    ballot = FeatureBallot()
    titlecues.after_film_word(ballot, ("Helene-elokuva sai ensi-iltansa Suomessa.",))
    assert not ballot.candidates  # named once only: a compound's noun, a studio
    lines = ("Helene-elokuva sai ensi-iltansa Suomessa.", "Heleneä kehuttiin.")
    titlecues.after_film_word(ballot, lines)
    assert {c.value: set(c.features) for c in ballot.candidates.values()} == {
        "Helene": {"quoted_before_film_word"}
    }
    ballot = FeatureBallot()
    titlecues.after_film_word(ballot, ("ist der Autoverfolgungs-Film für den Explosions-",))
    assert not ballot.candidates
