"""The editors' admin through Flask's test client: token, login, CSRF, reindex, status."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest
from e2e_support import hold_command, wait_for_job
from flask import Flask
from flask.testing import FlaskClient

from indexer import schema
from indexer.layout import IndexLayout, writer_lock
from webapp import admin, create_app, jobs

TOKEN = "s3cret-token"
HEADER = {"Authorization": f"Bearer {TOKEN}"}
API_ROUTES = [("GET", "/api/admin/status"), ("POST", "/api/admin/reindex")]
PAGE_ROUTES = [
    ("GET", "/admin"),
    ("POST", "/admin/reindex"),
]
ALL_ROUTES = [
    *API_ROUTES,
    *PAGE_ROUTES,
    ("GET", "/admin/login"),
    ("POST", "/admin/login"),
    ("POST", "/admin/logout"),
]


def make_app(corpus: Path, index: Path, token: str | None) -> Flask:
    config = {"TESTING": True, "INDEX": str(index), "CORPUS": [str(corpus)]}
    return create_app(config | {"ADMIN_TOKEN": token, "SECRET_KEY": "test-session-key"})


@pytest.fixture
def app(corpus: Path, index: Path) -> Flask:
    return make_app(corpus, index, TOKEN)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def held(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Reindex jobs that run until the test calls the returned release()."""
    release_file = tmp_path / "release"
    monkeypatch.setattr(jobs, "DEFAULT_COMMAND", tuple(hold_command(release_file)))
    yield release_file.touch
    release_file.touch()


def send(client: FlaskClient, method: str, path: str, **kwargs: Any) -> Any:
    return client.open(path, method=method, **kwargs)


def error(status: int, code: str, message: str) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message, "param": None}}


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, html
    return found.group(1)


def log_in(client: FlaskClient) -> str:
    """Log in through the form; return the session's CSRF token."""
    csrf = csrf_of(client.get("/admin/login").get_data(as_text=True))
    response = client.post("/admin/login", data={"token": TOKEN, "csrf_token": csrf})
    assert (response.status_code, response.location) == (303, "/admin")
    return csrf_of(client.get("/admin").get_data(as_text=True))


def no_job_started(index: Path) -> bool:
    return not jobs.status_path(index).exists()


# --------------------------------------------------------------------------- admin off


@pytest.mark.parametrize("token", [None, ""])
@pytest.mark.parametrize(("method", "path"), ALL_ROUTES)
def test_admin_is_off_without_a_configured_token(
    corpus: Path, index: Path, token: str | None, method: str, path: str
) -> None:
    client = make_app(corpus, index, token).test_client()
    response = send(client, method, path, headers={"Authorization": "Bearer "})
    assert response.status_code == 404
    if path.startswith("/api/"):
        assert response.json == error(404, "admin_disabled", admin.DISABLED)
    assert no_job_started(index)


# --------------------------------------------------------------------------- credentials


@pytest.mark.parametrize(("method", "path"), API_ROUTES)
def test_api_without_credentials_is_401(
    client: FlaskClient, index: Path, method: str, path: str
) -> None:
    response = send(client, method, path, json={"full": True})
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == 'Bearer realm="cinedex admin"'
    message = "admin token required (Authorization: Bearer <token>)"
    assert response.json == error(401, "unauthorized", message)
    assert no_job_started(index)


@pytest.mark.parametrize(("method", "path"), PAGE_ROUTES)
def test_pages_without_credentials_show_the_login_form(
    client: FlaskClient, index: Path, method: str, path: str
) -> None:
    response = send(client, method, path, data={"full": "1"})
    assert response.status_code == 401
    assert 'id="login-form"' in response.get_data(as_text=True)
    assert no_job_started(index)


WRONG = [
    {"Authorization": "Bearer wrong"},
    {"Authorization": f"Bearer {TOKEN}x"},
    {"X-Admin-Token": "wrong"},
    {"X-Admin-Token": TOKEN[:-1]},
    {"X-Admin-Token": "tökén"},  # non-ASCII must be a 403, not a TypeError from compare_digest
]


@pytest.mark.parametrize("headers", WRONG)
@pytest.mark.parametrize(("method", "path"), API_ROUTES + PAGE_ROUTES)
def test_wrong_token_is_403(
    client: FlaskClient, index: Path, headers: dict[str, str], method: str, path: str
) -> None:
    response = send(client, method, path, headers=headers, json={"full": False})
    assert response.status_code == 403
    if path.startswith("/api/"):
        assert response.json == error(403, "forbidden", "wrong admin token")
    assert no_job_started(index)


