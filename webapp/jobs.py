"""Background reindex jobs: one detached ``cinedex index`` process at a time per index.

A job is a separate process started in its own session, so it survives the request, the
gunicorn worker and even a server restart. It reports through ``<index>/status.json``
(written atomically by the indexer's :class:`~indexer.layout.StatusFile`), which every worker
reads. Two locks keep jobs one at a time:

- ``<index>/jobs.lock`` (flock, held for milliseconds) serialises the check-then-spawn of
  every web worker and process, so two concurrent requests cannot both start a job;
- the indexer's ``writer.lock`` guarantees a web build never overlaps a CLI build; a CLI build
  in progress makes :func:`start` refuse too.

A status file left saying ``running`` by a process that no longer exists (killed machine,
``kill -9``) is reported as ``interrupted`` and does not block a new job.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from indexer.layout import IndexLayout, build_running, lock_pid
from indexer.procs import pid_exists

log = logging.getLogger(__name__)

STATUS_FILE = "status.json"
LOG_FILE = "reindex.log"
SPAWN_LOCK = "jobs.lock"
MAX_LOG_BYTES = 1_000_000
# Marks our job in the process table: a reused pid without it is not our job.
JOB_MARKER = "--status-file"
# How long an empty command line (a process being exec'd or exiting) is read again.
CMDLINE_WAIT = 0.5
# The indexer's click command, run without importing Flask (faster start, smaller process).
DEFAULT_COMMAND = (
    sys.executable,
    "-c",
    "import sys; from indexer.cli import index_command; "
    "index_command.main(sys.argv[1:], prog_name='cinedex index')",
)
JOB_FIELDS = (
    "state",
    "mode",
    "pid",
    "started_at",
    "finished_at",
    "stage",
    "done",
    "total",
    "report",
    "error",
)


class JobBusy(Exception):
    """A reindex is already running; ``status`` describes it."""

    def __init__(self, status: dict[str, Any]) -> None:
        super().__init__("a reindex is already running")
        self.status = status


def status_path(index_root: Path) -> Path:
    """Where the jobs of the index at ``index_root`` keep their status."""
    return Path(index_root) / STATUS_FILE


def log_path(index_root: Path) -> Path:
    """Where the jobs of the index at ``index_root`` write their output."""
    return Path(index_root) / LOG_FILE


def pid_alive(pid: object) -> bool:
    """True if ``pid`` is a live (not zombie) process that looks like one of our jobs.

    A process's command line reads empty for a moment while it is being exec'd (just after
    ``Popen`` returns) or is exiting: it is read again for up to :data:`CMDLINE_WAIT` seconds
    before the process is judged, so a job just started is never taken for a dead one.
    """
    if not isinstance(pid, int) or isinstance(pid, bool) or not pid_exists(pid):
        return False
    deadline = time.monotonic() + CMDLINE_WAIT
    while True:
        try:
            cmdline = _cmdline(pid)
        except OSError:
            return pid_exists(pid) and not Path("/proc/self").exists()  # no /proc: trust kill()
        if cmdline or time.monotonic() >= deadline or not pid_exists(pid):
            return JOB_MARKER.encode() in cmdline
        time.sleep(0.01)


def _cmdline(pid: int) -> bytes:
    return (Path("/proc") / str(pid) / "cmdline").read_bytes()


def _blank() -> dict[str, Any]:
    return dict.fromkeys(JOB_FIELDS)


def read_status(index_root: Path) -> dict[str, Any]:
    """The last job's status with every field of :data:`JOB_FIELDS` (``idle`` if none).

    ``running`` whose process is gone becomes ``interrupted``; a build holding the writer
    lock without a job (started from the CLI) is reported as ``running`` with mode ``cli``.
    """
    status = _blank() | {"state": "idle"}
    try:
        data = json.loads(status_path(index_root).read_text("utf-8"))
    except (OSError, ValueError):
        data = None
    if isinstance(data, dict):
        status.update((k, data.get(k)) for k in JOB_FIELDS)
    if status["state"] == "running" and not pid_alive(status["pid"]):
        status["state"] = "interrupted"
        status["error"] = status["error"] or "the reindex process ended without finishing"
    layout = IndexLayout(Path(index_root))
    if status["state"] != "running" and build_running(layout):
        status = _blank() | {"state": "running", "mode": "cli", "pid": lock_pid(layout)}
    return status


@contextlib.contextmanager
def _spawn_lock(index_root: Path) -> Iterator[None]:
    """Serialise check-then-spawn across workers; held only while a job is being started."""
    Path(index_root).mkdir(parents=True, exist_ok=True)
    fd = os.open(Path(index_root) / SPAWN_LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def job_command(
    corpus: Sequence[Path], index_root: Path, full: bool, command: Sequence[str] | None = None
) -> list[str]:
    """The argument list of a reindex process."""
    args = [*(command or DEFAULT_COMMAND)]
    for root in corpus:
        args += ["--corpus", str(Path(root).resolve())]
    args += ["--index", str(Path(index_root).resolve()), "--json"]
    args += [JOB_MARKER, str(status_path(index_root).resolve())]
    return [*args, "--full"] if full else args


def start(
    corpus: Sequence[Path],
    index_root: Path,
    *,
    full: bool = False,
    command: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Start a detached reindex and return its first status; raise :class:`JobBusy` if one runs."""
    index_root = Path(index_root)
    with _spawn_lock(index_root):
        current = read_status(index_root)
        if current["state"] == "running":
            raise JobBusy(current)
        proc = _spawn(job_command(corpus, index_root, full, command), index_root)
        status = _blank() | {
            "state": "running",
            "mode": "full" if full else "incremental",
            "pid": proc.pid,
            "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "stage": "starting",
            "done": 0,
            "total": 0,
        }
        _write_unless_started(index_root, status)
    _reap_later(proc, index_root)
    log.info("reindex started: pid %s, %s", proc.pid, status["mode"])
    return status


