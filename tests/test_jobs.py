"""Background reindex jobs: status file, stale jobs, one job at a time, real builds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from e2e_support import add_new_film, hold_command, wait_for_job

from indexer.layout import IndexLayout, index_stats, writer_lock
from webapp import jobs


@pytest.fixture
def held(tmp_path: Path) -> Any:
    """A job command that runs until the returned release() is called."""
    release_file = tmp_path / "release"
    command = hold_command(release_file)

    def release() -> None:
        release_file.touch()

    yield command, release
    release()


def write_status(index: Path, **fields: Any) -> None:
    index.mkdir(parents=True, exist_ok=True)
    jobs.status_path(index).write_text(json.dumps(fields), "utf-8")


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def blank(**fields: Any) -> dict[str, Any]:
    return dict.fromkeys(jobs.JOB_FIELDS) | fields


def test_no_job_yet_is_idle(tmp_path: Path) -> None:
    assert jobs.read_status(tmp_path) == blank(state="idle")


@pytest.mark.parametrize(
    "pid", [None, "123", True, 0, -5, "not a pid"], ids=["none", "str", "bool", "0", "neg", "text"]
)
def test_pid_alive_rejects_non_pids(pid: object) -> None:
    assert jobs.pid_alive(pid) is False


def test_pid_alive_dead_and_foreign_processes() -> None:
    assert jobs.pid_alive(dead_pid()) is False
    # alive, but not one of our jobs (no marker): a reused pid must not block reindexing
    assert jobs.pid_alive(os.getpid()) is False


def test_pid_alive_waits_out_an_empty_command_line(monkeypatch: Any) -> None:
    # just after Popen returns (exec in progress) or while a process exits, its command line
    # reads empty: a job just started must not be taken for a dead one
    reads = iter([b"", b"", b"python\0-c\0...\0" + jobs.JOB_MARKER.encode()])
    monkeypatch.setattr(jobs, "_cmdline", lambda pid: next(reads))
    assert jobs.pid_alive(os.getpid()) is True
    # a command line that stays empty is no job of ours (after the wait)
    monkeypatch.setattr(jobs, "CMDLINE_WAIT", 0.05)
    monkeypatch.setattr(jobs, "_cmdline", lambda pid: b"")
    assert jobs.pid_alive(os.getpid()) is False


def test_stale_running_status_is_interrupted(tmp_path: Path) -> None:
    pid = dead_pid()
    write_status(tmp_path, state="running", pid=pid, mode="full", stage="write", done=3, total=9)
    assert jobs.read_status(tmp_path) == blank(
        state="interrupted",
        pid=pid,
        mode="full",
        stage="write",
        done=3,
        total=9,
        error="the reindex process ended without finishing",
    )


@pytest.mark.parametrize("text", ["", "{not json", "[1, 2]", '"running"'])
def test_unreadable_status_file_is_idle(tmp_path: Path, text: str) -> None:
    tmp_path.joinpath(jobs.STATUS_FILE).write_text(text, "utf-8")
    assert jobs.read_status(tmp_path) == blank(state="idle")


def test_cli_build_holding_the_writer_lock_is_running(tmp_path: Path, corpus: Path) -> None:
    with writer_lock(IndexLayout(tmp_path)):
        status = jobs.read_status(tmp_path)
        assert status == blank(state="running", mode="cli", pid=os.getpid())
        with pytest.raises(jobs.JobBusy) as busy:
            jobs.start([corpus], tmp_path)
        assert busy.value.status == status
    assert jobs.read_status(tmp_path)["state"] == "idle"


def test_job_command(tmp_path: Path) -> None:
    args = jobs.job_command([tmp_path / "c"], tmp_path / "i", full=True, command=["x"])
    status = str(tmp_path / "i" / jobs.STATUS_FILE)
    assert args == [
        "x", "--corpus", str(tmp_path / "c"), "--index", str(tmp_path / "i"), "--json",
        "--status-file", status, "--full",
    ]  # fmt: skip


def test_second_start_while_running_is_refused(tmp_path: Path, corpus: Path, held: Any) -> None:
    command, release = held
    first = jobs.start([corpus], tmp_path, full=True, command=command)
    assert first == blank(
        state="running",
        mode="full",
        pid=first["pid"],
        started_at=first["started_at"],
        stage="starting",
        done=0,
        total=0,
    )
    assert jobs.read_status(tmp_path) == first
    with pytest.raises(jobs.JobBusy) as busy:
        jobs.start([corpus], tmp_path, command=command)
    assert busy.value.status == first
    release()
    # the stand-in exits 0 without writing a status: the reaper marks it failed
    done = wait_for_job(lambda: jobs.read_status(tmp_path), timeout=10)
    assert done["state"] == "failed"
    assert done["error"].startswith("the reindex process exited with code 0")


def test_concurrent_starts_start_one_job(tmp_path: Path, corpus: Path, held: Any) -> None:
    command, _ = held
    outcomes: list[str] = []

    def attempt() -> None:
        try:
            jobs.start([corpus], tmp_path, command=command)
            outcomes.append("started")
        except jobs.JobBusy:
            outcomes.append("busy")

    threads = [threading.Thread(target=attempt) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["busy"] * 5 + ["started"]


def test_job_runs_in_its_own_session(tmp_path: Path, corpus: Path, held: Any) -> None:
    command, _ = held
    job = jobs.start([corpus], tmp_path, command=command)
    # a signal to the server's process group (Ctrl-C, gunicorn stop) does not reach the job
    assert os.getsid(job["pid"]) == job["pid"] != os.getsid(0)


def test_real_incremental_reindex_adds_a_film(index: Path, corpus: Path) -> None:
    add_new_film(corpus)
    job = jobs.start([corpus], index)
    assert job["state"] == "running"
    done = wait_for_job(lambda: jobs.read_status(index))
    assert done["state"] == "finished", (done, jobs.log_path(index).read_text("utf-8"))
    report = done["report"]
    assert (report["mode"], report["films_added"], report["films_total"]) == ("incremental", 1, 5)
    assert index_stats(IndexLayout(index))["films"] == 5  # type: ignore[index]
    assert "--- " in jobs.log_path(index).read_text("utf-8")


def test_failed_reindex_reports_the_error(tmp_path: Path) -> None:
    jobs.start([tmp_path / "no-such-corpus"], tmp_path / "index")
    done = wait_for_job(lambda: jobs.read_status(tmp_path / "index"))
    assert done["state"] == "failed"
    assert "no such file or folder" in done["error"]


def test_restart_does_not_block_after_a_killed_job(tmp_path: Path, corpus: Path) -> None:
    # the server died with the job: no reaper thread saw it end; only the status file remains
    proc = subprocess.Popen([sys.executable, "-c", "pass", jobs.JOB_MARKER])
    write_status(tmp_path / "index", state="running", pid=proc.pid, mode="full")
    proc.wait()
    assert jobs.read_status(tmp_path / "index")["state"] == "interrupted"
    job = jobs.start([corpus], tmp_path / "index", full=True)
    done = wait_for_job(lambda: jobs.read_status(tmp_path / "index"))
    log = jobs.log_path(tmp_path / "index").read_text("utf-8")
    assert (done["state"], done["pid"]) == ("finished", job["pid"]), (done, log)
    deadline = time.monotonic() + 5
    while jobs.pid_alive(job["pid"]) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not jobs.pid_alive(job["pid"])


def test_job_log_is_rotated(tmp_path: Path, corpus: Path, held: Any, monkeypatch: Any) -> None:
    command, _ = held
    monkeypatch.setattr(jobs, "MAX_LOG_BYTES", 10)
    jobs.log_path(tmp_path).write_text("old output of earlier jobs\n", "utf-8")
    jobs.start([corpus], tmp_path, command=command)
    assert jobs.log_path(tmp_path).with_name("reindex.log.1").read_text("utf-8") == (
        "old output of earlier jobs\n"
    )
    assert jobs.log_path(tmp_path).read_text("utf-8").startswith("\n--- ")
