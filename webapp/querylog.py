"""The query log: what visitors search for, for editors (popular and zero-result queries).

One SQLite file shared by all gunicorn workers (:class:`~webapp.store.SqliteFile`: recreated
when the index folder is deleted under a running server). Growth is bounded:

- searches are **aggregated** into one row per (day, kind, query) with a count;
- a query is counted **once per visitor and day**: facet clicks and page changes repeat the
  query and are not counted again (a ``seen`` table of 8-byte hashes, kept for two days);
- rows older than ``days`` are deleted, and beyond ``max_rows`` the rarest, oldest rows go,
  checked every :data:`PRUNE_EVERY` new rows a process writes.

Searches are counted off the request's path (:meth:`QueryLog.submit`): each process has a
writer thread that counts what its searches submitted, many in one transaction, so a search
never waits for the file's lock (five workers writing at once made searches wait up to the
busy timeout) nor for a commit. Reports first wait for what this process has submitted.

The log is a convenience: every failure is logged and swallowed, a search never fails
because of it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from webapp.params import clean_text
from webapp.store import SqliteFile

log = logging.getLogger(__name__)

KINDS = ("films", "quotes")
#: longest query text kept: the log is for reading, not for replaying crafted input
MAX_LOGGED_CHARS = 200
#: new rows a process writes between two checks of the window and the row cap
PRUNE_EVERY = 1000
DAY = 86400
#: searches waiting for the writer thread at most (past it new ones are not counted)
MAX_PENDING = 10_000
#: searches the writer thread counts in one transaction at most
BATCH = 500
#: (visitor key or None, (day, kind, query, total))
_Row = tuple[int | None, tuple[int, str, str, int]]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS counts (
    day INTEGER NOT NULL,
    kind TEXT NOT NULL,
    q TEXT NOT NULL,
    n INTEGER NOT NULL,
    total INTEGER NOT NULL,
    PRIMARY KEY (day, kind, q)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS seen (key INTEGER PRIMARY KEY, day INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS seen_day ON seen (day);
"""


def normalise(q: str) -> str:
    """The form queries are counted under: control characters gone, spaces collapsed, lower case."""
    return clean_text(q).casefold()[:MAX_LOGGED_CHARS]


def _seen_key(day: int, visitor: str, kind: str, text: str) -> int:
    digest = hashlib.blake2b(f"{day}\0{visitor}\0{kind}\0{text}".encode(), digest_size=8)
    return int.from_bytes(digest.digest(), "big", signed=True)


