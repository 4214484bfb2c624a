"""Fault injection: the indexer killed mid-build, out of disk, on a read-only folder, or with its
corpus changing under it. The live index must keep answering, and the next build must converge.

A *state* of an index is what a reader can observe: every film id with its fingerprint, plus
the totals, facet counts and (when they fit on one page) hit ids of a few searches. A killed
build may leave the live index in the state before the build or the state after it, nothing
else; the next ``cinedex index`` must then reach exactly the state of an uninterrupted build.

The kill tests copy ``corpus/`` plus rows cut from ``../shared/data/streaming_movies.jsonl``
(skipped when that file is absent). ``CINEDEX_FAULT_ROWS`` and ``CINEDEX_FAULT_POINTS`` size the
slow loops; ``CINEDEX_RELIABILITY_LOG`` (a JSON-lines file) collects figures for RELIABILITY.md.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from indexer.build import BuildReport, IndexLayout, _fingerprints, build
from webapp import jobs
from webapp.search import SearchService
from webapp.search.types import SearchRequest

REPO = Path(__file__).resolve().parents[1]
STREAMING = REPO.parent / "shared" / "data" / "streaming_movies.jsonl"
EXTRA = Path("catalogues") / "extra.jsonl"
#: searches whose answers make up a state (sorted by title: ranking may differ across segments)
QUERIES = (
    SearchRequest(per_page=100, sort="title"),
    SearchRequest(q="love", per_page=100, sort="title"),
    SearchRequest(q="war", genre=("Drama",), per_page=100, sort="title"),
    SearchRequest(q="family", decade=("2010s",), per_page=100, sort="title"),
    SearchRequest(q="chicken", per_page=100, sort="title"),
)
FAST_ROWS = 200


def record(kind: str, **figures: Any) -> None:
    """Append one figure to the reliability log (a no-op unless CINEDEX_RELIABILITY_LOG is set)."""
    target = os.environ.get("CINEDEX_RELIABILITY_LOG")
    if target:
        with open(target, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"kind": kind, **figures}) + "\n")


def streaming_rows(start: int, count: int) -> list[str]:
    """``count`` lines of the shared streaming catalogue from ``start`` (skip when absent)."""
    if not STREAMING.exists():
        pytest.skip("../shared/data/streaming_movies.jsonl is missing")
    with STREAMING.open(encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    return lines[start : start + count]


def make_corpus(root: Path, start: int = 0, rows: int = 0) -> Path:
    """``corpus/`` copied to ``root``, plus ``rows`` streaming rows from ``start``."""
    shutil.copytree(REPO / "corpus", root)
    if rows:
        (root / EXTRA).write_text("\n".join(streaming_rows(start, rows)) + "\n", "utf-8")
    return root


def cinedex(*args: str | Path) -> list[str]:
    """The ``cinedex`` command line, run by this interpreter."""
    return [sys.executable, "-m", "webapp.cli", *map(str, args)]


def index_args(corpus: Path, index: Path, *extra: str) -> list[str]:
    """``cinedex index`` of ``corpus`` into ``index`` with a status file, plus ``extra``."""
    return cinedex("index", "--corpus", corpus, "--index", index, "--json",
                   "--status-file", jobs.status_path(index), *extra)  # fmt: skip


def run(args: list[str], timeout: float = 300, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Run a command in the repo, capturing its output as text."""
    return subprocess.run(
        args, cwd=REPO, capture_output=True, text=True, timeout=timeout, check=False, **kwargs
    )


def fingerprints(index: Path) -> dict[str, str]:
    """film id -> fingerprint of every film in the live index (read as the builder reads it)."""
    live = IndexLayout(index).live()
    assert live is not None, f"no live index in {index}"
    return _fingerprints(live)


@dataclass(frozen=True)
class State:
    """What a reader observes of an index."""

    prints: dict[str, str]
    answers: tuple[Any, ...]


def _answer(service: SearchService, request: SearchRequest) -> Any:
    result = service.search(request).to_json()
    ids = sorted(h["id"] for h in result["hits"]) if result["total"] <= 100 else None
    facets = {f["name"]: {v["value"]: v["count"] for v in f["values"]} for f in result["facets"]}
    return result["total"], ids, facets


def state_of(index: Path) -> State:
    """The state a fresh reader sees in ``index`` (raises if it does not open). The time
    limit per search is lifted: on a loaded machine a search cut short at the usual second
    answers in part, which says nothing of the generation it read."""
    service = SearchService(index, time_limit=300.0)
    return State(fingerprints(index), tuple(_answer(service, q) for q in QUERIES))


def leftovers(index: Path) -> list[str]:
    """Files a finished build must not leave behind."""
    layout = IndexLayout(index)
    found = [*layout.builds.glob("*.tmp"), *layout.root.glob("current.*.tmp")]
    return sorted(p.name for p in found)


def assert_clean_exit(done: subprocess.CompletedProcess[str], code: int) -> None:
    """The command exited with ``code`` and printed no traceback."""
    assert done.returncode == code, (done.stdout[-2000:], done.stderr[-2000:])
    assert "Traceback" not in done.stderr and "LockError" not in done.stderr, done.stderr


