"""SQLite FTS5 doing cinedex's work: match, bm25 top 20, facet counts by GROUP BY, snippets.

One FTS5 table (title, people, synopsis; Porter stemming, accents folded) whose rowid is the
film's, a ``films`` table with year and decade, and one many-to-many table per multi-valued
facet. A search ranks the first page with ``bm25`` and ``snippet()``, copies the matched
rowids into a temporary table once, and counts each facet with one ``GROUP BY`` over it.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path

from bench.peers import FACET_LIMIT, FACETS, FILTER_GENRE, PAGE, BuildStats, Row

MULTI = ("genre", "director", "country", "language")
_SCHEMA = """
CREATE VIRTUAL TABLE fts USING fts5(
    title, people, synopsis, tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TABLE films (id INTEGER PRIMARY KEY, film_id TEXT, title TEXT, year TEXT, decade TEXT);
""" + "".join(
    f"CREATE TABLE film_{f} (film INTEGER, value TEXT);"
    f"CREATE INDEX film_{f}_film ON film_{f} (film, value);"
    f"CREATE INDEX film_{f}_value ON film_{f} (value, film);"
    for f in MULTI
)
_TOP = (
    "SELECT fts.rowid, films.film_id, films.title, "
    "snippet(fts, -1, '<mark>', '</mark>', '…', 16) "
    "FROM fts JOIN films ON films.id = fts.rowid WHERE fts MATCH ? {extra} "
    "ORDER BY {order} LIMIT {page}"
)


def match_expression(q: str) -> str:
    """Every word of ``q`` as a quoted FTS5 string: all must match, no query syntax."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in q.split())


class Fts5Peer:
    """An FTS5 database at ``path`` with the films of :meth:`build`."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode = OFF")
        self.db.execute("PRAGMA synchronous = OFF")

    def build(self, rows: Sequence[Row]) -> BuildStats:
        """Create and fill the tables in one transaction; merge the FTS segments."""
        start = time.perf_counter()
        with self.db:
            self.db.executescript(_SCHEMA)
            self.db.executemany(
                "INSERT INTO fts (rowid, title, people, synopsis) VALUES (?, ?, ?, ?)",
                ((r.rowid, r.title, r.people, r.synopsis) for r in rows),
            )
            self.db.executemany(
                "INSERT INTO films VALUES (?, ?, ?, ?, ?)",
                ((r.rowid, r.id, r.title, r.year, r.decade) for r in rows),
            )
            for facet in MULTI:
                self.db.executemany(
                    f"INSERT INTO film_{facet} VALUES (?, ?)",
                    ((r.rowid, v) for r in rows for v in r.multi[facet]),
                )
            self.db.execute("INSERT INTO fts (fts) VALUES ('optimize')")
        self.db.execute("ANALYZE")
        self.db.execute("CREATE TEMP TABLE hits (rowid INTEGER PRIMARY KEY)")
        self.db.execute("CREATE TEMP TABLE picked (rowid INTEGER PRIMARY KEY)")
        return BuildStats(time.perf_counter() - start, len(rows), len(rows))

    def search_only(self, q: str) -> int:
        """The first page by bm25, titles only: no facets, no snippets, no total."""
        sql = "SELECT rowid, title FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 10, 3, 1) LIMIT ?"
        return len(self.db.execute(sql, (match_expression(q), PAGE)).fetchall())

    def search_full(self, q: str) -> int:
        """Total, the six facets and the first page with snippets."""
        expression = match_expression(q)
        top = _TOP.format(extra="", order="bm25(fts, 10, 3, 1)", page=PAGE)
        self.db.execute(top, (expression,)).fetchall()
        total = self._fill("hits", expression)
        for facet in FACETS:
            self._facet(facet, "hits")
        return total

    def search_filtered(self, q: str) -> int:
        """Genre = Drama selected, sorted by year: the genre facet still counts every genre
        (multi-select), the other facets count within the selection; the page is sorted from
        the selection, then only its 20 films get snippets."""
        expression = match_expression(q)
        self._fill("hits", expression)
        self.db.execute("DELETE FROM picked")
        self.db.execute(
            "INSERT INTO picked SELECT film FROM film_genre JOIN hits ON hits.rowid = film "
            "WHERE value = ?",
            (FILTER_GENRE,),
        )
        total = int(self.db.execute("SELECT count(*) FROM picked").fetchone()[0])
        for facet in FACETS:
            self._facet(facet, "hits" if facet == "genre" else "picked")
        page = [
            row[0]
            for row in self.db.execute(
                "SELECT films.id FROM picked JOIN films ON films.id = picked.rowid "
                "ORDER BY films.year, films.title LIMIT ?",
                (PAGE,),
            )
        ]
        marks = ", ".join("?" * len(page))
        top = _TOP.format(extra=f"AND fts.rowid IN ({marks})", order="films.year", page=PAGE)
        self.db.execute(top, (expression, *page)).fetchall()
        return total

    def _fill(self, table: str, expression: str) -> int:
        self.db.execute(f"DELETE FROM {table}")
        self.db.execute(
            f"INSERT INTO {table} SELECT rowid FROM fts WHERE fts MATCH ?", (expression,)
        )
        return int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def _facet(self, facet: str, table: str) -> list[tuple[str, int]]:
        if facet in MULTI:
            source = f"film_{facet} JOIN {table} ON {table}.rowid = film_{facet}.film"
            column = "value"
        else:
            source = f"films JOIN {table} ON {table}.rowid = films.id"
            column = facet
        sql = (
            f"SELECT {column}, count(*) AS n FROM {source} WHERE {column} != '' "
            f"GROUP BY {column} ORDER BY n DESC, {column} LIMIT {FACET_LIMIT}"
        )
        return self.db.execute(sql).fetchall()

    def close(self) -> None:
        """Close the database."""
        self.db.close()


class Fts5KnownItems(Fts5Peer):
    """The FTS5 peer with critics' quotes too, answering with ranked ids (known-item runs)."""

    def build_quotes(self, quotes: Sequence[tuple[int, str, str, str]]) -> None:
        """Index ``(rowid, film id, text, critic and outlet)`` rows in a second FTS5 table."""
        with self.db:
            self.db.execute(
                "CREATE VIRTUAL TABLE quotes USING fts5(text, who, film UNINDEXED, "
                "tokenize = 'porter unicode61 remove_diacritics 2')"
            )
            self.db.executemany(
                "INSERT INTO quotes (rowid, film, text, who) VALUES (?, ?, ?, ?)", quotes
            )
            self.db.execute("INSERT INTO quotes (quotes) VALUES ('optimize')")

    def ranked_films(self, q: str, limit: int = PAGE) -> list[str]:
        """Film ids of the first page by bm25 with snippets, after counting the facets (the
        work of a search page); nothing when FTS5 refuses the expression."""
        expression = match_expression(q)
        top = _TOP.format(extra="", order="bm25(fts, 10, 3, 1)", page=limit)
        try:
            rows = self.db.execute(top, (expression,)).fetchall()
            self._fill("hits", expression)
        except sqlite3.OperationalError:
            return []
        for facet in FACETS:
            self._facet(facet, "hits")
        return [row[1] for row in rows]

    def ranked_quotes(self, q: str, limit: int = PAGE) -> list[tuple[str, str]]:
        """(film id, quote text) of the first page of quotes by bm25, with snippets."""
        sql = (
            "SELECT film, text, snippet(quotes, 0, '<mark>', '</mark>', '…', 24) FROM quotes "
            "WHERE quotes MATCH ? ORDER BY bm25(quotes, 1, 0.5) LIMIT ?"
        )
        try:
            rows = self.db.execute(sql, (match_expression(q), limit)).fetchall()
        except sqlite3.OperationalError:
            return []
        return [(row[0], row[1]) for row in rows]