@pytest.mark.parametrize("headers", [HEADER, {"X-Admin-Token": TOKEN}])
def test_right_token_in_a_header(client: FlaskClient, headers: dict[str, str]) -> None:
    assert client.get("/api/admin/status", headers=headers).status_code == 200
    page = client.get("/admin", headers=headers)
    assert page.status_code == 200
    assert 'id="index-stats"' in page.get_data(as_text=True)


def test_status_shape(client: FlaskClient, index: Path) -> None:
    layout = IndexLayout(index)
    live = layout.live()
    assert live is not None
    assert client.get("/api/admin/status", headers=HEADER).json == {
        "index": {
            "index": live.name,
            "schema_version": schema.SCHEMA_VERSION,
            "generation": 1,
            "films": 4,
            "quotes": 2,
            "documents": 4,
            "build_running": False,
            "last_build": layout.manifest()["report"],
        },
        "job": dict.fromkeys(jobs.JOB_FIELDS) | {"state": "idle"},
    }


def test_status_before_the_first_build(corpus: Path, tmp_path: Path) -> None:
    client = make_app(corpus, tmp_path / "empty", TOKEN).test_client()
    assert client.get("/api/admin/status", headers=HEADER).json == {
        "index": None,
        "job": dict.fromkeys(jobs.JOB_FIELDS) | {"state": "idle"},
    }
    assert "No index has been built yet" in client.get("/admin", headers=HEADER).text


# --------------------------------------------------------------------------- login + CSRF


@pytest.mark.parametrize(
    ("form", "message"),
    [
        ({"token": TOKEN}, "missing or wrong CSRF token"),
        ({"token": TOKEN, "csrf_token": "forged"}, "missing or wrong CSRF token"),
        ({"token": "wrong", "csrf_token": None}, "Wrong token."),
        ({"csrf_token": None}, "Wrong token."),
    ],
)
def test_login_refusals(client: FlaskClient, form: dict[str, Any], message: str) -> None:
    csrf = csrf_of(client.get("/admin/login").text)
    data = {k: csrf if v is None else v for k, v in form.items()}
    response = client.post("/admin/login", data=data)
    assert response.status_code == 403
    assert message in response.text
    assert client.get("/admin").status_code == 401


def test_login_without_a_session_is_403(client: FlaskClient) -> None:
    # no GET first: the session has no CSRF token at all
    response = client.post("/admin/login", data={"token": TOKEN, "csrf_token": ""})
    assert response.status_code == 403


def test_login_session_gives_pages_and_api(client: FlaskClient) -> None:
    log_in(client)
    assert client.get("/admin").status_code == 200
    assert client.get("/api/admin/status").status_code == 200


def test_login_renews_the_csrf_token(client: FlaskClient) -> None:
    before = csrf_of(client.get("/admin/login").text)
    assert log_in(client) != before


@pytest.mark.parametrize("sent", [None, "", "forged"])
def test_reindex_form_needs_csrf(client: FlaskClient, index: Path, sent: str | None) -> None:
    log_in(client)
    data = {"full": "1"} | ({} if sent is None else {"csrf_token": sent})
    response = client.post("/admin/reindex", data=data)
    assert response.status_code == 403
    assert "missing or wrong CSRF token" in response.text
    assert no_job_started(index)


@pytest.mark.parametrize("sent", [None, "forged"])
def test_api_post_with_session_needs_csrf(
    client: FlaskClient, index: Path, sent: str | None
) -> None:
    log_in(client)
    headers = {} if sent is None else {"X-CSRF-Token": sent}
    response = client.post("/api/admin/reindex", json={"full": False}, headers=headers)
    assert response.status_code == 403
    message = "missing or wrong CSRF token; reload the page"
    assert response.json == error(403, "csrf_failed", message)
    assert no_job_started(index)


def test_logout(client: FlaskClient) -> None:
    csrf = log_in(client)
    assert client.post("/admin/logout", data={}).status_code == 403
    assert client.get("/admin").status_code == 200
    response = client.post("/admin/logout", data={"csrf_token": csrf})
    assert (response.status_code, response.location) == (303, "/admin/login")
    assert client.get("/admin").status_code == 401


