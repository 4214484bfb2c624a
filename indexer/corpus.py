"""Finding and reading the documents of a corpus folder.

:func:`discover` lists the documents under a root in a stable order; :func:`read_document`
reads one (decoding, size limits, binary files) and hands its text to the extractor for its
kind; :func:`load_corpus` reads every document of one or more roots. Nothing here raises for
a bad file: each failure is a :class:`~indexer.records.Problem` naming the file, and the
rest of the corpus is still read.

Document kinds, by file name:

- ``page``: ``*.txt`` (and ``*.html``): a film page saved as text, read by
  :mod:`indexer.extract.pages`;
- ``markdown``: ``*.md``: an editor's film with a YAML front matter
  (:mod:`indexer.extract.frontmatter`);
- ``catalogue``: ``*.jsonl``, ``*.ndjson``, ``*.csv``, ``*.tsv``, also gzipped: many films or
  quotes (:mod:`indexer.extract.catalogue`), with an optional ``<name>.mapping.yaml`` beside.
"""

from __future__ import annotations

import codecs
import gzip
import hashlib
import logging
import os
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path
from stat import S_ISREG
from typing import Any, BinaryIO, Literal

import ftfy

from indexer.extract import catalogue
from indexer.extract.frontmatter import extract_markdown
from indexer.records import ExtractResult, Film, LooseQuote, Problem

log = logging.getLogger(__name__)

Kind = Literal["page", "markdown", "catalogue", "unknown"]

#: Largest page or Markdown file read.
MAX_PAGE_BYTES = 5 * 1024 * 1024
#: Largest catalogue read, and the most a gzipped one may expand to (read in bounded memory:
#: a small ``.jsonl.gz`` that expands past it is a decompression bomb and is skipped).
MAX_CATALOGUE_BYTES = 256 * 1024 * 1024
_PAGE_SUFFIXES = (".txt", ".text", ".html", ".htm")
_MARKDOWN_SUFFIXES = (".md", ".markdown")
_CATALOGUE_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".tsv")
_MAPPING_SUFFIXES = (".mapping.yaml", ".mapping.yml")
#: Files that describe the corpus rather than belong to it.
_NOT_DOCUMENTS = frozenset({"readme.md", "readme.txt", "readme", "sources.md", "license"})


@dataclass(frozen=True)
class Document:
    """A file of the corpus: ``rel`` (posix, relative to its root) is its source name."""

    path: Path
    rel: str
    kind: Kind
    size: int
    mtime_ns: int
    #: why the file is listed but never opened (a link out of the corpus, not a regular file)
    refused: str | None = None


@dataclass(frozen=True)
class DocumentSummary:
    """What reading one document gave, for ``cinedex check``."""

    source: str
    kind: Kind
    films: int
    quotes: int
    problems: tuple[Problem, ...]

    @property
    def unreadable(self) -> bool:
        """Nothing could be read from the document (an error and no record)."""
        return not (self.films or self.quotes) and any(p.level == "error" for p in self.problems)

    def to_json(self) -> dict[str, Any]:
        """The JSON shape used by ``cinedex check --json``."""
        return {
            "source": self.source,
            "kind": self.kind,
            "films": self.films,
            "quotes": self.quotes,
            "unreadable": self.unreadable,
            "problems": [
                {"source": p.source, "level": p.level, "message": p.message} for p in self.problems
            ],
        }


@dataclass
class CorpusResult:
    """Every film, loose quote and problem of a corpus, and a summary per document."""

    films: list[Film] = field(default_factory=list)
    quotes: list[LooseQuote] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    documents: list[DocumentSummary] = field(default_factory=list)


# --------------------------------------------------------------------------- finding


def kind_of(name: str) -> Kind | None:
    """The kind of a document by its file name; None for files that are not documents."""
    lower = name.casefold()
    if lower in _NOT_DOCUMENTS or lower.endswith(_MAPPING_SUFFIXES) or _is_temp(lower):
        return None
    bare = lower.removesuffix(".gz")
    if bare.endswith(_CATALOGUE_SUFFIXES):
        return "catalogue"
    if lower.endswith(_MARKDOWN_SUFFIXES):
        return "markdown"
    if lower.endswith(_PAGE_SUFFIXES):
        return "page"
    return "unknown"


def _is_temp(name: str) -> bool:
    """Hidden files and editors' temporary, backup and lock files."""
    return (
        name.startswith((".", "~", "#"))
        or name.endswith(("~", ".swp", ".swo", ".swx", ".tmp", ".bak", ".part", ".crdownload"))
        or name in ("thumbs.db", "desktop.ini")
    )


def discover(root: Path) -> list[Document]:
    """Documents under ``root`` (or ``root`` itself if it is a file), sorted by path.

    Folder links are not followed; a file link that leads out of ``root`` and anything that
    is not a regular file (a FIFO, a device) are listed with the reason they are never read.
    """
    if root.is_file():
        kind = kind_of(root.name)
        documents = [_document(root, root.name, kind, None)] if kind else []
        return [d for d in documents if d is not None]
    documents = []
    inside = os.path.realpath(root)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            kind = kind_of(name)
            if kind is not None:
                path = Path(dirpath, name)
                rel = path.relative_to(root).as_posix()
                documents.append(_document(path, rel, kind, inside))
    return sorted((d for d in documents if d is not None), key=lambda d: d.rel)


