"""A full build killed on Whoosh's parallel writer path (``procs=2``, normally from 20,000
documents; forced here with ``CINEDEX_PARALLEL_FROM=1`` on a small corpus): its helper
processes die with it, the writer lock is free, the status never shows the dead pid as
running, and the next build succeeds. A lock held by an orphan of a dead build is broken.

The same kill at full scale, 20 times at random points, runs in ``bench/reliability.py``.
"""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from test_faults import REPO, assert_clean_exit, index_args, make_corpus, run, state_of

from bench.killloop import children
from indexer.layout import IndexLayout, build_held, build_running, writer_lock
from indexer.procs import holders, pid_exists
from webapp import jobs


def wait_for(condition: Callable[[], object], seconds: float = 15.0) -> bool:
    """Poll ``condition`` until it is true or ``seconds`` pass; its last value as a bool."""
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    return bool(condition())


def test_killed_parallel_build_leaves_no_helpers_and_no_lock(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus", 0, 400)
    index = tmp_path / "index"
    assert_clean_exit(run(index_args(corpus, index, "--full")), 0)
    before = state_of(index)
    env = os.environ | {"CINEDEX_PARALLEL_FROM": "1"}
    proc = subprocess.Popen(index_args(corpus, index, "--full"), cwd=REPO, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    assert wait_for(lambda: children(proc.pid) or proc.poll() is not None, 120)
    helpers = sorted(children(proc.pid))
    assert helpers, "the build finished before its writer helpers were seen"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    try:
        assert wait_for(lambda: not any(pid_exists(p) for p in helpers)), "helpers outlived it"
    finally:
        for pid in helpers:  # never leave them behind, even when the test fails
            if pid_exists(pid):
                os.kill(pid, signal.SIGKILL)
    layout = IndexLayout(index)
    assert not build_held(layout)
    assert jobs.read_status(index)["state"] == "interrupted"
    assert state_of(index) == before
    assert_clean_exit(run(index_args(corpus, index, "--full"), env=env), 0)
    assert state_of(index) == before


def stale_lock(tmp_path: Path) -> tuple[IndexLayout, subprocess.Popen[bytes]]:
    """An index whose writer lock names a dead build and is held by an orphan that inherited it
    (as Whoosh's helpers did before they were made to drop it and die with their parent)."""
    layout = IndexLayout(tmp_path / "index")
    layout.root.mkdir()
    fd = os.open(layout.lock, os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)
    orphan = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], pass_fds=(fd,))
    os.close(fd)
    layout.lock.write_text("999999999")  # the dead build's pid
    return layout, orphan


def test_stale_lock_of_a_dead_build_is_broken_and_not_shown_as_running(tmp_path: Path) -> None:
    layout, orphan = stale_lock(tmp_path)
    try:
        assert build_held(layout) and not build_running(layout)
        assert jobs.read_status(layout.root)["state"] == "idle"
        with writer_lock(layout, wait=5):
            assert build_running(layout)
        assert wait_for(lambda: orphan.poll() is not None, 5)
    finally:
        orphan.kill()
        orphan.wait()


def test_breaking_a_stale_lock_kills_its_holder_not_a_build_waiting_for_it(tmp_path: Path) -> None:
    layout, orphan = stale_lock(tmp_path)
    # another build that has opened the lock file and waits for the lock (it does not hold it)
    waiting = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import os, time; fd = os.open({str(layout.lock)!r}, os.O_RDWR); time.sleep(60)",
        ]
    )
    try:
        assert wait_for(lambda: len(holders(layout.lock)) == 2, 5)  # both have the file open
        with writer_lock(layout, wait=5):
            assert build_running(layout)
        assert wait_for(lambda: orphan.poll() is not None, 5)
        assert waiting.poll() is None, "a build waiting for the lock was killed"
    finally:
        for proc in (orphan, waiting):
            proc.kill()
            proc.wait()
