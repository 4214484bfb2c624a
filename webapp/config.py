"""Configuration: defaults, then ``CINEDEX_*`` environment variables, then the test override.

Keys of ``app.config`` are the variable names without the ``CINEDEX_`` prefix:

========================  ==========================  ==========================================
variable                  key                         meaning (default)
========================  ==========================  ==========================================
CINEDEX_INDEX             INDEX                       index folder (``index``)
CINEDEX_CORPUS            CORPUS                      corpus folders, space separated (``corpus``)
CINEDEX_ADMIN_TOKEN       ADMIN_TOKEN                 token of the editors' admin (unset: admin off)
CINEDEX_SECRET_KEY        SECRET_KEY                  session key (see below)
CINEDEX_BASE_URL          BASE_URL                    public URL of absolute links
CINEDEX_SECURE_COOKIES    SECURE_COOKIES              ``Secure`` cookies (on when BASE_URL is https)
CINEDEX_PROXIES           PROXIES                     proxies trusted for X-Forwarded-* (0)
CINEDEX_SEARCH_RATE       SEARCH_RATE                 searches/s per client (4; 0 is off)
CINEDEX_SEARCH_BURST      SEARCH_BURST                searches a client may send at once (40)
CINEDEX_SEARCH_COST       SEARCH_COST                 seconds of work one search token buys (0.01)
CINEDEX_RATE_FILE         RATE_FILE                   rate-limit buckets of all workers (below)
CINEDEX_SEARCHES          SEARCHES                    searches one process runs at once (4)
CINEDEX_AUTH_FAILURES     AUTH_FAILURES               wrong tokens per client per 5 min (5)
CINEDEX_QUERYLOG_DAYS     QUERYLOG_DAYS               days the query log keeps (30)
CINEDEX_QUERYLOG_ROWS     QUERYLOG_ROWS               (query, day) rows the query log keeps (50000)
CINEDEX_THREADS           THREADS                     threads per gunicorn worker (8)
CINEDEX_SEARCH_TIMEOUT    SEARCH_TIMEOUT              seconds a search may take (1.0)
CINEDEX_QUERYLOG          QUERYLOG                    query log (``<INDEX>/querylog.sqlite3``)
CINEDEX_WORKERS           WORKERS                     gunicorn workers (2 per CPU + 1, at most 8)
CINEDEX_HOST / _PORT      HOST / PORT                 ``cinedex serve`` address (127.0.0.1:8000)
CINEDEX_LOG_LEVEL         LOG_LEVEL                   logging level (``INFO``)
========================  ==========================  ==========================================

``SECRET_KEY``: sessions must verify in every gunicorn worker, so a key that is random per
process would log editors out at random. When ``CINEDEX_SECRET_KEY`` is unset and the admin
is on, the key is random per installation, made once and kept beside the index in
``<INDEX>/secret_key`` (mode 0600), so every worker reads the same one and nobody can derive
it from the token; with the admin off sessions are unused and a random key is harmless.

``RATE_FILE``: the search rate limit keeps one bucket per client in this file, which every
worker of the server maps (:class:`webapp.ratelimit.SharedBuckets`). ``cinedex serve`` makes
one per server run; unset (``flask run``, tests, gunicorn started by hand) each process counts
on its own, and a client spread over ``n`` workers gets up to ``n`` times the limit.

``SEARCHES``: each search holds a Whoosh reader of its own (:mod:`webapp.search.readers`:
a few open files; the segments' bytes are shared by all of a process's readers); a process
keeps at most this many, and more searches at once wait for one.
"""

from __future__ import annotations

import logging
import os
import secrets
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

PREFIX = "CINEDEX_"
SECRET_FILE = "secret_key"


def default_workers() -> int:
    """gunicorn's usual advice, 2 x CPUs + 1, capped: a worker's threads wait on slow
    clients, and it runs a few searches at once (``SEARCHES``) on one core's worth of GIL."""
    return min(8, 2 * (os.cpu_count() or 1) + 1)


def _corpus(value: str) -> list[str]:
    return value.split()


def _level(value: str) -> str:
    return value.strip().upper()


def _flag(value: str) -> bool:
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ValueError("expected 1/0, true/false, yes/no or on/off")