def _rotate_log(path: Path) -> None:
    """Keep the job log small: past :data:`MAX_LOG_BYTES` it moves to ``<name>.1``."""
    with contextlib.suppress(OSError):
        if path.stat().st_size > MAX_LOG_BYTES:
            os.replace(path, path.with_name(path.name + ".1"))


def _spawn(args: list[str], index_root: Path) -> subprocess.Popen[bytes]:
    _rotate_log(log_path(index_root))
    with log_path(index_root).open("ab") as out:
        out.write(f"\n--- {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}\n".encode())
        out.flush()
        # own session: no signal for the server's process group (Ctrl-C, gunicorn stop) reaches it
        return subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            close_fds=True,
        )


def _write_unless_started(index_root: Path, status: dict[str, Any]) -> None:
    """Write the first status, unless the job was quick enough to write its own already."""
    path = status_path(index_root)
    with contextlib.suppress(OSError, ValueError):
        if json.loads(path.read_text("utf-8")).get("pid") == status["pid"]:
            return
    _write_status(path, status)


def _write_status(path: Path, status: dict[str, Any]) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.web.tmp")
    tmp.write_text(json.dumps(status, ensure_ascii=False), "utf-8")
    os.replace(tmp, path)


def _reap_later(proc: subprocess.Popen[bytes], index_root: Path) -> None:
    """Wait for the job in a thread: no zombie, and a job that died early is marked failed."""

    def wait() -> None:
        code = proc.wait()
        with _spawn_lock(index_root):
            status = read_status(index_root)
            if status["pid"] == proc.pid and status["state"] in ("running", "interrupted"):
                error = f"the reindex process exited with code {code}: {_log_tail(index_root)}"
                _write_status(status_path(index_root), status | {"state": "failed", "error": error})

    threading.Thread(target=wait, name=f"reindex-{proc.pid}", daemon=True).start()


def _log_tail(index_root: Path, size: int = 400) -> str:
    try:
        data = log_path(index_root).read_bytes()[-size:]
    except OSError:
        return ""
    lines = data.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else ""
