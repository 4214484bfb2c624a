"""The query log: what visitors search for, for editors (popular and zero-result queries).

One SQLite file shared by all gunicorn workers. Each worker opens a short connection per
write with a busy timeout, and WAL mode lets readers and one writer work together. The log
is a convenience: every failure is logged and swallowed, a search never fails because of it.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Any

from webapp.params import clean_text

log = logging.getLogger(__name__)

KINDS = ("films", "quotes")
#: longest query text kept: the log is for reading, not for replaying crafted input
MAX_LOGGED_CHARS = 200

_SCHEMA = """
CREATE TABLE IF NOT EXISTS queries (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    q TEXT NOT NULL,
    total INTEGER NOT NULL,
    at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS queries_at ON queries (at);
"""


def normalise(q: str) -> str:
    """The form queries are counted under: control characters gone, spaces collapsed, lower case."""
    return clean_text(q).casefold()[:MAX_LOGGED_CHARS]


class QueryLog:
    """Record searches and report the popular and the zero-result ones."""

    def __init__(self, path: Path | str, *, timeout: float = 2.0) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self._ready = False

    def _connect(self) -> sqlite3.Connection:
        if not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        conn.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable enough for statistics
        if not self._ready:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(_SCHEMA)
            self._ready = True
        return conn

    def record(self, kind: str, q: str, total: int, *, at: float | None = None) -> bool:
        """Log one search (empty queries are not logged); False when the write failed."""
        text = normalise(q)
        if not text or kind not in KINDS:
            return False
        try:
            with closing(self._connect()) as conn:
                conn.execute(
                    "INSERT INTO queries (kind, q, total, at) VALUES (?, ?, ?, ?)",
                    (kind, text, int(total), time.time() if at is None else at),
                )
        except (sqlite3.Error, OSError) as exc:
            log.warning("query log %s: write failed: %s", self.path, exc)
            return False
        return True

    def popular(self, days: float = 7, limit: int = 20) -> list[dict[str, Any]]:
        """The most frequent queries of the last ``days``: ``{kind, q, count, total}``."""
        sql = (
            "SELECT kind, q, COUNT(*) AS n, MAX(total) FROM queries WHERE at >= ?"
            " GROUP BY kind, q ORDER BY n DESC, q LIMIT ?"
        )
        return self._report(sql, days, limit)

    def zero_results(self, days: float = 7, limit: int = 20) -> list[dict[str, Any]]:
        """The most frequent queries of the last ``days`` that found nothing."""
        sql = (
            "SELECT kind, q, COUNT(*) AS n, 0 FROM queries WHERE at >= ? AND total = 0"
            " GROUP BY kind, q ORDER BY n DESC, q LIMIT ?"
        )
        return self._report(sql, days, limit)

    def _report(self, sql: str, days: float, limit: int) -> list[dict[str, Any]]:
        since = time.time() - days * 86400
        try:
            with closing(self._connect()) as conn:
                rows = conn.execute(sql, (since, limit)).fetchall()
        except (sqlite3.Error, OSError) as exc:
            log.warning("query log %s: read failed: %s", self.path, exc)
            return []
        return [{"kind": k, "q": q, "count": n, "total": t} for k, q, n, t in rows]
