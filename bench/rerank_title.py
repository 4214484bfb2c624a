"""Would a non-linear re-ranker choose titles better than the linear weights in use? Measured
leave-one-set-out on the candidates ``bench/fit_title.py`` reads.

Run in two steps (the second needs LightGBM, which is no dependency of cinedex: install it in a
separate virtual environment, ``python3 -m venv ../ml-env && ../ml-env/bin/pip install numpy
lightgbm``, never in the project's ``.venv``)::

    .venv/bin/python -m bench.rerank_title --look-sets --also DIR DIR/expected.json all \\
        --cache title.pkl --npz title.npz           # extract, and the linear columns
    ../ml-env/bin/python bench/rerank_title.py --from title.npz   # the trees' columns

The first step reads the labelled pages as ``bench/fit_title.py`` does (its ``--look-sets``,
``--also``, ``--cache``), keeps every candidate's features, line and whether it is right in
``--npz``, and prints for each set the pages chosen right by the weights in use and by weights
refitted on the other sets (:func:`bench.ranking.leave_one_set_out`, for each ``--l2``). The
second step fits, for each set left out in turn, gradient-boosted trees on the other sets'
pages (LightGBM ``lambdarank``, a page a query; or ``binary``, a candidate a row, the best
probability winning) and chooses on the set left out. The trees read every feature, the score
of the weights in use, its gap to the page's best score, its rank in the page and the number
of candidates; with ``init`` they start from the score in use (they learn a correction to it),
with ``feat`` from nothing. A page is right as :func:`bench.ranking.chooses_right` says: the
best score (rounded to two places) wins, ties to the earliest line. Each setting of
:data:`SETTINGS` is one column; the report gives each set's change against the weights in use.

Session 49 (3,198 pages of 23 sets: dev, the 19 look-at sets, ``s32``, ``s43``, ``s45``; oracle
recall 2,808; the weights in use choose 2,346, optimistic: they were fitted or set on most of
these pages). Leave-one-set-out, linear refits chose 2,334 (l2 0.3), 2,338 (1) and 2,325 (3);
the ten settings of :data:`SETTINGS` 2,356, 2,350, 2,357, 2,373, 2,358, 2,356, 2,358, 2,354,
2,337 and 2,361 (four more lambdarank settings, 500 trees, 31 leaves, min leaf 200, rate 0.1:
2,361, 2,365, 2,354, 2,358). The best (300 trees of 15 leaves, min leaf 100, from the score in
use) is +27: 63 pages right, 36 lost, ``final`` -3, ``s32`` +5, ``s43`` +3, ``s45`` 0; with rows
and features subsampled (0.8) over three seeds 2,363, 2,368, 2,370. Fitted on every page it
chooses 2,486 on the same pages: the trees learn the pages, not a kind of page. The gains sit
in the sets the linear weights saw least (``s22``-``s32``, ``s43``); short of the +40 pages
asked of a re-ranker that ships, so none is kept.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

#: (objective, trees, leaves, smallest leaf, learning rate, start from the score in use)
SETTINGS = (
    ("lambdarank", 100, 7, 50, 0.05, True),
    ("lambdarank", 300, 7, 50, 0.05, True),
    ("lambdarank", 100, 15, 100, 0.05, True),
    ("lambdarank", 300, 15, 100, 0.05, True),
    ("lambdarank", 100, 7, 50, 0.05, False),
    ("lambdarank", 300, 15, 100, 0.05, False),
    ("lambdarank", 200, 7, 200, 0.05, True),
    ("binary", 100, 7, 50, 0.05, True),
    ("binary", 300, 15, 100, 0.05, True),
    ("binary", 300, 15, 100, 0.05, False),
)  # fmt: skip

INSTALL = (
    "LightGBM is not installed here (it is no dependency of cinedex). In a separate virtual "
    "environment: python3 -m venv ../ml-env && ../ml-env/bin/pip install numpy lightgbm, then "
    "../ml-env/bin/python bench/rerank_title.py --from FILE.npz"
)


def extract(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    """Read the labelled pages' candidates (project environment), print the linear columns and
    keep the candidates in ``args.npz``."""
    from bench import fit_title, ranking
    from indexer.extract.pages.titlemodel import WEIGHTS_FILE

    sets = ranking.chosen_sets(parser, args)
    load = lambda: fit_title.load(sets)  # noqa: E731
    pages = ranking.cached(args.cache, fit_title.NAMES, load) if args.cache else load()
    now = fit_title.as_vector(json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["weights"])
    columns = {"now": ranking.per_set(pages, now)}
    for l2 in args.l2:
        fitted = ranking.leave_one_set_out(pages, lambda train, l2=l2: fit_title.fit(train, l2))
        columns[f"linear l2 {l2:g}"] = fitted
    print_table(columns)
    rows = [(i, j) for i, p in enumerate(pages) for j in range(len(p.values))]
    np.savez_compressed(
        args.npz,
        X=np.array([pages[i].x[j] for i, j in rows]).reshape(len(rows), len(fit_title.NAMES)),
        pid=np.array([i for i, _ in rows], dtype=int),
        right=np.array([bool(pages[i].right[j]) for i, j in rows], dtype=bool),
        lines=np.array([pages[i].lines[j] for i, j in rows], dtype=float),
        group=np.array([p.group for p in pages]),
        always=np.array([p.always for p in pages], dtype=bool),
        names=np.array(fit_title.NAMES),
        w=now,
    )
    print(f"kept {len(rows)} candidates of {len(pages)} pages in {args.npz}")


class Candidates:
    """The candidates kept by :func:`extract`, with the inputs the trees read."""

    def __init__(self, path: Path) -> None:
        d = np.load(path)
        self.x, self.pid, self.right = d["X"], d["pid"], d["right"]
        self.lines, self.group, self.always = d["lines"], d["group"], d["always"]
        self.pages = len(self.group)
        self.linear = self.x @ d["w"]
        best = np.full(self.pages, -np.inf)
        np.maximum.at(best, self.pid, self.linear)
        order = np.lexsort((self.lines, -np.round(self.linear, 2), self.pid))
        starts = np.searchsorted(self.pid[order], np.arange(self.pages))
        rank = np.empty(len(order))
        rank[order] = np.arange(len(order)) - starts[self.pid[order]]
        counts = np.bincount(self.pid, minlength=self.pages)
        self.inputs = np.column_stack(
            [self.x, self.linear, self.linear - best[self.pid], rank, counts[self.pid]]
        )
        some = np.zeros(self.pages, bool)
        np.logical_or.at(some, self.pid, self.right)
        every = np.ones(self.pages, bool)
        np.logical_and.at(every, self.pid, self.right)
        #: pages that teach anything: a right and a wrong candidate, not right whatever wins
        self.trains = some & ~every & ~self.always
        self.oracle = int((some | self.always).sum())

    def chosen_right(self, score: np.ndarray) -> np.ndarray:
        """Per page: whether the best score (rounded, ties to the earliest line) is right."""
        order = np.lexsort((self.lines, -np.round(score, 2), self.pid))
        first = np.ones(len(order), bool)
        first[1:] = self.pid[order][1:] != self.pid[order][:-1]
        winners = order[first]
        right = np.zeros(self.pages, bool)
        right[self.pid[winners]] = self.right[winners]
        return right | self.always

    def per_set(self, right: np.ndarray) -> dict[str, int]:
        """Pages right in each set."""
        return {str(g): int(right[self.group == g].sum()) for g in dict.fromkeys(self.group)}


def trees_left_out(c: Candidates, setting: tuple) -> np.ndarray:
    """Each candidate's score by trees fitted on the other sets than its page's."""
    import lightgbm as lgb

    objective, trees, leaves, smallest, rate, init = setting
    params = {
        "objective": objective,
        "num_leaves": leaves,
        "max_depth": {7: 3, 15: 4, 31: 5}[leaves],
        "min_data_in_leaf": smallest,
        "learning_rate": rate,
        "lambdarank_truncation_level": 20,
        "num_threads": 1,  # more threads spin-wait on a busy machine, tens of times slower
        "deterministic": True,
        "seed": 1,
        "verbosity": -1,
        "feature_pre_filter": False,
    }
    start = c.linear if init else np.zeros(len(c.linear))
    score = start.copy()
    for g in dict.fromkeys(c.group):
        held = (c.group == g)[c.pid]
        rows = c.trains[c.pid] & ~held
        queries = np.bincount(c.pid[rows])
        data = lgb.Dataset(
            c.inputs[rows],
            c.right[rows].astype(int),
            init_score=start[rows],
            group=queries[queries > 0] if objective == "lambdarank" else None,
        )
        model = lgb.train(params, data, num_boost_round=trees)
        score[held] += model.predict(c.inputs[held], raw_score=True)
    return score


def print_table(columns: dict[str, dict[str, int]]) -> None:
    """Each set's pages right by the first column, and every other column's change."""
    first, *rest = columns
    print("columns: " + "; ".join(f"{i}: {name}" for i, name in enumerate(columns)))
    print(f"{'set':<6} " + " ".join(f"{i:>5}" for i in range(len(columns))))
    for g, base in columns[first].items():
        print(f"{g:<6} {base:>5} " + " ".join(f"{columns[k][g] - base:>+5}" for k in rest))
    print(f"{'total':<6} " + " ".join(f"{sum(columns[k].values()):>5}" for k in columns))


def trees(path: Path) -> None:
    """The trees' columns for each setting of :data:`SETTINGS`."""
    try:
        import lightgbm  # noqa: F401
    except ImportError:
        sys.exit(INSTALL)
    c = Candidates(path)
    print(f"pages {c.pages}; oracle recall {c.oracle}")
    columns = {"now": c.per_set(c.chosen_right(c.linear))}
    for setting in SETTINGS:
        started = time.time()
        objective, n, leaves, smallest, rate, init = setting
        name = f"{objective[:4]} T{n} L{leaves} m{smallest} lr{rate:g} {'init' if init else 'feat'}"
        columns[name] = c.per_set(c.chosen_right(trees_left_out(c, setting)))
        total = sum(columns[name].values())
        print(f"{name}: {total} ({time.time() - started:.0f} s)", flush=True)
    print_table(columns)


def main() -> None:
    """Command line: extract (``--npz``) or fit the trees (``--from``)."""
    from bench import ranking

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--from", dest="source", type=Path, help="fit the trees on this .npz")
    parser.add_argument("--npz", type=Path, help="keep the candidates read in this .npz")
    parser.add_argument("--cache", type=Path, help="as bench/fit_title.py's --cache")
    parser.add_argument("--l2", type=float, nargs="*", default=[0.3, 1.0, 3.0])
    ranking.add_set_options(parser)
    args = parser.parse_args()
    if args.source:
        trees(args.source)
    elif args.npz:
        extract(args, parser)
    else:
        parser.error("give --npz FILE (extract) or --from FILE (fit the trees)")


if __name__ == "__main__":
    main()
