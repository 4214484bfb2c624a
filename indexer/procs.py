"""Processes a build forks, and processes that hold a file: the Linux parts of the writer lock
(:func:`indexer.layout.writer_lock`).

While a build holds the writer lock it calls :func:`drop_in_children` with the lock's
descriptor: every process forked from then on (Whoosh's ``procs=N`` writer tasks) closes its
copy and asks Linux to kill it when the build dies (``prctl(PR_SET_PDEATHSIG)``), so a killed
build never leaves helpers that keep the lock.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import functools
import os
import signal
import tempfile
from pathlib import Path

#: the descriptor forked children must close, and the pid of the process that holds it
_held: dict[str, int] = {}
#: Linux ``prctl`` option: the signal a process gets when its parent dies
PR_SET_PDEATHSIG = 1


def drop_in_children(fd: int | None) -> None:
    """From now on, forked children close ``fd`` and die with this process (None: stop)."""
    _held.clear()
    if fd is not None:
        _held.update(fd=fd, pid=os.getpid())


def _after_fork_in_child() -> None:
    if not _held:
        return
    fd, parent = _held.pop("fd"), _held.pop("pid")
    with contextlib.suppress(OSError):
        os.close(fd)
    die_with_parent(parent)


def die_with_parent(parent: int) -> None:
    """Ask Linux to SIGKILL this process when ``parent`` dies (exit now if it already has)."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


os.register_at_fork(after_in_child=_after_fork_in_child)


def pid_exists(pid: int | None) -> bool:
    """True if ``pid`` is a process that has not exited (zombies count as exited)."""
    if pid is None or pid <= 0:
        return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return not Path("/proc/self").exists()  # no /proc (not Linux): trust kill()
    return stat.rpartition(")")[2].split()[:1] not in (["Z"], ["X"])


def holders(path: Path, locked: bool = False) -> list[int]:
    """The other processes with ``path`` open (Linux ``/proc``; [] elsewhere).

    ``locked``: only those whose open file holds a lock on it (the ``lock:`` lines of
    ``/proc/PID/fdinfo/FD``), so a build that has the lock file open while it waits for the
    lock is no holder; where no open file shows a lock line (a kernel without them), every
    process with the file open."""
    target = os.path.realpath(path)
    opened: list[int] = []
    locking: list[int] = []
    for fd_dir in Path("/proc").glob("[0-9]*/fd"):
        with contextlib.suppress(OSError):
            fds = [fd for fd in fd_dir.iterdir() if os.readlink(fd) == target]
            if fds:
                opened.append(int(fd_dir.parent.name))
                if locked and any(_holds_lock(fd_dir.parent / "fdinfo" / fd.name) for fd in fds):
                    locking.append(int(fd_dir.parent.name))
    found = locking if locked and _fdinfo_shows_locks() else opened
    return [pid for pid in found if pid != os.getpid()]


def _holds_lock(fdinfo: Path) -> bool:
    with contextlib.suppress(OSError):
        return any(line.startswith("lock:") for line in fdinfo.read_text().splitlines())
    return False


@functools.cache
def _fdinfo_shows_locks() -> bool:
    """True if this kernel writes an open file's locks in its ``fdinfo`` (tried once on a
    temporary file)."""
    with contextlib.suppress(OSError), tempfile.TemporaryFile() as probe:
        fcntl.flock(probe.fileno(), fcntl.LOCK_EX)
        return _holds_lock(Path(f"/proc/self/fdinfo/{probe.fileno()}"))
    return False
