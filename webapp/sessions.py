"""Editors' sessions kept on the server, so that logging out really ends one.

The signed session cookie holds only a random session id; the server keeps a SHA-256 of
each id (a copied file gives no usable id) with the fingerprint of the token it was opened
with and an expiry, in ``<index>/admin.sqlite3`` shared by all workers. Logout
deletes the row, so a cookie saved before it is refused; a changed token ends every session.
A failing store refuses sessions (logs a warning) rather than letting anyone in.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
import sqlite3
import time
from pathlib import Path

from webapp.store import SqliteFile

log = logging.getLogger(__name__)

#: the admin's SQLite file beside the index (sessions, and wrong tokens: :mod:`webapp.throttle`)
FILE = "admin.sqlite3"
#: seconds a session lasts after login
LIFETIME = 12 * 3600
#: sessions kept at most (the oldest go first)
MAX_SESSIONS = 1000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    token TEXT NOT NULL,
    expires REAL NOT NULL
) WITHOUT ROWID;
"""


def _digest(sid: str) -> str:
    return hashlib.sha256(sid.encode("utf-8")).hexdigest()


class Sessions:
    """Open, check and close editors' sessions."""

    def __init__(self, path: Path | str) -> None:
        self.db = SqliteFile(path, _SCHEMA)

    def open(self, token: str) -> str | None:
        """A new session id for an editor who proved ``token`` (a fingerprint); None on failure."""
        sid = secrets.token_urlsafe(32)
        now = time.time()
        try:
            with self.db.connection() as conn:
                conn.execute("DELETE FROM sessions WHERE expires < ?", (now,))
                conn.execute(
                    "INSERT INTO sessions VALUES (?, ?, ?)", (_digest(sid), token, now + LIFETIME)
                )
                conn.execute(
                    "DELETE FROM sessions WHERE id NOT IN"
                    " (SELECT id FROM sessions ORDER BY expires DESC LIMIT ?)",
                    (MAX_SESSIONS,),
                )
        except (sqlite3.Error, OSError) as exc:
            self._failed("open", exc)
            return None
        return sid

    def valid(self, sid: object, token: str) -> bool:
        """True if ``sid`` is an open, unexpired session made with ``token``."""
        if not isinstance(sid, str) or not sid:
            return False
        try:
            with self.db.connection() as conn:
                row = conn.execute(
                    "SELECT 1 FROM sessions WHERE id = ? AND token = ? AND expires >= ?",
                    (_digest(sid), token, time.time()),
                ).fetchone()
        except (sqlite3.Error, OSError) as exc:
            self._failed("check", exc)
            return False
        return row is not None

    def close(self, sid: object) -> None:
        """End the session ``sid`` (nothing if there is none)."""
        if not isinstance(sid, str):
            return
        try:
            with self.db.connection() as conn:
                conn.execute("DELETE FROM sessions WHERE id = ?", (_digest(sid),))
        except (sqlite3.Error, OSError) as exc:
            self._failed("close", exc)

    def _failed(self, what: str, exc: Exception) -> None:
        log.warning("admin sessions %s: %s failed: %s", self.db.path, what, exc)
