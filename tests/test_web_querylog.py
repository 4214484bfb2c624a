"""The query log: recording, popular and zero-result reports, failures swallowed."""

from __future__ import annotations

import shutil
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from pytest import MonkeyPatch

from webapp import query_log
from webapp import querylog as querylog_module
from webapp.querylog import QueryLog, normalise


@pytest.fixture
def querylog(tmp_path: Path) -> QueryLog:
    return QueryLog(tmp_path / "sub" / "q.sqlite3")


def test_reports(querylog: QueryLog) -> None:
    old = time.time() - 30 * 86400
    for kind, q, total in [
        ("films", "Dust", 3),
        ("films", "  dust ", 3),
        ("films", "kurosowa", 0),
        ("quotes", "kurosowa", 0),
        ("films", "kurosowa", 0),
        ("films", "tide", 1),
    ]:
        assert querylog.record(kind, q, total)
    querylog.record("films", "ancient", 0, at=old)
    assert querylog.popular() == [
        {"kind": "films", "q": "dust", "count": 2, "total": 3},
        {"kind": "films", "q": "kurosowa", "count": 2, "total": 0},
        {"kind": "quotes", "q": "kurosowa", "count": 1, "total": 0},
        {"kind": "films", "q": "tide", "count": 1, "total": 1},
    ]
    assert querylog.zero_results(limit=1) == [
        {"kind": "films", "q": "kurosowa", "count": 2, "total": 0}
    ]
    assert {r["q"] for r in querylog.zero_results(days=60)} == {"kurosowa", "ancient"}


@pytest.mark.parametrize(("kind", "q"), [("films", ""), ("films", " \x00 "), ("people", "x")])
def test_not_recorded(querylog: QueryLog, kind: str, q: str) -> None:
    assert not querylog.record(kind, q, 1)
    assert querylog.popular() == []


def test_normalise() -> None:
    assert normalise("  Return\tTO\x00 Dust ") == "return to dust"
    assert len(normalise("x" * 5000)) == 200


def test_failures_are_swallowed(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    broken = QueryLog(blocker / "q.sqlite3")
    assert broken.record("films", "dust", 1) is False
    assert broken.popular() == [] and broken.zero_results() == []


def test_two_logs_share_one_file(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    one, two = QueryLog(path), QueryLog(path)
    one.record("films", "a", 1)
    two.record("films", "a", 1)
    assert one.popular() == [{"kind": "films", "q": "a", "count": 2, "total": 1}]


def test_a_visitor_counts_a_query_once_a_day(tmp_path: Path) -> None:
    who = ["alice"]
    querylog = QueryLog(tmp_path / "q.sqlite3", visitor=lambda: who[0])
    for _ in range(3):  # the query, then two facet clicks or page changes
        querylog.record("films", "love", 8)
    querylog.record("quotes", "love", 2)
    who[0] = "bob"
    querylog.record("films", "Love ", 8)
    querylog.record("films", "love", 8, at=time.time() - 86400)  # bob, yesterday
    assert querylog.popular() == [
        {"kind": "films", "q": "love", "count": 3, "total": 8},
        {"kind": "quotes", "q": "love", "count": 1, "total": 2},
    ]


def test_facet_clicks_through_the_api_count_once(client: FlaskClient) -> None:
    for args in ("q=dust", "q=dust&genre=Drama", "q=dust&page=1", "q=Dust&genre=Drama"):
        assert client.get(f"/api/search?{args}").status_code == 200
    client.get("/api/search?q=dust", environ_base={"REMOTE_ADDR": "192.0.2.9"})
    popular = query_log(client.application).popular()
    assert [(r["q"], r["count"]) for r in popular] == [("dust", 2)]


def test_rows_are_capped_and_old_days_dropped(tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
    monkeypatch.setattr(querylog_module, "PRUNE_EVERY", 10)
    querylog = QueryLog(tmp_path / "q.sqlite3", days=7, max_rows=50)
    querylog.record("films", "ancient", 0, at=time.time() - 30 * 86400)
    for _ in range(3):
        querylog.record("films", "popular", 5)
    for i in range(200):
        querylog.record("films", f"unique {i}", 1)
    querylog.prune()
    with closing(sqlite3.connect(tmp_path / "q.sqlite3")) as conn:
        assert conn.execute("SELECT COUNT(*) FROM counts").fetchone()[0] == 50
        assert conn.execute("SELECT COUNT(*) FROM counts WHERE q = 'ancient'").fetchone()[0] == 0
    assert querylog.popular(limit=1) == [{"kind": "films", "q": "popular", "count": 3, "total": 5}]


def test_reopens_after_the_index_folder_is_recreated(tmp_path: Path) -> None:
    folder = tmp_path / "index"
    querylog = QueryLog(folder / "querylog.sqlite3")
    assert querylog.record("films", "before", 1)
    shutil.rmtree(folder)
    folder.mkdir()  # rebuilt under the running server
    assert querylog.record("films", "after", 1)
    assert querylog.popular() == [{"kind": "films", "q": "after", "count": 1, "total": 1}]


def test_submitted_searches_are_counted_by_the_writer_thread(tmp_path: Path) -> None:
    querylog = QueryLog(tmp_path / "q.sqlite3")
    querylog.record("films", "warm", 1)  # the file and its schema exist
    holder = sqlite3.connect(querylog.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another worker holds the write lock
    try:
        # a search hands its row over and goes on; the writer thread waits for the lock
        assert [querylog.submit("films", q, 4) for q in ("dust", "Dust", "tide")] == [True] * 3
        assert not querylog.submit("films", "   ", 4)  # nothing to log
        assert not querylog.flush(timeout=0.2)  # still waiting for the lock
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    for q in ("dust", "harbour"):
        querylog.submit("quotes", q, 0)
    assert querylog.flush()
    assert querylog.popular() == [
        {"kind": "films", "q": "dust", "count": 2, "total": 4},
        {"kind": "quotes", "q": "dust", "count": 1, "total": 0},
        {"kind": "quotes", "q": "harbour", "count": 1, "total": 0},
        {"kind": "films", "q": "tide", "count": 1, "total": 4},
        {"kind": "films", "q": "warm", "count": 1, "total": 1},
    ]


def test_past_the_pending_cap_searches_are_dropped(
    tmp_path: Path, monkeypatch: MonkeyPatch
) -> None:
    monkeypatch.setattr(querylog_module, "MAX_PENDING", 0)
    querylog = QueryLog(tmp_path / "q.sqlite3")
    assert not querylog.submit("films", "dust", 1)
    assert querylog.popular() == []
