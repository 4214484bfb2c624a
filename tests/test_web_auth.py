"""Editors' auth against the attacks of issue 11: the session key cannot be derived from the
token, wrong tokens are throttled (429 + Retry-After) and logged, logout ends a session for
good, and the cookie carries SameSite (and Secure behind HTTPS)."""

from __future__ import annotations

import hashlib
import logging
import re
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.sessions import SecureCookieSessionInterface
from flask.testing import FlaskClient
from itsdangerous import BadSignature

from webapp import create_app

TOKEN = "s3cret-token"


def make_app(corpus: Path, index: Path, **extra: Any) -> Flask:
    """The app as installed: no SECRET_KEY given, the admin on."""
    config = {"TESTING": True, "INDEX": str(index), "CORPUS": [str(corpus)], "SECRET_KEY": None}
    return create_app(config | {"ADMIN_TOKEN": TOKEN} | extra)


@pytest.fixture
def app(corpus: Path, index: Path) -> Flask:
    return make_app(corpus, index)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, html
    return found.group(1)


def session_cookie(client: FlaskClient) -> str:
    cookie = client.get_cookie("session")
    assert cookie is not None
    return cookie.value


def test_the_anonymous_cookie_cannot_be_checked_against_guessed_tokens(client: FlaskClient) -> None:
    client.get("/admin/login")
    cookie = session_cookie(client)
    # the old key, sha256 of the token: an offline guesser would find the token this way
    guesser = Flask("guesser")
    guesser.secret_key = hashlib.sha256(f"cinedex-session:{TOKEN}".encode()).hexdigest()
    serializer = SecureCookieSessionInterface().get_signing_serializer(guesser)
    assert serializer is not None
    with pytest.raises(BadSignature):
        serializer.loads(cookie)


def test_the_session_key_is_kept_beside_the_index_for_every_worker(
    corpus: Path, index: Path
) -> None:
    one, two = make_app(corpus, index), make_app(corpus, index)
    assert one.secret_key == two.secret_key == (index / "secret_key").read_text()


def test_wrong_tokens_are_throttled_then_refused_unchecked(
    client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    statuses = []
    with caplog.at_level(logging.WARNING, logger="webapp.admin"):
        for i in range(1000):
            response = client.get("/api/admin/status", headers={"X-Admin-Token": f"guess{i}"})
            statuses.append(response.status_code)
    assert statuses[:5] == [403] * 5 and set(statuses[5:]) == {429}
    assert len([r for r in caplog.records if "wrong token" in r.getMessage()]) == 5
    assert int(response.headers["Retry-After"]) > 0
    assert response.json is not None
    assert response.json["error"]["status"] == 429
    assert response.json["error"]["code"] == "too_many_requests"
    # throttled, even the right token is not checked (no oracle for the guesser) ...
    right = client.get("/api/admin/status", headers={"Authorization": f"Bearer {TOKEN}"})
    assert right.status_code == 429
    # ... while another address is not affected
    other = client.get(
        "/api/admin/status",
        headers={"Authorization": f"Bearer {TOKEN}"},
        environ_base={"REMOTE_ADDR": "192.0.2.7"},
    )
    assert other.status_code == 200


def test_the_login_form_is_throttled_too(client: FlaskClient) -> None:
    csrf = csrf_of(client.get("/admin/login").text)
    statuses = [
        client.post("/admin/login", data={"token": f"guess{i}", "csrf_token": csrf}).status_code
        for i in range(20)
    ]
    assert statuses[:5] == [403] * 5 and set(statuses[5:]) == {429}
    response = client.post("/admin/login", data={"token": TOKEN, "csrf_token": csrf})
    assert response.status_code == 429 and "Retry-After" in response.headers


def log_in(client: FlaskClient) -> str:
    csrf = csrf_of(client.get("/admin/login").text)
    response = client.post("/admin/login", data={"token": TOKEN, "csrf_token": csrf})
    assert response.status_code == 303
    return csrf_of(client.get("/admin").text)


def test_a_cookie_saved_before_logout_is_refused(client: FlaskClient) -> None:
    csrf = log_in(client)
    saved = session_cookie(client)
    assert client.post("/admin/logout", data={"csrf_token": csrf}).status_code == 303
    client.set_cookie("session", saved)  # the attacker replays the cookie
    assert client.get("/admin").status_code == 403
    response = client.post("/api/admin/reindex", json={}, headers={"X-CSRF-Token": csrf})
    assert response.status_code == 403
    assert response.json is not None and response.json["error"]["code"] == "forbidden"


def test_sessions_survive_a_second_worker(corpus: Path, index: Path) -> None:
    first = make_app(corpus, index).test_client()
    log_in(first)
    second = make_app(corpus, index).test_client()
    second.set_cookie("session", session_cookie(first))
    assert second.get("/admin").status_code == 200


@pytest.mark.parametrize(("extra", "secure"), [({}, False), ({"SECURE_COOKIES": True}, True)])
def test_cookie_flags(corpus: Path, index: Path, extra: dict[str, Any], secure: bool) -> None:
    client = make_app(corpus, index, **extra).test_client()
    header = client.get("/admin/login").headers["Set-Cookie"]
    assert "SameSite=Lax" in header and "HttpOnly" in header
    assert ("Secure" in header.split("; ")) is secure


def test_the_throttle_is_shared_by_workers(corpus: Path, index: Path) -> None:
    workers = [make_app(corpus, index).test_client() for _ in range(3)]
    statuses = [
        workers[i % 3].get("/api/admin/status", headers={"X-Admin-Token": f"guess{i}"}).status_code
        for i in range(12)
    ]
    assert statuses == [403] * 5 + [429] * 7  # five in all, not five per worker


def test_the_throttle_survives_a_broken_store(
    corpus: Path, index: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = index / "a-file"
    blocker.write_text("not a folder")
    app = make_app(corpus, index, INDEX=str(blocker / "index"), SECRET_KEY="k")
    client = app.test_client()
    with caplog.at_level(logging.WARNING):
        statuses = [
            client.get("/api/admin/status", headers={"X-Admin-Token": f"g{i}"}).status_code
            for i in range(8)
        ]
    assert statuses == [403] * 5 + [429] * 3  # counted in memory meanwhile
    assert any("counting in memory" in r.getMessage() for r in caplog.records)
