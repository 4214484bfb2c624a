"""The query log: recording, popular and zero-result reports, failures swallowed."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

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
