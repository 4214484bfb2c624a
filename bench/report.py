"""BENCHMARKS.md: the generated figures above a marker line, the hand-written notes below it.

:func:`render` turns one run's :class:`Results` into Markdown; :func:`write` replaces
everything above :data:`MARKER` in the file and keeps what is below it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench.memory import Memory
from bench.peers import FILTER_GENRE, BuildStats
from bench.timing import Pass

MARKER = "<!-- end of generated figures: everything below this line is written by hand -->"
DEFAULT_NOTES = "\n## How to read this / what the profile showed\n\n(to be written)\n"
ENGINES = ("cinedex", "fts5", "whoosh")
LABELS = {"cinedex": "cinedex", "fts5": "SQLite FTS5", "whoosh": "plain Whoosh"}
TARGETS = {"p50": 15.0, "p95": 50.0, "whoosh_ratio": 10.0, "fts5_ratio": 3.0}


@dataclass
class Results:
    """Everything one run measured."""

    command: str
    date: str
    machine: dict[str, str]
    load: dict[str, tuple[float, float, float]]
    data: dict[str, int]
    builds: dict[str, BuildStats]
    passes: dict[str, dict[str, Pass]] = field(default_factory=dict)
    incremental: dict[str, float] = field(default_factory=dict)
    memory: Memory | None = None
    pages_table: str = ""
    profile: str = ""
    profile_incremental: str = ""
    build_cpu_s: float = 0.0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)


def ms(value: float | None) -> str:
    """A time in ms, or a dash."""
    return "—" if value is None else f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _p(results: Results, engine: str, name: str, p: float) -> float | None:
    found = results.passes.get(engine, {}).get(name)
    return found.percentile(p) if found else None


def _pair(results: Results, engine: str, name: str) -> str:
    found = results.passes.get(engine, {}).get(name)
    if not found or not found.ms:
        return "—"
    text = f"{ms(found.percentile(50))} / {ms(found.percentile(95))}"
    return text if found.complete else f"{text} ({len(found.ms)} of {found.planned} queries)"


def machine_section(results: Results) -> str:
    """Where, when, how, on what data."""
    m = results.machine
    load = results.load
    lines = [
        f"Command: `{results.command}` — run on {results.date}, {results.seconds / 60:.1f} min.",
        "",
        f"Machine: {m['cpus']} CPUs ({m['cpu']}), {m['memory']} RAM; Python {m['python']}, "
        f"whoosh-reloaded {m['whoosh']}, NLTK {m['nltk']}, NumPy {m['numpy']}, "
        f"SQLite {m['sqlite']}. Code: commit {m['code']}.",
        "",
        "Load average (1/5/15 min) — the machine is shared with other work: "
        + "; ".join(f"{k} {a:.2f} / {b:.2f} / {c:.2f}" for k, (a, b, c) in load.items())
        + ".",
        "",
        f"Data: {m['data']}: {results.data['films']:,} films and {results.data['quotes']:,} "
        f"critics' quotes after merging ({results.data['documents']:,} documents). "
        f"Query log: `bench/queries.txt`, {results.data['film_queries']} film queries and "
        f"{results.data['quote_queries']} quote fragments.",
    ]
    return "\n".join(lines)


def build_section(results: Results) -> str:
    """Build times side by side."""
    rows = []
    for engine in ENGINES:
        stats = results.builds.get(engine)
        if stats is None:
            continue
        films = f"{stats.docs:,}" + (
            f" of {stats.total:,} (budget reached)" if stats.subset else ""
        )
        rows.append([LABELS[engine], films, f"{stats.seconds:.1f}", f"{stats.docs_per_s:,.0f}"])
    cpu = f" It used {results.build_cpu_s:.0f} CPU seconds (its own and its worker processes')."
    note = (
        "cinedex's time is the whole `build(full=True)`: reading and extracting the raw files, "
        "merging, indexing films and quotes, checking and swapping. The peers are given the "
        "merged films ready-made (their time is indexing only), and index no quotes."
    ) + (cpu if results.build_cpu_s else "")
    return (
        "## Full build\n\n" + table(["engine", "films", "seconds", "films/s"], rows) + f"\n\n{note}"
    )


def search_section(results: Results) -> str:
    """Search latency side by side."""
    rows = [
        [
            LABELS[engine],
            _pair(results, engine, "search_only"),
            _pair(results, engine, "cold"),
            _pair(results, engine, "full"),
            ms(_p(results, engine, "full", 99)),
            _pair(results, engine, "filtered"),
            _hits(results, engine),
        ]
        for engine in ENGINES
        if engine in results.passes
    ]
    variants = {
        "per_request": "plain Whoosh, a searcher per request (as Whoosh's docs show)",
        "overlap": "plain Whoosh, genre/director/country with `allow_overlap=True`",
    }
    for name, label in variants.items():
        found = results.passes.get("whoosh", {}).get(name)
        if found:
            rows.append([label, "—", "—", _pair(results, "whoosh", name)])
            rows[-1] += [ms(found.percentile(99)), "—", _hits(results, "whoosh", name)]
    header = [
        "engine",
        "search only",
        "first pass (cold)",
        "facets + highlights",
        "p99",
        f"genre={FILTER_GENRE}, sort=year",
        "mean total hits",
    ]
    note = (
        "p50 / p95 in ms per query, wall time in this process. *Facets + highlights*: the "
        "total, facet counts and the first 20 hits with highlighted snippets — what a search "
        "page shows; cinedex and FTS5 count six facets (genre, director, country, language, "
        "year, decade), every value of a film; plain Whoosh counts five (no language), one "
        "value per film (see `bench/plain_whoosh.py`). Plain Whoosh keeps one searcher (and "
        "so its facet caches) between queries, except in the *searcher per request* row. "
        "Each is measured after a warm-up pass over "
        "the same log (*first pass*). cinedex always computes facets, so it has no *search "
        "only* figure. Plain Whoosh's filtered pass does less work than the others (its genre "
        "counts are those of the selection, not multi-select). *Mean total hits* differ because "
        "cinedex also corrects typos and folds accents."
    )
    return "## Film search\n\n" + table(header, rows) + "\n\n" + note


def _hits(results: Results, engine: str, name: str = "full") -> str:
    found = results.passes.get(engine, {}).get(name)
    return f"{found.hits / len(found.ms):,.0f}" if found and found.ms else "—"


def _ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def targets_section(results: Results) -> str:
    """The issue's targets, measured."""
    c50, c95 = (_p(results, "cinedex", "full", p) for p in (50, 95))
    w50, w95 = (_p(results, "whoosh", "full", p) for p in (50, 95))
    f50, f95 = (_p(results, "fts5", "full", p) for p in (50, 95))
    build = results.builds.get("cinedex")
    visible = results.incremental.get("visible_s")
    rss = results.memory.peak_mb if results.memory else None
    rows = [
        _target("search p50, facets + highlights", "< 15 ms", ms(c50), c50, lambda v: v < 15),
        _target("search p95, facets + highlights", "< 50 ms", ms(c95), c95, lambda v: v < 50),
        _speedup(
            "faster than plain Whoosh, a searcher per request (p50 / p95)",
            _ratio(_p(results, "whoosh", "per_request", 50), c50),
            _ratio(_p(results, "whoosh", "per_request", 95), c95),
        ),
        _speedup("... than plain Whoosh keeping one searcher", _ratio(w50, c50), _ratio(w95, c95)),
        _speedup(
            "... than plain Whoosh with multi-valued facets",
            _ratio(_p(results, "whoosh", "overlap", 50), c50),
            _ratio(_p(results, "whoosh", "overlap", 95), c95),
        ),
        _fts5("time relative to FTS5 (p50 / p95)", _ratio(c50, f50), _ratio(c95, f95)),
        _target(
            "full build of the whole data",
            "< 2 min",
            f"{build.seconds:.0f} s" if build else "—",
            build.seconds if build else None,
            lambda v: v < 120,
        ),
        _target(
            "edit one document -> searchable",
            "< 2 s",
            f"{visible:.2f} s" if visible is not None else "—",
            visible,
            lambda v: v < 2,
        ),
        _target(
            "memory of a serving process (peak RSS)",
            "< 500 MB",
            f"{rss:.0f} MB" if rss is not None else "—",
            rss,
            lambda v: v < 500,
        ),
    ]
    return "## Targets\n\n" + table(["target", "wanted", "measured", "met"], rows)