def _document(path: Path, rel: str, kind: Kind, inside: str | None) -> Document | None:
    try:
        link = path.lstat()
        stat = path.stat()
    except OSError:  # vanished between listing and stat, or a dangling link: nothing to read
        return None
    refused = None
    target = os.path.realpath(path)
    if inside is not None and os.path.commonpath([inside, target]) != inside:
        refused = "a symbolic link to a file outside the corpus: skipped"
    elif not S_ISREG(stat.st_mode):
        refused = "not a regular file (a pipe, device or socket): skipped"
    size = link.st_size if refused else stat.st_size
    mtime = link.st_mtime_ns if refused else stat.st_mtime_ns
    return Document(path, rel, kind, size=size, mtime_ns=mtime, refused=refused)


def content_hash(path: Path) -> str:
    """SHA-256 of the file's bytes, hex, read in 1 MiB chunks."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def document_hash(doc: Document) -> str:
    """The document's content hash; for a refused one, a hash of the refusal (never opened)."""
    if doc.refused:
        return hashlib.sha256(f"{doc.refused}\n{os.path.realpath(doc.path)}".encode()).hexdigest()
    return content_hash(doc.path)


def mapping_path(path: Path) -> Path | None:
    """The editor's column mapping beside a catalogue (``foo.csv`` -> ``foo.mapping.yaml``)."""
    base = path.name.removesuffix(".gz").rsplit(".", 1)[0]
    for suffix in _MAPPING_SUFFIXES:
        candidate = path.with_name(base + suffix)
        if candidate.is_file():
            return candidate
    return None


# --------------------------------------------------------------------------- reading


def read_document(doc: Document, root: Path | None = None) -> ExtractResult:
    """Films, quotes and problems of one document; never raises for a bad file."""
    try:
        return _read(doc)
    except Exception as exc:  # an extractor bug must not stop the corpus
        log.exception("reading %s failed", doc.rel)
        return _error(doc, f"could not be read: {type(exc).__name__}: {exc}")


def _read(doc: Document) -> ExtractResult:
    if doc.refused:
        return _error(doc, doc.refused)
    if doc.kind == "unknown":
        msg = f"unknown file type {doc.path.suffix or '(no extension)'!r}: skipped"
        return ExtractResult(problems=[Problem(doc.rel, msg)])
    if doc.kind in ("page", "markdown") and doc.size > MAX_PAGE_BYTES:
        return _error(doc, f"file too large for a page ({doc.size / 1_048_576:.1f} MB)")
    data = _read_bytes(doc)
    if isinstance(data, Problem):
        return ExtractResult(problems=[data])
    problems = _changed(doc)
    if not data.strip():
        return _error(doc, "empty file: nothing to read", problems)
    decoded = decode(data, repair=doc.kind != "catalogue")
    problems += [Problem(doc.rel, w) for w in decoded.warnings]
    if decoded.text is None:
        return _error(doc, decoded.error or "not text", problems)
    result = _extract(doc, decoded.text, problems)
    result.problems[:0] = problems
    return result


def _read_bytes(doc: Document) -> bytes | Problem:
    """The file's bytes, at most :data:`MAX_CATALOGUE_BYTES` (gzip expanded in bounded memory)."""
    try:
        with doc.path.open("rb") as raw:
            if doc.path.name.casefold().endswith(".gz"):
                return _gunzip(doc, raw)
            data = raw.read(MAX_CATALOGUE_BYTES + 1)
    except FileNotFoundError:
        return Problem(doc.rel, "file was deleted before it could be read", "error")
    except OSError as exc:
        return Problem(doc.rel, f"file could not be read: {exc.strerror or exc}", "error")
    if len(data) > MAX_CATALOGUE_BYTES:
        message = f"file too large (over {_mb(MAX_CATALOGUE_BYTES)}): skipped"
        return Problem(doc.rel, message, "error")
    return data


