"""Softmax ranking over each page's candidates, shared by the choosers' fits.

A chooser (the title's, the synopsis's) describes each candidate of a page by a row of
features; a candidate's score is the row times the weights and the best score wins. The
weights are fitted as a conditional logit: a candidate's probability is exp(w·x) over the
page's sum, the target is spread evenly over the page's right candidates, with an L2 penalty
and per-weight bounds (a cue speaks for a candidate, a penalty against it), by projected
Newton steps with backtracking. Deterministic: no sampling, a fixed start. Leave-one-page-out
accuracy is the honest estimate (every dev page is from a different site).
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bench.pages_score import PAGES, SETS, is_holdout, page_number

Limits = tuple[np.ndarray, np.ndarray]

#: the halves of a labelled folder that ``--also`` may add (``odd`` of a set whose even half is
#: kept aside, ``all`` of a set only looked at); never ``even``
ALSO_SETS = ("odd", "all")


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


DEV = LabelledSet(PAGES, PAGES / "expected.json", "dev")


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
        pages += [
            candidates(n, labels[n], chosen.pages) for n in chosen.names() if labels[n].get(needs)
        ]
    return pages


def fit(pages: list[Page], l2: float, limits: Limits, iterations: int = 100) -> np.ndarray:
    """Softmax ranking weights with an L2 penalty within ``limits`` (lower, upper), by
    projected Newton steps with backtracking (convex)."""
    train = [p for p in pages if p.right.any() and not p.right.all() and not p.always]
    x = np.vstack([p.x for p in train])
    target = np.concatenate([p.right / p.right.sum() for p in train])
    starts = np.cumsum([0] + [len(p.values) for p in train[:-1]])
    lo, hi = limits
    w = np.clip(np.zeros(x.shape[1]), lo, hi)
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


def leave_one_out(pages: list[Page], l2: float, limits: Limits) -> int:
    """Pages right when each is chosen by weights fitted on all the others."""
    return sum(
        chooses_right(p, fit(pages[:i] + pages[i + 1 :], l2, limits)) for i, p in enumerate(pages)
    )


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
    for i, p in enumerate(pages):
        if not p.values or chooses_right(p, w := fit(pages[:i] + pages[i + 1 :], l2, limits)):
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
    extra = [f"{s.labels.name} ({s.which})" for s in sets if s != DEV]
    if extra:
        words += (
            " and the look-at pages of "
            + ", ".join(extra)
            + ": labelled pages kept beside the repository, not committed"
        )
    return words


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


def command_line(
    doc: str,
    script: str,
    weights_file: Path,
    names: list[str],
    load: Callable[[list[LabelledSet]], list[Page]],
    report: Callable[[list[Page], float], None],
    fit_pages: Callable[[list[Page], float], np.ndarray],
    chars: int | None = None,
) -> None:
    """A fit script's command line: ``load`` the dev pages and those of each ``--also DIR
    LABELS odd|all`` (repeatable), dump the candidates (``--dump``), print ``report``, the
    weights fitted on every page read, and with ``--write`` keep them in ``weights_file``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--l2", type=float, default=1.0, help="L2 penalty of the kept fit")
    parser.add_argument("--write", action="store_true", help=f"write {weights_file.name}")
    parser.add_argument("--dump", type=Path, help="write every candidate as a JSON line here")
    parser.add_argument(
        "--also",
        nargs=3,
        action="append",
        default=[],
        metavar=("DIR", "LABELS", "odd|all"),
        help="add the labelled pages of DIR (labels in LABELS), the odd half or all of them",
    )
    args = parser.parse_args()
    sets = [DEV]
    for folder, labels, which in args.also:
        if which not in ALSO_SETS:
            parser.error(f"--also takes {' or '.join(ALSO_SETS)}, not {which!r}")
        sets.append(LabelledSet(Path(folder), Path(labels), which))
    pages = load(sets)
    if args.dump:
        dump(pages, args.dump, names, chars)
    report(pages, args.l2)
    w = fit_pages(pages, args.l2)
    for name, value in sorted(zip(names, w, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {value:+.3f}  {name}")
    if args.write:
        write_weights(weights_file, script, args.l2, len(pages), names, w, sets)
        print(f"wrote {weights_file.name}")
