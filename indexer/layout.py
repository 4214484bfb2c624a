"""The index folder: where things live, who may write, and what other processes can read.

Layout of the index folder::

    index/
      current -> builds/<name>     symlink to the live Whoosh index (swapped atomically)
      builds/<name>/               Whoosh files + manifest.json + ledger.sqlite
      cache/<sha256>.pickle        what each document version extracted to
      writer.lock                  held by the one build that may run
      status.json                  progress of a build started with --status-file

Readers (the search service, ``cinedex stats``, the admin page) only ever follow ``current``;
builds (:mod:`indexer.build`) hold the writer lock.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import json
import logging
import os
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from indexer import schema
from indexer.procs import drop_in_children, holders, pid_exists

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"


class BuildError(Exception):
    """A build could not complete; the live index is unchanged."""


class BuildBusy(BuildError):
    """Another build holds the writer lock."""


@dataclass(frozen=True)
class IndexLayout:
    """Where the parts of an index folder live."""

    root: Path

    @property
    def current(self) -> Path:
        return self.root / "current"

    @property
    def builds(self) -> Path:
        return self.root / "builds"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    @property
    def lock(self) -> Path:
        return self.root / "writer.lock"

    def current_target(self) -> Path:
        """Where ``current`` points now (one ``readlink``; no check that an index is there)."""
        return Path(os.path.realpath(self.current))

    def live(self) -> Path | None:
        """The folder of the live index, or None before the first build."""
        if not self.current.is_symlink() and not self.current.is_dir():
            return None
        target = self.current_target()
        return target if whoosh_index.exists_in(str(target)) else None

    def manifest(self) -> dict[str, Any]:
        """The live index's manifest ({} when there is none)."""
        live = self.live()
        if live is None or not (live / MANIFEST).exists():
            return {}
        try:
            data = json.loads((live / MANIFEST).read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}


def os_error_message(exc: OSError) -> str:
    """A one-line message for a failed index write that says the old index still serves."""
    if exc.errno == errno.ENOSPC:
        return "the disk is full; the previous index is still serving"
    if exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
        return f"cannot write the index ({exc.strerror}); the previous index is still serving"
    return f"index write failed: {exc}; the previous index is still serving"


# --------------------------------------------------------------------------- locking


PROBE_GRACE = 0.5
"""Seconds a build tries the writer lock even with ``wait=0``: far longer than a probe holds it."""


