"""indexer.progress: a bar on a terminal, log lines with counts and rate elsewhere."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer import cli, progress


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_log_lines_every_few_seconds_with_counts_and_rate(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = Clock()
    lines = progress.LogLines(every=5.0, clock=clock)
    with caplog.at_level(logging.INFO, logger="indexer.progress"):
        lines("read", 0, 1)
        lines("write", 0, 1000)
        for done in range(100, 1000, 100):
            clock.now += 1.0
            lines("write", done, 1000)
        clock.now += 1.0
        lines.close()
    assert [r.getMessage() for r in caplog.records] == [
        "read: started",
        "read: done, 0s",
        "write: started",
        "write: 500/1,000 (50%), 100/s, 5s",
        "write: done, 1,000/1,000 (100%), 100/s, 10s",
    ]


def test_a_long_step_between_ticks_still_gets_its_lines(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = Clock()
    lines = progress.LogLines(every=5.0, clock=clock)
    with caplog.at_level(logging.INFO, logger="indexer.progress"):
        lines("read", 3, 16)
        clock.now += 4.0
        lines.beat()  # not yet due
        clock.now += 2.0
        lines.beat()
        lines.beat()  # just logged
        lines("commit", 0, 1)
        clock.now += 5.0
        lines.beat()
        clock.now += 1.0
    assert [r.getMessage() for r in caplog.records] == [
        "read: started",
        "read: 3/16 (19%), 0.5/s, 6s",
        "read: done, 16/16 (100%), 2.7/s, 6s",
        "commit: started",
        "commit: still running, 5s",
    ]


def test_the_reporter_beats_by_itself_when_not_on_a_terminal(
    caplog: pytest.LogCaptureFixture,
) -> None:
    level = caplog.at_level(logging.INFO, logger="indexer.progress")
    with level, progress.reporter(False, every=0.05) as tick:
        tick("read", 2, 16)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not _lines(caplog, "read: 2/16"):
            time.sleep(0.02)
    assert _lines(caplog, "read: 2/16 (12%)")
    assert _lines(caplog, "read: done, 16/16 (100%)")


def _lines(caplog: pytest.LogCaptureFixture, start: str) -> list[str]:
    return [m for m in (r.getMessage() for r in caplog.records) if m.startswith(start)]


def test_index_command_logs_progress_when_not_on_a_terminal(
    runner: CliRunner, corpus: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    args = ["--corpus", str(corpus), "--index", str(tmp_path / "ix")]
    with caplog.at_level(logging.INFO, logger="indexer.progress"):
        result = runner.invoke(cli.index_command, args)
    assert result.exit_code == 0, result.output
    messages = [r.getMessage() for r in caplog.records if r.name == "indexer.progress"]
    assert "write: started" in messages
    assert any(m.startswith("write: done, 4/4 (100%)") for m in messages), messages
