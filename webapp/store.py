"""Small SQLite files the web app keeps beside the index (query log, admin sessions).

Each thread of each gunicorn worker keeps one connection open (opening and closing one per
use costs milliseconds: the last close of a WAL database checkpoints it) with a busy timeout;
WAL mode lets readers and one writer work together. The schema is created on first use and
again whenever the file has disappeared or been replaced (the index folder deleted and
rebuilt under a running server): every use checks the file's identity first.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path


class SqliteFile:
    """One SQLite file with its schema, reopened and recreated if the file goes away."""

    def __init__(self, path: Path | str, schema: str, *, timeout: float = 2.0) -> None:
        self.path = Path(path)
        self.schema = schema
        self.timeout = timeout
        self._local = threading.local()

    def _identity(self) -> tuple[int, int] | None:
        try:
            stat = os.stat(self.path)
        except OSError:
            return None
        return stat.st_dev, stat.st_ino

    @contextlib.contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """This thread's connection (autocommit mode), with the schema in place; on an error
        the connection is dropped so that the next use starts afresh."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None or self._identity() != getattr(self._local, "identity", None):
            self.forget()
            conn = self._open()
        try:
            yield conn
        except BaseException:
            self.forget()
            raise

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(
            self.path, timeout=self.timeout, isolation_level=None, check_same_thread=False
        )
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable enough here
            conn.execute("PRAGMA journal_size_limit=4194304")  # the WAL shrinks back to 4 MB
            conn.executescript(self.schema)
        except BaseException:
            conn.close()
            raise
        self._local.conn, self._local.identity = conn, self._identity()
        return conn

    def forget(self) -> None:
        """Close this thread's connection; the next use opens (and checks) the file again."""
        conn = getattr(self._local, "conn", None)
        self._local.conn = self._local.identity = None
        if conn is not None:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
