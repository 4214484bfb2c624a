"""Small SQLite files the web app keeps beside the index (query log, admin sessions).

Every gunicorn worker opens a short connection per use with a busy timeout; WAL mode lets
readers and one writer work together. The schema is created on first use and again whenever
the file has disappeared (the index folder deleted and rebuilt under a running server).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class SqliteFile:
    """One SQLite file with its schema, recreated if the file goes away."""

    def __init__(self, path: Path | str, schema: str, *, timeout: float = 2.0) -> None:
        self.path = Path(path)
        self.schema = schema
        self.timeout = timeout
        self._ready = False

    def connect(self) -> sqlite3.Connection:
        """A connection in autocommit mode, with the schema in place."""
        ready = self._ready and self.path.exists()
        if not ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        try:
            conn.execute("PRAGMA synchronous=NORMAL")  # with WAL: durable enough here
            if not ready:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.executescript(self.schema)
                self._ready = True
        except BaseException:
            conn.close()
            raise
        return conn

    def forget(self) -> None:
        """Make the next :meth:`connect` check the schema again (after an error)."""
        self._ready = False
