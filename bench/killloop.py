"""The full-scale kill loop: ``cinedex index --full`` over ``corpus`` + ``../shared/data``
(Whoosh's parallel writer, ``procs=2``, from 20,000 documents) killed with SIGKILL at random
points, each kill followed by checks and a successful build.

After every kill: the build's writer helpers (its child processes) are gone, no process holds
the writer lock, the job status does not say ``running``, the next ``cinedex index`` succeeds
without ``--wait``, and the live index answers exactly as before (the full build never
swapped). ``python -m bench.killloop --kills 20`` prints one JSON line per kill.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from indexer.layout import IndexLayout, build_held, lock_holders
from indexer.procs import pid_exists
from webapp import jobs

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
CORPORA = [REPO / "corpus", REPO.parent / "shared" / "data"]


def index_command(index: Path, *extra: str) -> list[str]:
    """``cinedex index`` of the full data into ``index``, with a status file."""
    args = [sys.executable, "-m", "webapp.cli", "index", "--index", str(index), "--json"]
    for root in CORPORA:
        args += ["--corpus", str(root)]
    return [*args, "--status-file", str(jobs.status_path(index)), *extra]


def children(pid: int) -> set[int]:
    """Live processes whose parent is ``pid``."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        if fields and int(fields[1]) == pid and fields[0] not in ("Z", "X"):
            found.add(int(stat.parent.name))
    return found


def state_of(index: Path) -> Any:
    """What a reader sees: film fingerprints and a few search answers (tests' definition)."""
    sys.path.insert(0, str(REPO / "tests"))
    from test_faults import state_of as tests_state_of

    return tests_state_of(index)


def timed_build(index: Path, *extra: str) -> float:
    """Run a build to the end; its wall time (raises if it fails)."""
    started = time.monotonic()
    subprocess.run(index_command(index, *extra), cwd=REPO, check=True, capture_output=True)
    return time.monotonic() - started


def kill_once(index: Path, delay: float, reference: Any) -> dict[str, Any]:
    """Start a full build, SIGKILL it after ``delay`` s, check everything, rebuild; the live
    index must answer as ``reference`` (what it answered before the build) when killed."""
    proc = subprocess.Popen(index_command(index, "--full"), cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    helpers: set[int] = set()
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline and proc.poll() is None:
        helpers |= children(proc.pid)
        time.sleep(0.05)
    stage = jobs.read_status(index).get("stage")
    killed = proc.poll() is None
    helpers = {p for p in helpers | children(proc.pid) if pid_exists(p)}
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    gone_after = _wait_gone(helpers, 10.0)
    layout = IndexLayout(index)
    outcome = {
        "delay": round(delay, 1),
        "killed": killed,
        "stage": stage if killed else "done",
        "helpers": len(helpers),
        "helpers_gone_seconds": gone_after,
        "left_behind": sorted(p for p in helpers if pid_exists(p)),
        "lock_held_after_kill": build_held(layout),
        "status_after_kill": jobs.read_status(index)["state"],
    }
    for pid in outcome["left_behind"]:  # never leave them running, even when the check fails
        os.kill(pid, signal.SIGKILL)
    outcome["recovery_seconds"] = round(timed_build(index), 1)
    outcome["unchanged"] = state_of(index) == reference
    outcome["lock_holders_after"] = lock_holders(layout)
    return outcome


def _wait_gone(pids: set[int], seconds: float) -> float | None:
    started = time.monotonic()
    while any(pid_exists(p) for p in pids):
        if time.monotonic() - started > seconds:
            return None
        time.sleep(0.02)
    return round(time.monotonic() - started, 2)


def kill_loop(
    index: Path, kills: int, seed: int = 11, full_seconds: float | None = None
) -> dict[str, Any]:
    """A first full build (timed; skipped when ``full_seconds`` is known), then full builds
    killed at random points until ``kills`` of them were killed (a build that ends before its
    point is not a kill: it times the build anew; at most ``2 * kills`` builds)."""
    if IndexLayout(index).live() is None:
        timed_build(index, "--full")
    if full_seconds is None:
        full_seconds = timed_build(index, "--full")
    reference = state_of(index)
    rng = random.Random(seed)
    runs: list[dict[str, Any]] = []
    while sum(r["killed"] for r in runs) < kills and len(runs) < 2 * kills:
        started = time.monotonic()
        outcome = kill_once(index, rng.uniform(0.05, 0.95) * full_seconds, reference)
        if not outcome["killed"]:  # it ended first: the machine is faster now than when timed
            full_seconds = time.monotonic() - started - outcome["recovery_seconds"]
            # a finished build is live now; two full builds may differ where merge conflicts
            # tie (decided by set order), so the kills that follow compare with this one
            reference = state_of(index)
        log.info("run %d (%d killed): %s", len(runs) + 1, sum(r["killed"] for r in runs),
                 json.dumps(outcome))  # fmt: skip
        runs.append(outcome)
    return {"full_seconds": round(full_seconds, 1), "films": len(reference.prints), "runs": runs}


def main(argv: list[str] | None = None) -> None:
    """Run the kill loop on an index folder (made if missing) and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--out", type=Path, default=None, help="Write the figures (JSON) here.")
    parser.add_argument("--full-seconds", type=float, default=None,
                        help="A full build's time, known (skips the timing build).")  # fmt: skip
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    result = kill_loop(args.index, args.kills, args.seed, args.full_seconds)
    if args.out:
        args.out.write_text(json.dumps(result, indent=1), "utf-8")


if __name__ == "__main__":
    main()