def _target(name: str, wanted: str, shown: str, value: float | None, ok: object) -> list[str]:
    met = "—" if value is None else ("yes" if ok(value) else "**no**")  # type: ignore[operator]
    return [name, wanted, shown, met]


def _speedup(name: str, r50: float | None, r95: float | None) -> list[str]:
    shown = " / ".join("—" if r is None else f"{r:.1f}x" for r in (r50, r95))
    values = [r for r in (r50, r95) if r is not None]
    met = "—" if not values else ("yes" if min(values) >= 10 else "**no**")
    return [name, ">= 10x", shown, met]


def _fts5(name: str, r50: float | None, r95: float | None) -> list[str]:
    shown = " / ".join("—" if r is None else f"{r:.2f}x" for r in (r50, r95))
    values = [r for r in (r50, r95) if r is not None]
    met = "—" if not values else ("yes" if max(values) <= 3 else "**no**")
    return [name, "<= 3x", shown, met]


def other_section(results: Results) -> str:
    """Quote search, incremental update and memory."""
    inc = results.incremental
    mem = results.memory
    rows = [
        ["quote search (cinedex), p50 / p95", _pair(results, "cinedex", "quotes")],
        ["incremental `build()` after editing one Markdown film", _sec(inc.get("build_s"))],
        ["... and the first search that finds the edit", _sec(inc.get("search_s"))],
        ["edit -> searchable, total", _sec(inc.get("visible_s"))],
    ]
    if mem:
        rows.append(
            [
                f"serving process after {mem.queries} API queries: VmRSS / VmHWM",
                f"{mem.rss_mb:.0f} MB / {mem.peak_mb:.0f} MB",
            ]
        )
    return "## Quotes, incremental update, memory\n\n" + table(["what", "measured"], rows)