@contextlib.contextmanager
def writer_lock(layout: IndexLayout, wait: float = 0.0) -> Iterator[None]:
    """Hold the index's writer lock; raise :class:`BuildBusy` if ``wait`` seconds pass.

    An ``flock`` dies with its process, and the processes a build forks drop it and die with
    the build (:mod:`indexer.procs`). A lock still held after its build died (helpers
    of older code, or started where ``prctl`` is missing) is stale: its holders are killed.

    ``flock`` has no test operation, so :func:`build_held` probes by taking the lock for an
    instant; a build therefore tries for at least :data:`PROBE_GRACE` seconds, so that a status
    page or a poller looking at the lock at that instant does not refuse it as busy.
    """
    try:
        layout.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(layout.lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:  # a read-only or missing index folder is a user error, not a crash
        raise BuildError(os_error_message(exc)) from exc
    deadline = time.monotonic() + max(wait, PROBE_GRACE)
    try:
        while not _try_lock(fd):
            if _break_stale(layout):
                continue
            if time.monotonic() >= deadline:
                raise BuildBusy("another index build is running; try again when it ends")
            time.sleep(0.02)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        drop_in_children(fd)
        yield
    finally:
        drop_in_children(None)
        os.close(fd)


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def lock_pid(layout: IndexLayout) -> int | None:
    """The pid the writer lock file names (the build that took it last), or None."""
    try:
        return int(layout.lock.read_text().strip())
    except (OSError, ValueError):
        return None


def _stale(layout: IndexLayout) -> bool:
    """The lock is held but the build that took it has died (checked twice, 0.2 s apart, so a
    build that has just taken the lock and not yet written its pid is not mistaken for it)."""
    first = lock_pid(layout)
    if pid_exists(first) or not build_held(layout):
        return False
    time.sleep(0.2)
    return lock_pid(layout) == first and build_held(layout)


def lock_holders(layout: IndexLayout) -> list[int]:
    """The processes that hold the writer lock (Linux ``/proc``; [] elsewhere): not a build
    that has the file open while it waits for the lock."""
    return holders(layout.lock, locked=True)


def _break_stale(layout: IndexLayout) -> bool:
    """Kill what holds a stale lock; True if something was killed (then try the lock again)."""
    if not _stale(layout):
        return False
    # twice, 0.2 s apart: a reader that opened the file for a moment (build_held) is not a holder
    first = set(lock_holders(layout))
    time.sleep(0.2)
    doomed = sorted(first & set(lock_holders(layout)))
    for pid in doomed:
        log.warning("killing pid %d: it holds the writer lock of a build that died", pid)
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 5
    while any(pid_exists(pid) for pid in doomed) and time.monotonic() < deadline:
        time.sleep(0.05)
    return bool(doomed)


def build_held(layout: IndexLayout) -> bool:
    """True while some process holds the writer lock (a build, or helpers of a dead one)."""
    if not layout.lock.exists():
        return False
    try:
        fd = os.open(layout.lock, os.O_RDWR)
    except OSError:
        return False
    try:
        return not _try_lock(fd)
    finally:
        os.close(fd)


def build_running(layout: IndexLayout) -> bool:
    """True while a live build holds the writer lock (a stale lock is not a running build)."""
    return build_held(layout) and pid_exists(lock_pid(layout))


def write_json(path: Path, data: Any) -> None:
    """Write ``data`` as compact JSON, atomically (temp file + rename)."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")
    os.replace(tmp, path)


def index_stats(layout: IndexLayout) -> dict[str, Any] | None:
    """What the live index holds: counts, schema version, build, generation and last report."""
    live = layout.live()
    if live is None:
        return None
    manifest = layout.manifest()
    ix = whoosh_index.open_dir(str(live))
    with ix.searcher() as searcher:
        films = searcher.doc_frequency(schema.KIND, schema.FILM)
        quotes = searcher.doc_frequency(schema.KIND, schema.QUOTE)
        generation = ix.latest_generation()
    return {
        "index": str(live.name),
        "schema_version": manifest.get("schema_version"),
        "generation": generation,
        "films": films,
        "quotes": quotes,
        "documents": len(manifest.get("documents", {})),
        "build_running": build_running(layout),
        "last_build": manifest.get("report", {}),
    }


class StatusFile:
    """A build's progress as a small JSON file that other processes (the web app) can read.

    Written atomically (temp file + rename) and at most a few times a second.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.data: dict[str, Any] = {}
        self._last = 0.0

    def _write(self, force: bool = True) -> None:
        now = time.monotonic()
        if not force and now - self._last < 0.25:
            return
        self._last = now
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(self.data, ensure_ascii=False), "utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:  # the status is advisory: a full disk must not crash the build
            log.warning("cannot write the build status %s: %s", self.path, exc)
            tmp.unlink(missing_ok=True)

    def start(self, full: bool) -> None:
        """Mark the build as running."""
        self.data = {
            "state": "running",
            "pid": os.getpid(),
            "mode": "full" if full else "incremental",
            "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "stage": "start",
            "done": 0,
            "total": 0,
        }
        self._write()

    def progress(self, stage: str, done: int, total: int) -> None:
        """Record progress (throttled)."""
        changed = stage != self.data.get("stage")
        self.data.update(stage=stage, done=done, total=total)
        self._write(force=changed)

    def finish(self, report: dict[str, Any]) -> None:
        """Mark the build as finished with its report."""
        self.data.update(state="finished", report=report, finished_at=now_utc())
        self._write()

    def fail(self, error: str) -> None:
        """Mark the build as failed with a message."""
        self.data.update(state="failed", error=error, finished_at=now_utc())
        self._write()


def now_utc() -> str:
    """The current UTC time as an ISO 8601 string."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
