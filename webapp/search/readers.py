"""Whoosh readers of one index generation, lent to one thread at a time.

A Whoosh reader is not safe to share between threads: each of its files keeps one position,
and reading a posting list or a stored document is a ``seek`` then some ``read`` calls, so two
threads reading at once get each other's bytes (``UnpicklingError``, truncated ``zlib``
streams, wrong documents). :class:`Readers` keeps a small pool of readers of the same
segments (the same documents under the same numbers, so the NumPy state of a generation,
:class:`~webapp.search.state.Generation`, and the per-segment caches stay shared) and lends
each searching thread one of them for the length of a request (:meth:`Readers.lease`).

Whoosh reads a segment's terms and postings from an in-memory copy of them (``BufferFile``
copies its slice of the memory-mapped segment into a ``BytesIO``: 115 MB at 50,000 films, for
every reader). :class:`SharedBufferFile` makes that copy once per segment and gives each
reader a ``BytesIO`` of its own over the same bytes (a ``BytesIO`` made from ``bytes`` shares
them until written, and a reader never writes), so another reader costs a few file opens, not
another copy. The pool is bounded all the same (``size``): it is also how many searches a
process runs at once, and a thread that finds every reader lent waits for one.

A newer commit may have deleted the files of a generation before a reader of it is opened
(Whoosh removes the files of merged segments): :class:`ReaderGone` tells the service to move
on to the newer generation.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from whoosh.filedb import compound, structfile
from whoosh.index import FileIndex
from whoosh.reading import IndexReader
from whoosh.searching import Searcher


class ReaderGone(Exception):
    """This generation's files are gone (a newer commit removed them)."""


@dataclass(frozen=True)
class Lease:
    """One reader of the pool with what is derived from it once."""

    reader: IndexReader
    leaves: list[tuple[Any, int]]
    searcher: Searcher


class Readers:
    """A pool of at most ``size`` readers of the generation of ``ix`` that was the latest
    when it was created."""

    def __init__(self, ix: FileIndex, size: int = 4) -> None:
        toc = ix._read_toc()  # one TOC: the generation and its segments read together
        self._ix = ix
        self.generation: int = toc.generation
        self.size = max(1, size)
        self._schema = toc.schema
        self._segments = list(toc.segments)
        self._local = threading.local()
        self._free = [self._open()]  # fails now if the index cannot be read
        self._opened = 1
        self._available = threading.Condition()

    @contextlib.contextmanager
    def lease(self) -> Iterator[Lease]:
        """A reader for the calling thread alone until the block ends (the same one again
        when the thread already holds one)."""
        held: Lease | None = getattr(self._local, "lease", None)
        if held is not None:
            yield held
            return
        lease = self._take()
        self._local.lease = lease
        try:
            yield lease
        finally:
            self._local.lease = None
            with self._available:
                self._free.append(lease)
                self._available.notify()

    def reader(self) -> IndexReader:
        """The reader lent to the calling thread."""
        return self._held().reader

    def leaves(self) -> list[tuple[Any, int]]:
        """The calling thread's (segment reader, first document number) pairs."""
        return self._held().leaves

    @property
    def opened(self) -> int:
        """How many readers this generation has opened (at most ``size``)."""
        return self._opened

    def _held(self) -> Lease:
        held: Lease | None = getattr(self._local, "lease", None)
        if held is None:
            raise RuntimeError("the index is read outside Readers.lease()")
        return held

    def _take(self) -> Lease:
        with self._available:
            while not self._free and self._opened >= self.size:
                self._available.wait()
            if self._free:
                return self._free.pop()
            self._opened += 1
        try:
            return self._open()
        except BaseException:
            with self._available:
                self._opened -= 1
                self._available.notify()
            raise

    def _open(self) -> Lease:
        try:
            reader = FileIndex._reader(
                self._ix.storage, self._schema, list(self._segments), self.generation
            )
        except OSError as exc:
            raise ReaderGone(f"generation {self.generation} cannot be opened: {exc}") from exc
        searcher = Searcher(reader, fromindex=self._ix, closereader=False)
        return Lease(reader, reader.leaf_readers(), searcher)


class _Bytes:
    """One copy of a compound sub-file, alive while some reader's file uses it."""

    def __init__(self, data: bytes) -> None:
        self.data = data


#: copies of sub-files by (name, length); segment names are unique, and an entry goes with
#: the last reader of its segment
_COPIES: weakref.WeakValueDictionary[tuple[str, int], _Bytes] = weakref.WeakValueDictionary()
_COPIES_LOCK = threading.Lock()


class SharedBufferFile(structfile.BufferFile):
    """Whoosh's ``BufferFile`` over a memory-mapped sub-file of a segment, reading from one
    copy of it shared by every reader of the segment (see the module docs)."""

    def __init__(self, buf: Any, name: str | None = None, onclose: Any = None) -> None:
        self._buf = buf
        self._name = name
        self.onclose = onclose
        self.is_real = False
        self.is_closed = False
        key = (str(name), len(buf))
        with _COPIES_LOCK:
            shared = _COPIES.get(key)
            if shared is None:
                shared = _COPIES[key] = _Bytes(bytes(buf))
        self._shared = shared  # keeps the copy alive as long as this file
        self.file = BytesIO(shared.data)


compound.BufferFile = SharedBufferFile  # what CompoundStorage.open_file makes
