"""Per-generation search state: facet ordinal columns, sort keys and document sets in NumPy.

Whoosh's ``groupedby=`` facets visit every hit in Python (hundreds of milliseconds at 50,000
films). Here each facet field becomes two parallel arrays per segment, ``docs`` and ``ords``
(one pair per value a document holds), read once from the field's column. Counting a facet
for a set of matching documents is then ``bincount(ords[mask[docs]])``.

Segments never change once written (only their deletions do), so columns are cached per
segment id: after an incremental commit only the new, small segment is read. Value ordinals
come from an append-only table shared by all generations, so cached columns stay valid.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import numpy as np
from numpy.typing import NDArray
from whoosh.reading import IndexReader

from indexer import facets, schema
from webapp.search.readers import Readers

T = TypeVar("T")
IntArray = NDArray[np.int32]
BoolArray = NDArray[np.bool_]

#: fields whose words are known to the speller (unstemmed: titles, names, texts)
SPELLING_FIELDS = (schema.TITLE, schema.PEOPLE, schema.EXACT)

#: keyword facet fields read into columns (the year facet comes from the numeric year column)
KEYWORD_FACETS = facets.KEYWORD_FIELDS


class Ordinals:
    """An append-only value <-> ordinal table for one facet field (thread-safe)."""

    def __init__(self) -> None:
        self.values: list[str] = []
        self.index: dict[str, int] = {}
        self._lock = threading.Lock()

    def ordinal(self, value: str) -> int:
        """The ordinal of ``value``, adding it if new."""
        found = self.index.get(value)
        if found is not None:
            return found
        with self._lock:
            found = self.index.get(value)
            if found is None:
                found = self.index[value] = len(self.values)
                self.values.append(value)
            return found


@dataclass
class Column:
    """(document, value ordinal) pairs of one facet field over a whole generation."""

    docs: IntArray
    ords: IntArray
    ordinals: Ordinals

    def count(self, mask: BoolArray) -> NDArray[np.int64]:
        """Documents per ordinal among those where ``mask`` is true."""
        hit = self.ords[mask[self.docs]]
        return np.bincount(hit, minlength=len(self.ordinals.values))

    def docs_with(self, values: tuple[str, ...], size: int) -> BoolArray:
        """A mask of documents holding any of ``values`` (OR within a facet)."""
        wanted = [self.ordinals.index[v] for v in values if v in self.ordinals.index]
        mask = np.zeros(size, dtype=bool)
        if wanted:
            mask[self.docs[np.isin(self.ords, wanted)]] = True
        return mask


@dataclass(frozen=True)
class SegmentTitles:
    """Per segment: each document's sort title, title keys and year (0: none)."""

    sort_keys: list[str]
    variants: list[list[str]]
    year: IntArray


class SegmentCache:
    """Columns, titles and spelling words per segment id, kept across generations (a
    segment never changes once written; only its deletions do); ordinals per field."""

    def __init__(self) -> None:
        self.ordinals: dict[str, Ordinals] = {f: Ordinals() for f in (*KEYWORD_FACETS, facets.YEAR)}
        self._columns: dict[tuple[str, str], tuple[IntArray, IntArray]] = {}
        self._titles: dict[str, SegmentTitles] = {}
        self._words: dict[str, dict[int, list[str]]] = {}
        self._lock = threading.Lock()

    def titles(self, segment_id: str, reader: IndexReader) -> SegmentTitles:
        """Sort titles, title keys and years of one segment, read once."""
        return _once(self._titles, segment_id, self._lock, lambda: _read_titles(reader))

    def words(self, segment_id: str, reader: IndexReader) -> dict[int, list[str]]:
        """The alphabetic words of one segment's spelling fields, by length (read once)."""
        return _once(self._words, segment_id, self._lock, lambda: _read_words(reader))

    def column(self, segment_id: str, reader: IndexReader, name: str) -> tuple[IntArray, IntArray]:
        """(local docs, ords) of ``name`` in one segment, read once from the postings."""
        cache_key = (segment_id, name)
        found = self._columns.get(cache_key)
        if found is None:
            found = _read_column(reader, name, self.ordinals[name])
            with self._lock:
                self._columns[cache_key] = found
        return found

    def forget(self, live_segments: set[str]) -> None:
        """Drop what is cached of segments no generation uses any more."""
        with self._lock:
            for cache_key in [k for k in self._columns if k[0] not in live_segments]:
                del self._columns[cache_key]
            for table in (self._titles, self._words):
                for segment_id in [k for k in table if k not in live_segments]:
                    del table[segment_id]


def _once(table: dict[str, T], key: str, lock: threading.Lock, make: Callable[[], T]) -> T:
    """``table[key]``, made by ``make`` the first time (two threads may both make it)."""
    found = table.get(key)
    if found is None:
        found = make()
        with lock:
            table[key] = found
    return found


