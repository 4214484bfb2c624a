"""One benchmark run: cinedex, SQLite FTS5 and plain Whoosh on the same films and queries.

``python -m bench.run [--write BENCHMARKS.md] [--queries 200] [--data PATH] [--quick]``

1. cinedex builds the data (plus ``corpus/`` and one Markdown film in a scratch folder) from
   scratch; the same films, read and merged by :mod:`indexer`, feed the peers, and the query
   log is drawn from their titles and quotes (saved as ``bench/queries.txt``);
2. each engine answers the log: a warm-up pass, then search with facets and highlights, then
   with a genre selected and sorted by year (peers also plain search);
3. cinedex: quote search, an incremental update after editing the scratch film (until a
   search finds the edit), and the memory of a serving process;
4. the page extractor's accuracy (:mod:`bench.pages_accuracy`) joins the figures.

``--quick`` runs everything on the small sample ``corpus/`` with tight budgets (the smoke test).
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.metadata
import io
import logging
import os
import platform
import pstats
import resource
import shutil
import sqlite3
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bench import report
from bench.fts5 import Fts5Peer
from bench.memory import serving_memory
from bench.peers import FILTER_GENRE, BuildStats, to_rows
from bench.plain_whoosh import PlainWhoosh
from bench.querylog import QueryLog, make_query_log
from bench.timing import Pass, run_pass
from indexer import corpus
from indexer.build import build
from indexer.merge import merge
from indexer.records import Film
from webapp.search import SearchService
from webapp.search.types import QuoteRequest, SearchRequest

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
QUERIES = Path(__file__).resolve().parent / "queries.txt"
#: The film edited for the incremental update (a small Markdown film of the sample corpus).
EDITED = REPO / "corpus" / "films" / "chicken-run.md"
EDIT_WORD = "zanzibarquux"


@dataclass(frozen=True)
class Options:
    """What to run and how long each slow step may take."""

    data: Path
    queries: int
    queries_file: Path
    quick: bool
    profile: bool
    peer_build_budget: float
    pass_budget: float

    @property
    def roots(self) -> list[Path]:
        """Corpus roots other than the scratch folder (the sample corpus is added once)."""
        sample = REPO / "corpus"
        return [self.data] if self.data.resolve() == sample.resolve() else [self.data, sample]


def machine(data: Path) -> dict[str, str]:
    """CPU, memory and library versions of this machine."""
    cpuinfo = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    models = [
        line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if "model name" in line
    ]
    meminfo = Path("/proc/meminfo").read_text() if Path("/proc/meminfo").exists() else ""
    total = next((int(line.split()[1]) for line in meminfo.splitlines() if "MemTotal" in line), 0)
    version = importlib.metadata.version
    return {
        "cpus": str(os.cpu_count()),
        "cpu": models[0] if models else platform.processor() or "unknown CPU",
        "memory": f"{total / 1024 / 1024:.1f} GB",
        "python": platform.python_version(),
        "whoosh": version("whoosh-reloaded"),
        "nltk": version("nltk"),
        "numpy": version("numpy"),
        "sqlite": sqlite3.sqlite_version,
        "data": _data_name(data),
        "code": _code_version(),
    }


def _code_version() -> str:
    """The commit measured, and whether files of the working tree differed from it."""
    git = ["git", "-C", str(REPO)]
    try:
        head = subprocess.run(
            [*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True
        )
        status = subprocess.run(
            [*git, "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True
        )
    except OSError:
        return "unknown"
    changed = len(status.stdout.splitlines())
    return head.stdout.strip() + (f" with {changed} modified files" if changed else "")


def _data_name(data: Path) -> str:
    """The data folder as the repo sees it (never this machine's absolute path)."""
    for base, prefix in ((REPO, ""), (REPO.parent, "../")):
        if data.resolve().is_relative_to(base.resolve()):
            return f"`{prefix}{data.resolve().relative_to(base.resolve()).as_posix()}`"
    return f"`{data.name}`"


def _cpu_seconds() -> float:
    """CPU seconds used by this process and its finished children (a build may fork)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def load_films(roots: Sequence[Path]) -> tuple[list[Film], int]:
    """The merged films of ``roots`` (what cinedex indexes) and the number of documents."""
    read = corpus.load_corpus(list(roots))
    return merge(read.films, read.quotes).films, len(read.documents)


def query_log(films: Sequence[Film], options: Options) -> QueryLog:
    """The query log of these films, saved to ``options.queries_file``."""
    quotes = [q.text for f in films for q in f.quotes]
    made = make_query_log([f.title for f in films], quotes, options.queries)
    made.save(options.queries_file, f"{len(made.films)} film queries, {len(made.quotes)} quotes")
    return made


def cinedex_passes(service: SearchService, queries: QueryLog, options: Options) -> dict[str, Pass]:
    """Warm-up, facets + highlights, genre filter + year sort, quotes."""

    def full(q: str) -> int:
        return service.search(SearchRequest(q=q)).total

    def filtered(q: str) -> int:
        return service.search(SearchRequest(q=q, genre=(FILTER_GENRE,), sort="year")).total

    def quotes(q: str) -> int:
        return service.quotes(QuoteRequest(q=q)).total

    budget = options.pass_budget
    passes = {"cold": run_pass("cinedex cold", full, queries.films, budget)}
    passes["full"] = run_pass("cinedex full", full, queries.films, budget)
    passes["filtered"] = run_pass("cinedex filtered", filtered, queries.films, budget)
    run_pass("cinedex quotes warm-up", quotes, queries.quotes, budget)
    passes["quotes"] = run_pass("cinedex quotes", quotes, queries.quotes, budget)
    return passes


def profile_cinedex(service: SearchService, queries: QueryLog) -> str:
    """The top functions (own time) of one pass of the film queries, under cProfile."""
    profiler = cProfile.Profile()
    profiler.enable()
    for q in queries.films:
        service.search(SearchRequest(q=q))
    profiler.disable()
    return _top(profiler, "tottime", 20)


def incremental(roots: list[Path], index_dir: Path, edited: Path, service: SearchService) -> dict:
    """Edit the scratch film, run an incremental build, search until the edit is found."""
    text = edited.read_text(encoding="utf-8")
    start = time.perf_counter()
    edited.write_text(text.rstrip("\n") + f" A {EDIT_WORD} appears.\n", encoding="utf-8")
    build(roots, index_dir)
    built = time.perf_counter()
    while service.search(SearchRequest(q=EDIT_WORD)).total < 1:
        if time.perf_counter() - built > 30:
            raise RuntimeError("the edited film is not searchable after 30 s")
        time.sleep(0.01)
    found = time.perf_counter()
    return {"build_s": built - start, "search_s": found - built, "visible_s": found - start}


def profile_incremental(roots: list[Path], index_dir: Path, edited: Path) -> str:
    """The top functions (cumulative) of a second incremental build after another edit."""
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace(EDIT_WORD, EDIT_WORD + " again"), encoding="utf-8")
    profiler = cProfile.Profile()
    profiler.runcall(build, roots, index_dir)
    return _top(profiler, "cumulative", 25)


def _top(profiler: cProfile.Profile, order: str, count: int) -> str:
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(count)
    lines = out.getvalue().splitlines()
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    return "\n".join(_relative(line) for line in lines[start:]).rstrip()


def _relative(line: str) -> str:
    """A profile line without this machine's paths: the repo's parent becomes "..", Python's
    own library "<python>"."""
    for prefix in sorted({sys.base_prefix, sys.prefix, sysconfig.get_paths()["stdlib"]}, key=len)[
        ::-1
    ]:
        line = line.replace(prefix, "<python>")
    return line.replace(str(REPO.parent), "..")


def peer_passes(peer: Fts5Peer | PlainWhoosh, name: str, queries: QueryLog, budget: float) -> dict:
    """Search only, warm-up, facets + highlights, genre filter + year sort."""
    films = queries.films
    passes = {"search_only": run_pass(f"{name} search only", peer.search_only, films, budget)}
    # a warm-up only needs to touch the index: a slow peer gets a third of the budget for it
    passes["cold"] = run_pass(f"{name} cold", peer.search_full, films, budget / 3)
    passes["full"] = run_pass(f"{name} full", peer.search_full, films, budget)
    passes["filtered"] = run_pass(f"{name} filtered", peer.search_filtered, films, budget)
    if isinstance(peer, PlainWhoosh):
        passes["per_request"] = run_pass(
            f"{name} per request", peer.search_per_request, films, budget / 2
        )
        passes["overlap"] = run_pass(f"{name} overlap", peer.search_overlap, films, budget / 2)
    return passes


def pages_table() -> str:
    """The page extractor's accuracy with the official rules, per set of pages (the held-out
    pages are those of :mod:`bench.pages_score`), or a note when the pages are not there."""
    from bench import pages_accuracy, pages_score

    if not (pages_accuracy.PAGES / "expected.json").exists():
        return "(`../shared/pages` is missing: not measured)"
    sets = ("old", "new", "dev", "holdout")
    figures = {name: pages_score.measure(name) for name in sets}
    fields = sorted({field for counts in figures.values() for field in counts})
    rows = [
        "| field | " + " | ".join(f"pages {name}" for name in sets) + " |",
        "| --- |" + " --- |" * len(sets),
    ]
    for field in fields:
        cells = [figures[name].get(field) for name in sets]
        shown = [f"{k}/{n} ({k / n:.0%})" if n else "-" for k, n in (c or (0, 0) for c in cells)]
        rows.append(f"| {field} | " + " | ".join(shown) + " |")
    _films, expected, seconds = pages_accuracy.run()
    note = (
        f"Official rules (`../shared/tools/score_pages.py`, run in process by `bench.pages_score`);"
        f" old = pages 101-140, new = 141-294, held out = page number 3 mod 5 (never used to"
        f" write rules), dev = the rest. {len(expected)} pages extracted in"
        f" {seconds * 1000:.0f} ms."
    )
    return "\n".join(rows) + "\n\n" + note


def measure_cinedex(
    results: report.Results,
    roots: list[Path],
    index_dir: Path,
    edited: Path,
    queries: QueryLog,
    options: Options,
) -> None:
    """cinedex's query passes (and profile), the incremental update and serving memory."""
    service = SearchService(index_dir)
    results.passes["cinedex"] = cinedex_passes(service, queries, options)
    if options.profile:
        results.profile = profile_cinedex(service, queries)
    results.incremental = incremental(roots, index_dir, edited, service)
    if options.profile:
        results.profile_incremental = profile_incremental(roots, index_dir, edited)
    api = [("search", q) for q in queries.films] + [("quotes", q) for q in queries.quotes]
    results.memory = serving_memory(index_dir, roots, index_dir.parent, api)


