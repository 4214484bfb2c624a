"""A 5-second load smoke test: locust against a real ``cinedex serve`` on the small test corpus.

The full load test (50 users, the whole shared data, with and without a reindex running) is
run by ``bench/reliability.py``; this one proves the request mix and the harness work.
"""

from __future__ import annotations

from pathlib import Path

from e2e_support import Server
from test_faults import record

from bench.load import load_data, run_load


def test_load_smoke_has_no_errors(corpus_dir: Path, index_dir: Path, tmp_path: Path) -> None:
    data = load_data(index_dir, tmp_path / "load.json")
    with Server(corpus_dir, index_dir, tmp_path / "server.log", workers=2) as server:
        result = run_load(
            server.base, data, tmp_path / "locust", users=5, rate=5, seconds=5, wait=(0.05, 0.3)
        )
    log = (tmp_path / "locust" / "locust.log").read_text("utf-8", "replace")
    assert result.requests > 20, log[-2000:]
    assert result.failures == 0, log[-2000:]
    assert set(result.per_endpoint) >= {"/api/search", "/api/search [facets]", "/api/suggest"}
    record("load-smoke", **result.to_json())
