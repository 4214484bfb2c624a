"""Helpers for tests that need a real corpus, a real index or a real HTTP server.

``write_corpus`` writes a tiny Markdown corpus; ``build_index`` builds it with the real
indexer; ``Server`` starts ``cinedex serve`` (gunicorn) on a free local port in a
subprocess and stops it again.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
ADMIN_TOKEN = "e2e-secret-token"
ADMIN_HEADERS = {"Authorization": f"Bearer {ADMIN_TOKEN}"}

FILMS: dict[str, str] = {
    "harbour-lights.md": """---
title: Harbour Lights
year: 1994
director: Marta Ibsen
cast: [Jonas Berg, Liv Dahl]
countries: [Norway]
genres: [Drama, Romance]
runtime: 101
languages: [Norwegian]
quotes:
  - text: A lighthouse keeper's grief rendered with the patience of the tides.
    critic: Ana Ruiz
    outlet: The Daily Reel
---
A lighthouse keeper on a northern island mourns his brother while a storm cuts the
island off from the mainland and a stranded sailor asks for shelter.
""",
    "the-copper-road.md": """---
title: The Copper Road
year: 1968
director: Samuel Okafor
cast: [Grace Mensah, Kofi Adu]
countries: [Ghana]
genres: [Drama, Adventure]
runtime: 117
languages: [English]
---
Two miners walk the copper road to the coast to sell a stolen nugget, pursued by a
company guard who once was their friend.
""",
    "midnight-arcade.md": """---
title: Midnight Arcade
year: 1999
director: Kenji Mori
cast: [Aiko Sato]
countries: [Japan]
genres: [Comedy, Science Fiction]
runtime: 92
languages: [Japanese]
quotes:
  - text: Silly, sweet and stuffed with neon; the finest arcade comedy of the decade.
    critic: Tom Hale
    outlet: Screen Weekly
---
A shy arcade attendant discovers that the high-score table predicts the future and
tries to win back the girl from the ramen stall.
""",
    "winter-orchard.md": """---
title: Winter Orchard
year: 1991
director: Marta Ibsen
cast: [Liv Dahl]
countries: [Norway, Sweden]
genres: [Drama]
runtime: 88
languages: [Swedish]
---
An old apple grower teaches her granddaughter to graft trees during the last winter
before the orchard is sold.
""",
}

NEW_FILM_NAME = "the-glass-kite.md"
NEW_FILM = """---
title: The Glass Kite
year: 2003
director: Priya Nair
countries: [India]
genres: [Family, Drama]
runtime: 99
---
A boy in Jaipur builds a kite of glass beads for the festival of Makar Sankranti and
learns why his grandfather stopped flying them: a zanzibarite word nobody else uses.
"""
#: A word only the new film contains: searching it shows whether the reindex is served.
NEW_FILM_WORD = "zanzibarite"


def write_corpus(root: Path) -> Path:
    """Write the tiny corpus under ``root`` and return it."""
    films = root / "films"
    films.mkdir(parents=True, exist_ok=True)
    for name, text in FILMS.items():
        (films / name).write_text(text, "utf-8")
    return root


def add_new_film(root: Path) -> None:
    """Add the film that only a reindex makes searchable."""
    (root / "films" / NEW_FILM_NAME).write_text(NEW_FILM, "utf-8")


def build_index(corpus: Path, index: Path) -> dict[str, Any]:
    """Build the index of ``corpus`` with the real indexer; return the report."""
    from indexer.build import build

    return build([corpus], index, full=True).to_json()


# A stand-in reindex: it runs until the test creates its release file (argv[1]), so a test
# controls how long "the reindex" runs. jobs.job_command() appends the real options,
# including the job marker, so the process looks like a job in the process table.
_HOLD = "import pathlib, sys, time\nwhile not pathlib.Path(sys.argv[1]).exists(): time.sleep(0.02)"


def hold_command(release_file: Path) -> list[str]:
    """A job command that runs until ``release_file`` exists."""
    return [sys.executable, "-c", _HOLD, str(release_file)]


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def cinedex_command() -> list[str]:
    """The ``cinedex`` command run by the test's interpreter (no installed script needed)."""
    return [sys.executable, "-m", "webapp.cli"]


def http(
    method: str,
    url: str,
    body: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 10.0,
) -> tuple[int, Any]:
    """Send one request; return (status, parsed JSON or text)."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, raw, kind = response.status, response.read(), response.headers
    except urllib.error.HTTPError as exc:
        status, raw, kind = exc.code, exc.read(), exc.headers
        exc.close()
    text = raw.decode("utf-8")
    is_json = "json" in (kind.get("Content-Type") or "")
    return status, json.loads(text) if is_json else text


class Server:
    """``cinedex serve`` on a free port, in its own process group."""

    def __init__(
        self, corpus: Path, index: Path, log: Path, token: str = ADMIN_TOKEN, workers: int = 2
    ) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = log
        env = os.environ | {
            "CINEDEX_CORPUS": str(corpus),
            "CINEDEX_INDEX": str(index),
            "CINEDEX_ADMIN_TOKEN": token,
            "CINEDEX_SECRET_KEY": "e2e-session-key",
        }
        args = [*cinedex_command(), "serve", "--host", "127.0.0.1", "--port", str(self.port)]
        args += ["--workers", str(workers), "--corpus", str(corpus), "--index", str(index)]
        self._out = log.open("wb")
        self.proc = subprocess.Popen(
            args, cwd=REPO, env=env, stdout=self._out, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip

    def __enter__(self) -> Server:
        self.wait_ready()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def wait_ready(self, timeout: float = 30.0) -> None:
        """Wait until ``/api/health`` answers 200; raise with the server's log if it never does."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            try:
                status, _ = http("GET", self.base + "/api/health", timeout=2)
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"server did not start:\n{self.log.read_text('utf-8', 'replace')}")

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on this server."""
        return self.base + path

    def stop(self) -> None:
        """Stop the server (TERM, then KILL) and its workers."""
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=5)
        self._out.close()


def wait_for_job(get_status: Any, timeout: float = 30.0) -> dict[str, Any]:
    """Poll ``get_status()`` (returning the job dict) until the job is no longer running."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = get_status()
        if job["state"] not in ("running", "idle"):
            return dict(job)
        time.sleep(0.2)
    raise AssertionError(f"reindex still running after {timeout}s: {get_status()}")
