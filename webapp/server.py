"""How ``cinedex serve`` runs gunicorn: threaded workers, and gunicorn's own error answers in
the API's JSON error shape.

Workers are gunicorn's ``gthread`` workers: a connection is handed to a thread only once its
first bytes have arrived, and a client that sends its headers slowly holds one thread, not a
whole worker (a sync worker would be blocked for every visitor). In production put a
buffering reverse proxy in front (nginx with ``client_header_timeout``, ``client_body_timeout``
and its default request buffering), which hands gunicorn only complete requests; then set
``CINEDEX_PROXIES=1`` so that rate limits see the client's address.

Requests gunicorn refuses before the app sees them (a request line over 4094 bytes: 414,
headers too large or too many: 431, malformed: 400) are answered by :class:`Worker` in the
shape of every other API error. gunicorn has not parsed the path by then, so the JSON
shape is used for every path.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from gunicorn import util
from gunicorn.app.base import BaseApplication
from gunicorn.http import errors as http_errors
from gunicorn.workers.gthread import ThreadWorker

log = logging.getLogger(__name__)

#: gunicorn's parse errors -> (status, reason, code)
REFUSALS: list[tuple[type[Exception], int, str, str]] = [
    (http_errors.LimitRequestLine, 414, "URI Too Long", "uri_too_long"),
    (http_errors.LimitRequestHeaders, 431, "Request Header Fields Too Large", "headers_too_large"),
    (http_errors.ParseException, 400, "Bad Request", "bad_request"),
]


def refusal(exc: BaseException) -> tuple[int, str, str] | None:
    """(status, reason, code) of a request gunicorn refuses itself, None for other errors."""
    for kind, status, reason, code in REFUSALS:
        if isinstance(exc, kind):
            return status, reason, code
    return None


def error_response(status: int, reason: str, code: str, message: str) -> bytes:
    """A complete HTTP/1.1 response carrying the JSON error shape."""
    error = {"status": status, "code": code, "message": message, "param": None}
    body = json.dumps({"error": error}).encode("utf-8")
    head = (
        f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("latin-1") + body


class Worker(ThreadWorker):
    """gunicorn's threaded worker, answering its own refusals in the JSON error shape."""

    def handle_error(self, req: Any, client: Any, addr: Any, exc: BaseException) -> None:
        """gunicorn's refusals as JSON; anything else as gunicorn does it."""
        found = refusal(exc)
        if found is None:
            super().handle_error(req, client, addr, exc)
            return
        status, reason, code = found
        self.log.warning("refused a request from %s: %s", (addr or ("",))[0], exc)
        message = f"{reason.lower()}: {exc}"
        try:
            util.write_nonblock(client, error_response(status, reason, code, message))
        except OSError:
            self.log.debug("could not send the error answer")


def options(bind: str, workers: int, threads: int) -> dict[str, Any]:
    """gunicorn settings of ``cinedex serve``."""
    return {
        "bind": bind,
        "workers": workers,
        "worker_class": f"{__name__}.Worker",
        "threads": threads,
        "control_socket_disable": True,  # one fixed path per machine: servers would share it
        "accesslog": "-",
        "access_log_format": '%(h)s "%(r)s" %(s)s %(b)s %(M)sms',
    }


class GunicornApp(BaseApplication):
    """gunicorn driven from Python: each worker builds its own app with ``settings``."""

    def __init__(self, settings: dict[str, Any], options: dict[str, Any]) -> None:
        self.settings = settings
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        """Apply our options to gunicorn's configuration."""
        for name, value in self.options.items():
            self.cfg.set(name, value)

    def load(self) -> Any:
        """The WSGI app of one worker."""
        from webapp import create_app

        app = create_app(self.settings)
        app.extensions["cinedex.search"].warm()  # the index is opened before the first request
        return app


@contextlib.contextmanager
def shared_rate_file() -> Iterator[Path]:
    """A fresh file for the rate-limit buckets of one server run, which its workers share
    (:class:`webapp.ratelimit.SharedBuckets`); removed when the server (not a worker) ends.

    gunicorn's workers are forked from the server and leave by ``sys.exit``, which unwinds
    this block in each of them too: only the process that made the folder removes it. A
    server killed with SIGKILL cannot; its folder is named with its pid, and the next server
    removes the folders of servers that are gone."""
    owner = os.getpid()
    _remove_orphans(Path(tempfile.gettempdir()))
    folder = Path(tempfile.mkdtemp(prefix=f"{RATE_DIR}{owner}-"))
    try:
        yield folder / "rate-buckets"
    finally:
        if os.getpid() == owner:
            shutil.rmtree(folder, ignore_errors=True)


RATE_DIR = "cinedex-serve-"


def _remove_orphans(parent: Path) -> None:
    """Remove the rate-limit folders of servers whose process is gone."""
    for folder in parent.glob(f"{RATE_DIR}*-*"):
        pid = folder.name[len(RATE_DIR) :].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True
