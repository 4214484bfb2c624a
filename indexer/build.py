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
import dataclasses
import errno
import fcntl
import functools
import hashlib
import json
import logging
import os
import pickle
import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from indexer import corpus, schema
from indexer.extract import catalogue
from indexer.merge import merge
from indexer.records import ExtractResult, Film, LooseQuote, Problem

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]

MANIFEST = "manifest.json"
FILMS = "films.json"
KEEP_BUILDS = 2
#: documents from which a full build writes with one process per core
PARALLEL_FROM = 20_000


class BuildError(Exception):
    """A build could not complete; the live index is unchanged."""


class BuildBusy(BuildError):
    """Another build holds the writer lock."""


@dataclass(frozen=True)
class IndexLayout:
    """Where the parts of an index folder live."""

    root: Path

    @property
    def current(self) -> Path:
        return self.root / "current"

    @property
    def builds(self) -> Path:
        return self.root / "builds"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    @property
    def lock(self) -> Path:
        return self.root / "writer.lock"

    def live(self) -> Path | None:
        """The folder of the live index, or None before the first build."""
        if not self.current.is_symlink() and not self.current.is_dir():
            return None
        target = self.current.resolve()
        return target if whoosh_index.exists_in(str(target)) else None

    def manifest(self) -> dict[str, Any]:
        """The live index's manifest ({} when there is none)."""
        live = self.live()
        if live is None or not (live / MANIFEST).exists():
            return {}
        try:
            data = json.loads((live / MANIFEST).read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}


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


# --------------------------------------------------------------------------- locking


