"""Editors' admin: index status, background reindex and the query log, behind a token.

Access (:mod:`webapp.credentials`): the token ``CINEDEX_ADMIN_TOKEN`` as a header, or a
server-side session opened through the login form. Answers: no credentials 401, a wrong token
403 (429 after a few), and nothing is done.
Every form POST, and every API POST authenticated by the session cookie, must carry the
session's CSRF token (hidden field ``csrf_token`` or header ``X-CSRF-Token``), else 403.
Header-authenticated API calls need no CSRF token: a browser never adds that header by
itself. With no token configured the admin is off: its pages and API answer 404
``admin_disabled``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from flask import (
    Blueprint,
    Flask,
    Response,
    current_app,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.typing import ResponseReturnValue

from indexer.layout import IndexLayout, index_stats
from webapp import credentials, jobs
from webapp.credentials import (
    SESSION_KEY,
    Denied,
    admin_token,
    authenticate,
    check_csrf,
    check_token,
    csrf_token,
    fingerprint,
    sessions,
)
from webapp.errors import ApiError

log = logging.getLogger(__name__)

bp = Blueprint("admin", __name__)

QUERYLOG_DAYS = 7
QUERYLOG_LIMIT = 10
DISABLED = "the admin is off: set CINEDEX_ADMIN_TOKEN to turn it on"


@bp.before_request
def admin_enabled() -> None:
    """Every admin route is 404 while no token is configured."""
    if not admin_token():
        raise ApiError(404, "admin_disabled", DISABLED)


# --------------------------------------------------------------------------- data


def _index_root() -> Path:
    return Path(current_app.config["INDEX"])


def _corpus() -> list[Path]:
    return [Path(p) for p in current_app.config["CORPUS"]]


def admin_status() -> dict[str, Any]:
    """The index's statistics (None before the first build) and the last job's status."""
    return {
        "index": index_stats(IndexLayout(_index_root())),
        "job": jobs.read_status(_index_root()),
    }


def start_reindex(full: bool) -> dict[str, Any]:
    """Start a background reindex; raise :class:`jobs.JobBusy` when one runs."""
    job = jobs.start(_corpus(), _index_root(), full=full)
    log.info("admin: reindex started (%s) from %s", job["mode"], request.remote_addr)
    return job


def query_report() -> dict[str, list[dict[str, Any]]]:
    """The popular and zero-result queries of the last week (empty without a query log)."""
    querylog = current_app.extensions.get("cinedex.querylog")
    if querylog is None:
        return {"popular": [], "zero_results": []}
    return {
        "popular": querylog.popular(QUERYLOG_DAYS, QUERYLOG_LIMIT),
        "zero_results": querylog.zero_results(QUERYLOG_DAYS, QUERYLOG_LIMIT),
    }


# --------------------------------------------------------------------------- pages


def _login_page(status: int, message: str = "", retry_after: int = 0) -> ResponseReturnValue:
    html = render_template("login.html", csrf_token=csrf_token(), message=message)
    return html, status, ({"Retry-After": str(retry_after)} if retry_after else {})


def _refused(exc: Denied) -> ResponseReturnValue:
    return _login_page(exc.status, exc.message, exc.retry_after)


def _admin_page(status: int = 200, message: str = "") -> ResponseReturnValue:
    html = render_template(
        "admin.html",
        status=admin_status(),
        queries=query_report(),
        days=QUERYLOG_DAYS,
        csrf_token=csrf_token(),
        message=message,
        logged_in=session.get(SESSION_KEY) is not None,
    )
    return html, status


@bp.get("/admin")
def page() -> ResponseReturnValue:
    """The admin page; the login form (401) without credentials."""
    try:
        authenticate()
    except Denied as exc:
        return _login_page(exc.status, "" if exc.status == 401 else exc.message, exc.retry_after)
    return _admin_page(message=_notice(request.args.get("started")))


def _notice(started: str | None) -> str:
    """The "started" notice while the job runs (the URL keeps it after the job ends)."""
    if jobs.read_status(_index_root())["state"] != "running":
        return ""
    return {"full": "Full reindex started.", "incremental": "Reindex started."}.get(
        started or "", ""
    )


@bp.get("/admin/login")
def login_form() -> ResponseReturnValue:
    """The login form."""
    return _login_page(200)


@bp.post("/admin/login")
def login() -> ResponseReturnValue:
    """Check the token from the form and remember it in the session."""
    try:
        check_csrf()
        check_token(request.form.get("token", ""))
    except Denied as exc:
        return _refused(exc) if exc.code != "forbidden" else _login_page(403, "Wrong token.")
    sid = sessions().open(fingerprint(admin_token()))
    if sid is None:
        return _login_page(503, "Cannot open a session now (see the server log); try again.")
    session.clear()  # a fresh CSRF token for the logged-in session
    session[SESSION_KEY] = sid
    return redirect(url_for("admin.page"), 303)


@bp.post("/admin/logout")
def logout() -> ResponseReturnValue:
    """Forget the session."""
    try:
        check_csrf()
    except Denied as exc:
        return _refused(exc)
    sessions().close(session.get(SESSION_KEY))
    session.clear()
    return redirect(url_for("admin.login_form"), 303)


@bp.post("/admin/reindex")
def reindex_form() -> ResponseReturnValue:
    """The reindex button (works without JavaScript): start, then back to the page."""
    try:
        authenticate()
        check_csrf()
    except Denied as exc:
        return _refused(exc)
    full = request.form.get("full") == "1"
    try:
        job = start_reindex(full)
    except jobs.JobBusy:
        return _admin_page(409, "A reindex is already running; wait for it to finish.")
    return redirect(url_for("admin.page", started=job["mode"]), 303)


# --------------------------------------------------------------------------- API


def _api_error(
    status: int, code: str, message: str, retry_after: int = 0, **extra: Any
) -> Response:
    body = {"error": {"status": status, "code": code, "message": message, "param": None}}
    response = jsonify(body | extra)
    response.status_code = status
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="cinedex admin"'
    if retry_after:
        response.headers["Retry-After"] = str(retry_after)
    return response


def _api_auth(post: bool) -> Response | None:
    """None when the API request may proceed, else the error response."""
    try:
        how = authenticate()
        if post and how == "session":
            check_csrf()
    except Denied as exc:
        return _api_error(exc.status, exc.code, exc.message, exc.retry_after)
    return None


@bp.get("/api/admin/status")
def api_status() -> ResponseReturnValue:
    """Index statistics and the job status, for scripts and the page's progress bar."""
    return _api_auth(post=False) or jsonify(admin_status())


@bp.post("/api/admin/reindex")
def api_reindex() -> ResponseReturnValue:
    """Start a reindex (``{"full": bool}``): 202, or 409 with the running job's status."""
    denied = _api_auth(post=True)
    if denied is not None:
        return denied
    body = request.get_json(silent=True)
    body = {} if body is None and not request.get_data() else body
    if not isinstance(body, dict) or not isinstance(body.get("full", False), bool):
        return _api_error(400, "bad_request", 'expected a JSON object like {"full": false}')
    try:
        job = start_reindex(body.get("full", False))
    except jobs.JobBusy as busy:
        return _api_error(409, "reindex_running", "a reindex is already running", job=busy.status)
    return jsonify({"job": job}), 202


def register(app: Flask) -> None:
    """Register the admin blueprint on ``app``, with its session store and its throttle."""
    credentials.register(app)
    app.register_blueprint(bp)
