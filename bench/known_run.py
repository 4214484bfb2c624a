"""Known-item success and latency per kind of query: cinedex and SQLite FTS5 on one query set.

``python -m bench.known_run --index DIR [--per-kind 50] [--write BENCHMARKS.md]``

The index is one cinedex built beforehand (``cinedex index --corpus corpus --corpus
../shared/data --index DIR``); the films and quotes it holds are read back from it, the query
set is drawn from them with a fixed seed (:mod:`bench.known_items`, saved as
``bench/known_queries.txt``) and FTS5 indexes the same films and quotes. Each engine answers
every query once to warm up, then once timed: a film search is the whole page (total, facets,
the first 20 hits with snippets), a quote search the first 20 quotes with snippets.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
from whoosh import index as whoosh_index

from bench import known_http, report
from bench.fts5 import Fts5KnownItems
from bench.known_items import KINDS, PER_KIND, Generator, Item, succeeded
from bench.peers import Row
from bench.run import machine
from indexer.layout import IndexLayout
from indexer.schema import decade_of
from webapp.search import SearchService
from webapp.search.types import QuoteRequest, SearchRequest

log = logging.getLogger(__name__)

QUERIES = Path(__file__).resolve().parent / "known_queries.txt"
BEGIN = "<!-- known-item figures: written by python -m bench.known_run -->"
END = "<!-- end of known-item figures -->"
Answer = list[Any]


def read_films(index_dir: Path) -> list[dict[str, Any]]:
    """The film records of the live index (their stored payloads)."""
    folder = IndexLayout(index_dir).live()
    if folder is None:
        raise SystemExit(f"no index in {index_dir}")
    reader = whoosh_index.open_dir(str(folder)).reader()
    films = []
    for _, stored in reader.iter_docs():
        data = json.loads(stored["payload"])
        if "quotes" in data and "synopsis" in data:
            films.append(data)
    reader.close()
    return films


def fts5_peer(films: Sequence[dict[str, Any]], folder: Path) -> Fts5KnownItems:
    """FTS5 over the same films (titles, people, synopsis, facets) and their quotes."""
    rows = []
    for rowid, f in enumerate(films, 1):
        titles = [f["title"], f.get("original_title") or "", *f.get("alt_titles", [])]
        people = [*f["directors"], *f.get("writers", []), *f["cast"]]
        rows.append(
            Row(
                rowid=rowid,
                id=f["id"],
                title="\n".join(t for t in titles if t),
                people="\n".join(people),
                synopsis=f["synopsis"] or "",
                year=str(f.get("year") or ""),
                decade=decade_of(f.get("year")) or "",
                multi={
                    "genre": tuple(f["genres"]),
                    "director": tuple(f["directors"]),
                    "country": tuple(f["countries"]),
                    "language": tuple(f["languages"]),
                },
            )
        )
    peer = Fts5KnownItems(folder / "known.sqlite3")
    peer.build(rows)
    quotes = [
        (i, f["id"], q["text"], " ".join(x for x in (q.get("critic"), q.get("outlet")) if x))
        for i, (f, q) in enumerate(((f, q) for f in films for q in f["quotes"]), 1)
    ]
    peer.build_quotes(quotes)
    return peer


def cinedex_answer(service: SearchService, by_id: dict[str, Any]) -> Callable[[Item], Answer]:
    """cinedex's answer to an item: film payloads, or (film id, quote text) pairs."""

    def answer(item: Item) -> Answer:
        if item.quote:
            found = service.quotes(QuoteRequest(q=item.query))
            return [(h.film.id, h.text) for h in found.hits]
        result = service.search(SearchRequest(q=item.query))
        return [by_id[h.id] for h in result.hits if h.id in by_id]

    return answer


def fts5_answer(peer: Fts5KnownItems, by_id: dict[str, Any]) -> Callable[[Item], Answer]:
    """FTS5's answer to an item, in the same shape."""

    def answer(item: Item) -> Answer:
        if item.quote:
            return list(peer.ranked_quotes(item.query))
        return [by_id[i] for i in peer.ranked_films(item.query) if i in by_id]

    return answer


def measure(answer: Callable[[Item], Answer], items: Sequence[Item]) -> dict[str, Any]:
    """Per kind: successes and wall times (ms), after one warm-up pass."""
    for item in items:
        answer(item)
    ok: dict[str, int] = defaultdict(int)
    times: dict[str, list[float]] = defaultdict(list)
    misses: dict[str, list[str]] = defaultdict(list)
    for item in items:
        start = time.perf_counter()
        found = answer(item)
        times[item.kind].append((time.perf_counter() - start) * 1000)
        if succeeded(item, found):
            ok[item.kind] += 1
        else:
            misses[item.kind].append(item.query)
    return {"ok": ok, "times": times, "misses": misses}