def _sec(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f} s"


def render(results: Results) -> str:
    """The generated part of BENCHMARKS.md."""
    parts = [
        "# Benchmarks",
        "Generated by `python -m bench.run --write BENCHMARKS.md` (`make bench`); every figure "
        "above the marker line comes from one run and is replaced by the next.",
        machine_section(results),
        *(
            ["## Failures in this run\n\n" + "\n".join(f"- {e}" for e in results.errors)]
            if results.errors
            else []
        ),
        targets_section(results),
        build_section(results),
        search_section(results),
        other_section(results),
    ]
    if results.pages_table:
        parts.append(
            "## Page extractor accuracy (`bench/pages_accuracy.py`)\n\n" + results.pages_table
        )
    if results.profile:
        parts.append("## Profile of the cinedex query loop\n\n```\n" + results.profile + "\n```")
    if results.profile_incremental:
        parts.append(
            "## Profile of an incremental build (one Markdown film edited)\n\n```\n"
            + results.profile_incremental
            + "\n```"
        )
    return "\n\n".join(parts) + "\n\n"


def write(path: Path, generated: str) -> None:
    """Replace the generated part of ``path``, keeping the hand-written notes below the marker."""
    notes = DEFAULT_NOTES
    if path.exists():
        old = path.read_text(encoding="utf-8")
        if MARKER in old:
            notes = old.split(MARKER, 1)[1]
    path.write_text(generated + MARKER + notes, encoding="utf-8")


def replace_between(path: Path, begin: str, end: str, text: str) -> None:
    """Put ``text`` (which starts with ``begin`` and ends with ``end``) in place of what stands
    between those markers in ``path``, or append it the first time."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if begin in old and end in old:
        head, rest = old.split(begin, 1)
        old = head.rstrip() + "\n\n" + text + rest.split(end, 1)[1]
    else:
        old = old.rstrip() + "\n\n" + text + "\n"
    path.write_text(old, encoding="utf-8")
