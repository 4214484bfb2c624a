"""Reindexes at the same time and readers during builds: one build runs, the others wait or are
refused with a clear message, never a ``LockError`` traceback nor a corrupt index.

Builds run as real ``cinedex index`` processes (or real web jobs) on ``corpus/`` plus rows of
the shared streaming catalogue, so each build lasts a few seconds.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from test_faults import (
    REPO,
    State,
    assert_clean_exit,
    cinedex,
    index_args,
    make_corpus,
    record,
    run,
    state_of,
)

from indexer import build as builder
from indexer.layout import IndexLayout, build_running
from webapp import create_app, jobs
from webapp.search import IndexUnavailable, SearchService
from webapp.search.types import SearchRequest

TOKEN = "concurrency-token"
BUSY = "another index build is running; try again when it ends"


def start_build(corpus: Path, index: Path, *extra: str) -> subprocess.Popen[str]:
    """Start ``cinedex index --full`` and return once it holds the writer lock."""
    proc = subprocess.Popen(
        index_args(corpus, index, "--full", *extra),
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    wait_until(lambda: build_running(IndexLayout(index)) or proc.poll() is not None)
    assert proc.poll() is None, proc.communicate()
    return proc


def wait_until(condition: Any, timeout: float = 60.0) -> None:
    """Poll ``condition()`` until it is true."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def finish(proc: subprocess.Popen[str]) -> None:
    """Wait for a build process; it must have succeeded without a traceback."""
    out, err = proc.communicate(timeout=300)
    assert_clean_exit(subprocess.CompletedProcess(proc.args, proc.returncode, out, err), 0)


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, State]:
    """A corpus, a pristine index of it and the state every finished build must reach."""
    root = tmp_path_factory.mktemp("concurrency")
    corpus = make_corpus(root / "corpus", 0, 200)
    assert_clean_exit(run(index_args(corpus, root / "pristine", "--full")), 0)
    return corpus, root / "pristine", state_of(root / "pristine")


def fresh_index(setup: tuple[Path, Path, State], tmp_path: Path) -> Path:
    """A copy of the pristine index to build into."""
    shutil.copytree(setup[1], tmp_path / "index", symlinks=True)
    return tmp_path / "index"


def web_app(corpus: Path, index: Path, tmp_path: Path) -> Flask:
    """The web app over ``index`` with the admin on."""
    return create_app({
        "TESTING": True, "INDEX": str(index), "CORPUS": [str(corpus)], "ADMIN_TOKEN": TOKEN,
        "QUERYLOG": str(tmp_path / "querylog.sqlite3"), "SECRET_KEY": "x",
    })  # fmt: skip


def post_reindex(app: Flask) -> tuple[int, dict[str, Any]]:
    """POST /api/admin/reindex (full) with the token."""
    response = app.test_client().post(
        "/api/admin/reindex", json={"full": True}, headers={"X-Admin-Token": TOKEN}
    )
    return response.status_code, response.get_json()


