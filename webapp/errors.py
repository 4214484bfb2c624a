"""One error handler: the JSON error shape under ``/api``, an HTML error page elsewhere.

The JSON shape, the same for every status::

    {"error": {"status": 400, "code": "bad_parameter", "message": "...", "param": "page"}}

``param`` is null when no single parameter is at fault. Unexpected exceptions are logged
with their traceback and answered 500 in the same shape, never with a stack trace.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from webapp.params import BadParameter
from webapp.search import IndexUnavailable

log = logging.getLogger(__name__)

#: status -> machine-readable code for errors raised as plain HTTP exceptions
CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    429: "too_many_requests",
    500: "internal_error",
    503: "unavailable",
}


@dataclass(frozen=True)
class ApiError(Exception):
    """An error a view raises on purpose, with its code and message."""

    status: int
    code: str
    message: str
    param: str | None = None


def is_api() -> bool:
    """Whether the current request is under ``/api``."""
    return request.path == "/api" or request.path.startswith("/api/")


def describe(exc: BaseException) -> ApiError:
    """Any exception as an :class:`ApiError` (status, code, message, param)."""
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, BadParameter):
        return ApiError(exc.status, exc.code, exc.message, exc.param)
    if isinstance(exc, IndexUnavailable):
        message = "no search index is available yet; build one with `cinedex index`"
        return ApiError(503, "index_unavailable", message)
    if isinstance(exc, HTTPException):
        status = exc.code or 500
        return ApiError(status, CODES.get(status, "error"), exc.description or exc.name)
    return ApiError(500, "internal_error", "an unexpected error occurred; it has been logged")


def render_error(exc: BaseException) -> Response:
    """The response for ``exc``: JSON under /api, an HTML page elsewhere."""
    if not isinstance(exc, ApiError | BadParameter | IndexUnavailable | HTTPException):
        log.exception("unhandled error on %s %s", request.method, request.path, exc_info=exc)
    error = describe(exc)
    if is_api():
        body = {"status": error.status, "code": error.code, "message": error.message}
        response = jsonify({"error": body | {"param": error.param}})
    else:
        html = render_template("error.html", error=error)
        response = Response(html, mimetype="text/html")
    response.status_code = error.status
    if isinstance(exc, HTTPException):
        for name in ("Allow", "Retry-After", "WWW-Authenticate"):
            value = exc.get_response().headers.get(name)
            if value:
                response.headers[name] = value
    return response


def register(app: Flask) -> None:
    """Send every error through :func:`render_error`."""
    app.register_error_handler(Exception, render_error)
