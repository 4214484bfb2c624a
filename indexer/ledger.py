"""The ledger of a build: which record of which document went into which film.

Re-merging the whole corpus for a one-line edit costs seconds at 50,000 films. The ledger, a
SQLite file beside the Whoosh files of its build, keeps for every film record and loose quote
of the corpus its origin (document, position), the keys through which merging can join it to
others (:func:`indexer.merge.join_keys`), the film it went into and the record itself; and for
every film its base id and what it was made from. With it an incremental build re-merges only
the *region* of an edit (:mod:`indexer.region`).

The ledger changes in place with its build. It is marked *dirty* before the Whoosh commit
and clean again in the transaction that records the commit, so a build killed in between
leaves a dirty ledger, and the next build reconciles the whole corpus with the index.
"""

from __future__ import annotations

import json
import pickle
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from indexer.merge import unmatched_problems, unused_rules
from indexer.records import Film, LooseQuote, Problem

LEDGER = "ledger.sqlite"

FILM_RECORD = 0
LOOSE_QUOTE = 1

_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    name TEXT PRIMARY KEY, declares_ids INTEGER NOT NULL, problems TEXT NOT NULL
);
CREATE TABLE items (
    id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, doc TEXT NOT NULL, pos INTEGER NOT NULL,
    film TEXT, data BLOB NOT NULL
);
CREATE INDEX items_doc ON items(doc);
CREATE INDEX items_film ON items(film);
CREATE TABLE keys (key TEXT NOT NULL, item INTEGER NOT NULL);
CREATE INDEX keys_key ON keys(key);
CREATE INDEX keys_item ON keys(item);
CREATE TABLE films (
    id TEXT PRIMARY KEY, base TEXT NOT NULL, input_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL, quotes INTEGER NOT NULL
);
CREATE INDEX films_base ON films(base);
"""

#: SQLite's limit on parameters per statement is 32,766 today, 999 in old builds
_CHUNK = 900


@dataclass(frozen=True)
class Item:
    """A film record or loose quote as the ledger holds it."""

    id: int
    kind: int
    doc: str
    pos: int
    film: str | None
    record: Film | LooseQuote


@dataclass(frozen=True)
class NewItem:
    """An item to write: where it comes from, the film it went into, its keys."""

    kind: int
    doc: str
    pos: int
    film: str | None
    record: Film | LooseQuote
    keys: Sequence[str]


@dataclass(frozen=True)
class FilmRow:
    """What the ledger keeps of a film: base id, input key, fingerprint, quote count."""

    id: str
    base: str
    input_key: str
    fingerprint: str
    quotes: int


class Ledger:
    """One build's ledger (see the module docs). Open with :meth:`open` or :meth:`create`."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.db = connection

    @classmethod
    def create(cls, folder: Path, code_version: str) -> Ledger:
        """A new, empty ledger in ``folder`` (replacing any there), marked dirty until filled."""
        path = folder / LEDGER
        for leftover in (path, path.with_name(LEDGER + "-journal")):
            leftover.unlink(missing_ok=True)
        ledger = cls(_connect(path))
        with ledger.db:
            ledger.db.executescript(_SCHEMA)
            ledger.db.executemany(
                "INSERT INTO meta VALUES (?, ?)", [("code_version", code_version), ("dirty", "1")]
            )
        return ledger

    @classmethod
    def open(cls, folder: Path) -> Ledger | None:
        """The ledger of the build in ``folder``; None when it has none or an unreadable one."""
        path = folder / LEDGER
        if not path.is_file():
            return None
        try:
            ledger = cls(_connect(path))
            ledger.meta("dirty")
        except sqlite3.Error:
            return None
        return ledger

    def close(self) -> None:
        """Close the database connection."""
        self.db.close()

    # ------------------------------------------------------------------ state

    def meta(self, name: str) -> str | None:
        """A value of the meta table (``code_version``, ``dirty``)."""
        row = self.db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def usable(self, code_version: str) -> bool:
        """Clean, and written by this version of the code."""
        try:
            return self.meta("dirty") == "0" and self.meta("code_version") == code_version
        except sqlite3.Error:
            return False

    def mark_dirty(self) -> None:
        """Record (durably) that the index is about to change without the ledger."""
        with self.db:
            self.db.execute("UPDATE meta SET value = '1' WHERE name = 'dirty'")

    # ------------------------------------------------------------------ reading

    def items_of_docs(self, docs: Iterable[str]) -> list[Item]:
        """Every item of the documents ``docs``."""
        return list(self._items("doc", sorted(set(docs))))

    def items_touching(self, keys: Iterable[str], films: Iterable[str]) -> list[Item]:
        """Every item holding one of ``keys`` or belonging to one of ``films``."""
        ids: set[int] = set()
        for chunk in _chunks(sorted(set(keys))):
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT DISTINCT item FROM keys WHERE key IN ({marks})"
            ids.update(row[0] for row in self.db.execute(sql, chunk))
        found = {item.id: item for item in self._items("id", sorted(ids))}
        found.update((item.id, item) for item in self._items("film", sorted(set(films))))
        return list(found.values())

    def films_with_bases(self, bases: Iterable[str]) -> set[str]:
        """Ids of the films whose base id is one of ``bases``."""
        return {row[0] for row in self._select("SELECT id FROM films WHERE base", bases)}

    def bases(self, ids: Iterable[str]) -> set[str]:
        """The base ids of the films with ``ids``."""
        return {row[0] for row in self._select("SELECT base FROM films WHERE id", ids)}

    def forget_inputs(self, ids: Iterable[str]) -> None:
        """Forget what the films with ``ids`` were made from, so that the next build writes
        them again although their documents did not change (a director's spelling did)."""
        with self.db:
            for chunk in _chunks(sorted(set(ids))):
                marks = ",".join("?" * len(chunk))
                self.db.execute(f"UPDATE films SET input_key = '' WHERE id IN ({marks})", chunk)

    def film_rows(self, ids: Iterable[str]) -> dict[str, FilmRow]:
        """The rows of the films with ``ids`` (those the ledger knows)."""
        rows = self._select("SELECT * FROM films WHERE id", ids)
        return {row[0]: FilmRow(*row) for row in rows}

    def plans(self) -> dict[str, list[Any]]:
        """film id -> [input key, fingerprint, quotes] of every film."""
        rows = self.db.execute("SELECT id, input_key, fingerprint, quotes FROM films")
        return {row[0]: [row[1], row[2], row[3]] for row in rows}

    def declares_ids(self, docs: Iterable[str]) -> bool:
        """Whether any of ``docs`` declared catalogue film ids that quotes may name."""
        rows = self._select("SELECT declares_ids FROM documents WHERE name", docs)
        return any(row[0] for row in rows)

    def totals(self) -> tuple[int, int]:
        """(films, quotes) the build holds."""
        row = self.db.execute("SELECT count(*), coalesce(sum(quotes), 0) FROM films").fetchone()
        return int(row[0]), int(row[1])

    def problems(self, order: Sequence[str]) -> list[Problem]:
        """Every document's problems (documents in ``order``), then one per document whose
        quotes name a film that no document describes."""
        stored = dict(self.db.execute("SELECT name, problems FROM documents"))
        found = [Problem(**p) for name in order for p in json.loads(stored.get(name, "[]"))]
        sql = "SELECT doc, count(*) FROM items WHERE kind = ? AND film IS NULL GROUP BY doc"
        unmatched = Counter(dict(self.db.execute(sql, (LOOSE_QUOTE,))))
        rules = "SELECT doc, count(*) FROM items WHERE kind = ? AND film = '' GROUP BY doc"
        unused = Counter(dict(self.db.execute(rules, (FILM_RECORD,))))
        return found + unmatched_problems(unmatched) + unused_rules(unused)

    # ------------------------------------------------------------------ writing

    def fill(
        self,
        items: Iterable[NewItem],
        films: Iterable[FilmRow],
        documents: dict[str, tuple[bool, list[Problem]]],
    ) -> None:
        """Fill a new ledger from a whole-corpus merge and mark it clean."""
        self.update(
            drop_docs=(), add=items, refile={}, drop_films=(), films=films, documents=documents
        )

    def update(
        self,
        *,
        drop_docs: Iterable[str],
        add: Iterable[NewItem],
        refile: dict[int, str | None],
        drop_films: Iterable[str],
        films: Iterable[FilmRow],
        documents: dict[str, tuple[bool, list[Problem]]],
    ) -> None:
        """In one transaction that also marks the ledger clean: remove the items of
        ``drop_docs`` (and those documents), add ``add``, move kept items to their new film
        (``refile``: item id -> film id), replace film rows and document rows."""
        with self.db:
            for chunk in _chunks(sorted(set(drop_docs))):
                marks = ",".join("?" * len(chunk))
                self.db.execute(
                    f"DELETE FROM keys WHERE item IN (SELECT id FROM items WHERE doc IN ({marks}))",
                    chunk,
                )
                self.db.execute(f"DELETE FROM items WHERE doc IN ({marks})", chunk)
                self.db.execute(f"DELETE FROM documents WHERE name IN ({marks})", chunk)
            self._insert(add)
            self.db.executemany(
                "UPDATE items SET film = ? WHERE id = ?", [(f, i) for i, f in refile.items()]
            )
            self.db.executemany("DELETE FROM films WHERE id = ?", [(f,) for f in drop_films])
            self.db.executemany(
                "INSERT OR REPLACE INTO films VALUES (?, ?, ?, ?, ?)",
                [(r.id, r.base, r.input_key, r.fingerprint, r.quotes) for r in films],
            )
            self.db.executemany(
                "INSERT OR REPLACE INTO documents VALUES (?, ?, ?)",
                [
                    (name, int(ids), json.dumps([asdict(p) for p in problems]))
                    for name, (ids, problems) in documents.items()
                ],
            )
            self.db.execute("UPDATE meta SET value = '0' WHERE name = 'dirty'")

    def _insert(self, items: Iterable[NewItem]) -> None:
        cursor = self.db.cursor()
        keys: list[tuple[str, int]] = []
        for item in items:
            data = pickle.dumps(item.record, pickle.HIGHEST_PROTOCOL)
            cursor.execute(
                "INSERT INTO items (kind, doc, pos, film, data) VALUES (?, ?, ?, ?, ?)",
                (item.kind, item.doc, item.pos, item.film, data),
            )
            row = cursor.lastrowid
            assert row is not None
            keys.extend((k, row) for k in item.keys)
        cursor.executemany("INSERT INTO keys VALUES (?, ?)", keys)

    # ------------------------------------------------------------------ helpers

    def _items(self, column: str, values: Sequence[Any]) -> Iterator[Item]:
        sql = f"SELECT id, kind, doc, pos, film, data FROM items WHERE {column}"
        for row in self._select(sql, values):
            yield Item(row[0], row[1], row[2], row[3], row[4], pickle.loads(row[5]))

    def _select(self, sql: str, values: Iterable[Any]) -> Iterator[tuple[Any, ...]]:
        """``sql`` ending in ``WHERE column`` run as ``column IN (...)`` over ``values``."""
        for chunk in _chunks(sorted(set(values))):
            marks = ",".join("?" * len(chunk))
            yield from self.db.execute(f"{sql} IN ({marks})", chunk)


def _connect(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level="DEFERRED", check_same_thread=False)
    db.execute("PRAGMA synchronous = NORMAL")
    return db


def _chunks(values: Sequence[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield list(values[start : start + _CHUNK])