def run(options: Options, work: Path, command: str) -> report.Results:
    """Every measurement of one run (see the module docs)."""
    began = time.perf_counter()
    load = {"start": os.getloadavg()}
    scratch = work / "scratch"
    scratch.mkdir()
    edited = scratch / EDITED.name
    shutil.copy(EDITED, edited)
    roots = [*options.roots, scratch]
    index_dir = work / "cinedex"
    log.info("cinedex: full build of %s", ", ".join(str(r) for r in roots))
    cpu = _cpu_seconds()
    report_ = build(roots, index_dir, full=True)
    build_cpu = _cpu_seconds() - cpu
    load["after the cinedex build"] = os.getloadavg()
    films, documents = load_films(roots)
    queries = query_log(films, options)
    results = report.Results(
        command=command,
        date=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        machine=machine(options.data),
        load=load,
        data={
            "films": report_.films_total,
            "quotes": report_.quotes_total,
            "documents": documents,
            "film_queries": len(queries.films),
            "quote_queries": len(queries.quotes),
        },
        builds={"cinedex": BuildStats(report_.seconds, report_.films_total, report_.films_total)},
        build_cpu_s=build_cpu,
    )
    try:
        measure_cinedex(results, roots, index_dir, edited, queries, options)
    except Exception as exc:  # the peers' figures are still worth having: report and go on
        log.exception("cinedex failed")
        results.errors.append(f"cinedex failed: {type(exc).__name__}: {exc}")
    load["after cinedex"] = os.getloadavg()
    rows = to_rows(films)
    del films
    fts5 = Fts5Peer(work / "fts5.sqlite3")
    results.builds["fts5"] = fts5.build(rows)
    results.passes["fts5"] = peer_passes(fts5, "fts5", queries, options.pass_budget)
    fts5.close()
    whoosh = PlainWhoosh(work / "whoosh")
    results.builds["whoosh"] = whoosh.build(rows, options.peer_build_budget)
    results.passes["whoosh"] = peer_passes(whoosh, "whoosh", queries, options.pass_budget)
    whoosh.close()
    load["end"] = os.getloadavg()
    if not options.quick:
        results.pages_table = pages_table()
    results.seconds = time.perf_counter() - began
    return results