@contextlib.contextmanager
def writer_lock(layout: IndexLayout, wait: float = 0.0) -> Iterator[None]:
    """Hold the index's writer lock; raise :class:`BuildBusy` if ``wait`` seconds pass.

    An ``flock`` dies with its process, so a killed build never leaves a stale lock.
    """
    try:
        layout.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(layout.lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:  # a read-only or missing index folder is a user error, not a crash
        raise BuildError(_os_message(exc)) from exc
    deadline = time.monotonic() + wait
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise BuildBusy(
                        "another index build is running; try again when it ends"
                    ) from None
                time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield
    finally:
        os.close(fd)


def build_running(layout: IndexLayout) -> bool:
    """True while some process holds the writer lock."""
    if not layout.lock.exists():
        return False
    fd = os.open(layout.lock, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


# --------------------------------------------------------------------------- reading


@dataclass
class _Read:
    films: list[Film] = field(default_factory=list)
    quotes: list[LooseQuote] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)


def _source_names(roots: Sequence[Path]) -> list[tuple[Path, corpus.Document, str]]:
    found = []
    for root in roots:
        for doc in corpus.discover(root):
            name = doc.rel if len(roots) == 1 else f"{root.name}/{doc.rel}"
            found.append((root, doc, name))
    return found


def read_corpus(
    roots: Sequence[Path], layout: IndexLayout, old: dict[str, Any], progress: Progress
) -> tuple[_Read, BuildReport]:
    """Extract every document, from the cache where its content hash is unchanged."""
    report = BuildReport()
    out = _Read()
    listing = _source_names(roots)
    old_docs: dict[str, Any] = old.get("documents", {})
    layout.cache.mkdir(parents=True, exist_ok=True)
    film_ids: dict[str, str] = {}
    for i, (root, doc, name) in enumerate(listing):
        progress("read", i, len(listing))
        result, entry, cached = _read_one(root, doc, name, layout, old_docs.get(name, {}))
        report.documents_cached += cached
        report.documents_read += not cached
        out.documents[name] = entry
        if isinstance(result, catalogue.CatalogueResult):
            film_ids.update(result.film_ids)
        out.films.extend(result.films)
        out.quotes.extend(result.quotes)
        out.problems.extend(result.problems)
    progress("read", len(listing), len(listing))
    out.quotes = corpus.resolve_film_ids(out.quotes, film_ids)
    report.documents_total = len(listing)
    report.documents_removed = len(set(old_docs) - set(out.documents))
    return out, report


def _read_one(
    root: Path, doc: corpus.Document, name: str, layout: IndexLayout, old: dict[str, Any]
) -> tuple[ExtractResult, dict[str, Any], bool]:
    try:
        if old.get("size") == doc.size and old.get("mtime_ns") == doc.mtime_ns:
            digest = str(old["sha256"])
        else:
            digest = corpus.content_hash(doc.path)
    except OSError as exc:
        return _fallback(name, layout, old, f"unreadable: {exc.strerror or exc}")
    entry = {"sha256": digest, "size": doc.size, "mtime_ns": doc.mtime_ns, "kind": doc.kind}
    cached = _cache_load(layout, digest, name)
    if cached is not None:
        entry["good_sha256"] = digest if _usable(cached) else old.get("good_sha256")
        return cached, entry, True
    result = _renamed(corpus.read_document(doc, root), doc.rel, name)
    if not _usable(result) and old.get("good_sha256"):
        kept = _cache_load(layout, str(old["good_sha256"]), name)
        if kept is not None:
            reason = "; ".join(p.message for p in result.problems if p.level == "error")
            kept.problems.append(Problem(name, f"kept the last good version: {reason}", "error"))
            entry["good_sha256"] = old["good_sha256"]
            return kept, entry, False
    _cache_store(layout, digest, name, result)
    entry["good_sha256"] = digest if _usable(result) else None
    return result, entry, False


def _usable(result: ExtractResult) -> bool:
    return bool(result.films or result.quotes) or not any(
        p.level == "error" for p in result.problems
    )


def _fallback(
    name: str, layout: IndexLayout, old: dict[str, Any], reason: str
) -> tuple[ExtractResult, dict[str, Any], bool]:
    kept = _cache_load(layout, str(old.get("good_sha256")), name) if old else None
    result = kept or ExtractResult()
    result.problems.append(Problem(name, reason, "error"))
    return result, dict(old), False


def _renamed(result: ExtractResult, rel: str, name: str) -> ExtractResult:
    """Source names relative to the corpus root set (several roots prefix their folder)."""
    if rel == name:
        return result

    def fix(source: str) -> str:
        return name + source[len(rel) :] if source.startswith(rel) else source

    films = [f.replace(sources=tuple(fix(s) for s in f.sources)) for f in result.films]
    quotes = [
        LooseQuote(q.film, dataclasses.replace(q.quote, source=fix(q.quote.source)))
        for q in result.quotes
    ]
    problems = [Problem(fix(p.source), p.message, p.level) for p in result.problems]
    # replace() keeps the result's class: a catalogue's film-id table comes along
    return dataclasses.replace(result, films=films, quotes=quotes, problems=problems)


@functools.cache
def extractor_version() -> str:
    """A hash of the extraction code: a changed extractor invalidates the cache by itself."""
    base = Path(__file__).parent
    files = sorted([*base.glob("extract/**/*.py"), *base.glob("*.py")])
    digest = hashlib.sha256()
    for path in files:
        if path.name not in ("build.py", "cli.py", "schema.py", "analysis.py"):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _cache_path(layout: IndexLayout, digest: str, name: str) -> Path:
    # keyed by name and content: the same bytes at two paths carry different source names
    salt = f"{extractor_version()}:{name}:{digest}"
    return layout.cache / f"{hashlib.sha256(salt.encode()).hexdigest()}.pickle"


def _cache_load(layout: IndexLayout, digest: str, name: str) -> ExtractResult | None:
    try:
        with _cache_path(layout, digest, name).open("rb") as fh:
            result = pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, AttributeError, TypeError):
        return None
    return result if isinstance(result, ExtractResult) else None


def _cache_store(layout: IndexLayout, digest: str, name: str, result: ExtractResult) -> None:
    # The cache is only an accelerator: a failed write costs a re-read next time.
    path = _cache_path(layout, digest, name)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        with tmp.open("wb") as fh:
            pickle.dump(result, fh, pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)


# --------------------------------------------------------------------------- planning


@dataclass
class Planned:
    """A film to be in the index: what its documents were made from, and, when that changed
    since the last build, its index documents (to compare fingerprints and write)."""

    key: str
    fingerprint: str
    quotes: int
    docs: list[dict[str, Any]] | None


