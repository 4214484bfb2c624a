"""Per-client rate limits: a token bucket per client, shared by every worker of a server.

A client may send ``burst`` requests at once and ``rate`` a second after that; past it the
request is refused with 429 and ``Retry-After``. A request that turned out expensive can be
charged more tokens once it is done (:meth:`RateLimiter.charge`); the balance may go below
zero, so a client whose queries cost seconds waits until it has paid them back.

Where the buckets live:

- :class:`SharedBuckets`: a small memory-mapped file that every gunicorn worker of one server
  maps (``cinedex serve`` makes one per server), so a client has one bucket however its
  connections are spread over the workers. An update is a read-modify-write of 24 bytes under
  a thread lock and an ``flock``: no write reaches the disk on the request's path (the kernel
  writes the page back when it likes), and a worker killed mid-update leaves no lock behind.
  The table has a fixed number of slots in sets of :data:`WAYS`; a new client takes the least
  recently used slot of its set, so memory is bounded and a forgotten client starts full.
- :class:`MemoryBuckets`: in one process's memory (tests, ``flask run``, the admin throttle's
  fallback), the least recently seen clients forgotten beyond ``max_clients``.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import math
import mmap
import os
import struct
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

#: (tokens, time of that level) of one client, or None for a client not seen (or forgotten)
Level = tuple[float, float]
#: what an update does with a client's level: (new level, what the caller gets back)
Update = Callable[[Level | None], tuple[Level, int]]

#: slots per set of the shared table (a client's slot is one of the WAYS of its set)
WAYS = 4
_SLOT = struct.Struct("<qdd")  # client hash (0: empty), tokens, time
_MAGIC = b"cinedex-buckets-1\n"


class MemoryBuckets:
    """Buckets in this process's memory (least recently seen forgotten beyond ``max_clients``)."""

    def __init__(self, max_clients: int = 10_000) -> None:
        self.max_clients = max_clients
        self._levels: OrderedDict[str, Level] = OrderedDict()
        self._lock = threading.Lock()

    def update(self, key: str, change: Update) -> int:
        """Apply ``change`` to ``key``'s level atomically; what it returns."""
        with self._lock:
            level, out = change(self._levels.get(key))
            self._levels[key] = level
            self._levels.move_to_end(key)
            while len(self._levels) > self.max_clients:
                self._levels.popitem(last=False)
        return out

    def __len__(self) -> int:
        return len(self._levels)


class SharedBuckets:
    """Buckets in a memory-mapped file shared by the processes that open the same ``path``."""

    def __init__(self, path: Path | str, max_clients: int = 10_000) -> None:
        self.path = Path(path)
        self.sets = max(1, math.ceil(max_clients / WAYS))
        size = len(_MAGIC) + self.sets * WAYS * _SLOT.size
        self._lock = threading.Lock()
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX)
            try:  # the first process to come sizes the file; a file of another size is remade
                if (
                    os.pread(self._fd, len(_MAGIC), 0) != _MAGIC
                    or os.fstat(self._fd).st_size != size
                ):
                    os.ftruncate(self._fd, 0)
                    os.ftruncate(self._fd, size)
                    os.pwrite(self._fd, _MAGIC, 0)
            finally:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
            self._map = mmap.mmap(self._fd, size)
        except BaseException:
            os.close(self._fd)
            raise

    def update(self, key: str, change: Update) -> int:
        """Apply ``change`` to ``key``'s level atomically across processes; what it returns."""
        digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        tag = int.from_bytes(digest, "little", signed=True) or 1
        first = len(_MAGIC) + (tag % self.sets) * WAYS * _SLOT.size
        with self._lock:
            fcntl.flock(self._fd, fcntl.LOCK_EX)
            try:
                offset, level = self._find(first, tag)
                new, out = change(level)
                _SLOT.pack_into(self._map, offset, tag, *new)
            finally:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        return out

    def _find(self, first: int, tag: int) -> tuple[int, Level | None]:
        """The slot of ``tag`` in its set and its level, else the least recently used slot."""
        oldest, oldest_time = first, math.inf
        for offset in range(first, first + WAYS * _SLOT.size, _SLOT.size):
            found, tokens, then = _SLOT.unpack_from(self._map, offset)
            if found == tag:
                return offset, (tokens, then)
            stamp = -math.inf if found == 0 else then
            if stamp < oldest_time:
                oldest, oldest_time = offset, stamp
        return oldest, None

    def close(self) -> None:
        """Unmap the file and close it."""
        self._map.close()
        os.close(self._fd)


class RateLimiter:
    """Token buckets keyed by client, in this process (default) or shared through ``path``."""

    def __init__(
        self,
        rate: float,
        burst: float,
        *,
        max_clients: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
        path: Path | str | None = None,
    ) -> None:
        self.rate = rate
        self.burst = burst
        self.clock = clock  # shared buckets need a clock every process reads alike
        self.buckets: MemoryBuckets | SharedBuckets = MemoryBuckets(max_clients)
        if path is not None and self.enabled:
            try:
                self.buckets = SharedBuckets(path, max_clients)
            except OSError as exc:
                log.warning("rate limits %s: %s; each process counts on its own", path, exc)

    @property
    def enabled(self) -> bool:
        """False when configured off (a rate or burst of 0)."""
        return self.rate > 0 and self.burst > 0

    def _level(self, level: Level | None, now: float) -> float:
        tokens, then = level if level is not None else (self.burst, now)
        return min(self.burst, tokens + max(0.0, now - then) * self.rate)

    def _seconds(self, tokens: float) -> int:
        return 0 if tokens >= 1 else max(1, math.ceil((1 - tokens) / self.rate))

    def wait(self, key: str) -> int:
        """Seconds (rounded up) before ``key`` may go on; 0 when it may go on now."""
        if not self.enabled:
            return 0
        now = self.clock()

        def look(level: Level | None) -> tuple[Level, int]:
            return level or (self.burst, now), self._seconds(self._level(level, now))

        return self.buckets.update(key, look)

    def charge(self, key: str, tokens: float) -> None:
        """Take ``tokens`` more from ``key`` (after an expensive request); may go negative."""
        if not self.enabled or tokens <= 0:
            return
        now = self.clock()
        self.buckets.update(key, lambda level: ((self._level(level, now) - tokens, now), 0))

    def take(self, key: str) -> int:
        """Spend one token of ``key``: 0 if there was one, else the seconds to wait."""
        if not self.enabled:
            return 0
        now = self.clock()

        def spend(level: Level | None) -> tuple[Level, int]:
            tokens = self._level(level, now)
            if tokens >= 1:
                return (tokens - 1, now), 0
            return (tokens, now), self._seconds(tokens)

        return self.buckets.update(key, spend)
