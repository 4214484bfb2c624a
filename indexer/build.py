"""Full and incremental builds of the live index, atomic for every reader (the index
folder's layout is in :mod:`indexer.layout`).

A **full** build writes a new index under ``builds/``, checks it, then swaps ``current`` with
one ``rename``; on any failure the half-written folder is deleted and the old index keeps
serving. An **incremental** build reads only the documents whose content hash changed and,
through the build's ledger (:mod:`indexer.ledger`), re-merges only their region
(:mod:`indexer.region`), rewriting in the live index only the films whose fingerprint
changed; Whoosh commits a new generation atomically, so readers see either the old or the new
one. When the ledger cannot tell what an edit touches (none, dirty after a killed build, a
change to catalogue film ids) the incremental build re-merges the whole corpus from the cache
and compares every film with the index instead. A document that used to read cleanly and now
fails keeps its last good version in the index, and the problem is reported.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from indexer import schema
from indexer.layout import (
    MANIFEST,
    BuildBusy,
    BuildError,
    IndexLayout,
    StatusFile,
    build_running,
    index_stats,
    now_utc,
    os_error_message,
    write_json,
    writer_lock,
)
from indexer.ledger import FILM_RECORD, LOOSE_QUOTE, FilmRow, Ledger, NewItem
from indexer.merge import MergeResult, base_id, join_keys, merge, quote_keys
from indexer.reading import (
    Progress,
    Read,
    cache_path,
    declares_ids,
    read_changes,
    read_corpus,
    source_hash,
    source_names,
)
from indexer.records import Film, Problem
from indexer.region import remerge

__all__ = [
    "BuildBusy",
    "BuildError",
    "BuildReport",
    "IndexLayout",
    "StatusFile",
    "build",
    "build_running",
    "index_stats",
    "writer_lock",
]

log = logging.getLogger(__name__)

KEEP_BUILDS = 2
#: documents from which a full build writes with one process per core (the environment
#: variable ``CINEDEX_PARALLEL_FROM`` overrides it, e.g. to test that path on a small corpus)
PARALLEL_FROM = 20_000
#: memory (MB, Whoosh's estimate) for the postings of each writer process of a parallel build:
#: past it Whoosh sorts them to a temporary file and merges the files at commit, which took a
#: quarter of the writers' time at 512 MB on ``../shared/data`` (about 600 MB per writer)
WRITER_MB = 1024


@dataclass
class BuildReport:
    """What a build did, for the CLI, the admin page and the manifest."""

    mode: str = "incremental"
    films_added: int = 0
    films_updated: int = 0
    films_removed: int = 0
    films_unchanged: int = 0
    films_total: int = 0
    quotes_total: int = 0
    documents_total: int = 0
    documents_read: int = 0
    documents_cached: int = 0
    documents_removed: int = 0
    records_merged: int = 0
    skipped: list[dict[str, str]] = field(default_factory=list)
    problems: list[dict[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    finished_at: str = ""
    build: str = ""

    def to_json(self) -> dict[str, Any]:
        """A plain dict of the report."""
        return asdict(self)


# --------------------------------------------------------------------------- planning


@dataclass
class Planned:
    """A film to be in the index: what its documents were made from, and, when that changed
    since the last build, its index documents (to compare fingerprints and write)."""

    key: str
    fingerprint: str
    quotes: int
    docs: list[dict[str, Any]] | None


def code_version() -> str:
    """The version of the code that turns documents into index documents (all but the build
    and the CLI), with the schema version."""
    return f"{schema.SCHEMA_VERSION}-{source_hash(frozenset({'build.py', 'cli.py'}))}"


def input_key(film: Film, documents: dict[str, dict[str, Any]]) -> str:
    """A hash of everything a merged film was made from: its id, the records and quotes it
    united (row by row) and the content hash of each document they came from."""
    rows = sorted(film.sources) + sorted(q.source for q in film.quotes)
    names = sorted({r.split("#")[0] for r in rows})
    hashes = [f"{n}@{documents.get(n, {}).get('sha256')}" for n in names]
    material = "\n".join([code_version(), film.id, *rows, *hashes])
    return hashlib.sha1(material.encode()).hexdigest()


def plan_films(
    films: Sequence[Film], documents: dict[str, dict[str, Any]], previous: dict[str, Any]
) -> dict[str, Planned]:
    """Index documents only for films whose inputs changed since the build that wrote
    ``previous`` (film id -> [input key, fingerprint, quotes]); the others keep theirs."""
    plan: dict[str, Planned] = {}
    for film in films:
        key = input_key(film, documents)
        before = previous.get(film.id)
        if before and before[0] == key:
            plan[film.id] = Planned(key, str(before[1]), int(before[2]), None)
        else:
            docs = schema.documents(film)
            fingerprint = docs[0][schema.FINGERPRINT].decode("ascii")
            plan[film.id] = Planned(key, fingerprint, len(docs) - 1, docs)
    return plan


# --------------------------------------------------------------------------- writing


def build(
    roots: Sequence[Path],
    index_root: Path,
    *,
    full: bool = False,
    progress: Progress | None = None,
    wait: float = 0.0,
) -> BuildReport:
    """Bring the index under ``index_root`` up to date with the corpus ``roots``.

    Incremental unless ``full`` is set or there is no usable live index. Raises
    :class:`BuildBusy` when another build runs longer than ``wait`` seconds, and
    :class:`BuildError` when the build fails (the live index is then unchanged).
    """
    layout = IndexLayout(Path(index_root))
    tick = progress or (lambda stage, done, total: None)
    started = time.monotonic()
    with writer_lock(layout, wait):
        _clean_leftovers(layout)
        old = layout.manifest()
        full = full or layout.live() is None or old.get("schema_version") != schema.SCHEMA_VERSION
        if not full and _nothing_changed(roots, old):
            return _unchanged(layout, old, started)
        quick = None if full else _quick(roots, layout, old, tick, started)
        if quick is not None:
            return quick
        read = read_corpus(roots, layout, {} if full else old, tick)
        report = BuildReport(
            documents_total=len(read.documents),
            documents_read=read.read,
            documents_cached=read.cached,
            documents_removed=read.removed,
        )
        tick("merge", 0, 1)
        merged = merge(read.films, read.quotes)
        report.records_merged = len(read.films) + len(read.quotes)
        tick("merge", 1, 1)
        plan = plan_films(merged.films, read.documents, {} if full else _claim_plans(layout))
        report.mode = "full" if full else "incremental"
        report.films_total = len(plan)
        report.quotes_total = sum(p.quotes for p in plan.values())
        _set_problems(report, read.problems + merged.problems)
        try:

            def finish(target: Path) -> None:
                # ledger and manifest are in place before a new build becomes live
                _write_ledger(target, read, merged, plan)
                report.seconds = round(time.monotonic() - started, 3)
                report.finished_at = now_utc()
                report.build = target.name
                _write_manifest_file(target, read.documents, report)

            if full:
                _write_full(layout, plan, report, tick, finish)
            else:
                finish(_reconcile(layout, plan, report, tick))
        except OSError as exc:
            raise BuildError(os_error_message(exc)) from exc
        _prune(layout, read.documents)
    log.debug("build %s: %s", report.mode, report.to_json() | {"problems": len(report.problems)})
    return report


def _set_problems(report: BuildReport, problems: Sequence[Problem]) -> None:
    report.problems = [asdict(p) for p in problems]
    report.skipped = [
        {"source": p.source, "reason": p.message} for p in problems if p.level == "error"
    ]


def _claim_plans(layout: IndexLayout) -> dict[str, Any]:
    """film id -> [input key, fingerprint, quotes] from the live build's ledger ({} unless it
    is clean and this code's: every film's documents are then made and compared with the
    index). The ledger is marked dirty: the index is about to change without it."""
    live = layout.live()
    ledger = Ledger.open(live) if live else None
    if ledger is None:
        return {}
    with contextlib.closing(ledger):
        try:
            plans = ledger.plans() if ledger.usable(code_version()) else {}
            ledger.mark_dirty()
        except sqlite3.Error:
            return {}
    return plans


def _nothing_changed(roots: Sequence[Path], old: dict[str, Any]) -> bool:
    """Same documents, same sizes and times, same code as the live build: nothing to redo."""
    if old.get("code_version") != code_version():
        return False
    before: dict[str, Any] = old.get("documents", {})
    listing = source_names(roots)
    if {name for _, _, name in listing} != set(before):
        return False
    return all(
        (before[name].get("size"), before[name].get("mtime_ns")) == (doc.size, doc.mtime_ns)
        for _, doc, name in listing
    )


def _unchanged(layout: IndexLayout, old: dict[str, Any], started: float) -> BuildReport:
    """The report of a build that found nothing to do (the live build's figures, all unchanged)."""
    last = old.get("report", {})
    report = BuildReport(
        mode="incremental",
        films_unchanged=int(last.get("films_total", 0)),
        films_total=int(last.get("films_total", 0)),
        quotes_total=int(last.get("quotes_total", 0)),
        documents_total=len(old.get("documents", {})),
        documents_cached=len(old.get("documents", {})),
        skipped=list(last.get("skipped", [])),
        problems=list(last.get("problems", [])),
    )
    live = layout.live()
    assert live is not None
    report.seconds = round(time.monotonic() - started, 3)
    report.finished_at = now_utc()
    report.build = live.name
    _write_manifest_file(live, old.get("documents", {}), report)
    return report


def _add_film(writer: Any, docs: list[dict[str, Any]]) -> None:
    for doc in docs:
        writer.add_document(**doc)


def _write_full(
    layout: IndexLayout,
    plan: dict[str, Planned],
    report: BuildReport,
    tick: Progress,
    finish: Callable[[Path], None],
) -> Path:
    now = time.time_ns()
    name = time.strftime("%Y%m%dT%H%M%S", time.gmtime(now / 1e9)) + f".{now % 10**9:09d}"
    tmp = layout.builds / f"{name}.tmp"
    tmp.mkdir(parents=True)
    try:
        ix = whoosh_index.create_in(str(tmp), schema.make_schema())
        writer = _full_writer(ix, sum(p.quotes + 1 for p in plan.values()))
        for i, planned in enumerate(plan.values()):
            if i % 500 == 0:
                tick("write", i, len(plan))
            _add_film(writer, planned.docs or [])
        tick("commit", 0, 1)
        writer.commit()
        tick("verify", 0, 1)
        _verify(tmp, plan)
        final = layout.builds / name
        os.rename(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = layout.live()
    previous = set(_fingerprints(old)) if old else set()
    report.films_added = len(set(plan) - previous)
    report.films_updated = len(set(plan) & previous)
    report.films_removed = len(previous - set(plan))
    finish(final)
    _swap(layout, final)
    return final


def _full_writer(ix: Any, count: int) -> Any:
    """A writer for a whole new index: one process per core for large builds (each writes its
    own segment; ``multisegment`` skips the final merge, searches span the segments)."""
    procs = min(os.cpu_count() or 1, 4)
    if count < parallel_from() or procs < 2:
        return ix.writer(limitmb=512)
    return ix.writer(procs=procs, limitmb=WRITER_MB, multisegment=True)


def parallel_from() -> int:
    """How many index documents make a full build parallel (:data:`PARALLEL_FROM`)."""
    try:
        return int(os.environ.get("CINEDEX_PARALLEL_FROM", "") or PARALLEL_FROM)
    except ValueError:
        log.warning("CINEDEX_PARALLEL_FROM is not a number; using %d", PARALLEL_FROM)
        return PARALLEL_FROM


def _reconcile(
    layout: IndexLayout, plan: dict[str, Planned], report: BuildReport, tick: Progress
) -> Path:
    """Bring the live index in line with a whole-corpus ``plan``, comparing every film's
    fingerprint with the index itself (so it also repairs what a killed build left)."""
    live = layout.live()
    assert live is not None
    existing = _fingerprints(live)
    _write_incremental(live, plan, existing, set(existing) - set(plan), report, tick)
    report.films_unchanged = len(plan) - report.films_added - report.films_updated
    return live


def _write_incremental(
    live: Path,
    plan: dict[str, Planned],
    existing: dict[str, str],
    removed: set[str],
    report: BuildReport,
    tick: Progress,
) -> None:
    """Rewrite in the live index the films of ``plan`` whose fingerprint differs from
    ``existing`` (film id -> fingerprint in the index) and delete the films ``removed``."""
    changed = [
        fid
        for fid, planned in plan.items()
        if planned.docs is not None and existing.get(fid) != planned.fingerprint
    ]
    report.films_added = sum(fid not in existing for fid in changed)
    report.films_updated = len(changed) - report.films_added
    report.films_removed = len(removed)
    if not changed and not removed:
        return
    ix = whoosh_index.open_dir(str(live))
    writer = ix.writer(timeout=30.0, limitmb=128)
    try:
        _delete_films(writer, removed | set(changed))
        for i, fid in enumerate(changed):
            if i % 500 == 0:
                tick("write", i, len(changed))
            _add_film(writer, plan[fid].docs or [])
        tick("commit", 0, 1)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise


def _delete_films(writer: Any, doomed: set[str]) -> None:
    """Delete every document (film and quotes) of the films ``doomed``. Each segment's film
    id column is read straight through: one lookup per document costs ten times more."""
    wanted = {fid.encode("utf-8") for fid in doomed}
    with writer.reader() as reader:
        for leaf, base in reader.leaf_readers():
            column = leaf.column_reader(schema.FILM_ID, translate=False)
            for docnum, owner in enumerate(column):
                if owner in wanted and not leaf.is_deleted(docnum):
                    writer.delete_document(base + docnum)


# --------------------------------------------------------------------------- the quick path


def _quick(
    roots: Sequence[Path], layout: IndexLayout, old: dict[str, Any], tick: Progress, started: float
) -> BuildReport | None:
    """An incremental build that reads only the changed documents and re-merges only their
    region (:mod:`indexer.region`), or None when the live build's ledger cannot tell (none,
    dirty, older code) or the change touches catalogue film ids that quotes elsewhere name."""
    live = layout.live()
    ledger = Ledger.open(live) if live else None
    if live is None or ledger is None:
        return None
    with contextlib.closing(ledger):
        try:
            return _quick_with(roots, layout, live, ledger, old, tick, started)
        except sqlite3.Error as exc:
            log.warning("the build ledger failed (%s); reconciling the whole corpus", exc)
            return None


def _quick_with(
    roots: Sequence[Path],
    layout: IndexLayout,
    live: Path,
    ledger: Ledger,
    old: dict[str, Any],
    tick: Progress,
    started: float,
) -> BuildReport | None:
    if not ledger.usable(code_version()):
        return None
    tick("read", 0, 1)
    changes = read_changes(roots, layout, old)
    changed = set(changes.results) | set(changes.removed)
    if changes.ids_changed or ledger.declares_ids(changed):
        return None
    tick("merge", 0, 1)
    region = remerge(ledger, changes.results, changed, list(changes.documents))
    rows = ledger.film_rows(region.before)
    previous = {fid: [r.input_key, r.fingerprint, r.quotes] for fid, r in rows.items()}
    plan = plan_films(region.films, changes.documents, previous)
    report = BuildReport(
        documents_total=len(changes.documents),
        documents_read=changes.read,
        documents_cached=len(changes.documents) - changes.read,
        documents_removed=len(changes.removed),
        records_merged=region.items,
    )
    try:
        ledger.mark_dirty()
        existing = {fid: r.fingerprint for fid, r in rows.items()}
        _write_incremental(live, plan, existing, region.before - set(plan), report, tick)
        films = {f.id: f for f in region.films}
        ledger.update(
            drop_docs=changed,
            add=region.added,
            refile=region.refile,
            drop_films=region.before - set(plan),
            films=[_film_row(films[fid], p) for fid, p in plan.items()],
            documents={n: (declares_ids(r), r.problems) for n, r in changes.results.items()},
        )
        report.films_total, report.quotes_total = ledger.totals()
        report.films_unchanged = report.films_total - report.films_added - report.films_updated
        _set_problems(report, ledger.problems(list(changes.documents)))
        report.seconds = round(time.monotonic() - started, 3)
        report.finished_at = now_utc()
        report.build = live.name
        _write_manifest_file(live, changes.documents, report)
    except OSError as exc:
        raise BuildError(os_error_message(exc)) from exc
    _prune(layout, changes.documents)
    log.debug("build quick: %s (region of %d items)", report.films_total, region.items)
    return report


def _film_row(film: Film, planned: Planned) -> FilmRow:
    return FilmRow(film.id, base_id(film), planned.key, planned.fingerprint, planned.quotes)


def _write_ledger(target: Path, read: Read, merged: MergeResult, plan: dict[str, Planned]) -> None:
    """A new ledger for the build in ``target`` from a whole-corpus read and merge."""
    records = [
        NewItem(FILM_RECORD, doc, pos, fid, film, join_keys(film))
        for film, (doc, pos), fid in zip(read.films, read.origins, merged.record_films, strict=True)
    ]
    quotes = [
        NewItem(LOOSE_QUOTE, doc, pos, fid, q, quote_keys(q))
        for q, (doc, pos), fid in zip(
            read.quotes, read.quote_origins, merged.quote_films, strict=True
        )
    ]
    documents = {
        name: (name in read.declaring, read.problems_of.get(name, [])) for name in read.documents
    }
    with contextlib.closing(Ledger.create(target, code_version())) as ledger:
        films = [_film_row(f, plan[f.id]) for f in merged.films]
        ledger.fill([*records, *quotes], films, documents)


def _fingerprints(folder: Path) -> dict[str, str]:
    """film id -> fingerprint of every film in the index at ``folder``."""
    ix = whoosh_index.open_dir(str(folder))
    with ix.reader() as reader:
        ids = reader.column_reader(schema.ID_COLUMN, translate=False)
        prints = reader.column_reader(schema.FINGERPRINT, translate=False)
        return {
            ids[n].decode("utf-8"): prints[n].decode("ascii")
            for n in reader.all_doc_ids()
            if prints[n]
        }


def _verify(folder: Path, plan: dict[str, Planned]) -> None:
    expected = sum(p.quotes + 1 for p in plan.values())
    ix = whoosh_index.open_dir(str(folder))
    with ix.searcher() as searcher:
        if searcher.doc_count() != expected:
            raise BuildError(f"verification failed: {searcher.doc_count()} of {expected} documents")
    found = _fingerprints(folder)
    wrong = [fid for fid, p in plan.items() if found.get(fid) != p.fingerprint]
    if wrong:
        raise BuildError(f"verification failed: film {wrong[0]!r} is missing or differs")


def _swap(layout: IndexLayout, final: Path) -> None:
    link = layout.root / f"current.{os.getpid()}.tmp"
    with contextlib.suppress(FileNotFoundError):
        link.unlink()
    os.symlink(os.path.relpath(final, layout.root), link)
    os.replace(link, layout.current)
    _fsync_dir(layout.root)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_manifest_file(target: Path, documents: dict[str, Any], report: BuildReport) -> None:
    """The build's manifest: schema and code versions, the report, every document's hashes."""
    manifest = {
        "schema_version": schema.SCHEMA_VERSION,
        "code_version": code_version(),
        "build": target.name,
        "report": report.to_json(),
        "documents": documents,
    }
    write_json(target / MANIFEST, manifest)


def _clean_leftovers(layout: IndexLayout) -> None:
    """Remove what a killed build left behind (we hold the writer lock, so none is running)."""
    if layout.builds.is_dir():
        for path in layout.builds.glob("*.tmp"):
            shutil.rmtree(path, ignore_errors=True)
    for path in layout.root.glob("current.*.tmp"):
        path.unlink(missing_ok=True)


def _prune(layout: IndexLayout, documents: dict[str, Any]) -> None:
    """Keep the live build and the one before it (readers may still hold it); drop old cache."""
    live = layout.live()
    builds = sorted(p for p in layout.builds.glob("*") if p.is_dir() and p.suffix != ".tmp")
    for path in builds[:-KEEP_BUILDS]:
        if path != live:
            shutil.rmtree(path, ignore_errors=True)
    keep = {
        cache_path(layout, str(entry.get(k)), name).name
        for name, entry in documents.items()
        for k in ("sha256", "good_sha256")
        if entry.get(k)
    }
    for path in layout.cache.glob("*.pickle"):
        if path.name not in keep:
            path.unlink(missing_ok=True)