def _read_titles(reader: IndexReader) -> SegmentTitles:
    return SegmentTitles(
        sort_keys=[
            v.decode("utf-8") for v in reader.column_reader(schema.TITLE_SORT, translate=False)
        ],
        variants=[
            schema.decode_values(v)
            for v in reader.column_reader(schema.TITLE_KEYS, translate=False)
        ],
        year=_year_column(reader, reader.doc_count_all()),
    )


def _read_words(reader: IndexReader) -> dict[int, list[str]]:
    buckets: dict[int, set[str]] = {}
    for name in SPELLING_FIELDS:
        if name not in reader.indexed_field_names():
            continue
        for term in reader.lexicon(name):
            word = term.decode("utf-8")
            if word.isalpha():
                buckets.setdefault(len(word), set()).add(word)
    return {n: sorted(ws) for n, ws in buckets.items()}


def _read_column(reader: IndexReader, name: str, ordinals: Ordinals) -> tuple[IntArray, IntArray]:
    docs: list[int] = []
    ords: list[int] = []
    if reader.has_column(name):
        seen: dict[bytes, list[int]] = {}
        for docnum, raw in enumerate(reader.column_reader(name, translate=False)):
            if not raw:
                continue
            found = seen.get(raw)
            if found is None:
                found = seen[raw] = [ordinals.ordinal(v) for v in schema.decode_values(raw)]
            docs.extend([docnum] * len(found))
            ords.extend(found)
    return np.array(docs, dtype=np.int32), np.array(ords, dtype=np.int32)


@dataclass
class Generation:
    """Everything search needs about one index generation, immutable once built."""

    key: tuple[str, int]
    size: int
    live: BoolArray
    films: BoolArray
    quotes: BoolArray
    year: IntArray
    columns: dict[str, Column]
    title_keys: list[str]
    title_variants: list[list[str]]
    readers: Readers
    _term_cache: OrderedDict[tuple[str, str], IntArray] = field(default_factory=OrderedDict)
    _title_rank: IntArray | None = None
    _exact: dict[str, list[int]] | None = None
    _ids: dict[str, int] | None = None
    _near: dict[str, list[int]] | None = None
    _near_keys: dict[int, list[str]] | None = None
    _near_ranges: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    _quotes_per_film: NDArray[np.float32] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def offsets(self) -> list[tuple[Any, int]]:
        """The calling thread's (segment reader, first document number) pairs."""
        return self.readers.leaves()

    def term_docs(self, fieldname: str, text: str) -> IntArray:
        """Sorted global document numbers containing ``text`` in ``fieldname`` (LRU cached)."""
        cache_key = (fieldname, text)
        with self._lock:
            found = self._term_cache.get(cache_key)
            if found is not None:
                self._term_cache.move_to_end(cache_key)
                return found
        parts = []
        for reader, base in self.offsets:
            if (fieldname, text) in reader:
                ids = np.fromiter(reader.postings(fieldname, text).all_ids(), dtype=np.int32)
                parts.append(ids + base)
        found = np.concatenate(parts) if parts else np.zeros(0, np.int32)
        with self._lock:
            self._term_cache[cache_key] = found
            while len(self._term_cache) > 4096:
                self._term_cache.popitem(last=False)
        return found

    def warm_terms(self, fieldnames: tuple[str, ...], per_field: int) -> int:
        """Read the documents of each field's ``per_field`` commonest terms into the term
        cache (what Solr's searcher warming does): common words ("the", "film") are in most
        queries and their postings are the longest to read, so the first visitors do not pay
        for them. Returns how many terms were read."""
        reader = self.readers.reader()
        done = 0
        for name in fieldnames:
            if name not in reader.indexed_field_names():
                continue
            for _, term in reader.most_frequent_terms(name, per_field):
                self.term_docs(name, term.decode("utf-8") if isinstance(term, bytes) else term)
                done += 1
        return done

    def docnum_of(self, doc_id: str) -> int | None:
        """The live document with id ``doc_id`` (the id table is built on first use)."""
        if self._ids is None:
            table: dict[str, int] = {}
            for reader, base in self.offsets:
                column = reader.column_reader(schema.ID_COLUMN, translate=False)
                for docnum, raw in enumerate(column):
                    if raw and self.live[base + docnum]:
                        table[raw.decode("utf-8")] = base + docnum
            self._ids = table
        return self._ids.get(doc_id)

    def exact_titles(self) -> dict[str, list[int]]:
        """Folded title (any of a document's titles) -> document numbers (built on first use)."""
        if self._exact is None:
            table: dict[str, list[int]] = {}
            for docnum, keys in enumerate(self.title_variants):
                for title in keys:
                    table.setdefault(title, []).append(docnum)
            self._exact = table
        return self._exact

    def near_titles(self) -> dict[str, list[int]]:
        """:func:`squash`-ed title -> document numbers ("spiderman" finds "Spider-Man")."""
        if self._near is None:
            table: dict[str, list[int]] = {}
            for docnum, keys in enumerate(self.title_variants):
                for title in dict.fromkeys(squash(k) for k in keys):
                    table.setdefault(title, []).append(docnum)
            self._near = table
        return self._near

    def near_title_keys(self, low: int, high: int) -> list[str]:
        """The squashed titles of ``low`` to ``high`` characters, for the whole-title typo
        look-up (a title further in length from the query cannot be within reach of it)."""
        if self._near_keys is None:
            by_length: dict[int, list[str]] = {}
            for title in self.near_titles():
                by_length.setdefault(len(title), []).append(title)
            self._near_keys = by_length
        found = self._near_ranges.get((low, high))
        if found is None:
            found = [t for n in range(low, high + 1) for t in self._near_keys.get(n, ())]
            self._near_ranges[(low, high)] = found
        return found

    def popularity(self) -> NDArray[np.float32]:
        """log(1 + critics' quotes) of each film: how much a film is written about."""
        if self._quotes_per_film is None:
            counts = np.zeros(self.size, dtype=np.float32)
            for reader, base in self.offsets:
                column = reader.column_reader(schema.FILM_ID, translate=False)
                for docnum, raw in enumerate(column):
                    if raw and self.quotes[base + docnum]:
                        film = self.docnum_of(raw.decode("utf-8"))
                        if film is not None:
                            counts[film] += 1
            self._quotes_per_film = np.log1p(counts)
        return self._quotes_per_film

    def title_rank(self) -> IntArray:
        """Each document's position in title order (computed on first use)."""
        if self._title_rank is None:
            order = np.argsort(np.array(self.title_keys, dtype=object), kind="stable")
            rank = np.empty(self.size, np.int32)
            rank[order] = np.arange(self.size, dtype=np.int32)
            self._title_rank = rank
        return self._title_rank


