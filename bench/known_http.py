"""The known-item queries over HTTP: ``cinedex serve`` with two workers on a free local port.

A single client asks each query of the set in turn (after a warm-up pass) through the JSON
API, so the times include the server's request handling, JSON rendering and the loopback
round trip; only 127.0.0.1 is ever contacted.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.known_items import Item

Answer = list[Any]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def cinedex() -> list[str]:
    """The ``cinedex`` command of this environment."""
    found = shutil.which("cinedex", path=str(Path(sys.executable).parent))
    return [found] if found else [sys.executable, "-m", "webapp.cli"]


@contextmanager
def serve(index: Path, log: Path, workers: int = 2) -> Iterator[str]:
    """``cinedex serve`` over ``index``; yields its base URL and stops it afterwards."""
    port = _free_port()
    args = [*cinedex(), "serve", "--host", "127.0.0.1", "--port", str(port)]
    args += ["--workers", str(workers), "--index", str(index)]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            args, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            env=os.environ | {"CINEDEX_INDEX": str(index)}, start_new_session=True,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            _wait(base, proc)
            yield base
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=20)


def _wait(base: str, proc: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen(base + "/api/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("cinedex serve did not start")


def get(base: str, path: str, q: str) -> dict[str, Any]:
    """The JSON answer of ``path?q=...`` (an HTTP error's JSON too)."""
    url = f"{base}{path}?{urllib.parse.urlencode({'q': q})}"
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            data: dict[str, Any] = json.loads(response.read())
    except urllib.error.HTTPError as exc:
        data = json.loads(exc.read() or b"{}")
        exc.close()
    return data


def http_answer(base: str, by_id: dict[str, Any]) -> Callable[[Item], Answer]:
    """The server's answer to an item, in the shape :func:`bench.known_items.succeeded` reads."""

    def answer(item: Item) -> Answer:
        if item.quote:
            found = get(base, "/api/quotes", item.query).get("hits", [])
            return [(h["film"]["id"], h["text"]) for h in found]
        hits = get(base, "/api/search", item.query).get("hits", [])
        return [by_id[h["id"]] for h in hits if h["id"] in by_id]

    return answer
