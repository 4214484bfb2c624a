"""cinedex's cache folder: what a process derives from its code and libraries and the next one
can read back instead of deriving it again.

Two things are kept, each in its own file: compiled regular expressions (:mod:`indexer.recache`)
and the tables the language data derives from CLDR (:func:`cldr_table`: country, language,
month and weekday names of 112 locales, which cost Babel about a second of unpickling in every
new process; with them, the word lists written as alternations by :mod:`indexer.wordre`, some
200 of them, about 0.2 s to build again). The folder is ``CINEDEX_CACHE_DIR``, else
``$XDG_CACHE_HOME/cinedex`` or ``~/.cache/cinedex``; an empty ``CINEDEX_CACHE_DIR`` turns the
cache off.

A file holds one ``marshal``-ed value after a header and a BLAKE2b checksum of it. It is written
to a temporary file and renamed over the old one, so a reader sees a whole file or none; a file
that is missing, foreign, truncated or fails its checksum reads as nothing, and a folder that
cannot be written costs the cache only. Nothing in it is needed: deleting the folder at any
time only makes the next process derive everything again.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["cldr_table", "folder", "read", "write"]

_HEADER = b"cinedex-cache 1\n"
_DIGEST = 16  # bytes of the checksum, written after the header

T = TypeVar("T")


def folder() -> Path | None:
    """The cache folder (it may not exist yet); None when the cache is off."""
    chosen = os.environ.get("CINEDEX_CACHE_DIR")
    if chosen is None:
        home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        chosen = os.path.join(home, "cinedex")
    return Path(chosen) if chosen else None


def read(path: Path | None) -> Any:
    """The value kept in ``path``; None when it is missing, foreign or damaged."""
    if path is None:
        return None
    try:
        data = path.read_bytes()
    except OSError:
        return None
    body = data[len(_HEADER) + _DIGEST :]
    digest = data[len(_HEADER) : len(_HEADER) + _DIGEST]
    if not data.startswith(_HEADER) or _checksum(body) != digest:
        return None
    try:
        return marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None


def write(path: Path, value: Any) -> bool:
    """Keep ``value`` in ``path``, whole or not at all; False when it could not be written."""
    body = marshal.dumps(value)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(_HEADER + _checksum(body) + body)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return False
    return True


def _checksum(body: bytes) -> bytes:
    return hashlib.blake2b(body, digest_size=_DIGEST).digest()


# --- tables derived from CLDR ------------------------------------------------------------------

_tables: dict[str, Any] | None = None  # the file's tables, read on first use
_tables_added = False
_OTHER_VERSIONS = 3  # files of other code versions kept beside this one's


def cldr_table(function: Callable[..., T]) -> Callable[..., T]:
    """Keep ``function``'s value for its arguments in the cache folder: for a function whose
    value depends only on cinedex's code and Babel's CLDR data, and is made of strings,
    numbers, tuples, lists, dicts and frozensets. The file is named after Babel's version,
    the interpreter and a digest of every source file of the ``indexer`` package, so any change
    to the code or the libraries starts it afresh; within a process, decorate with
    ``lru_cache`` too (outside this one)."""

    name = f"{function.__module__}.{function.__qualname__}"

    @functools.wraps(function)
    def cached(*args: Any, **kwargs: Any) -> T:
        global _tables_added
        key = f"{name}{args!r}{sorted(kwargs.items())!r}"
        tables = _load_tables()
        if key in tables:
            return tables[key]
        value = function(*args, **kwargs)
        tables[key] = value
        if not _tables_added:
            _tables_added = True
            atexit.register(save_tables)
        return value

    return cached


@functools.cache
def _tables_file() -> Path | None:
    chosen = folder()
    if chosen is None:
        return None
    import babel

    tag = f"{sys.implementation.cache_tag}-babel{babel.__version__}-{code_digest()}"
    return chosen / f"cldr.{tag}.bin"


#: the files whose bytes name the tables: code, and the data files the code reads
DIGESTED = frozenset({".py", ".txt", ".json"})


def code_digest(package: Path = Path(__file__).parent) -> str:
    """A digest of every Python source file and data file (``.txt``, ``.json``: the name lists
    and weights the code reads) of ``package`` (the ``indexer`` package): names the tables of
    this exact code and data."""
    digest = hashlib.blake2b(digest_size=12)
    sources = (p for p in package.rglob("*") if p.suffix in DIGESTED and p.is_file())
    for source in sorted(sources):
        digest.update(str(source.relative_to(package)).encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()


def _load_tables() -> dict[str, Any]:
    global _tables
    if _tables is None:
        kept = read(_tables_file())
        _tables = kept if isinstance(kept, dict) else {}
    return _tables


def save_tables() -> None:
    """Write the tables derived so far (run at exit when any was added), with the ones other
    processes wrote meanwhile. Files of other code versions are removed but for the newest few
    (two checkouts of different code may share the folder)."""
    global _tables_added
    path = _tables_file()
    if not _tables_added or _tables is None or path is None:
        return
    kept = read(path)
    if write(path, {**(kept if isinstance(kept, dict) else {}), **_tables}):
        _tables_added = False
        others = sorted(
            (p for p in path.parent.glob("cldr.*.bin") if p != path),
            key=lambda p: p.stat().st_mtime,
            reverse=True,
        )
        for old in others[_OTHER_VERSIONS:]:
            old.unlink(missing_ok=True)
