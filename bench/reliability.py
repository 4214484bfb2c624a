"""The slow reliability run: fault, concurrency, fuzz and load tests; writes RELIABILITY.md.

``python -m bench.reliability --write RELIABILITY.md`` (``make reliability``) runs the four
reliability test files with their slow loops (20 kill points per build mode, more fuzz
examples), then the full load test: ``cinedex serve`` with several workers on the index of
``../shared/data``, locust at 50 users for a minute, then again while a full reindex runs;
then the full-scale runs of :mod:`bench.fullscale` (kill loop over parallel full builds, attack
run, auth under attack, query log flood). ``--only scale`` runs that part alone and rewrites
only its sections of the report. Every figure comes from the run that wrote
it; the tests log theirs as JSON lines.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench import fullscale
from bench.load import LoadResult, load_data, run_load

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
TEST_FILES = ["tests/test_faults.py", "tests/test_concurrency.py", "tests/test_fuzz.py",
              "tests/test_load.py"]  # fmt: skip
ADMIN_TOKEN = "reliability-token"


def run_tests(work: Path, args: argparse.Namespace) -> tuple[str, list[dict[str, Any]]]:
    """Run the reliability tests, slow ones included; return pytest's summary and the figures."""
    figures = work / "figures.jsonl"
    env = os.environ | {
        "CINEDEX_RELIABILITY_LOG": str(figures),
        "CINEDEX_FAULT_ROWS": str(args.rows),
        "CINEDEX_FAULT_POINTS": str(args.points),
        "CINEDEX_FUZZ_EXAMPLES": str(args.examples),
    }
    command = [sys.executable, "-m", "pytest", *TEST_FILES, "-m", "slow or not slow", "-q",
               "-p", "no:cacheprovider", "-rfEX"]  # fmt: skip
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, check=False)
    (work / "pytest.log").write_text(done.stdout + done.stderr, "utf-8")
    summary = next(
        (line.strip("= ") for line in reversed(done.stdout.splitlines()) if " in " in line), "?"
    )
    lines = figures.read_text("utf-8").splitlines() if figures.exists() else []
    return summary, [json.loads(line) for line in lines]


