"""Progress of long work: a click progress bar per stage on a terminal, log lines elsewhere.

A build run by hand shows bars; a build whose output goes to a file or a job log (the admin's
reindex, a cron job) logs a line when a stage starts and ends and one every few seconds in
between, with counts and rate::

    INFO indexer.progress: write: started
    INFO indexer.progress: write: 12,000/54,000 (22%), 3,100/s, 4s
    INFO indexer.progress: write: done, 54,000/54,000 (100%), 2,950/s, 18s

A heartbeat thread logs the counts even when one step (a large catalogue) takes a while.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from indexer.reading import Progress

log = logging.getLogger(__name__)

#: seconds between two progress lines when the output is not a terminal
EVERY = 5.0


@contextmanager
def reporter(terminal: bool, every: float = EVERY) -> Iterator[Progress]:
    """A progress callback: a click progress bar per stage on a terminal, else a log line
    when a stage starts and ends and every ``every`` seconds in between (for a log file)."""
    if terminal:
        bars = Bars()
        try:
            yield bars
        finally:
            bars.close()
        return
    lines = LogLines(every)
    # a long step between two ticks (one big catalogue) still gets its line every few seconds
    stop = threading.Event()
    beats = threading.Thread(target=_beat, args=(lines, every, stop), daemon=True)
    beats.start()
    try:
        yield lines
    finally:
        stop.set()
        beats.join(timeout=every + 1)
        lines.close()


def _beat(lines: LogLines, every: float, stop: threading.Event) -> None:
    while not stop.wait(every):
        lines.beat()


class Bars:
    """One click progress bar per stage, on stderr."""

    def __init__(self) -> None:
        self.bars: dict[str, Any] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if total <= 0:
            return
        bar = self.bars.get(stage)
        if bar is None:
            self.close()
            bar = self.bars[stage] = click.progressbar(
                length=total, label=f"{stage:>7}", file=sys.stderr
            )
        bar.update(done - bar.pos)

    def close(self) -> None:
        """Finish every bar drawn so far."""
        for bar in self.bars.values():
            bar.render_finish()


class LogLines:
    """Progress as log lines with counts and rate, at most one every ``every`` seconds."""

    def __init__(self, every: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.every, self.clock = every, clock
        self.stage: str | None = None
        self.started = self.last = 0.0
        self.done = self.total = 0
        self._lock = threading.Lock()

    def __call__(self, stage: str, done: int, total: int) -> None:
        with self._lock:
            if stage != self.stage:
                self._end()
                self.stage, self.started, self.last = stage, self.clock(), self.clock()
                log.info("%s: started", stage)
            self.done, self.total = done, total
            self._due()

    def beat(self) -> None:
        """Log the current stage's counts if no line was logged for ``every`` seconds."""
        with self._lock:
            self._due()

    def close(self) -> None:
        """Log the end of the current stage."""
        with self._lock:
            self._end()

    def _due(self) -> None:
        now = self.clock()
        if self.stage is not None and now - self.last >= self.every:
            self.last = now
            counts = _counts(self.done, self.total, now - self.started)
            log.info("%s: %s%s", self.stage, "still running, " if self.total <= 1 else "", counts)

    def _end(self) -> None:
        if self.stage is not None:
            elapsed = self.clock() - self.started
            # the builder ticks before each item: a stage that ended did all of them
            log.info("%s: done, %s", self.stage, _counts(self.total, self.total, elapsed))
            self.stage = None


def _counts(done: int, total: int, seconds: float) -> str:
    """ "12,000/54,000 (22%), 3,100/s, 4s" """
    if total <= 1:  # a one-step stage (merge, commit, verify): only its time says anything
        return f"{seconds:.0f}s"
    share = f" ({done / total:.0%})"
    per_second = done / seconds if seconds > 0 else 0.0
    rate = f", {per_second:,.{1 if per_second < 10 else 0}f}/s" if per_second else ""
    return f"{done:,}/{max(total, 0):,}{share}{rate}, {seconds:.0f}s"
