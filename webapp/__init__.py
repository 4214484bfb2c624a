"""cinedex web app: search pages for visitors and critics, a JSON API and an editors' admin.

:func:`create_app` follows Flask's ``flaskr``: configuration (defaults, environment, test
override), then the one :class:`~webapp.search.SearchService` and the query log in
``app.extensions``, then blueprints, error handling, security headers and the admin.

Flask, Werkzeug and the search service are imported when an app is made or a request served,
not with the package: the ``cinedex`` command lives in it and its ``extract`` never serves.
"""

from __future__ import annotations

import ipaddress
import logging
import math
import secrets
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from webapp import config as configuration

if TYPE_CHECKING:
    from flask import Flask, Response

    from webapp.querylog import QueryLog
    from webapp.search import SearchService

log = logging.getLogger(__name__)

SEARCH_KEY = "cinedex.search"
QUERYLOG_KEY = "cinedex.querylog"
LIMITER_KEY = "cinedex.search_limiter"
#: the paths that search, and so are rate-limited per client
SEARCH_PATHS = frozenset({"/", "/quotes", "/api/search", "/api/quotes", "/api/suggest"})

#: The JSON-LD block is a data block browsers never execute; its nonce makes that explicit.
CSP = (
    "default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def public_base(config: Mapping[str, Any]) -> str:
    """The scheme and host that absolute URLs start with (no trailing slash)."""
    if config.get("BASE_URL"):
        return str(config["BASE_URL"])
    host = str(config.get("HOST") or "127.0.0.1")
    host = "localhost" if host in ("0.0.0.0", "::", "") else host
    return (
        f"http://[{host}]:{config.get('PORT')}"
        if ":" in host
        else f"http://{host}:{config.get('PORT')}"
    )


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the web app: config, search service, query log, blueprints, errors, admin."""
    from werkzeug.middleware.proxy_fix import ProxyFix

    from webapp import errors
    from webapp.application import CinedexApp
    from webapp.querylog import QueryLog
    from webapp.search import SearchService

    app = CinedexApp(__name__)
    app.config.update(configuration.load(test_config))
    app.json.sort_keys = False  # type: ignore[attr-defined]  # keep the dataclasses' field order
    logging.getLogger("webapp").setLevel(app.config["LOG_LEVEL"])
    index_dir = Path(app.config["INDEX"])
    app.extensions[SEARCH_KEY] = SearchService(
        index_dir, time_limit=app.config["SEARCH_TIMEOUT"], readers=app.config["SEARCHES"]
    )
    app.extensions[QUERYLOG_KEY] = QueryLog(
        app.config["QUERYLOG"],
        days=app.config["QUERYLOG_DAYS"],
        max_rows=app.config["QUERYLOG_ROWS"],
        visitor=visitor,
    )
    register_blueprints(app)
    errors.register(app)
    register_headers(app)
    register_rate_limit(app)
    if app.config["PROXIES"] > 0:  # client address and scheme from the proxies' headers
        n = app.config["PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n)  # type: ignore[method-assign]
    from webapp import admin  # written apart; imported late so it may import from here

    admin.register(app)
    return app


def register_blueprints(app: Flask) -> None:
    """The HTML pages and the JSON API."""
    from webapp import api, views

    app.register_blueprint(views.bp)
    app.register_blueprint(api.bp)


def visitor() -> str | None:
    """Who is searching, for counting a query once per visitor: address and browser (None
    outside a request: then every search counts)."""
    from flask import has_request_context, request

    if not has_request_context():
        return None
    return f"{request.remote_addr} {request.headers.get('User-Agent', '')}"


def register_rate_limit(app: Flask) -> None:
    """Searches per client limited (``SEARCH_RATE`` a second, bursts of ``SEARCH_BURST``,
    one bucket per client for all workers when ``RATE_FILE`` is set): past it 429 with
    ``Retry-After``, in the JSON error shape under ``/api``. A search costs
    one token per started ``SEARCH_COST`` seconds it took, so a client sending expensive
    queries is slowed down in proportion to the server time it uses (CPU time of the request's
    thread: a visitor who waited behind others is not charged for the wait).

    Without ``PROXIES`` a loopback client is not limited: that is a proxy on this machine
    whose clients all share its address (set ``CINEDEX_PROXIES`` to limit them one by one),
    or a local tool."""
    from flask import g, request
    from werkzeug.exceptions import TooManyRequests

    from webapp.ratelimit import RateLimiter

    limiter = RateLimiter(
        app.config["SEARCH_RATE"], app.config["SEARCH_BURST"], path=app.config["RATE_FILE"]
    )
    app.extensions[LIMITER_KEY] = limiter
    unit = float(app.config["SEARCH_COST"])
    trust_loopback = app.config["PROXIES"] == 0

    def limited() -> bool:
        if request.path not in SEARCH_PATHS:
            return False
        return not (trust_loopback and is_loopback(request.remote_addr))

    @app.before_request
    def limit_searches() -> None:
        if not limited():
            return
        wait = limiter.take(request.remote_addr or "unknown")
        if wait:
            message = f"too many searches from this address; try again in {wait} s"
            raise TooManyRequests(message, retry_after=wait)

    @app.teardown_request
    def charge_searches(exc: BaseException | None) -> None:
        if unit > 0 and "cpu_started" in g and limited():
            spent = time.thread_time() - g.cpu_started
            limiter.charge(request.remote_addr or "unknown", math.ceil(spent / unit) - 1)


def is_loopback(address: str | None) -> bool:
    """Whether ``address`` is this machine (127.0.0.0/8, ::1)."""
    try:
        return ipaddress.ip_address(address or "").is_loopback
    except ValueError:
        return False


def csp_nonce() -> str:
    """This request's nonce for the one allowed inline ``<script>`` (JSON-LD)."""
    from flask import g

    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    return str(g.csp_nonce)


def register_headers(app: Flask) -> None:
    """Security headers on every response, and one log line per request with its time."""
    from flask import g, request

    app.jinja_env.globals["csp_nonce"] = csp_nonce

    @app.before_request
    def start_clock() -> None:
        g.started = time.perf_counter()
        g.cpu_started = time.thread_time()  # work done for this request, not time waited

    @app.after_request
    def finish(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = CSP.format(nonce=csp_nonce())
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        ms = (time.perf_counter() - g.get("started", time.perf_counter())) * 1000
        log.info("%s %s %s %.1fms", request.method, request.path, response.status_code, ms)
        return response


def search_service(app: Flask) -> SearchService:
    """The app's one search service."""
    service: SearchService = app.extensions[SEARCH_KEY]
    return service


def query_log(app: Flask) -> QueryLog:
    """The app's query log."""
    querylog: QueryLog = app.extensions[QUERYLOG_KEY]
    return querylog
