"""Wrong admin tokens, counted per client across every worker, so guessing stops after a few.

Each failure is a row (client, time) in the admin's SQLite file beside the index
(:data:`webapp.sessions.FILE`), shared by all gunicorn workers and kept over restarts. A
client with ``limit`` failures in the last ``window`` seconds is throttled until the oldest of
them leaves the window. Rows older than the window are deleted as new ones come, and at most
:data:`MAX_ROWS` are kept (many addresses guessing at once cannot grow the file). If the file
fails, each worker falls back to counting in memory (:class:`~webapp.ratelimit.RateLimiter`).
"""

from __future__ import annotations

import logging
import math
import sqlite3
import time
from pathlib import Path

from webapp.ratelimit import RateLimiter
from webapp.store import SqliteFile

log = logging.getLogger(__name__)

MAX_ROWS = 10_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS failures (client TEXT NOT NULL, at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS failures_client ON failures (client, at);
CREATE INDEX IF NOT EXISTS failures_at ON failures (at);
"""


class FailureThrottle:
    """Count wrong tokens per client; say how long a client must wait."""

    def __init__(self, path: Path | str, limit: int, window: float) -> None:
        self.db = SqliteFile(path, _SCHEMA)
        self.limit = limit
        self.window = window
        self.memory = RateLimiter(limit / window, limit)

    def wait(self, client: str) -> int:
        """Seconds (rounded up) before ``client`` may try a token again; 0 if it may now."""
        if self.limit <= 0:
            return 0
        now = time.time()
        try:
            with self.db.connection() as conn:
                rows = conn.execute(
                    "SELECT at FROM failures WHERE client = ? AND at > ? ORDER BY at DESC LIMIT ?",
                    (client, now - self.window, self.limit),
                ).fetchall()
        except (sqlite3.Error, OSError) as exc:
            log.warning(
                "admin throttle %s: read failed (%s); counting in memory", self.db.path, exc
            )
            return self.memory.wait(client)
        if len(rows) < self.limit:
            return 0
        return max(1, math.ceil(rows[-1][0] + self.window - now))

    def fail(self, client: str) -> None:
        """Count one wrong token from ``client``."""
        self.memory.take(client)
        now = time.time()
        try:
            with self.db.connection() as conn:
                conn.execute("INSERT INTO failures VALUES (?, ?)", (client, now))
                conn.execute("DELETE FROM failures WHERE at <= ?", (now - self.window,))
                conn.execute(
                    "DELETE FROM failures WHERE rowid IN (SELECT rowid FROM failures"
                    " ORDER BY at DESC LIMIT -1 OFFSET ?)",
                    (MAX_ROWS,),
                )
        except (sqlite3.Error, OSError) as exc:
            log.warning("admin throttle %s: write failed: %s", self.db.path, exc)
