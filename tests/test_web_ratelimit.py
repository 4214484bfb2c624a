"""Per-client rate limits: the token bucket itself, one bucket per client shared by every
worker of a server, and searches past it answered 429 with ``Retry-After`` in the JSON error
shape (HTML page elsewhere), one client at a time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from webapp import create_app, server
from webapp.ratelimit import WAYS, RateLimiter, SharedBuckets


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_bucket_allows_a_burst_then_the_rate() -> None:
    clock = Clock()
    limiter = RateLimiter(2.0, 3, clock=clock)
    assert [limiter.take("a") for _ in range(5)] == [0, 0, 0, 1, 1]
    assert limiter.take("b") == 0  # another client has its own bucket
    clock.now += 0.5  # one token back
    assert (limiter.wait("a"), limiter.take("a"), limiter.take("a")) == (0, 0, 1)


def test_bucket_memory_is_bounded() -> None:
    limiter = RateLimiter(1.0, 1, max_clients=100)
    for i in range(1000):
        limiter.take(f"client {i}")
    assert len(limiter.buckets) == 100


def test_zero_turns_it_off() -> None:
    limiter = RateLimiter(0, 0)
    assert not limiter.enabled and {limiter.take("a") for _ in range(100)} == {0}


REMOTE = {"REMOTE_ADDR": "203.0.113.5"}


def make_client(index_dir: Path, tmp_path: Path, **extra: object) -> FlaskClient:
    """A client of an app with tight search limits, seen from a remote address."""
    config = {"TESTING": True, "INDEX": str(index_dir), "SECRET_KEY": "k"}
    config |= {"QUERYLOG": str(tmp_path / "q.sqlite3"), "SEARCH_RATE": 0.01, "SEARCH_BURST": 5}
    config |= {"SEARCH_COST": 0}  # one token a search, however long it takes
    client = create_app(config | extra).test_client()
    client.environ_base.update(REMOTE)
    return client


def test_searches_past_the_limit_are_429_in_the_json_shape(index_dir: Path, tmp_path: Path) -> None:
    client = make_client(index_dir, tmp_path)
    statuses = [client.get("/api/search?q=dust").status_code for _ in range(8)]
    assert statuses == [200] * 5 + [429] * 3
    response = client.get("/api/quotes?q=dust")
    assert response.status_code == 429 and int(response.headers["Retry-After"]) >= 1
    assert response.json == {
        "error": {
            "status": 429,
            "code": "too_many_requests",
            "message": response.json["error"]["message"],
            "param": None,
        }
    }
    assert "too many searches" in response.json["error"]["message"]
    page = client.get("/?q=dust")
    assert page.status_code == 429 and page.mimetype == "text/html"
    assert client.get("/api/health").status_code in (200, 503)  # not a search: not limited
    other = client.get("/api/search?q=dust", environ_base={"REMOTE_ADDR": "192.0.2.1"})
    assert other.status_code == 200


def test_behind_a_proxy_clients_are_told_apart_by_x_forwarded_for(
    index_dir: Path, tmp_path: Path
) -> None:
    client = make_client(index_dir, tmp_path, PROXIES=1)
    for i in range(8):
        headers = {"X-Forwarded-For": f"198.51.100.{i}"}
        assert client.get("/api/search?q=dust", headers=headers).status_code == 200


def test_an_expensive_request_is_paid_back_before_the_next() -> None:
    clock = Clock()
    limiter = RateLimiter(2.0, 3, clock=clock)
    assert limiter.take("a") == 0
    limiter.charge("a", 10)  # the request took ten tokens' worth of work
    assert limiter.take("a") == 5  # (1 - (2 - 10)) / 2 = 4.5 s, rounded up
    clock.now += 4.5
    assert limiter.take("a") == 0


def test_searches_are_charged_by_the_time_they_take(index_dir: Path, tmp_path: Path) -> None:
    # a token buys a microsecond of work: one search spends the whole burst and more
    client = make_client(index_dir, tmp_path, SEARCH_COST=1e-6, SEARCH_RATE=1.0)
    assert client.get("/api/search?q=dust").status_code == 200
    response = client.get("/api/search?q=dust")
    assert response.status_code == 429 and int(response.headers["Retry-After"]) > 5


def test_loopback_is_not_limited_without_proxies(index_dir: Path, tmp_path: Path) -> None:
    client = make_client(index_dir, tmp_path)
    local = {"REMOTE_ADDR": "127.0.0.1"}
    statuses = {client.get("/api/search?q=dust", environ_base=local).status_code for _ in range(8)}
    assert statuses == {200}
    proxied = make_client(index_dir, tmp_path, PROXIES=1)  # then loopback is a proxy's client
    proxied.environ_base.update(local)
    statuses = {proxied.get("/api/search?q=dust").status_code for _ in range(8)}
    assert statuses == {200, 429}


# --------------------------------------------------------------------------- shared buckets


def test_limiters_on_one_file_share_each_clients_bucket(tmp_path: Path) -> None:
    clock = Clock()
    first = RateLimiter(2.0, 3, clock=clock, path=tmp_path / "buckets")
    second = RateLimiter(2.0, 3, clock=clock, path=tmp_path / "buckets")
    assert isinstance(first.buckets, SharedBuckets)
    taken = [limiter.take("a") for limiter in (first, second, first, second, first)]
    assert taken == [0, 0, 0, 1, 1]  # one burst of 3 between them, not 3 each
    first.charge("a", 10)
    assert second.wait("a") == 6  # (1 - (0 - 10)) / 2 = 5.5 s, rounded up
    assert second.take("b") == 0
    clock.now += 5.5
    assert second.take("a") == 0


def test_another_process_spends_the_same_bucket(tmp_path: Path) -> None:
    path = tmp_path / "buckets"
    here = RateLimiter(0.001, 5, path=path)
    assert here.take("203.0.113.9") == 0
    script = (
        "import sys; from webapp.ratelimit import RateLimiter; "
        "limiter = RateLimiter(0.001, 5, path=sys.argv[1]); "
        "print([limiter.take('203.0.113.9') for _ in range(4)])"
    )
    other = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    )
    assert other.stdout.strip() == "[0, 0, 0, 0]"
    assert here.take("203.0.113.9") > 0  # the other process spent the rest of the burst


def test_the_shared_table_is_bounded_and_forgets_the_least_recent(tmp_path: Path) -> None:
    clock = Clock()
    limiter = RateLimiter(0.001, 1, clock=clock, max_clients=64, path=tmp_path / "buckets")
    size = os.path.getsize(tmp_path / "buckets")
    for i in range(1000):
        clock.now += 1
        limiter.take(f"client {i}")
    assert os.path.getsize(tmp_path / "buckets") == size
    assert limiter.take("client 999") > 0  # recent: still remembered, still empty
    assert limiter.take("client 0") == 0  # forgotten long ago: starts with a full bucket
    assert isinstance(limiter.buckets, SharedBuckets) and limiter.buckets.sets * WAYS == 64


def test_an_unusable_file_falls_back_to_this_process(tmp_path: Path) -> None:
    limiter = RateLimiter(1.0, 2, path=tmp_path / "missing" / "buckets")
    assert not isinstance(limiter.buckets, SharedBuckets)
    assert [limiter.take("a") for _ in range(3)] == [0, 0, 1]


def test_two_workers_of_a_server_give_a_client_one_burst(index_dir: Path, tmp_path: Path) -> None:
    shared = {"RATE_FILE": str(tmp_path / "buckets")}
    workers = [make_client(index_dir, tmp_path, **shared) for _ in range(2)]
    statuses = [workers[i % 2].get("/api/search?q=dust").status_code for i in range(8)]
    assert statuses == [200] * 5 + [429] * 3
    apart = [make_client(index_dir, tmp_path) for _ in range(2)]  # no file: each its own
    statuses = [apart[i % 2].get("/api/search?q=dust").status_code for i in range(8)]
    assert statuses == [200] * 8


def test_serve_makes_one_file_per_run_and_only_the_server_removes_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with server.shared_rate_file() as path:
        assert path.parent.is_dir() and not path.exists()
        server_pid = os.getpid()
    assert not path.parent.exists()
    with server.shared_rate_file() as path:
        monkeypatch.setattr(os, "getpid", lambda: server_pid + 1)  # a worker leaving
    assert path.parent.is_dir()
    monkeypatch.undo()
    path.parent.rmdir()


def test_a_killed_servers_folder_is_removed_by_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server.tempfile, "gettempdir", lambda: str(tmp_path))
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    orphan = tmp_path / f"{server.RATE_DIR}{dead}-abc"
    alive = tmp_path / f"{server.RATE_DIR}{os.getpid()}-def"
    other = tmp_path / "cinedex-something-else"
    for folder in (orphan, alive, other):
        folder.mkdir()
    with server.shared_rate_file() as path:
        assert path.parent.parent == tmp_path and str(os.getpid()) in path.parent.name
        assert not orphan.exists() and alive.exists() and other.exists()
