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

import math
from dataclasses import dataclass

import numpy as np

Limits = tuple[np.ndarray, np.ndarray]


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
