"""Reading a corpus for a build: every document extracted, from the cache when unchanged.

Each document version's extraction is pickled under ``cache/``, keyed by the document's name,
its content hash and a hash of the extraction code, so an unchanged document is never read
again and a changed extractor invalidates the cache by itself. A document that used to read
cleanly and now fails keeps its last good version, and the problem is reported.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import os
import pickle
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from indexer import corpus
from indexer.extract import catalogue
from indexer.layout import IndexLayout
from indexer.records import ExtractResult, Film, LooseQuote, Problem

Progress = Callable[[str, int, int], None]


#: where a record or loose quote came from: (document name, position in that document)
Origin = tuple[str, int]


@dataclass
class Read:
    """Everything a corpus gave, the manifest entry of each document, and how many were read
    afresh or taken from the cache. ``origins`` and ``quote_origins`` run parallel to
    ``films`` and ``quotes``; ``problems_of`` holds each document's problems and
    ``declaring`` the documents that declare catalogue film ids."""

    films: list[Film] = field(default_factory=list)
    quotes: list[LooseQuote] = field(default_factory=list)
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    origins: list[Origin] = field(default_factory=list)
    quote_origins: list[Origin] = field(default_factory=list)
    problems_of: dict[str, list[Problem]] = field(default_factory=dict)
    declaring: set[str] = field(default_factory=set)
    read: int = 0
    cached: int = 0
    removed: int = 0

    @property
    def problems(self) -> list[Problem]:
        """Every document's problems, in reading order."""
        return [p for found in self.problems_of.values() for p in found]


@dataclass
class Changes:
    """What changed in a corpus since a manifest: the new manifest entry of every document
    (in listing order), the extraction of each added or changed document, and the names of
    removed ones. ``ids_changed`` is set when a changed document declares catalogue film ids
    that quotes elsewhere may name (a whole re-merge is then needed)."""

    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    results: dict[str, ExtractResult] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    ids_changed: bool = False
    read: int = 0


def source_names(roots: Sequence[Path]) -> list[tuple[Path, corpus.Document, str]]:
    """(root, document, source name) of every document; names carry the root's folder name
    when there are several roots."""
    found = []
    for root in roots:
        for doc in corpus.discover(root):
            name = doc.rel if len(roots) == 1 else f"{root.name}/{doc.rel}"
            found.append((root, doc, name))
    return found


def read_corpus(
    roots: Sequence[Path], layout: IndexLayout, old: dict[str, Any], progress: Progress
) -> Read:
    """Extract every document, from the cache where its content hash is unchanged."""
    out = Read()
    listing = source_names(roots)
    old_docs: dict[str, Any] = old.get("documents", {})
    layout.cache.mkdir(parents=True, exist_ok=True)
    film_ids: dict[str, str] = {}
    for i, (root, doc, name) in enumerate(listing):
        progress("read", i, len(listing))
        result, entry, cached = _read_one(root, doc, name, layout, old_docs.get(name, {}))
        out.cached += cached
        out.read += not cached
        out.documents[name] = entry
        if isinstance(result, catalogue.CatalogueResult):
            film_ids.update(result.film_ids)
        if declares_ids(result):
            out.declaring.add(name)
        out.films.extend(result.films)
        out.origins.extend((name, pos) for pos in range(len(result.films)))
        out.quotes.extend(result.quotes)
        out.quote_origins.extend((name, pos) for pos in range(len(result.quotes)))
        out.problems_of[name] = list(result.problems)
    progress("read", len(listing), len(listing))
    out.quotes = corpus.resolve_film_ids(out.quotes, film_ids)
    out.removed = len(set(old_docs) - set(out.documents))
    return out


def read_changes(roots: Sequence[Path], layout: IndexLayout, old: dict[str, Any]) -> Changes:
    """Extract only the documents added or changed since the manifest ``old``: the others are
    not opened (same size and time) or only hashed (touched but the same bytes)."""
    out = Changes()
    old_docs: dict[str, Any] = old.get("documents", {})
    layout.cache.mkdir(parents=True, exist_ok=True)
    for root, doc, name in source_names(roots):
        before: dict[str, Any] = old_docs.get(name) or {}
        try:
            digest: str | None = _digest(doc, before)
        except OSError:
            digest = None  # _read_one reports it
        if before and digest == before.get("sha256"):
            out.documents[name] = before | {"size": doc.size, "mtime_ns": doc.mtime_ns}
            continue
        result, entry, _ = _read_one(root, doc, name, layout, before, digest)
        out.documents[name] = entry
        out.results[name] = result
        out.read += 1
        out.ids_changed |= declares_ids(result) or _names_by_id(result)
    out.removed = sorted(set(old_docs) - set(out.documents))
    return out


def _digest(doc: corpus.Document, old: dict[str, Any]) -> str:
    """The document's content hash: the manifest's when size and time are unchanged."""
    if old.get("sha256") and (old.get("size"), old.get("mtime_ns")) == (doc.size, doc.mtime_ns):
        return str(old["sha256"])
    return corpus.document_hash(doc)


def declares_ids(result: ExtractResult) -> bool:
    """Whether a catalogue declares film ids by which quotes elsewhere may name their films."""
    return isinstance(result, catalogue.CatalogueResult) and bool(result.film_ids)


def _names_by_id(result: ExtractResult) -> bool:
    return any((q.film.link or "").startswith(catalogue.FILM_ID_PREFIX) for q in result.quotes)


def _read_one(
    root: Path,
    doc: corpus.Document,
    name: str,
    layout: IndexLayout,
    old: dict[str, Any],
    digest: str | None = None,
) -> tuple[ExtractResult, dict[str, Any], bool]:
    """Extract one document (from the cache when its hash, ``digest`` if already known, is
    there): its result, its manifest entry, and whether it came from the cache."""
    try:
        digest = digest or _digest(doc, old)
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
def source_hash(skip: frozenset[str] = frozenset()) -> str:
    """A hash of the indexer's own source files except ``skip`` (file names): a version that
    changes by itself whenever that code does."""
    base = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted([*base.glob("extract/**/*.py"), *base.glob("*.py")]):
        if path.name not in skip:
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def extractor_version() -> str:
    """The version of the extraction code: a changed extractor invalidates the cache by itself."""
    return source_hash(frozenset({"build.py", "cli.py", "schema.py", "analysis.py"}))


def cache_path(layout: IndexLayout, digest: str, name: str) -> Path:
    # keyed by name and content: the same bytes at two paths carry different source names
    salt = f"{extractor_version()}:{name}:{digest}"
    return layout.cache / f"{hashlib.sha256(salt.encode()).hexdigest()}.pickle"


def _cache_load(layout: IndexLayout, digest: str, name: str) -> ExtractResult | None:
    try:
        with cache_path(layout, digest, name).open("rb") as fh:
            result = pickle.load(fh)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, AttributeError, TypeError):
        return None
    return result if isinstance(result, ExtractResult) else None


def _cache_store(layout: IndexLayout, digest: str, name: str, result: ExtractResult) -> None:
    # The cache is only an accelerator: a failed write costs a re-read next time.
    path = cache_path(layout, digest, name)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        with tmp.open("wb") as fh:
            pickle.dump(result, fh, pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
