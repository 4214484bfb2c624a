"""Timing query passes: per-query wall times, percentiles, a time budget per pass."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Pass:
    """Wall times (ms) of one pass over a query log; ``planned`` queries were wanted."""

    name: str
    ms: tuple[float, ...]
    planned: int
    hits: int = 0

    def percentile(self, p: float) -> float | None:
        """The ``p``-th percentile in ms (None when nothing was measured)."""
        return float(np.percentile(self.ms, p)) if self.ms else None

    @property
    def complete(self) -> bool:
        """Every planned query ran (the budget was not reached)."""
        return len(self.ms) == self.planned


def run_pass(
    name: str, search: Callable[[str], int], queries: Sequence[str], budget_s: float = 300.0
) -> Pass:
    """Time ``search`` on each query (it returns its total hits); stop when ``budget_s``
    seconds are spent, so one slow engine cannot make the whole run unbounded."""
    times: list[float] = []
    hits = 0
    deadline = time.monotonic() + budget_s
    for q in queries:
        start = time.perf_counter()
        hits += search(q)
        times.append((time.perf_counter() - start) * 1000)
        if time.monotonic() > deadline:
            log.warning("%s: budget of %.0f s reached after %d queries", name, budget_s, len(times))
            break
    log.info(
        "%s: %d queries, p50 %.2f ms", name, len(times), np.percentile(times, 50) if times else 0
    )
    return Pass(name, tuple(times), len(queries), hits)