#: key -> how to read its environment variable
PARSERS: dict[str, Callable[[str], Any]] = {
    "INDEX": str,
    "CORPUS": _corpus,
    "ADMIN_TOKEN": str,
    "SECRET_KEY": str,
    "SEARCH_TIMEOUT": float,
    "QUERYLOG": str,
    "WORKERS": int,
    "HOST": str,
    "PORT": int,
    "LOG_LEVEL": _level,
    "BASE_URL": str,
    "SECURE_COOKIES": _flag,
    "PROXIES": int,
    "SEARCH_RATE": float,
    "SEARCH_BURST": int,
    "SEARCH_COST": float,
    "RATE_FILE": str,
    "SEARCHES": int,
    "AUTH_FAILURES": int,
    "QUERYLOG_DAYS": int,
    "QUERYLOG_ROWS": int,
    "THREADS": int,
}


def defaults() -> dict[str, Any]:
    """The configuration before the environment and the test override."""
    return {
        "INDEX": "index",
        "CORPUS": ["corpus"],
        "ADMIN_TOKEN": None,
        "SECRET_KEY": None,
        "SEARCH_TIMEOUT": 1.0,
        "QUERYLOG": None,
        "WORKERS": default_workers(),
        "HOST": "127.0.0.1",
        "PORT": 8000,
        "LOG_LEVEL": "INFO",
        "BASE_URL": None,
        "SECURE_COOKIES": None,
        "PROXIES": 0,
        "SEARCH_RATE": 4.0,
        "SEARCH_BURST": 40,
        "SEARCH_COST": 0.01,
        "RATE_FILE": None,
        "SEARCHES": 4,
        "AUTH_FAILURES": 5,
        "QUERYLOG_DAYS": 30,
        "QUERYLOG_ROWS": 50_000,
        "THREADS": 8,
    }


def from_env(environ: Mapping[str, str]) -> dict[str, Any]:
    """The ``CINEDEX_*`` variables that are set and not empty, parsed to their types."""
    found: dict[str, Any] = {}
    for key, parse in PARSERS.items():
        raw = environ.get(PREFIX + key, "").strip()
        if raw:
            try:
                found[key] = parse(raw)
            except ValueError as exc:
                raise ValueError(f"{PREFIX}{key}={raw!r}: {exc}") from exc
    return found


def load(
    test_config: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """Defaults, then the environment, then ``test_config``; derived values filled in."""
    config = defaults()
    config.update(from_env(os.environ if environ is None else environ))
    config.update(test_config or {})
    config["INDEX"] = str(config["INDEX"])
    config["CORPUS"] = [str(p) for p in config["CORPUS"]]
    if not config["QUERYLOG"]:
        config["QUERYLOG"] = str(Path(config["INDEX"]) / "querylog.sqlite3")
    if not config["SECRET_KEY"]:
        config["SECRET_KEY"] = secret_key(config["ADMIN_TOKEN"], Path(config["INDEX"]))
    if config["BASE_URL"]:
        config["BASE_URL"] = str(config["BASE_URL"]).rstrip("/")
    if config["SECURE_COOKIES"] is None:
        config["SECURE_COOKIES"] = str(config["BASE_URL"] or "").startswith("https://")
    config["SESSION_COOKIE_SECURE"] = bool(config["SECURE_COOKIES"])
    config.setdefault("SESSION_COOKIE_SAMESITE", "Lax")
    config.setdefault("SESSION_COOKIE_HTTPONLY", True)
    return config


def secret_key(admin_token: str | None, index: Path) -> str:
    """The installation's session key when the admin is on (see the module), else a random one."""
    if not admin_token:
        return secrets.token_hex(32)
    try:
        return installation_key(index)
    except OSError as exc:
        log.warning("cannot keep a session key in %s (%s): sessions last one worker", index, exc)
        return secrets.token_hex(32)


def installation_key(index: Path) -> str:
    """The random key kept in ``index/secret_key`` (0600), made by the first process to ask."""
    path = index / SECRET_FILE
    with_key = _read_key(path)
    if with_key:
        return with_key
    index.mkdir(parents=True, exist_ok=True)
    tmp = index / f".{SECRET_FILE}.{os.getpid()}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, secrets.token_hex(32).encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)  # never replaces: when two workers race, the first key wins
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    return _read_key(path) or secrets.token_hex(32)


def _read_key(path: Path) -> str:
    try:
        return path.read_text("ascii").strip()
    except FileNotFoundError:
        return ""