# --------------------------------------------------------------------------- killed builds


@dataclass(frozen=True)
class Scenario:
    """Corpus A indexed (the pristine ``before`` index), corpus B to index, both states known."""

    before: Path
    corpus_b: Path
    state_a: State
    state_b: State
    seconds: dict[str, float]


def make_scenario(root: Path, rows: int) -> Scenario:
    """Index A = corpus + rows[0:n]; B = corpus + rows[n/2 : 3n/2] (half removed, half new)."""
    corpus_a = make_corpus(root / "corpus_a", 0, rows)
    corpus_b = make_corpus(root / "corpus_b", rows // 2, rows)
    before = root / "before"
    assert_clean_exit(run(index_args(corpus_a, before, "--full")), 0)
    seconds = {}
    for mode in ("full", "incremental"):
        target = root / f"reference-{mode}"
        shutil.copytree(before, target, symlinks=True)
        started = time.monotonic()
        assert_clean_exit(run(index_args(corpus_b, target, *mode_flags(mode))), 0)
        seconds[mode] = time.monotonic() - started
    state_b = state_of(root / "reference-full")
    # an incremental build must reach exactly what a full build of the same corpus gives
    assert state_of(root / "reference-incremental") == state_b
    return Scenario(before, corpus_b, state_of(before), state_b, seconds)


def mode_flags(mode: str) -> list[str]:
    """The CLI flags of a build mode."""
    return ["--full"] if mode == "full" else []


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Scenario:
    """The kill scenario on a corpus big enough for a build of a few seconds."""
    rows = int(os.environ.get("CINEDEX_FAULT_ROWS", FAST_ROWS))
    return make_scenario(tmp_path_factory.mktemp("faults"), rows)


def kill_once(scenario: Scenario, work: Path, mode: str, delay: float) -> dict[str, Any]:
    """Kill a build after ``delay`` s; check what readers see, rerun, check it converges."""
    index = work / "index"
    shutil.copytree(scenario.before, index, symlinks=True)
    args = index_args(scenario.corpus_b, index, *mode_flags(mode))
    proc = subprocess.Popen(args, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    killed = proc.poll() is None
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stage = jobs.read_status(index)
    assert stage["state"] in ("interrupted", "finished") if killed else ("finished",), stage
    now = state_of(index)
    assert now in (scenario.state_a, scenario.state_b), "the live index is neither old nor new"
    started = time.monotonic()
    assert_clean_exit(run(index_args(scenario.corpus_b, index, *mode_flags(mode))), 0)
    assert state_of(index) == scenario.state_b
    assert leftovers(index) == []
    shutil.rmtree(work)
    return {
        "mode": mode,
        "delay": round(delay, 2),
        "killed": killed,
        "stage": stage["stage"] if killed else "done",
        "served": "old" if now == scenario.state_a else "new",
        "recovery_seconds": round(time.monotonic() - started, 2),
    }


@pytest.mark.parametrize(("mode", "fraction"), [("full", 0.7), ("incremental", 0.75)])
def test_killed_build_leaves_a_serving_index_and_the_next_one_converges(
    scenario: Scenario, tmp_path: Path, mode: str, fraction: float
) -> None:
    outcome = kill_once(scenario, tmp_path / "work", mode, fraction * scenario.seconds[mode])
    record("kill", **outcome)


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["full", "incremental"])
def test_killed_at_random_points(scenario: Scenario, tmp_path: Path, mode: str) -> None:
    points = int(os.environ.get("CINEDEX_FAULT_POINTS", 20))
    rng = random.Random(f"kill-{mode}-{points}")
    for i in range(points):
        delay = rng.uniform(0.15, 1.0) * scenario.seconds[mode]
        record("kill", **kill_once(scenario, tmp_path / f"work{i}", mode, delay))


# --------------------------------------------------------------------------- disk full, read-only


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A small tmpfs (16 MiB) at ``tmp_path/mnt``: a disk that really fills up (root only).

    We run as root, so ``chmod`` would not stop a write; a tmpfs gives the real ENOSPC and EROFS.
    """
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    done = run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mnt)], timeout=10)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mnt
    finally:
        run(["umount", "-l", str(mnt)], timeout=10)


def _remount(mnt: Path, options: str) -> None:
    assert run(["mount", "-o", f"remount,{options}", str(mnt)], timeout=10).returncode == 0


def _fill(mnt: Path, leave: int) -> Path:
    """Fill the file system at ``mnt`` until only ``leave`` bytes are free."""
    stat = os.statvfs(mnt)
    filler = mnt / "filler"
    filler.write_bytes(b"\0" * max(0, stat.f_bavail * stat.f_frsize - leave))
    return filler


@pytest.mark.parametrize("mode", ["full", pytest.param("incremental", marks=pytest.mark.slow)])
def test_disk_full_is_a_clear_error_and_the_old_index_serves(
    tmpfs: Path, tmp_path: Path, mode: str
) -> None:
    index = tmpfs / "index"
    assert_clean_exit(run(index_args(REPO / "corpus", index, "--full")), 0)
    before = state_of(index)
    bigger = make_corpus(tmp_path / "bigger", 0, 150)
    filler = _fill(tmpfs, 256 * 1024)
    done = run(index_args(bigger, index, *mode_flags(mode)))
    assert_clean_exit(done, 1)
    message = "the disk is full; the previous index is still serving"
    assert f"Error: {message}" in done.stderr
    # the status file sits on the full disk too: it says failed, or the job reads as interrupted
    assert jobs.read_status(index)["state"] in ("failed", "interrupted")
    assert (state_of(index), leftovers(index)) == (before, [])
    filler.unlink()  # space freed: the same build now succeeds
    assert_clean_exit(run(index_args(bigger, index, *mode_flags(mode))), 0)
    assert len(fingerprints(index)) > len(before.prints)
    record(
        "disk",
        case=f"disk full during a {mode} build (tmpfs filled to 256 KiB free)",
        outcome="clear error",
    )


@pytest.mark.slow
def test_read_only_index_folder_is_a_clear_error(tmpfs: Path, tmp_path: Path) -> None:
    index = tmpfs / "index"
    assert_clean_exit(run(index_args(REPO / "corpus", index, "--full")), 0)
    before = state_of(index)
    _remount(tmpfs, "ro")
    for mode in ("full", "incremental"):
        done = run(
            cinedex("index", "--corpus", REPO / "corpus", "--index", index, *mode_flags(mode))
        )
        assert_clean_exit(done, 1)
        assert "cannot write the index (Read-only file system)" in done.stderr
        assert state_of(index) == before
    record(
        "disk",
        case="read-only index folder (tmpfs remounted ro)",
        outcome="clear error, old index served",
    )


def _limit_file_size() -> None:
    # RLIMIT_FSIZE works without root or mounts: a write past it fails with EFBIG
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, 256 * 1024))


@pytest.mark.slow
def test_file_size_limit_during_a_build_keeps_the_old_index(tmp_path: Path) -> None:
    index = tmp_path / "index"
    build([REPO / "corpus"], index, full=True)
    before = state_of(index)
    args = cinedex("index", "--corpus", REPO / "corpus", "--index", index, "--full")
    done = run(args, preexec_fn=_limit_file_size)
    assert_clean_exit(done, 1)
    assert "File too large; the previous index is still serving" in done.stderr
    assert (state_of(index), leftovers(index)) == (before, [])
    record(
        "disk",
        case="file size limit (RLIMIT_FSIZE 256 KiB)",
        outcome="clear error, old index served",
    )


# --------------------------------------------------------------------------- corpus changing


def _while_reading(action: Any) -> Any:
    """A progress callback that runs ``action`` once, when reading starts (after discovery)."""
    done: list[bool] = []

    def tick(stage: str, i: int, total: int) -> None:
        if stage == "read" and not done:
            done.append(True)
            action()

    return tick


def _clean_build(corpus: Path, index: Path) -> State:
    build([corpus], index, full=True)
    return state_of(index)


def test_file_deleted_while_reading_is_reported_and_the_rest_indexed(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    doomed = corpus / "films" / "chicken-run.md"
    report = build([corpus], tmp_path / "index", full=True, progress=_while_reading(doomed.unlink))
    assert report.skipped == [
        {"source": "films/chicken-run.md", "reason": "unreadable: No such file or directory"}
    ]
    assert state_of(tmp_path / "index") == _clean_build(corpus, tmp_path / "clean")
    record("corpus", case="file deleted while the indexer reads", outcome="reported, rest indexed")


def test_file_changed_while_reading_converges(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    page = corpus / "films" / "chicken-run.md"
    text = page.read_text("utf-8").replace("Chicken Run", "Chicken Sprint")

    def change() -> None:
        page.write_text(text + "\nA longer synopsis now.\n", "utf-8")

    index = tmp_path / "index"
    build([corpus], index, full=True, progress=_while_reading(change))
    again = build([corpus], index)
    assert (again.documents_read, again.films_updated) == (0, 0)
    assert state_of(index) == _clean_build(corpus, tmp_path / "clean")
    record("corpus", case="file rewritten while the indexer reads", outcome="new text indexed")


def test_catalogue_truncated_mid_row_while_reading(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "corpus")
    catalogue = corpus / "catalogues" / "streaming_sample.jsonl"
    data = catalogue.read_bytes()

    def truncate() -> None:
        catalogue.write_bytes(data[: len(data) // 2])  # cut inside a row

    report: BuildReport = build([corpus], tmp_path / "index", full=True,
                                progress=_while_reading(truncate))  # fmt: skip
    problems = [p for p in report.problems if p["source"].startswith("catalogues/streaming_sample")]
    assert problems, report.problems
    assert state_of(tmp_path / "index") == _clean_build(corpus, tmp_path / "clean")
    record(
        "corpus",
        case="catalogue truncated mid-row while read",
        outcome="row reported, rest indexed",
    )
