"""Softmax ranking over each page's candidates, shared by the choosers' fits.

A chooser (the title's, the synopsis's) describes each candidate of a page by a row of
features; a candidate's score is the row times the weights and the best score wins. The
weights are fitted as a conditional logit: a candidate's probability is exp(w·x) over the
page's sum, the target is spread evenly over the page's right candidates, with an L2 penalty
and per-weight bounds (a cue speaks for a candidate, a penalty against it), by projected
Newton steps with backtracking. Deterministic: no sampling, a fixed start. Leave-one-page-out
accuracy is the honest estimate within a set (every dev page is from a different site);
leave-one-set-out (:func:`leave_one_set_out`: fitted on the other sets, chosen on the one left
out) is the closer picture of pages from sites and a time no fit has seen, and the one the L2
penalty is picked by (:func:`pick_l2`) when several sets are read (``--look-sets``).
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from bench.pages_score import PAGES, SETS, is_holdout, page_number

Limits = tuple[np.ndarray, np.ndarray]

#: the halves of a labelled folder that ``--also`` may add (``odd`` of a set whose even half is
#: kept aside, ``all`` of a set only looked at); never ``even``
ALSO_SETS = ("odd", "all")

ROOT = Path(__file__).resolve().parents[1]

#: the labelled look-at folders of ``bench/pages`` that ``--look-sets`` adds, all of each (each
#: with its own ``expected.json``); the sets kept aside to measure the work honestly are not
#: named here and never read
LOOK_SETS = (
    "2026-12-03-look", "2026-12-03-held", "2026-12-03-test", "2026-12-03-final",
    "2026-12-03-s16", "2026-12-03-s17", "2026-12-04-q21", "2026-12-04-s19", "2026-12-04-s21",
    "2026-12-04-s22", "2026-12-04-s23", "2026-12-05-s24", "2026-12-05-s25",
    "2026-12-05-s26", "2026-12-05-s27", "2026-12-05-s28", "2026-12-05-s29",
    "2026-12-05-s30", "2026-12-05-s31",
)  # fmt: skip


@dataclass(frozen=True)
class LabelledSet:
    """A folder of labelled pages and which of them may be read: the dev pages (``../shared/
    pages``, number not 3 mod 5) or a look-at set added with ``--also DIR LABELS odd|all``."""

    pages: Path
    labels: Path
    which: str

    def names(self) -> list[str]:
        """The readable page names with a label, in order (the held-out pages never listed)."""
        labels = json.loads(self.labels.read_text(encoding="utf-8"))
        keep = SETS[self.which]
        return [
            n
            for n in sorted(labels)
            if n != "seeds_merged" and keep(n) and not (self.pages == PAGES and is_holdout(n))
        ]

    @property
    def group(self) -> str:
        """The set's short name: ``dev``, or the folder's name after its date (``s21``)."""
        if self.pages == PAGES:
            return "dev"
        return self.pages.name.split("-")[-1]


DEV = LabelledSet(PAGES, PAGES / "expected.json", "dev")


def look_sets(root: Path = ROOT) -> list[LabelledSet]:
    """Every page of each folder of :data:`LOOK_SETS` (labels in its ``expected.json``)."""
    folders = [root / "bench" / "pages" / name for name in LOOK_SETS]
    return [LabelledSet(f, f / "expected.json", "all") for f in folders]


@dataclass
class Page:
    """One page's candidates: features (rows), first lines, which are right; and whether the
    page is right whatever wins."""

    name: str
    values: list[str]
    x: np.ndarray
    lines: list[float]
    right: np.ndarray
    always: bool
    #: the set the page was read from (:attr:`LabelledSet.group`)
    group: str = ""

    @property
    def reachable(self) -> bool:
        """Whether some weights can choose it right (a right candidate exists, or any is)."""
        return self.always or bool(self.right.any())


def load_labelled(
    sets: list[LabelledSet],
    needs: str,
    candidates: Callable[[str, dict[str, Any], Path], Page],
) -> list[Page]:
    """The candidates of every readable page of ``sets`` whose label has ``needs``, one
    :class:`Page` each, as ``candidates(name, label, folder)`` reads them."""
    pages = []
    for chosen in sets:
        labels = json.loads(chosen.labels.read_text(encoding="utf-8"))
        for n in chosen.names():
            if labels[n].get(needs):
                page = candidates(n, labels[n], chosen.pages)
                page.group = chosen.group
                pages.append(page)
    return pages


def trains(page: Page) -> bool:
    """Whether a page takes part in a fit: it has a right and a wrong candidate and its
    outcome does not hold whatever wins (the others' weights are the same without it)."""
    return bool(page.right.any() and not page.right.all() and not page.always)


def fit(
    pages: list[Page],
    l2: float,
    limits: Limits,
    iterations: int = 100,
    start: np.ndarray | None = None,
) -> np.ndarray:
    """Softmax ranking weights with an L2 penalty within ``limits`` (lower, upper), by
    projected Newton steps with backtracking (convex: the start, zero or ``start`` such as the
    weights fitted on more pages, changes only how soon it ends)."""
    train = [p for p in pages if trains(p)]
    x = np.vstack([p.x for p in train])
    target = np.concatenate([p.right / p.right.sum() for p in train])
    starts = np.cumsum([0] + [len(p.values) for p in train[:-1]])
    lo, hi = limits
    w = np.clip(np.zeros(x.shape[1]) if start is None else start, lo, hi)
    loss = _loss(x, w, target, starts, l2)
    for _ in range(iterations):
        prob = _softmax(x @ w, starts)
        grad = x.T @ (prob - target) + l2 * w
        weighted = x * prob[:, None]
        per_page = np.add.reduceat(weighted, starts, axis=0)
        hess = weighted.T @ x - per_page.T @ per_page + l2 * np.eye(len(w))
        free = ~(((w <= lo) & (grad > 0)) | ((w >= hi) & (grad < 0)))
        step = np.zeros_like(w)
        step[free] = np.linalg.solve(hess[np.ix_(free, free)], grad[free])
        size = 1.0
        while True:
            new = np.clip(w - size * step, lo, hi)
            new_loss = _loss(x, new, target, starts, l2)
            if new_loss <= loss - 1e-4 * grad @ (w - new) or size < 1e-6:
                break
            size /= 2
        done = np.abs(new - w).max() < 1e-7
        w, loss = new, new_loss
        if done:
            break
    return w


def _loss(x: np.ndarray, w: np.ndarray, target: np.ndarray, starts: np.ndarray, l2: float) -> float:
    prob = _softmax(x @ w, starts)
    return float(-(target * np.log(np.maximum(prob, 1e-300))).sum() + 0.5 * l2 * w @ w)


def _softmax(scores: np.ndarray, starts: np.ndarray) -> np.ndarray:
    sizes = np.diff(np.append(starts, len(scores)))
    top = np.repeat(np.maximum.reduceat(scores, starts), sizes)
    e = np.exp(scores - top)
    return e / np.repeat(np.add.reduceat(e, starts), sizes)


def best(page: Page, w: np.ndarray) -> int:
    """The winning candidate: best score (rounded as the extractor rounds it), ties to the
    earliest line."""
    scores = np.round(page.x @ w, 2)
    return min(range(len(page.values)), key=lambda i: (-scores[i], page.lines[i]))


def chooses_right(page: Page, w: np.ndarray) -> bool:
    """Whether the page is right when the candidate with the best score wins."""
    if page.always:
        return True
    if not page.values:
        return False
    return bool(page.right[best(page, w)])


def left_out(pages: list[Page], l2: float, limits: Limits) -> list[bool]:
    """Whether each page is right when chosen by weights fitted on all the others (each fit
    started from the weights fitted on every page)."""
    everyone = fit(pages, l2, limits)
    return [chooses_right(p, _without(pages, i, l2, limits, everyone)) for i, p in enumerate(pages)]


def _without(
    pages: list[Page], i: int, l2: float, limits: Limits, everyone: np.ndarray
) -> np.ndarray:
    """The weights fitted on every page but page ``i``, started from those fitted on every page
    (``everyone``); a page that takes no part in a fit (:func:`trains`) leaves them as they are."""
    if not trains(pages[i]):
        return everyone
    return fit(pages[:i] + pages[i + 1 :], l2, limits, start=everyone)


def leave_one_out(pages: list[Page], l2: float, limits: Limits) -> int:
    """Pages right when each is chosen by weights fitted on all the others."""
    return sum(left_out(pages, l2, limits))


def groups(pages: list[Page]) -> dict[str, list[Page]]:
    """The pages of each set (:attr:`Page.group`), in the order first read."""
    out: dict[str, list[Page]] = {}
    for p in pages:
        out.setdefault(p.group, []).append(p)
    return out


def leave_one_set_out(
    pages: list[Page], fit_on: Callable[[list[Page]], np.ndarray]
) -> dict[str, int]:
    """Pages of each set right when chosen by weights ``fit_on`` the other sets' pages."""
    out = {}
    for group, held in groups(pages).items():
        w = fit_on([p for p in pages if p.group != group])
        out[group] = sum(chooses_right(p, w) for p in held)
    return out


def per_set(pages: list[Page], w: np.ndarray) -> dict[str, int]:
    """Pages of each set right when chosen by ``w`` (the weights kept now: the figure a refit's
    leave-one-set-out must beat, optimistic on the sets they were fitted on)."""
    return {group: sum(chooses_right(p, w) for p in held) for group, held in groups(pages).items()}


def pick_l2(
    pages: list[Page], grid: tuple[float, ...], fit_on: Callable[[list[Page], float], np.ndarray]
) -> tuple[float, dict[float, dict[str, int]]]:
    """The penalty of ``grid`` whose :func:`leave_one_set_out` total is highest (a tie to the
    larger penalty, the smoother fit), and each penalty's per-set figures."""
    table = {l2: leave_one_set_out(pages, lambda train, l2=l2: fit_on(train, l2)) for l2 in grid}
    kept = max(grid, key=lambda l2: (sum(table[l2].values()), l2))
    return kept, table


def set_table(pages: list[Page], columns: dict[str, dict[str, int]]) -> list[str]:
    """Lines of a table: each set's pages, oracle recall and the pages right in each column
    (a column maps a set to its pages right), then the totals."""
    by_set = groups(pages)
    head = f"{'set':<6} {'pages':>5} {'oracle':>6} " + " ".join(f"{c:>12}" for c in columns)
    lines = [head]
    for group, held in [*by_set.items(), ("total", pages)]:
        cells = [
            sum(col.values()) if group == "total" else col.get(group, 0) for col in columns.values()
        ]
        oracle = sum(p.reachable for p in held)
        lines.append(
            f"{group:<6} {len(held):>5} {oracle:>6} " + " ".join(f"{c:>12}" for c in cells)
        )
    return lines


def wilson(right: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95% Wilson score interval of a proportion ``right``/``n``."""
    if n == 0:
        return 0.0, 1.0
    p = right / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def bounds(
    names: list[str], cues: set[str], penalties: set[str], pinned: dict[str, float]
) -> Limits:
    """Lower and upper bounds of each weight in the order of ``names``: a cue speaks for a
    candidate (>= 0), a penalty against it (<= 0), a pinned weight is set, not fitted; the
    others may go either way."""
    lo = np.array([pinned.get(f, 0.0 if f in cues else -np.inf) for f in names])
    hi = np.array([pinned.get(f, 0.0 if f in penalties else np.inf) for f in names])
    return lo, hi


def as_vector(weights: dict[str, float], names: list[str]) -> np.ndarray:
    """A weight table as a vector in the order of ``names``."""
    return np.array([weights.get(f, 0.0) for f in names])


def dump(pages: list[Page], path: Path, names: list[str], chars: int | None = None) -> None:
    """Every candidate, one JSON line each: page, value (its first ``chars`` characters),
    first line, right, the features that are not zero."""
    with path.open("w", encoding="utf-8") as out:
        for p in pages:
            for i, value in enumerate(p.values):
                features = {f: round(float(v), 3) for f, v in zip(names, p.x[i], strict=True) if v}
                line = int(p.lines[i]) if p.lines[i] < 1e6 else None
                row = {
                    "page": p.name,
                    "value": value[:chars],
                    "line": line,
                    "right": bool(p.right[i]),
                }
                out.write(json.dumps({**row, "features": features}, ensure_ascii=False) + "\n")


def misses(pages: list[Page], l2: float, limits: Limits) -> list[str]:
    """Leave-one-page-out misses: page, chosen candidate, a right one."""
    out = []
    everyone = fit(pages, l2, limits)
    for i, p in enumerate(pages):
        if not p.values or chooses_right(p, w := _without(pages, i, l2, limits, everyone)):
            continue
        chosen = p.values[best(p, w)][:60]
        right = [p.values[j][:60] for j in range(len(p.values)) if p.right[j]]
        out.append(f"  {p.name}: chose {chosen!r}, right {right[:1]}")
    return out


def collections(pages: list[Page]) -> list[tuple[list[Page], list[Page], tuple[str, str]]]:
    """The collections of the pages, each chosen by weights fitted on the others: dev pages
    101-140 (the first set, a third of them not in English), 141-294 (50 languages, quote
    pages) and, when added, the look-at pages numbered 301 and above."""
    groups = {
        "101-140": [p for p in pages if page_number(p.name) <= 140],
        "141-294": [p for p in pages if 140 < page_number(p.name) <= 294],
        "301+": [p for p in pages if page_number(p.name) > 294],
    }
    named = [(label, group) for label, group in groups.items() if group]
    return [
        (
            [p for p in pages if p not in group],
            group,
            (" and ".join(other for other, _ in named if other != label), label),
        )
        for label, group in named
    ]


def fitted_on(sets: list[LabelledSet]) -> str:
    """Which pages weights were fitted on, in words (no path of this machine)."""
    words = "the dev pages (number not 3 mod 5)"
    extra = [f"{_where(s)} ({s.which})" for s in sets if s != DEV]
    if extra:
        words += " and the look-at pages of " + ", ".join(extra)
    if any(not s.pages.is_relative_to(ROOT) for s in sets if s != DEV):
        words += " (labelled pages kept beside the repository, not committed)"
    return words


def _where(labelled: LabelledSet) -> str:
    """A set's folder within the repository (``bench/pages/…``), or its labels file's name."""
    if labelled.pages.is_relative_to(ROOT):
        return labelled.pages.relative_to(ROOT).as_posix()
    return labelled.labels.name


def write_weights(
    path: Path,
    script: str,
    l2: float,
    pages: int,
    names: list[str],
    w: np.ndarray,
    sets: list[LabelledSet] | None = None,
) -> None:
    """Keep the weights fitted on every page read (``script`` fitted them) in ``path``."""
    data = {
        "about": f"fitted by {script} on {fitted_on(sets or [DEV])}",
        "l2": l2,
        "pages": pages,
        "weights": {name: round(float(v), 4) for name, v in zip(names, w, strict=True)},
    }
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")


#: what a fit script keeps per page (a :class:`Page`, or a record holding one)
P = TypeVar("P")


def cached(path: Path, names: list[str], load: Callable[[], list[P]]) -> list[P]:
    """The pages kept in ``path`` when it holds pages of these feature ``names``, else ``load``
    them and keep them there."""
    if path.exists():
        kept = pickle.loads(path.read_bytes())
        if isinstance(kept, dict) and kept.get("names") == names:
            return list(kept["pages"])
    pages = load()
    path.write_bytes(pickle.dumps({"names": names, "pages": pages}))
    return pages


def add_set_options(parser: argparse.ArgumentParser) -> None:
    """The options of a fit script that add labelled pages to the dev pages: ``--also DIR
    LABELS odd|all`` (repeatable) and ``--look-sets`` (every :data:`LOOK_SETS` folder)."""
    parser.add_argument(
        "--look-sets", action="store_true", help="add all pages of every look-at folder"
    )
    parser.add_argument(
        "--also",
        nargs=3,
        action="append",
        default=[],
        metavar=("DIR", "LABELS", "odd|all"),
        help="add the labelled pages of DIR (labels in LABELS), the odd half or all of them",
    )


def chosen_sets(parser: argparse.ArgumentParser, args: argparse.Namespace) -> list[LabelledSet]:
    """The dev pages and the sets :func:`add_set_options`'s options name."""
    sets = [DEV]
    for folder, labels, which in args.also:
        if which not in ALSO_SETS:
            parser.error(f"--also takes {' or '.join(ALSO_SETS)}, not {which!r}")
        sets.append(LabelledSet(Path(folder), Path(labels), which))
    if args.look_sets:
        sets += look_sets()
    return sets


def command_line(
    doc: str,
    script: str,
    weights_file: Path,
    names: list[str],
    load: Callable[[list[LabelledSet]], list[Page]],
    report: Callable[[list[Page], float], None],
    fit_pages: Callable[[list[Page], float], np.ndarray],
    chars: int | None = None,
    grid: tuple[float, ...] = (0.1, 0.3, 1.0, 3.0, 10.0),
) -> None:
    """A fit script's command line: ``load`` the dev pages and those of each ``--also DIR
    LABELS odd|all`` (repeatable) or of every :data:`LOOK_SETS` folder (``--look-sets``), dump
    the candidates (``--dump``), pick the penalty of ``grid`` by leave-one-set-out
    (``--pick-l2``, beside the figure of the weights kept now), print ``report``, the weights
    fitted on every page read, and with ``--write`` keep them in ``weights_file``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--l2", type=float, default=1.0, help="L2 penalty of the kept fit")
    parser.add_argument(
        "--pick-l2",
        action="store_true",
        help="keep the penalty of the grid with the best leave-one-set-out total instead",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        help="keep the candidates read in this file and read them from it next time (only "
        "while the extractor and the labels are unchanged)",
    )
    parser.add_argument("--write", action="store_true", help=f"write {weights_file.name}")
    parser.add_argument("--dump", type=Path, help="write every candidate as a JSON line here")
    add_set_options(parser)
    args = parser.parse_args()
    sets = chosen_sets(parser, args)
    pages = cached(args.cache, names, lambda: load(sets)) if args.cache else load(sets)
    if args.dump:
        dump(pages, args.dump, names, chars)
    l2 = args.l2
    if args.pick_l2:
        l2, table = pick_l2(pages, grid, fit_pages)
        print("leave-one-set-out: each set chosen by weights fitted on the other sets")
        columns = {f"l2 {penalty:g}": table[penalty] for penalty in grid}
        if weights_file.exists():
            kept_now = json.loads(weights_file.read_text(encoding="utf-8"))["weights"]
            columns = {"kept now": per_set(pages, as_vector(kept_now, names)), **columns}
        print("\n".join(set_table(pages, columns)))
        print(f"penalty kept (best leave-one-set-out total): {l2:g}")
    report(pages, l2)
    w = fit_pages(pages, l2)
    for name, value in sorted(zip(names, w, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {value:+.3f}  {name}")
    if args.write:
        write_weights(weights_file, script, l2, len(pages), names, w, sets)
        print(f"wrote {weights_file.name}")
