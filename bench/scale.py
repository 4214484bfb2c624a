"""How the cost grows: the known-item log over 1x, 2x and 4x the films.

``python -m bench.scale --index DIR [--factors 1 2 4] [--write BENCHMARKS.md]``

The films of a built index (``DIR``, from ``corpus`` and ``../shared/data``) are copied with
changed ids and titles ("<title> (variant 2)", same credits, synopsis and facets; without their
quotes) into one JSON Lines catalogue per extra copy, and each size is built from scratch by
``cinedex index --full`` in a child process: build time, index size on disk and the build's
peak memory. Then a child process opens the index and answers the known-item log of
:mod:`bench.known_run` (``bench/known_queries.txt``, drawn from the original films) once to
warm up and once timed: p50 / p95 overall, success, and its peak memory.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from bench import known_http, report
from bench.known_items import Item, succeeded
from bench.known_run import QUERIES, cinedex_answer, read_films
from bench.run import DATA, REPO
from webapp.search import SearchService

BEGIN = "<!-- scale figures: written by python -m bench.scale -->"
END = "<!-- end of scale figures -->"


def copy_rows(films: Sequence[dict[str, Any]], k: int) -> list[dict[str, Any]]:
    """Catalogue rows of copy ``k`` of ``films``: new titles (hence new ids), same contents."""
    return [
        {
            "title": f"{f['title']} (variant {k})",
            "year": f.get("year"),
            "directors": f["directors"],
            "writers": f.get("writers", []),
            "cast": f["cast"],
            "countries": f["countries"],
            "genres": f["genres"],
            "languages": f["languages"],
            "runtime": f.get("runtime_minutes"),
            "synopsis": f.get("synopsis") or "",
        }
        for f in films
        if f.get("title")
    ]


def write_copies(films: Sequence[dict[str, Any]], factor: int, folder: Path) -> Path:
    """A folder holding copies 2..``factor`` of ``films`` as JSON Lines catalogues."""
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(2, factor + 1):
        with (folder / f"variant-{k}.jsonl").open("w", encoding="utf-8") as out:
            for row in copy_rows(films, k):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return folder


def _peak_child_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def build_size(roots: list[Path], index: Path) -> dict[str, float]:
    """Build ``roots`` into ``index`` in a child process: seconds, size on disk, peak memory."""
    command = [*known_http.cinedex(), "index", "--full", "--index", str(index)]
    for root in roots:
        command += ["--corpus", str(root)]
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=REPO, stdout=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    live = index / "current"
    return {"build_s": seconds, "size_mb": _size_mb(live.resolve())}


def query_pass(index: Path, queries: Path) -> dict[str, Any]:
    """The known-item log against ``index`` (run in this process; see :func:`main`)."""
    items = [Item.parse(line) for line in queries.read_text("utf-8").splitlines() if line]
    by_id = {f["id"]: f for f in read_films(index)}
    service = SearchService(index)
    service.warm()
    answer = cinedex_answer(service, by_id)
    for item in items:
        answer(item)
    times, ok = [], 0
    for item in items:
        started = time.perf_counter()
        found = answer(item)
        times.append((time.perf_counter() - started) * 1000)
        ok += succeeded(item, found)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "films": len(by_id),
        "p50": float(np.percentile(times, 50)),
        "p95": float(np.percentile(times, 95)),
        "success": ok / len(items),
        "serve_peak_mb": peak,
    }


def measure(
    factor: int, films: Sequence[dict[str, Any]], work: Path, queries: Path, roots: list[Path]
) -> dict[str, Any]:
    """Build ``roots`` (plus copies) and query one size."""
    roots = list(roots)
    if factor > 1:
        roots.append(write_copies(films, factor, work / f"copies-{factor}"))
    index = work / f"index-{factor}"
    before = _peak_child_mb()
    figures = build_size(roots, index)
    figures["build_peak_mb"] = max(_peak_child_mb(), before)
    child = [sys.executable, "-m", "bench.scale", "--query", str(index), "--queries", str(queries)]
    out = subprocess.run(child, check=True, cwd=REPO, capture_output=True, text=True).stdout
    figures.update(json.loads(out.strip().splitlines()[-1]))
    return {"factor": factor, **figures}


def table(rows: Sequence[dict[str, Any]]) -> str:
    """The Markdown table of the sizes measured."""
    lines = [
        "| size | films | full build s | index MB | build peak MB | p50 / p95 ms | success | "
        "query process peak MB |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        lines.append(
            f"| {r['factor']}x | {r['films']:,} | {r['build_s']:.0f} | {r['size_mb']:.0f} | "
            f"{r['build_peak_mb']:.0f} | {r['p50']:.1f} / {r['p95']:.1f} | {r['success']:.2f} | "
            f"{r['serve_peak_mb']:.0f} |"
        )
    return "\n".join(lines)


def write(path: Path, text: str) -> None:
    """Replace the scale section of ``path`` (append it the first time)."""
    report.replace_between(path, BEGIN, END, text)


def _shown(argv: Sequence[str] | None, index: Path) -> str:
    """The command's arguments without this machine's paths."""
    text = " ".join(sys.argv[1:] if argv is None else argv).replace(str(index), "DIR")
    return " ".join(Path(w).name if w.startswith("/") else w for w in text.split())


def main(argv: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Measure every size; print or write the section."""
    parser = argparse.ArgumentParser(prog="python -m bench.scale")
    parser.add_argument("--index", type=Path, help="a built index of corpus + ../shared/data")
    parser.add_argument("--factors", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--queries", type=Path, default=QUERIES)
    parser.add_argument("--write", type=Path)
    parser.add_argument(
        "--corpus", type=Path, nargs="+", default=[REPO / "corpus", DATA], help="what 1x is"
    )
    parser.add_argument("--query", type=Path, help=argparse.SUPPRESS)  # the child's job
    args = parser.parse_args(argv)
    if args.query:
        print(json.dumps(query_pass(args.query, args.queries)))
        return []
    if args.index is None:
        parser.error("--index is required")
    films = read_films(args.index)
    with tempfile.TemporaryDirectory(prefix="cinedex-scale-") as tmp:
        rows = [measure(f, films, Path(tmp), args.queries, args.corpus) for f in args.factors]
    load = os.getloadavg()[0]
    text = "\n\n".join(
        [
            BEGIN,
            "## How the cost grows: 1x, 2x, 4x the films",
            f"Command: `python -m bench.scale {_shown(argv, args.index)}` — run on "
            f"{datetime.now(UTC):%Y-%m-%d %H:%M UTC}, load average {load:.1f} at the end. "
            "Copies keep credits, synopsis and facets under new titles (no quotes); the "
            "known-item log of `bench/known_queries.txt`, in process, warm. The query "
            "process also holds the judge's copy of every film record, so its peak memory is "
            "an upper bound of a serving process's.",
            table(rows),
            END,
        ]
    )
    if args.write:
        write(args.write, text)
    else:
        sys.stdout.write(text + "\n")
    return rows


if __name__ == "__main__":
    main()
