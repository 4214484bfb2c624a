"""Configuration: defaults, then ``CINEDEX_*`` environment variables, then the test override.

Keys of ``app.config`` are the variable names without the ``CINEDEX_`` prefix:

========================  ==========================  ==========================================
variable                  key                         meaning (default)
========================  ==========================  ==========================================
CINEDEX_INDEX             INDEX                       index folder (``index``)
CINEDEX_CORPUS            CORPUS                      corpus folders, space separated (``corpus``)
CINEDEX_ADMIN_TOKEN       ADMIN_TOKEN                 token of the editors' admin (unset: admin off)
CINEDEX_SECRET_KEY        SECRET_KEY                  session key (see below)
CINEDEX_SEARCH_TIMEOUT    SEARCH_TIMEOUT              seconds a search may take (1.0)
CINEDEX_QUERYLOG          QUERYLOG                    query log (``<INDEX>/querylog.sqlite3``)
CINEDEX_WORKERS           WORKERS                     gunicorn workers (2 per CPU + 1, at most 8)
CINEDEX_HOST / _PORT      HOST / PORT                 ``cinedex serve`` address (127.0.0.1:8000)
CINEDEX_LOG_LEVEL         LOG_LEVEL                   logging level (``INFO``)
========================  ==========================  ==========================================

``SECRET_KEY``: sessions must verify in every gunicorn worker, so a key that is random per
process would log editors out at random. When ``CINEDEX_SECRET_KEY`` is unset the key is
derived from the admin token (same token, same key in every worker); with neither set the
admin is off, sessions are unused and a random key is harmless.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

PREFIX = "CINEDEX_"


def default_workers() -> int:
    """gunicorn's usual advice, 2 x CPUs + 1, capped: the index is shared, not the memory."""
    return min(8, 2 * (os.cpu_count() or 1) + 1)


def _corpus(value: str) -> list[str]:
    return value.split()


def _level(value: str) -> str:
    return value.strip().upper()


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
        config["SECRET_KEY"] = secret_key(config["ADMIN_TOKEN"])
    return config


def secret_key(admin_token: str | None) -> str:
    """A key shared by all workers when an admin token is set, else a random one."""
    if admin_token:
        return hashlib.sha256(f"cinedex-session:{admin_token}".encode()).hexdigest()
    return secrets.token_hex(32)
