"""indexer.progress: a bar on a terminal, log lines with counts and rate elsewhere."""

from __future__ import annotations

import logging
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
