"""The editors' auth, attacked over HTTP on a running ``cinedex serve`` (loopback only).

- offline guessing: the anonymous login cookie does not verify with a key derived from the
  token (the old ``sha256("cinedex-session:" + token)``), so guessing it offline is useless;
- online guessing: 1,000 wrong tokens from one client: how many were checked before 429;
- revocation: a session cookie saved before logout, replayed after it.
"""

from __future__ import annotations

import hashlib
import http.cookiejar
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from typing import Any

from flask import Flask
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import BadSignature


def _open(
    opener: urllib.request.OpenerDirector, request: urllib.request.Request
) -> tuple[int, str]:
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", "replace")
        exc.close()
        return exc.code, body


def offline_guessing(base: str, token: str) -> dict[str, Any]:
    """Whether the anonymous cookie verifies under the key the old code derived from the token."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    _open(opener, urllib.request.Request(base + "/admin/login"))
    cookie = next(c.value for c in jar if c.name == "session")
    guesser = Flask("guesser")
    guesser.secret_key = hashlib.sha256(f"cinedex-session:{token}".encode()).hexdigest()
    serializer = SecureCookieSessionInterface().get_signing_serializer(guesser)
    assert serializer is not None
    try:
        serializer.loads(cookie or "")
    except BadSignature:
        return {"cookie_verifies_with_token_derived_key": False}
    return {"cookie_verifies_with_token_derived_key": True}


def online_guessing(base: str, tries: int = 1000) -> dict[str, Any]:
    """``tries`` wrong bearer tokens from one client: statuses, first 429, Retry-After."""
    opener = urllib.request.build_opener()
    statuses: Counter[int] = Counter()
    first_429 = None
    retry_after = None
    started = time.monotonic()
    for i in range(tries):
        headers = {"Authorization": f"Bearer guess-{i}", "X-Forwarded-For": "10.99.0.1"}
        status, _ = _open(
            opener, urllib.request.Request(base + "/api/admin/status", headers=headers)
        )
        statuses[status] += 1
        if status == 429 and first_429 is None:
            first_429 = i + 1
    headers = {"Authorization": "Bearer x", "X-Forwarded-For": "10.99.0.1"}
    probe = urllib.request.Request(base + "/api/admin/status", headers=headers)
    try:
        opener.open(probe, timeout=10)
    except urllib.error.HTTPError as exc:
        retry_after = exc.headers.get("Retry-After")
        exc.close()
    return {
        "tries": tries,
        "statuses": dict(statuses),
        "first_429_at": first_429,
        "retry_after": retry_after,
        "seconds": round(time.monotonic() - started, 1),
    }


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    return found.group(1) if found else ""


def revocation(base: str, token: str) -> dict[str, Any]:
    """Log in, save the cookie, log out, replay the cookie: the statuses seen."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    client = {"X-Forwarded-For": "10.99.0.2"}
    csrf = _csrf(_open(opener, urllib.request.Request(base + "/admin/login", headers=client))[1])
    form = urllib.parse.urlencode({"token": token, "csrf_token": csrf}).encode()
    _open(opener, urllib.request.Request(base + "/admin/login", form, client))
    status_in, page = _open(opener, urllib.request.Request(base + "/admin", headers=client))
    saved = next(c.value for c in jar if c.name == "session")
    out = urllib.parse.urlencode({"csrf_token": _csrf(page)}).encode()
    _open(opener, urllib.request.Request(base + "/admin/logout", out, client))
    replay = urllib.request.Request(
        base + "/admin", headers=client | {"Cookie": f"session={saved}"}
    )
    status_replayed, _ = _open(urllib.request.build_opener(), replay)
    return {"logged_in": status_in, "replayed_after_logout": status_replayed}


def auth_run(base: str, token: str) -> dict[str, Any]:
    """All three checks."""
    return {
        "offline": offline_guessing(base, token),
        "online": online_guessing(base),
        "revocation": revocation(base, token),
    }
