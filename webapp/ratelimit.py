"""Per-client rate limits: a token bucket per client, in each worker's memory.

A client may send ``burst`` requests at once and ``rate`` a second after that; past it the
request is refused with 429 and ``Retry-After``. A request that turned out expensive can be
charged more tokens once it is done (:meth:`RateLimiter.charge`); the balance may go below
zero, so a client whose queries cost seconds waits until it has paid them back.

Buckets live in one worker (gunicorn runs a few), so a client gets at most ``workers`` times
the limit: fine against floods and guessing, which is what these limits are for. Memory is
bounded: the least recently seen clients are forgotten beyond ``max_clients``.
"""

from __future__ import annotations

import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable


class RateLimiter:
    """Token buckets keyed by client."""

    def __init__(
        self,
        rate: float,
        burst: float,
        *,
        max_clients: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = rate
        self.burst = burst
        self.max_clients = max_clients
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        """False when configured off (a rate or burst of 0)."""
        return self.rate > 0 and self.burst > 0

    def _level(self, key: str, now: float) -> float:
        tokens, then = self._buckets.get(key, (self.burst, now))
        return min(self.burst, tokens + (now - then) * self.rate)

    def wait(self, key: str) -> int:
        """Seconds (rounded up) before ``key`` may go on; 0 when it may go on now."""
        if not self.enabled:
            return 0
        with self._lock:
            tokens = self._level(key, self.clock())
        return 0 if tokens >= 1 else max(1, math.ceil((1 - tokens) / self.rate))

    def charge(self, key: str, tokens: float) -> None:
        """Take ``tokens`` more from ``key`` (after an expensive request); may go negative."""
        if not self.enabled or tokens <= 0:
            return
        with self._lock:
            now = self.clock()
            self._buckets[key] = (self._level(key, now) - tokens, now)
            self._buckets.move_to_end(key)

    def take(self, key: str) -> int:
        """Spend one token of ``key``: 0 if there was one, else the seconds to wait."""
        if not self.enabled:
            return 0
        with self._lock:
            now = self.clock()
            tokens = self._level(key, now)
            allowed = tokens >= 1
            self._buckets[key] = (tokens - 1 if allowed else tokens, now)
            self._buckets.move_to_end(key)
            while len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)
        return 0 if allowed else max(1, math.ceil((1 - tokens) / self.rate))
