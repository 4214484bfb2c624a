"""Full and incremental builds of the live index, atomic for every reader.

Layout of the index folder::

    index/
      current -> builds/<name>     symlink to the live Whoosh index (swapped atomically)
      builds/<name>/               Whoosh files + manifest.json
      cache/<sha256>.pickle        what each document version extracted to
      writer.lock                  held by the one build that may run

A **full** build writes a new index under ``builds/``, checks it, then swaps ``current`` with
one ``rename``; on any failure the half-written folder is deleted and the old index keeps
serving. An **incremental** build re-reads only documents whose content hash changed (the
extraction of the others comes from the cache), merges again, and rewrites in the live index
only the films whose fingerprint changed; Whoosh commits a new generation atomically, so
readers see either the old or the new one. A document that used to read cleanly and now fails
keeps its last good version in the index, and the problem is reported.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from indexer import schema
from indexer.layout import (
    FILMS,
    MANIFEST,
    BuildBusy,
    BuildError,
    IndexLayout,
    StatusFile,
    build_running,
    index_stats,
    now_utc,
    os_error_message,
    previous_films,
    write_json,
    writer_lock,
)
from indexer.merge import merge
from indexer.reading import Progress, cache_path, read_corpus, source_hash, source_names
from indexer.records import Film

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
#: documents from which a full build writes with one process per core
PARALLEL_FROM = 20_000


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
        read = read_corpus(roots, layout, {} if full else old, tick)
        report = BuildReport(
            documents_total=len(read.documents),
            documents_read=read.read,
            documents_cached=read.cached,
            documents_removed=read.removed,
        )
        tick("merge", 0, 1)
        merged = merge(read.films, read.quotes)
        tick("merge", 1, 1)
        plan = plan_films(merged.films, read.documents, {} if full else previous_films(layout))
        report.mode = "full" if full else "incremental"
        report.films_total = len(plan)
        report.quotes_total = sum(p.quotes for p in plan.values())
        problems = read.problems + merged.problems
        report.problems = [asdict(p) for p in problems]
        report.skipped = [
            {"source": p.source, "reason": p.message} for p in problems if p.level == "error"
        ]
        try:

            def finish(target: Path) -> None:
                # the manifest is in place before a new build becomes live
                report.seconds = round(time.monotonic() - started, 3)
                report.finished_at = now_utc()
                report.build = target.name
                _write_manifest(target, read.documents, report, plan)

            if full:
                _write_full(layout, plan, report, tick, finish)
            else:
                finish(_write_incremental(layout, plan, report, tick))
        except OSError as exc:
            raise BuildError(os_error_message(exc)) from exc
        _prune(layout, read.documents)
    log.debug("build %s: %s", report.mode, report.to_json() | {"problems": len(problems)})
    return report


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
    if count < PARALLEL_FROM or procs < 2:
        return ix.writer(limitmb=512)
    return ix.writer(procs=procs, limitmb=512, multisegment=True)


def _write_incremental(
    layout: IndexLayout, plan: dict[str, Planned], report: BuildReport, tick: Progress
) -> Path:
    live = layout.live()
    assert live is not None
    existing = _fingerprints(live)
    changed = [
        fid
        for fid, planned in plan.items()
        if planned.docs is not None and existing.get(fid) != planned.fingerprint
    ]
    removed = sorted(set(existing) - set(plan))
    report.films_added = sum(fid not in existing for fid in changed)
    report.films_updated = len(changed) - report.films_added
    report.films_removed = len(removed)
    report.films_unchanged = len(plan) - len(changed)
    if changed or removed:
        ix = whoosh_index.open_dir(str(live))
        writer = ix.writer(timeout=30.0, limitmb=128)
        try:
            doomed = set(removed) | set(changed)
            with writer.reader() as reader:
                owners = reader.column_reader(schema.FILM_ID, translate=False)
                for docnum in reader.all_doc_ids():
                    if owners[docnum].decode("utf-8") in doomed:
                        writer.delete_document(docnum)
            for i, fid in enumerate(changed):
                if i % 500 == 0:
                    tick("write", i, len(changed))
                _add_film(writer, plan[fid].docs or [])
            tick("commit", 0, 1)
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
    return live


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


def _write_manifest(
    target: Path, documents: dict[str, Any], report: BuildReport, plan: dict[str, Planned]
) -> None:
    films = {fid: [p.key, p.fingerprint, p.quotes] for fid, p in plan.items()}
    write_json(target / FILMS, films)  # first: a manifest never points at stale film plans
    _write_manifest_file(target, documents, report)


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