def run_full_load(work: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Index ../shared/data, serve it, load it steady and during a full reindex."""
    sys.path.insert(0, str(REPO / "tests"))
    from e2e_support import Server, http  # the tests' real-server helper

    index = work / "index"
    started = time.monotonic()
    cli = [sys.executable, "-m", "webapp.cli", "index", "--corpus", str(SHARED_DATA),
           "--index", str(index), "--full", "--json"]  # fmt: skip
    built = subprocess.run(cli, cwd=REPO, capture_output=True, text=True, check=True)
    build_seconds = round(time.monotonic() - started, 1)
    report = json.loads(built.stdout)
    data = load_data(index, work / "load.json")
    out: dict[str, Any] = {"build_seconds": build_seconds, "films": report["films_total"],
                           "quotes": report["quotes_total"], "workers": args.workers}  # fmt: skip
    with Server(SHARED_DATA, index, work / "server.log", ADMIN_TOKEN, args.workers) as server:
        out["steady"] = _load(server.base, data, work / "steady", args, args.seconds)
        # the same users without reading time: the server's capacity, not a visitor's wait
        out["saturation"] = _load(
            server.base, data, work / "saturation", args, args.seconds, wait=(0.05, 0.3)
        )
        headers = {"X-Admin-Token": ADMIN_TOKEN}
        status, body = http("POST", server.url("/api/admin/reindex"), {"full": True}, headers)
        assert status == 202, body
        reindex_started = time.monotonic()
        out["reindex"] = _load(server.base, data, work / "reindex", args, args.reindex_seconds)
        job = _wait_job(server, headers, http, args.reindex_timeout)
        out["reindex_job"] = {"state": job["state"], "seconds": round(time.monotonic() -
                              reindex_started, 1), "error": job.get("error")}  # fmt: skip
        out["health_after"] = http("GET", server.url("/api/health"))[0]
    return out


def _load(
    base: str,
    data: Path,
    out: Path,
    args: argparse.Namespace,
    seconds: int,
    wait: tuple[float, float] = (1.0, 3.0),
) -> Any:
    result: LoadResult = run_load(
        base, data, out, users=args.users, rate=10, seconds=seconds, wait=wait
    )
    return result.to_json()


def _wait_job(server: Any, headers: dict[str, str], http: Any, timeout: float) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        job = dict(http("GET", server.url("/api/admin/status"), headers=headers)[1]["job"])
        if job["state"] not in ("running", "idle") or time.monotonic() > deadline:
            return job
        time.sleep(2)


# --------------------------------------------------------------------------- report


def _kills(figures: list[dict[str, Any]]) -> list[str]:
    kills = [f for f in figures if f["kind"] == "kill"]
    lines = ["| build | runs | killed | killed at stage | live index after the kill | recovered |",
             "| --- | --- | --- | --- | --- | --- |"]  # fmt: skip
    for mode in ("full", "incremental"):
        mine = [k for k in kills if k["mode"] == mode]
        if not mine:
            continue
        stages = Counter(k["stage"] for k in mine if k["killed"])
        served = Counter(k["served"] for k in mine)
        lines.append(
            f"| {mode} | {len(mine)} | {sum(k['killed'] for k in mine)} | "
            f"{', '.join(f'{s} {n}' for s, n in sorted(stages.items()))} | "
            f"{', '.join(f'{s} {n}' for s, n in sorted(served.items()))} | all |"
        )
    return lines


def _cases(figures: list[dict[str, Any]], kind: str) -> list[str]:
    return [
        f"- {f['case']}: {f['outcome']}" for f in figures if f["kind"] == kind and "reads" not in f
    ]


def _load_lines(name: str, result: dict[str, Any]) -> list[str]:
    wait = result.get("wait", (1.0, 3.0))
    lines = [f"**{name}**: {result['users']} users, {wait[0]}-{wait[1]} s between a user's "
             f"requests, for {result['seconds']} s: "
             f"{result['requests']} requests, {result['rps']} req/s, p50 {result['p50']:.0f} ms, "
             f"p95 {result['p95']:.0f} ms, p99 {result['p99']:.0f} ms, "
             f"**{result['failures']} errors**", "",
             "| endpoint | requests | errors | p50 ms | p95 ms | p99 ms |",
             "| --- | --- | --- | --- | --- | --- |"]  # fmt: skip
    for endpoint, e in sorted(result["per_endpoint"].items()):
        lines.append(f"| `{endpoint}` | {e['requests']} | {e['failures']} | {e['p50']:.0f} | "
                     f"{e['p95']:.0f} | {e['p99']:.0f} |")  # fmt: skip
    return [*lines, ""]


def render(summary: str, figures: list[dict[str, Any]], load: dict[str, Any] | None,
           args: argparse.Namespace, seconds: float) -> str:  # fmt: skip
    """RELIABILITY.md from the figures of this run."""
    date = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    fuzz = [f for f in figures if f["kind"] == "fuzz"]
    hostile = [f for f in figures if f["kind"] == "hostile"]
    props = Counter(f["test"] for f in figures if f["kind"] == "property")
    reads = [f for f in figures if f["kind"] == "concurrent" and "reads" in f]
    out = [
        "# Reliability",
        "",
        f"Generated {date} by `python -m bench.reliability --write RELIABILITY.md` "
        f"(`make reliability`) in {seconds / 60:.1f} min on a {os.cpu_count()}-core machine "
        "shared with other work. Rerun it to refresh every figure.",
        "",
        f"Tests: `pytest {' '.join(TEST_FILES)} -m 'slow or not slow'` with "
        f"CINEDEX_FAULT_ROWS={args.rows}, CINEDEX_FAULT_POINTS={args.points}, "
        f"CINEDEX_FUZZ_EXAMPLES={args.examples}: **{summary}**.",
        "",
        "## Builds interrupted and recovered",
        "",
        f"`cinedex index` killed with SIGKILL after a random delay, on `corpus/` plus {args.rows} "
        "streaming rows (half of them replaced between the two states). After every kill the live "
        "index opened and answered exactly as before the build or exactly as after it; the next "
        "`cinedex index` (no stale lock, no `--wait`) reached the same film ids and fingerprints "
        "and the same search answers as an uninterrupted build, and left no temporary folder.",
        "",
        *_kills(figures),
        "",
        "## Disk full, read-only, corpus changing",
        "",
        *_cases(figures, "disk"),
        *_cases(figures, "corpus"),
        "",
        "The disk-full and read-only cases use a 16 MiB tmpfs (we run as root: `chmod` stops "
        "nothing), filled with a filler file or remounted read-only; the file-size case uses "
        "`RLIMIT_FSIZE` with SIGXFSZ ignored, which works without root.",
        "",
        "## Concurrent reindexes",
        "",
        *_cases(figures, "concurrent"),
        *[
            f"- readers during a {r['case'].split()[-2]} build: {r['reads']} consistent reads, "
            f"{r.get('unavailable', 0)} answered 'index unavailable'"
            for r in reads
        ],
        "",
        "Never a `LockError` traceback: every refusal is `Error: another index build is "
        "running; try again when it ends` (exit 1) or HTTP 409 `reindex_running`.",
        "",
        "## Hostile input",
        "",
        f"- {len(hostile)} crafted requests (10,000-character values, page -1 / 10^12, per_page "
        "10^6, 60 facet values, repeated parameters, invalid UTF-8, NUL and control characters, "
        "operators only, `*a*b*c`, 300 wildcards, 500 parentheses, huge fuzzy edits, unknown "
        "fields): each a 4xx in the JSON error shape or a normal answer; slowest "
        f"{max((h['ms'] for h in hostile), default=0):.0f} ms.",
        *[
            f"- property test `{name}`: {n} generated examples, no exception"
            for name, n in sorted(props.items())
        ],
        *[
            f"- schemathesis against `/api/openapi.json`: {f['examples']} requests over "
            f"{f['operations']} operations, statuses {f['statuses']}, no 5xx"
            for f in fuzz
        ],
        "",
    ]
    out += _load_section(load)
    return "\n".join(out).rstrip() + "\n"


def _load_section(load: dict[str, Any] | None) -> list[str]:
    if load is None:
        return ["## Load", "", "Not run (`--skip-load`).", ""]
    job = load["reindex_job"]
    return [
        "## Load", "",
        f"locust (headless, `bench/locustfile.py`: searches, searches with genre/decade facets "
        f"and sorts, quote searches, film pages, suggestions) against `cinedex serve --workers "
        f"{load['workers']}` on 127.0.0.1, index of `../shared/data`: {load['films']} films, "
        f"{load['quotes']} quotes (full build {load['build_seconds']} s).", "",
        *_load_lines("Steady (visitors)", load["steady"]),
        *_load_lines("Saturation (no reading time)", load["saturation"]),
        *_load_lines("During a full reindex (POST /api/admin/reindex)", load["reindex"]),
        f"The reindex job ended `{job['state']}` after {job['seconds']} s"
        f"{'; error: ' + str(job['error']) if job['error'] else ''}; `/api/health` then answered "
        f"{load['health_after']}.", "",
        "Targets: zero errors and p95 under 100 ms at 50 users on 2 cores; zero errors during "
        "the reindex.", "",
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    """Run everything and write the report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", type=Path, default=None, help="Write the report here.")
    parser.add_argument("--rows", type=int, default=400, help="Streaming rows in the kill corpus.")
    parser.add_argument("--points", type=int, default=20, help="Kill points per build mode.")
    parser.add_argument("--examples", type=int, default=100, help="Fuzz examples (base).")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--reindex-seconds", type=int, default=60)
    parser.add_argument("--reindex-timeout", type=float, default=600)
    parser.add_argument("--skip-load", action="store_true")
    parser.add_argument("--only", choices=["all", "scale"], default="all")
    parser.add_argument(
        "--index", type=Path, default=None, help="Full-data index (made if absent)."
    )
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--kill-figures", type=Path, default=None,
                        help="Figures of `python -m bench.killloop --out F` to reuse.")  # fmt: skip
    parser.add_argument("--attack-seconds", type=float, default=60)
    parser.add_argument("--querylog-queries", type=int, default=1_000_000)
    parser.add_argument("--querylog-figures", type=Path, default=None,
                        help="Figures of `bench.querylog_scale --out F` to reuse.")  # fmt: skip
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="cinedex-reliability-") as tmp:
        text = _run(Path(tmp), args, started)
    if args.write:
        args.write.write_text(text, "utf-8")
    print(text)


def _run(work: Path, args: argparse.Namespace, started: float) -> str:
    """The report: rendered whole by a full run, or the old one with this part's sections."""
    sections: dict[str, list[str]] = {}
    if args.only in ("all", "scale"):
        sections = fullscale.render_sections(fullscale.run_scale(work, args))
    if args.only == "scale":
        old = args.write.read_text("utf-8") if args.write and args.write.exists() else ""
        date = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        note = (f"Measured {date} by `python -m bench.reliability --only scale` on a "
                f"{os.cpu_count()}-core machine shared with other work.")  # fmt: skip
        return fullscale.merge_sections(old, sections, note)
    summary, figures = run_tests(work, args)
    log.info("tests: %s", summary)
    load = None if args.skip_load else run_full_load(work, args)
    text = render(summary, figures, load, args, time.monotonic() - started)
    return fullscale.merge_sections(text, sections, "Measured by this run.")


if __name__ == "__main__":
    main()