ARTICLES = frozenset(
    {"the", "a", "an", "le", "la", "les", "l", "el", "los", "las", "il", "lo", "gli", "i"}
    | {"der", "die", "das", "den", "ein", "eine", "de", "het"}
)


def squash(title_key: str) -> str:
    """A title key without a leading article and without spaces ("the spider man" ->
    "spiderman"), so titles typed without punctuation or article still match exactly."""
    words = title_key.split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return "".join(words)


def load_generation(key: tuple[str, int], readers: Readers, cache: SegmentCache) -> Generation:
    """Build the :class:`Generation` of ``readers``, reusing cached segment data."""
    size = readers.reader().doc_count_all()
    leaves = readers.leaves()
    live = np.ones(size, dtype=bool)
    for leaf, base in leaves:
        deleted = list(leaf.segment().deleted_docs())
        live[np.array(deleted, dtype=np.int64) + base] = False
    titles = [cache.titles(leaf.segment().segment_id(), leaf) for leaf, _ in leaves]
    year = np.concatenate([t.year for t in titles]) if titles else np.zeros(0, np.int32)
    columns: dict[str, Column] = {}
    for name in KEYWORD_FACETS:
        docs, ords = [], []
        for leaf, base in leaves:
            d, o = cache.column(leaf.segment().segment_id(), leaf, name)
            docs.append(d + base)
            ords.append(o)
        columns[name] = Column(np.concatenate(docs), np.concatenate(ords), cache.ordinals[name])
    columns["year"] = _year_facet(year, live, cache.ordinals["year"])
    cache.forget({leaf.segment().segment_id() for leaf, _ in leaves})
    generation = Generation(
        key=key,
        size=size,
        live=live,
        films=np.zeros(size, dtype=bool),
        quotes=np.zeros(size, dtype=bool),
        year=year,
        columns=columns,
        title_keys=[k for t in titles for k in t.sort_keys],
        title_variants=[v for t in titles for v in t.variants],
        readers=readers,
    )
    generation.films[generation.term_docs(schema.KIND, schema.FILM)] = True
    generation.quotes[generation.term_docs(schema.KIND, schema.QUOTE)] = True
    generation.films &= live
    generation.quotes &= live
    return generation


def _year_column(reader: IndexReader, size: int) -> IntArray:
    if not reader.has_column(schema.YEAR):
        return np.zeros(size, np.int32)
    values = reader.column_reader(schema.YEAR)
    years = np.fromiter((v or 0 for v in values), dtype=np.int32, count=size)
    # a document without a year reads as the column's default (the type's maximum)
    return np.where((years >= 1) & (years < 2100), years, 0).astype(np.int32)


def _year_facet(year: IntArray, live: BoolArray, ordinals: Ordinals) -> Column:
    docs = np.nonzero((year > 0) & live)[0].astype(np.int32)
    table = np.zeros(int(year.max(initial=0)) + 1, dtype=np.int32)
    for value in np.unique(year[docs]):  # only the years documents have
        table[value] = ordinals.ordinal(str(value))
    return Column(docs, table[year[docs]], ordinals)
