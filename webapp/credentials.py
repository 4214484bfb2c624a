"""Editors' credentials: the admin token, server-side sessions, CSRF tokens, and the
throttle on wrong tokens; used by :mod:`webapp.admin`.

Access: the token ``CINEDEX_ADMIN_TOKEN`` (``app.config["ADMIN_TOKEN"]``), sent either

- as a header, ``Authorization: Bearer <token>`` or ``X-Admin-Token: <token>`` (scripts, API);
- or once through the login form, which opens a server-side session (:mod:`webapp.sessions`):
  the signed cookie (``SameSite=Lax``, ``Secure`` behind HTTPS) holds only its random id, so
  logging out ends it, and changing the token logs every session out.

No credentials is 401, a wrong token 403. Wrong tokens are logged as warnings and throttled
per client across all workers (``AUTH_FAILURES`` per 5 minutes, :mod:`webapp.throttle`): past
them every token a client sends is refused unchecked with 429 and ``Retry-After`` until it may
retry. Tokens are compared with :func:`hmac.compare_digest`.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from pathlib import Path
from typing import Literal

from flask import Flask, current_app, request, session

from webapp.sessions import FILE as ADMIN_FILE
from webapp.sessions import Sessions
from webapp.throttle import FailureThrottle

log = logging.getLogger(__name__)

SESSION_KEY = "cinedex_admin"
CSRF_KEY = "cinedex_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
SESSIONS = "cinedex.sessions"
THROTTLE = "cinedex.auth_throttle"
#: seconds over which AUTH_FAILURES wrong tokens are allowed
AUTH_WINDOW = 300.0
THROTTLED = "too many wrong admin tokens from this address; try again in {} s"


Auth = Literal["header", "session"]


class Denied(Exception):
    """A request without the right credentials (401) or CSRF token (403)."""

    def __init__(self, status: int, code: str, message: str, retry_after: int = 0) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.retry_after = retry_after


def admin_token() -> str:
    """The configured admin token ('' when the admin is off)."""
    return str(current_app.config.get("ADMIN_TOKEN") or "")


def same(a: str, b: str) -> bool:
    """Constant-time equality of two strings (bytes, so non-ASCII input cannot raise)."""
    return hmac.compare_digest(a.encode("utf-8"), b.encode("utf-8"))


def fingerprint(token: str) -> str:
    """A keyed fingerprint of ``token``: what a session remembers it by."""
    key = str(current_app.config["SECRET_KEY"]).encode("utf-8")
    return hmac.new(key, token.encode("utf-8"), hashlib.sha256).hexdigest()


def _header_token() -> str | None:
    auth = request.headers.get("Authorization", "")
    scheme, _, value = auth.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.headers.get("X-Admin-Token") or None


def authenticate() -> Auth:
    """How the request proves it is an editor's; raise :class:`Denied` if it does not."""
    sent = _header_token()
    if sent is not None:
        check_token(sent)
        return "header"
    remembered = fingerprint(admin_token())
    if sessions().valid(session.get(SESSION_KEY), remembered):
        return "session"
    if SESSION_KEY in session:
        raise Denied(403, "forbidden", "the session has ended (logged out or the token changed)")
    raise Denied(401, "unauthorized", "admin token required (Authorization: Bearer <token>)")


def check_token(sent: str) -> None:
    """Raise :class:`Denied`: 429 while this client is throttled, 403 for a wrong token."""
    throttle: FailureThrottle = current_app.extensions[THROTTLE]
    client = request.remote_addr or "unknown"
    wait = throttle.wait(client)
    if wait:
        raise Denied(429, "too_many_requests", THROTTLED.format(wait), retry_after=wait)
    if not same(sent, admin_token()):
        throttle.fail(client)
        log.warning("admin: wrong token from %s on %s", client, request.path)
        raise Denied(403, "forbidden", "wrong admin token")


def sessions() -> Sessions:
    """The app's session store."""
    sessions: Sessions = current_app.extensions[SESSIONS]
    return sessions


def csrf_token() -> str:
    """This session's CSRF token (created on first use)."""
    if CSRF_KEY not in session:
        session[CSRF_KEY] = secrets.token_urlsafe(32)
    return str(session[CSRF_KEY])


def check_csrf() -> None:
    """Raise :class:`Denied` (403) unless the request carries the session's CSRF token."""
    sent = request.form.get(CSRF_FIELD) or request.headers.get(CSRF_HEADER) or ""
    expected = str(session.get(CSRF_KEY, ""))
    if not expected or not same(sent, expected):
        raise Denied(403, "csrf_failed", "missing or wrong CSRF token; reload the page")


def register(app: Flask) -> None:
    """The session store and the throttle of ``app`` (in the admin's file beside the index)."""
    path = Path(app.config["INDEX"]) / ADMIN_FILE
    app.extensions[SESSIONS] = Sessions(path)
    app.extensions[THROTTLE] = FailureThrottle(path, int(app.config["AUTH_FAILURES"]), AUTH_WINDOW)