@functools.cache
def code_version() -> str:
    """A hash of the code that turns documents into index documents (not build.py or cli.py)."""
    digest = hashlib.sha256(str(schema.SCHEMA_VERSION).encode())
    base = Path(__file__).parent
    for path in sorted([*base.glob("extract/**/*.py"), *base.glob("*.py")]):
        if path.name not in ("build.py", "cli.py"):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


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
        read, report = read_corpus(roots, layout, {} if full else old, tick)
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
                report.finished_at = _now()
                report.build = target.name
                _write_manifest(target, read.documents, report, plan)

            if full:
                _write_full(layout, plan, report, tick, finish)
            else:
                finish(_write_incremental(layout, plan, report, tick))
        except OSError as exc:
            raise BuildError(_os_message(exc)) from exc
        _prune(layout, read.documents)
    log.debug("build %s: %s", report.mode, report.to_json() | {"problems": len(problems)})
    return report


def _os_message(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full; the previous index is still serving"
    if exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
        return f"cannot write the index ({exc.strerror}); the previous index is still serving"
    return f"index write failed: {exc}; the previous index is still serving"


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
    manifest = {
        "schema_version": schema.SCHEMA_VERSION,
        "build": target.name,
        "report": report.to_json(),
        "documents": documents,
    }
    films = {fid: [p.key, p.fingerprint, p.quotes] for fid, p in plan.items()}
    _write_json(target / FILMS, films)  # first: a manifest never points at stale film plans
    _write_json(target / MANIFEST, manifest)


def _write_json(path: Path, data: Any) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")
    os.replace(tmp, path)


def previous_films(layout: IndexLayout) -> dict[str, Any]:
    """film id -> [input key, fingerprint, quotes] as the live build wrote them ({} if none)."""
    live = layout.live()
    try:
        data = json.loads((live / FILMS).read_text("utf-8")) if live else {}
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


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
        _cache_path(layout, str(entry.get(k)), name).name
        for name, entry in documents.items()
        for k in ("sha256", "good_sha256")
        if entry.get(k)
    }
    for path in layout.cache.glob("*.pickle"):
        if path.name not in keep:
            path.unlink(missing_ok=True)


def index_stats(layout: IndexLayout) -> dict[str, Any] | None:
    """What the live index holds: counts, schema version, build, generation and last report."""
    live = layout.live()
    if live is None:
        return None
    manifest = layout.manifest()
    ix = whoosh_index.open_dir(str(live))
    with ix.searcher() as searcher:
        films = searcher.doc_frequency(schema.KIND, schema.FILM)
        quotes = searcher.doc_frequency(schema.KIND, schema.QUOTE)
        generation = ix.latest_generation()
    return {
        "index": str(live.name),
        "schema_version": manifest.get("schema_version"),
        "generation": generation,
        "films": films,
        "quotes": quotes,
        "documents": len(manifest.get("documents", {})),
        "build_running": build_running(layout),
        "last_build": manifest.get("report", {}),
    }


class StatusFile:
    """A build's progress as a small JSON file that other processes (the web app) can read.

    Written atomically (temp file + rename) and at most a few times a second.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.data: dict[str, Any] = {}
        self._last = 0.0

    def _write(self, force: bool = True) -> None:
        now = time.monotonic()
        if not force and now - self._last < 0.25:
            return
        self._last = now
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(self.data, ensure_ascii=False), "utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:  # the status is advisory: a full disk must not crash the build
            log.warning("cannot write the build status %s: %s", self.path, exc)
            tmp.unlink(missing_ok=True)

    def start(self, full: bool) -> None:
        """Mark the build as running."""
        self.data = {
            "state": "running",
            "pid": os.getpid(),
            "mode": "full" if full else "incremental",
            "started_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "stage": "start",
            "done": 0,
            "total": 0,
        }
        self._write()

    def progress(self, stage: str, done: int, total: int) -> None:
        """Record progress (throttled)."""
        changed = stage != self.data.get("stage")
        self.data.update(stage=stage, done=done, total=total)
        self._write(force=changed)

    def finish(self, report: dict[str, Any]) -> None:
        """Mark the build as finished with its report."""
        self.data.update(state="finished", report=report, finished_at=_now())
        self._write()

    def fail(self, error: str) -> None:
        """Mark the build as failed with a message."""
        self.data.update(state="failed", error=error, finished_at=_now())
        self._write()


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