def test_changing_the_token_ends_sessions(app: Flask, client: FlaskClient) -> None:
    log_in(client)
    app.config["ADMIN_TOKEN"] = "a-new-token"
    assert client.get("/admin").status_code == 403
    assert client.get("/api/admin/status").status_code == 403


# --------------------------------------------------------------------------- reindex


def test_api_reindex_then_409_while_running(client: FlaskClient, index: Path, held: Any) -> None:
    started = client.post("/api/admin/reindex", json={"full": True}, headers=HEADER)
    assert started.status_code == 202
    job = started.json["job"]
    assert (job["state"], job["mode"], job["stage"]) == ("running", "full", "starting")
    assert client.get("/api/admin/status", headers=HEADER).json["job"] == job
    again = client.post("/api/admin/reindex", json={"full": False}, headers=HEADER)
    assert again.status_code == 409
    busy = error(409, "reindex_running", "a reindex is already running")
    assert again.json == busy | {"job": job}
    page = client.get("/admin", headers=HEADER).text
    assert 'data-state="running"' in page
    assert '<meta http-equiv="refresh"' in page  # progress without JavaScript


def test_form_reindex_then_409_page(client: FlaskClient, held: Any) -> None:
    csrf = log_in(client)
    response = client.post("/admin/reindex", data={"full": "0", "csrf_token": csrf})
    assert (response.status_code, response.location) == (303, "/admin?started=incremental")
    assert "Reindex started." in client.get(response.location).text
    again = client.post("/admin/reindex", data={"full": "1", "csrf_token": csrf})
    assert again.status_code == 409
    assert "A reindex is already running" in again.text


def test_api_reindex_with_session_and_csrf(client: FlaskClient, held: Any) -> None:
    csrf = log_in(client)
    response = client.post("/api/admin/reindex", json={}, headers={"X-CSRF-Token": csrf})
    assert response.status_code == 202
    assert response.json["job"]["mode"] == "incremental"


def test_cli_build_running_gives_409(client: FlaskClient, index: Path) -> None:
    with writer_lock(IndexLayout(index)):
        response = client.post("/api/admin/reindex", json={"full": False}, headers=HEADER)
    assert response.status_code == 409
    assert (response.json["job"]["state"], response.json["job"]["mode"]) == ("running", "cli")


@pytest.mark.parametrize(
    "body", ["[]", '{"full": "yes"}', '{"full": 1}', "not json", "null"], ids=str
)
def test_reindex_bad_body_is_400(client: FlaskClient, index: Path, body: str) -> None:
    headers = HEADER | {"Content-Type": "application/json"}
    response = client.post("/api/admin/reindex", data=body, headers=headers)
    assert response.status_code == 400
    assert response.json == error(400, "bad_request", 'expected a JSON object like {"full": false}')
    assert no_job_started(index)


def test_real_reindex_report_on_the_page(client: FlaskClient, corpus: Path, index: Path) -> None:
    hostile = "<img src=x onerror=alert(1)>"
    (corpus / "films" / f"{hostile}.md").write_text("---\ntitle: [unclosed\n---\nbody", "utf-8")
    assert client.post("/api/admin/reindex", json={"full": True}, headers=HEADER).status_code == 202
    job = wait_for_job(lambda: client.get("/api/admin/status", headers=HEADER).json["job"])
    assert job["state"] == "finished", job
    skipped = job["report"]["skipped"]
    assert [s["source"] for s in skipped] == [f"films/{hostile}.md"]
    page = client.get("/admin", headers=HEADER).text
    assert hostile not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert 'id="build-skipped"' in page


def test_query_log_on_the_page(app: Flask, client: FlaskClient) -> None:
    querylog = app.extensions["cinedex.querylog"]
    now = time.time()
    for q, total in [("oz", 3), ("oz", 3), ("<script>x</script>", 0), ("old", 0)]:
        querylog.record("films", q, total, at=now - (30 * 86400 if q == "old" else 0))
    page = client.get("/admin", headers=HEADER).text
    popular = page.split('id="popular-queries"')[1].split("</table>")[0]
    zero = page.split('id="zero-queries"')[1].split("</table>")[0]
    assert re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td><td>(\d+)</td></tr>", popular) == [
        ("oz", "films", "2"),
        ("&lt;script&gt;x&lt;/script&gt;", "films", "1"),
    ]
    assert "old" not in zero and "&lt;script&gt;" in zero