def table(items: Sequence[Item], runs: dict[str, dict[str, Any]]) -> str:
    """The Markdown table: kind, queries, success and p50 / p95 per engine."""
    counts: dict[str, int] = defaultdict(int)
    for item in items:
        counts[item.kind] += 1
    head = "| kind | queries | " + " | ".join(f"{e} success | {e} p50 / p95 ms" for e in runs)
    lines = [head + " |", "| --- | --- |" + " --- | --- |" * len(runs)]
    for kind in (*[k for k in KINDS if counts[k]], "all"):
        n = sum(counts.values()) if kind == "all" else counts[kind]
        cells = [kind if kind != "all" else "**all**", str(n)]
        for run in runs.values():
            ok = sum(run["ok"].values()) if kind == "all" else run["ok"][kind]
            ms = (
                [t for ts in run["times"].values() for t in ts]
                if kind == "all"
                else run["times"][kind]
            )
            cells.append(f"{ok / n:.2f} ({ok}/{n})")
            cells.append(f"{np.percentile(ms, 50):.1f} / {np.percentile(ms, 95):.1f}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def section(
    items: Sequence[Item], runs: dict[str, dict[str, Any]], command: str, films: int, load: float
) -> str:
    """The BENCHMARKS.md section, between its markers."""
    info = machine(Path("../shared/data"))
    misses = "\n".join(
        f"- {kind}: " + "; ".join(f"`{q[:80]}`" for q in run_misses[:6])
        for kind, run_misses in sorted(runs["cinedex"]["misses"].items())
    )
    return "\n\n".join(
        [
            BEGIN,
            "## Known-item success and latency per kind of query",
            "DIR is an index built by `cinedex index --corpus corpus --corpus ../shared/data "
            f"--index DIR`. Command: `{command}` — run on {datetime.now(UTC):%Y-%m-%d %H:%M UTC}, "
            f"{info['cpus']} CPUs ({info['cpu']}), code {info['code']}; {films:,} films; "
            f"load average {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end "
            "(the machine is shared with other work). "
            "Query set: `bench/known_queries.txt` (seed in `bench/known_items.py`, which "
            "explains each kind and what counts as found). In process, warm, one query at a "
            "time; a film search is the whole page (total, facets, 20 hits with snippets). "
            "Over HTTP: `cinedex serve` with two workers, one client, the JSON API.",
            table(items, runs),
            "cinedex's misses (first six per kind):\n\n" + (misses or "- none"),
            END,
        ]
    )


def write(path: Path, text: str) -> None:
    """Replace the known-item section of ``path`` (append it the first time)."""
    report.replace_between(path, BEGIN, END, text)


def main(argv: Sequence[str] | None = None) -> dict[str, dict[str, Any]]:
    """Draw the query set, run both engines, print or write the section."""
    parser = argparse.ArgumentParser(prog="python -m bench.known_run")
    parser.add_argument("--index", type=Path, required=True, help="a built cinedex index")
    parser.add_argument("--per-kind", type=int, default=PER_KIND)
    parser.add_argument("--write", type=Path, help="put the section into this Markdown file")
    parser.add_argument("--only", choices=("cinedex", "fts5"), help="run one engine")
    parser.add_argument(
        "--http", action="store_true", help="also cinedex over HTTP (cinedex serve, 2 workers)"
    )
    parser.add_argument("--queries-file", type=Path, default=QUERIES, help="where the set goes")
    args = parser.parse_args(argv)
    load = os.getloadavg()[0]
    films = read_films(args.index)
    by_id = {f["id"]: f for f in films}
    items = Generator(films).all(args.per_kind)
    args.queries_file.write_text("\n".join(i.line() for i in items) + "\n", encoding="utf-8")
    runs: dict[str, dict[str, Any]] = {}
    if args.only != "fts5":
        service = SearchService(args.index)
        service.warm()
        runs["cinedex"] = measure(cinedex_answer(service, by_id), items)
    if args.http and args.only != "fts5":
        with (
            tempfile.TemporaryDirectory(prefix="cinedex-known-") as tmp,
            known_http.serve(args.index, Path(tmp) / "serve.log") as base,
        ):
            runs["cinedex over HTTP"] = measure(known_http.http_answer(base, by_id), items)
    if args.only != "cinedex":
        with tempfile.TemporaryDirectory(prefix="cinedex-known-") as tmp:
            peer = fts5_peer(films, Path(tmp))
            runs["fts5"] = measure(fts5_answer(peer, by_id), items)
            peer.close()
    argv_text = " ".join(sys.argv[1:] if argv is None else argv).replace(str(args.index), "DIR")
    command = f"python -m bench.known_run {argv_text}".strip()
    text = section(items, runs, command, len(films), load)
    if args.write:
        write(args.write, text)
    else:
        sys.stdout.write(text + "\n")
    return runs


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s %(message)s")
    main()