def parse_args(argv: Sequence[str] | None) -> tuple[Options, Path | None]:
    """Command-line options -> :class:`Options` and the file to write."""
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--write", type=Path, help="write the figures into this Markdown file")
    parser.add_argument("--queries", type=int, help="film queries in the log (default 200)")
    parser.add_argument("--data", type=Path, help="data folder (default ../shared/data)")
    parser.add_argument("--queries-file", type=Path, default=QUERIES, help="where the log goes")
    parser.add_argument("--quick", action="store_true", help="sample corpus, tight budgets")
    parser.add_argument("--profile", action="store_true", help="cProfile cinedex's query loop")
    args = parser.parse_args(argv)
    quick = bool(args.quick)
    options = Options(
        data=args.data or (REPO / "corpus" if quick else DATA),
        queries=args.queries or (20 if quick else 200),
        queries_file=args.queries_file,
        quick=quick,
        profile=bool(args.profile),
        peer_build_budget=20.0 if quick else 240.0,
        pass_budget=20.0 if quick else 100.0,
    )
    return options, args.write


def main(argv: Sequence[str] | None = None) -> report.Results:
    """Run the benchmark; write or print the figures."""
    options, write = parse_args(argv)
    if not options.data.exists():
        raise SystemExit(f"no data at {options.data}")
    command = "python -m bench.run " + " ".join(sys.argv[1:] if argv is None else argv)
    with tempfile.TemporaryDirectory(prefix="cinedex-bench-") as tmp:
        results = run(options, Path(tmp), command.strip())
    generated = report.render(results)
    if write:
        report.write(write, generated)
        log.info("wrote %s", write)
    else:
        sys.stdout.write(generated)
    return results


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    main()
