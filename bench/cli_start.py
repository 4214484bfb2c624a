"""Wall time of ``cinedex`` commands as editors and the page scorer run them: one fresh process
per call, so start-up (imports) counts as much as the work.

Run: ``.venv/bin/python -m bench.cli_start`` (10 runs of each command, interleaved; prints the
median, fastest and slowest wall time, and the median CPU time, user + system, which a busy
machine disturbs less). The commands are ``cinedex --help``, ``cinedex extract`` of one
page and of every page of ``../shared/pages`` in one call, each with ``--json``. ``--code DIR``
(repeatable) times other checkouts of the code instead (e.g. an exported ``git archive`` of an
older commit) with the same interpreter, their runs interleaved: before/after figures taken in
the same minutes of a shared machine.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT.parent / "shared" / "pages"
ONE_PAGE = "101_palacenova_shoplifters.txt"


def commands(pages: Path = PAGES) -> dict[str, list[str]]:
    """What is timed: a label -> the arguments of ``cinedex``."""
    every_page = [str(p) for p in sorted(pages.glob("*.txt"))]
    return {
        "cinedex --help": ["--help"],
        "cinedex extract ONE_PAGE --json": ["extract", str(pages / ONE_PAGE), "--json"],
        f"cinedex extract ../shared/pages/*.txt --json ({len(every_page)} pages)": [
            "extract",
            *every_page,
            "--json",
        ],
    }


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run_once(args: list[str], code: Path) -> tuple[float, float]:
    """Wall and CPU seconds of one ``cinedex ARGS`` in a fresh interpreter running ``code``."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "webapp.cli", *args],
        cwd=code,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=False,
    )
    seconds = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(f"cinedex {' '.join(args[:2])} failed: {done.stderr.decode()[-500:]}")
    return seconds, _children_cpu() - cpu


def measure(codes: list[Path], runs: int) -> dict[tuple[Path, str], list[tuple[float, float]]]:
    """Wall and CPU seconds of every run of every command in every checkout (all interleaved,
    after one warm-up call each that fills the OS's file cache)."""
    timed = commands()
    for code in codes:
        for args in timed.values():
            run_once(args, code)
    seconds: dict[tuple[Path, str], list[tuple[float, float]]] = {
        (code, label): [] for code in codes for label in timed
    }
    for _ in range(runs):
        for label, args in timed.items():
            for code in codes:
                seconds[code, label].append(run_once(args, code))
    return seconds


def main() -> None:
    """Time the commands and print one line each."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="Runs of each command.")
    parser.add_argument(
        "--code",
        type=Path,
        action="append",
        help="Checkout of the code to time (default: this one); repeat to compare several.",
    )
    options = parser.parse_args()
    codes = [c.resolve() for c in options.code or [ROOT]]
    print(f"{options.runs} runs each, load {os.getloadavg()[0]:.2f} at the start")
    for (code, label), runs in measure(codes, options.runs).items():
        where = f"[{code.name}] " if len(codes) > 1 else ""
        wall = [w for w, _ in runs]
        cpu = statistics.median(c for _, c in runs)
        print(
            f"{where}{label}: median {statistics.median(wall):.3f} s"
            f" (min {min(wall):.3f}, max {max(wall):.3f}); CPU {cpu:.3f} s"
        )
    print(f"load {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()
