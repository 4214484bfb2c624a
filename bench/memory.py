"""Memory of a serving process: the web app over a built index, after the query log.

A child Python process creates the app with :func:`webapp.create_app` (as ``cinedex serve``
does in each worker), answers every query of the log through the JSON API with Flask's test
client, says "ready" and waits; the parent reads its ``VmRSS`` and ``VmHWM`` from
``/proc/<pid>/status`` and then lets it exit.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

_CHILD = r"""
import json, sys
from urllib.parse import urlencode
from webapp import create_app
config = json.loads(sys.argv[1])
queries = json.loads(sys.argv[2])
client = create_app(config).test_client()
for kind, q in queries:
    response = client.get(f"/api/{kind}?" + urlencode({"q": q}))
    assert response.status_code == 200, (q, response.status_code)
print("ready", flush=True)
sys.stdin.read()
"""


@dataclass(frozen=True)
class Memory:
    """Resident memory of the serving process, in MB: now and at its peak."""

    rss_mb: float
    peak_mb: float
    queries: int


def _status_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def serving_memory(
    index_dir: Path, corpus: list[Path], work: Path, queries: list[tuple[str, str]]
) -> Memory:
    """Start the app over ``index_dir`` in a child process, run ``queries`` (``("search" |
    "quotes", text)``), and read its memory."""
    config = {
        "INDEX": str(index_dir),
        "CORPUS": [str(c) for c in corpus],
        "QUERYLOG": str(work / "querylog.sqlite3"),
        "SECRET_KEY": "bench",
    }
    with subprocess.Popen(
        [sys.executable, "-c", _CHILD, json.dumps(config), json.dumps(queries)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None and child.stdin is not None
        try:
            if child.stdout.readline().strip() != "ready":
                raise RuntimeError(f"the serving process failed (exit {child.wait()})")
            rss = _status_kb(child.pid, "VmRSS")
            peak = _status_kb(child.pid, "VmHWM")
        finally:
            child.stdin.close()
            child.wait(timeout=60)
    return Memory(rss / 1024, peak / 1024, len(queries))