class QueryLog:
    """Record searches and report the popular and the zero-result ones."""

    def __init__(
        self,
        path: Path | str,
        *,
        days: int = 30,
        max_rows: int = 50_000,
        visitor: Callable[[], str | None] | None = None,
        timeout: float = 2.0,
    ) -> None:
        self.db = SqliteFile(path, _SCHEMA, timeout=timeout)
        self.path = self.db.path
        self.days = days
        self.max_rows = max_rows
        self.visitor = visitor
        self._new_rows = PRUNE_EVERY  # the first write of a process prunes
        self._pending = 0  # submitted, not yet written (in this process)
        self._pending_changed = threading.Condition()
        self._queue: queue.SimpleQueue[_Row] = queue.SimpleQueue()
        self._writer_pid: int | None = None

    def record(self, kind: str, q: str, total: int, *, at: float | None = None) -> bool:
        """Count one search now (empty queries are not logged); False when the write failed.

        With a ``visitor`` function, the same visitor's same query on the same day counts once.
        """
        row = self._row(kind, q, total, at)
        return row is not None and self._write([row])

    def submit(self, kind: str, q: str, total: int) -> bool:
        """Count one search soon, from this process's writer thread: a search does not wait
        for the file's lock nor its commit. False when there is nothing to log or more than
        :data:`MAX_PENDING` searches wait (then this one is dropped)."""
        row = self._row(kind, q, total, None)
        if row is None:
            return False
        with self._pending_changed:
            if self._writer_pid != os.getpid():  # first use in this process (or a fork)
                self._start_writer()
            if self._pending >= MAX_PENDING:
                return False
            self._pending += 1
            rows = self._queue
        rows.put(row)
        return True

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until this process's submitted searches are written; False on time-out."""
        with self._pending_changed:
            if self._writer_pid != os.getpid():  # nothing submitted in this process yet
                return True
            return self._pending_changed.wait_for(lambda: self._pending == 0, timeout)

    def _row(self, kind: str, q: str, total: int, at: float | None) -> _Row | None:
        text = normalise(q)
        if not text or kind not in KINDS:
            return None
        day = int((time.time() if at is None else at) // DAY)
        who = self.visitor() if self.visitor else None
        key = None if who is None else _seen_key(day, who, kind, text)
        return key, (day, kind, text, int(total))

    def _write(self, rows: list[_Row]) -> bool:
        """Count ``rows`` in one transaction, then prune now and then; False if it failed."""
        try:
            with self.db.connection() as conn:
                added = self._count(conn, rows)
                self._new_rows += added
                if self._new_rows >= PRUNE_EVERY:
                    self._new_rows = 0
                    self.prune(conn)
        except (sqlite3.Error, OSError) as exc:
            log.warning("query log %s: write failed: %s", self.path, exc)
            return False
        return True

    def _start_writer(self) -> None:
        """A queue and a writer thread for this process (a forked child has the parent's
        objects but not its thread: what the parent had pending stays the parent's)."""
        self._writer_pid = os.getpid()
        self._queue = queue.SimpleQueue()
        self._pending = 0
        threading.Thread(target=self._drain, args=(self._queue,), daemon=True).start()

    def _drain(self, rows: queue.SimpleQueue[_Row]) -> None:
        while True:
            batch = [rows.get()]
            while len(batch) < BATCH:
                try:
                    batch.append(rows.get_nowait())
                except queue.Empty:
                    break
            self._write(batch)
            with self._pending_changed:
                self._pending -= len(batch)
                self._pending_changed.notify_all()

    @staticmethod
    def _count(conn: sqlite3.Connection, rows: list[_Row]) -> int:
        """Add one to each row's count unless its visitor key was seen today; how many
        counts were added."""
        conn.execute("BEGIN IMMEDIATE")
        added = 0
        try:
            for key, row in rows:
                counted = True
                if key is not None:
                    conn.execute("INSERT OR IGNORE INTO seen VALUES (?, ?)", (key, row[0]))
                    counted = conn.execute("SELECT changes()").fetchone()[0] == 1
                if counted:
                    conn.execute(
                        "INSERT INTO counts VALUES (?, ?, ?, 1, ?) ON CONFLICT (day, kind, q)"
                        " DO UPDATE SET n = n + 1, total = excluded.total",
                        row,
                    )
                    added += 1
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return added

    def prune(self, conn: sqlite3.Connection | None = None) -> None:
        """Drop rows past the window, then the rarest and oldest beyond the row cap."""
        if conn is None:
            with self.db.connection() as own:
                return self.prune(own)
        today = int(time.time() // DAY)
        conn.execute("DELETE FROM counts WHERE day < ?", (today - self.days,))
        conn.execute("DELETE FROM seen WHERE day < ?", (today - 1,))
        excess = conn.execute("SELECT COUNT(*) FROM counts").fetchone()[0] - self.max_rows
        if excess > 0:
            conn.execute(
                "DELETE FROM counts WHERE (day, kind, q) IN"
                " (SELECT day, kind, q FROM counts ORDER BY n, day LIMIT ?)",
                (excess,),
            )
        excess = conn.execute("SELECT COUNT(*) FROM seen").fetchone()[0] - 2 * self.max_rows
        if excess > 0:
            conn.execute(
                "DELETE FROM seen WHERE key IN (SELECT key FROM seen ORDER BY day LIMIT ?)",
                (excess,),
            )
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return None

    def popular(self, days: float = 7, limit: int = 20) -> list[dict[str, Any]]:
        """The most frequent queries of the last ``days``: ``{kind, q, count, total}``."""
        self.flush()
        sql = (
            "SELECT kind, q, SUM(n) AS c, MAX(total) FROM counts WHERE day >= ?"
            " GROUP BY kind, q ORDER BY c DESC, q LIMIT ?"
        )
        return self._report(sql, days, limit)

    def zero_results(self, days: float = 7, limit: int = 20) -> list[dict[str, Any]]:
        """The most frequent queries of the last ``days`` that found nothing."""
        self.flush()
        sql = (
            "SELECT kind, q, SUM(n) AS c, 0 FROM counts WHERE day >= ? AND total = 0"
            " GROUP BY kind, q ORDER BY c DESC, q LIMIT ?"
        )
        return self._report(sql, days, limit)

    def _report(self, sql: str, days: float, limit: int) -> list[dict[str, Any]]:
        since = int((time.time() - days * DAY) // DAY)
        try:
            with self.db.connection() as conn:
                rows = conn.execute(sql, (since, limit)).fetchall()
        except (sqlite3.Error, OSError) as exc:
            log.warning("query log %s: read failed: %s", self.path, exc)
            return []
        return [{"kind": k, "q": q, "count": n, "total": t} for k, q, n, t in rows]