def test_two_cli_builds_one_refused_one_waits(
    setup: tuple[Path, Path, State], tmp_path: Path
) -> None:
    corpus, _, expected = setup
    index = fresh_index(setup, tmp_path)
    first = start_build(corpus, index)
    os.kill(first.pid, signal.SIGSTOP)  # a slow build: it holds the lock while others try
    try:
        refused = run(cinedex("index", "--corpus", corpus, "--index", index))
        waiting = subprocess.Popen(
            cinedex("index", "--corpus", corpus, "--index", index, "--wait", "120"),
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
    finally:
        os.kill(first.pid, signal.SIGCONT)
    finish(first)
    finish(waiting)
    assert_clean_exit(refused, 1)
    assert refused.stderr == f"Error: {BUSY}\n"
    assert state_of(index) == expected
    record("concurrent", case="two CLI builds", outcome="one refused (exit 1), one waited")


def test_cli_build_refuses_a_web_reindex(setup: tuple[Path, Path, State], tmp_path: Path) -> None:
    corpus, _, expected = setup
    index = fresh_index(setup, tmp_path)
    proc = start_build(corpus, index)
    status, body = post_reindex(web_app(corpus, index, tmp_path))
    finish(proc)
    assert (status, body["error"]["code"], body["job"]["state"]) == (
        409,
        "reindex_running",
        "running",
    )
    assert state_of(index) == expected
    record("concurrent", case="CLI build, then web reindex", outcome="web refused with 409")


def test_web_reindex_refuses_a_cli_build(setup: tuple[Path, Path, State], tmp_path: Path) -> None:
    corpus, _, expected = setup
    index = fresh_index(setup, tmp_path)
    status, _ = post_reindex(web_app(corpus, index, tmp_path))
    assert status == 202
    wait_until(lambda: build_running(IndexLayout(index)))
    pid = jobs.read_status(index)["pid"]
    os.kill(pid, signal.SIGSTOP)  # a slow job: it holds the lock while the CLI tries
    try:
        refused = run(cinedex("index", "--corpus", corpus, "--index", index))
    finally:
        os.kill(pid, signal.SIGCONT)
    wait_until(lambda: not _job_running(index), timeout=300)
    assert jobs.read_status(index)["state"] == "finished"
    assert_clean_exit(refused, 1)
    assert refused.stderr == f"Error: {BUSY}\n"
    assert state_of(index) == expected
    record("concurrent", case="web reindex, then CLI build", outcome="CLI refused (exit 1)")


def _job_running(index: Path) -> bool:
    return bool(jobs.read_status(index)["state"] == "running")


def test_two_web_requests_at_once_start_one_job(
    setup: tuple[Path, Path, State], tmp_path: Path
) -> None:
    corpus, _, expected = setup
    index = fresh_index(setup, tmp_path)
    app = web_app(corpus, index, tmp_path)
    answers: list[int] = []
    barrier = threading.Barrier(2)

    def request() -> None:
        barrier.wait()
        answers.append(post_reindex(app)[0])

    threads = [threading.Thread(target=request) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(answers) == [202, 409]
    wait_until(lambda: not _job_running(index), timeout=300)
    assert jobs.read_status(index)["state"] == "finished"
    assert state_of(index) == expected
    record("concurrent", case="two web reindex requests at once", outcome="one 202, one 409")


@pytest.mark.parametrize("mode", ["full", pytest.param("incremental", marks=pytest.mark.slow)])
def test_readers_see_old_or_new_during_a_build(
    setup: tuple[Path, Path, State], tmp_path: Path, mode: str
) -> None:
    index = fresh_index(setup, tmp_path)
    before = state_of(index)
    bigger = make_corpus(tmp_path / "bigger", 100, 200)
    args = index_args(bigger, index, *(["--full"] if mode == "full" else []))
    proc = subprocess.Popen(args, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen: list[State] = []
    unavailable = 0
    while proc.poll() is None:
        try:
            seen.append(state_of(index))
        except IndexUnavailable:  # must not happen: see the test below
            unavailable += 1
    assert proc.wait() == 0
    after = state_of(index)
    assert (after != before, unavailable) == (True, 0)
    # each read (the fingerprints, each search) sees one generation: the old or the new
    for state in seen:
        assert state.prints in (before.prints, after.prints)
        for i, answer in enumerate(state.answers):
            assert answer in (before.answers[i], after.answers[i]), i
    record(
        "concurrent",
        case=f"reads during a {mode} build",
        reads=len(seen),
        unavailable=unavailable,
        outcome="old or new",
    )


def test_a_reader_right_after_the_swap_sees_the_new_index(
    setup: tuple[Path, Path, State], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the manifest (schema version) must be in place before readers can reach the new build
    corpus, _, _ = setup
    index = fresh_index(setup, tmp_path)
    swap = builder._swap
    answers: list[int] = []

    def swap_then_read(layout: IndexLayout, final: Path) -> None:
        swap(layout, final)
        answers.append(SearchService(index).search(SearchRequest()).total)

    monkeypatch.setattr(builder, "_swap", swap_then_read)
    builder.build([corpus], index, full=True)
    assert answers == [state_of(index).answers[0][0]]