def _gunzip(doc: Document, raw: BinaryIO) -> bytes | Problem:
    try:
        with gzip.GzipFile(fileobj=raw) as unzipped:
            data = unzipped.read(MAX_CATALOGUE_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        return Problem(doc.rel, f"not a valid gzip file: {exc}", "error")
    if len(data) > MAX_CATALOGUE_BYTES:
        message = f"expands to over {_mb(MAX_CATALOGUE_BYTES)} (a decompression bomb?): skipped"
        return Problem(doc.rel, message, "error")
    return data


def _mb(size: int) -> str:
    return f"{size / 1_048_576:.0f} MB"


def _changed(doc: Document) -> list[Problem]:
    """A warning when the file changed since it was listed (the content read is used)."""
    try:
        stat = doc.path.stat()
    except OSError:
        return [Problem(doc.rel, "file was deleted while it was read; its content is used")]
    if (stat.st_size, stat.st_mtime_ns) != (doc.size, doc.mtime_ns):
        return [Problem(doc.rel, "file changed while the corpus was read; read it again")]
    return []


def _extract(doc: Document, text: str, problems: list[Problem]) -> ExtractResult:
    if doc.kind == "markdown":
        return extract_markdown(text, doc.rel)
    if doc.kind == "catalogue":
        return _extract_catalogue(doc, text, problems)
    if looks_like_html(text):
        text = html_to_text(text)
        if not text.strip():
            return _error(doc, "no text: the file holds only HTML markup")
        problems.append(Problem(doc.rel, "HTML markup removed before reading the page"))
    from indexer.extract.pages import extract_page  # lazily: written apart from this module

    return extract_page(text, doc.rel)


def _extract_catalogue(doc: Document, text: str, problems: list[Problem]) -> ExtractResult:
    mapping = None
    sidecar = mapping_path(doc.path)
    if sidecar is not None:
        name = doc.rel.rsplit("/", 1)[0] + "/" + sidecar.name if "/" in doc.rel else sidecar.name
        try:
            mapping_text = sidecar.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem(name, f"column mapping could not be read: {exc}", "error"))
        else:
            mapping, mapping_problems = catalogue.parse_mapping(mapping_text, name)
            problems.extend(mapping_problems)
    return catalogue.extract_catalogue(text, doc.rel, mapping)


def _error(doc: Document, message: str, before: Sequence[Problem] = ()) -> ExtractResult:
    return ExtractResult(problems=[*before, Problem(doc.rel, message, "error")])


# --------------------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Decoded:
    """A file's text (None when it is not text), with warnings or the error."""

    text: str | None
    warnings: tuple[str, ...] = ()
    error: str | None = None


def decode(data: bytes, repair: bool = True) -> Decoded:
    """Text of a file: UTF-8/16/32 by byte-order mark, UTF-8, else cp1252 with a warning;
    binary data is an error. ``repair`` fixes mojibake ("Ã©" -> "é") with ftfy."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), (), repair)
            except UnicodeDecodeError:
                return Decoded(None, error=f"not valid {encoding} despite its byte-order mark")
    if b"\x00" in data:
        return Decoded(None, error="binary file (contains NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"), (), repair)
    except UnicodeDecodeError:
        pass
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined
        text, encoding = data.decode("latin-1"), "latin-1"
    return _checked(text, (f"not UTF-8: decoded as {encoding}",), repair)


def _checked(text: str, warnings: tuple[str, ...], repair: bool) -> Decoded:
    sample = text[:65536]
    if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        return Decoded(None, error="binary file (control characters), not text")
    if repair:
        fixed = ftfy.fix_encoding(text)
        if fixed != text:
            warnings = (*warnings, "mojibake repaired (text had been decoded twice)")
            text = fixed
    return Decoded(text.lstrip("\ufeff"), warnings)


def looks_like_html(text: str) -> bool:
    """Whether a page is HTML markup rather than text saved from a page."""
    head = text.lstrip()[:200].casefold()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or (
        head.startswith("<") and text.rstrip().endswith(">")
    )


class _TextOnly(HTMLParser):
    _SKIP = frozenset({"script", "style", "head", "noscript", "template"})
    _BLOCK = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "section"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skipping += tag in self._SKIP
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self.skipping -= tag in self._SKIP and self.skipping > 0

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The visible text of HTML markup, one line per block."""
    parser = _TextOnly()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


# --------------------------------------------------------------------------- whole corpus


def load_corpus(roots: Sequence[Path]) -> CorpusResult:
    """Read every document under ``roots`` (folders or single files), in order."""
    result = CorpusResult()
    film_ids: dict[str, str] = {}
    for root in roots:
        if not root.exists():
            result.problems.append(Problem(str(root), "corpus path does not exist", "error"))
            continue
        for doc in discover(root):
            one = read_document(doc, root)
            if isinstance(one, catalogue.CatalogueResult):
                film_ids.update(one.film_ids)
            result.films.extend(one.films)
            result.quotes.extend(one.quotes)
            result.problems.extend(one.problems)
            result.documents.append(
                DocumentSummary(
                    doc.rel, doc.kind, len(one.films), len(one.quotes), tuple(one.problems)
                )
            )
            log.debug("read %s: %d films, %d quotes", doc.rel, len(one.films), len(one.quotes))
    result.quotes = resolve_film_ids(result.quotes, film_ids)
    return result


def resolve_film_ids(quotes: list[LooseQuote], film_ids: dict[str, str]) -> list[LooseQuote]:
    """Give quotes that name their film by catalogue id (``id:...``) the film's link; an id
    no film row declared is dropped from the reference, which keeps its title and year."""
    out = []
    for loose in quotes:
        link = loose.film.link
        if link and link.startswith(catalogue.FILM_ID_PREFIX):
            resolved = film_ids.get(link.removeprefix(catalogue.FILM_ID_PREFIX))
            loose = replace(loose, film=replace(loose.film, link=resolved))
        out.append(loose)
    return out
