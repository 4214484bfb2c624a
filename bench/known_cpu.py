"""Server CPU time per request of the known-item queries over HTTP: a figure that a busy
machine disturbs much less than latency does.

``cinedex serve`` with two workers over ``--index``; every query of ``bench/known_queries.txt``
is asked twice to warm both workers, then once more while the workers' CPU time (user +
system, from ``/proc``) is counted. ``--code DIR`` serves the code of another checkout instead
(an unpacked ``git archive`` of an older commit, put first on ``sys.path``), to compare two
versions on the same machine in the same minutes. Linux only; only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from bench.known_http import _free_port, _wait
from bench.known_run import QUERIES


def serve_command(code: Path | None, port: int, index: Path) -> list[str]:
    """``cinedex serve`` of this environment, or of the checkout ``code``."""
    args = ["serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "2"]
    args += ["--index", str(index)]
    if code is None:
        return [sys.executable, "-m", "webapp.cli", *args]
    boot = (
        "import sys; sys.meta_path = [f for f in sys.meta_path if 'editable' not in repr(f)];"
        f" sys.path.insert(0, {str(code)!r}); from webapp.cli import main;"
        f" sys.argv = ['cinedex', *{args!r}]; main()"
    )
    return [sys.executable, "-c", boot]


def workers_cpu(server: int) -> float:
    """CPU seconds (user + system) the server's worker processes have used."""
    found = subprocess.run(["pgrep", "-P", str(server)], capture_output=True, text=True)
    total = 0
    for pid in found.stdout.split():
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def ask(base: str, kind: str, q: str) -> float:
    """One query through the JSON API; the service's own ``took_ms``."""
    path = "/api/quotes" if kind.startswith("critic") else "/api/search"
    url = f"{base}{path}?{urllib.parse.urlencode({'q': q})}"
    with urllib.request.urlopen(url, timeout=60) as response:
        return float(json.loads(response.read())["took_ms"])


def measure(index: Path, code: Path | None, log: Path) -> dict[str, float]:
    """Per request: workers' CPU ms, the service's ms and the client's ms."""
    rows = [line.split("\t") for line in QUERIES.read_text("utf-8").splitlines() if line]
    port = _free_port()
    with log.open("wb") as out:
        proc = subprocess.Popen(serve_command(code, port, index), stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(base, proc, timeout=240)
        for _ in range(2):
            for row in rows:
                ask(base, row[0], row[1])
        cpu, started = workers_cpu(proc.pid), time.perf_counter()
        took = sum(ask(base, row[0], row[1]) for row in rows)
        wall, cpu = time.perf_counter() - started, workers_cpu(proc.pid) - cpu
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(30)
    n = len(rows)
    return {"requests": n, "cpu_ms": 1000 * cpu / n, "service_ms": took / n,
            "client_ms": 1000 * wall / n, "load": os.getloadavg()[0]}  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    """Print the figures of this code (and of ``--code``) as JSON lines."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", type=Path, required=True, help="a built cinedex index")
    parser.add_argument("--code", type=Path, help="also measure this checkout's code")
    parser.add_argument(
        "--log", type=Path, default=Path(tempfile.gettempdir()) / "cinedex-known-cpu.log"
    )
    args = parser.parse_args(argv)
    for label, code in (("this code", None), (str(args.code), args.code)):
        if label == "None":
            continue
        figures = measure(args.index, code, args.log)
        print(json.dumps({"code": label} | {k: round(v, 1) for k, v in figures.items()}))


if __name__ == "__main__":
    main()
