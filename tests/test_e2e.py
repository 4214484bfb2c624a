"""End to end: ``cinedex serve`` (gunicorn, two workers) on a free port, spoken to over HTTP."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from e2e_support import (
    ADMIN_HEADERS,
    NEW_FILM_WORD,
    Server,
    add_new_film,
    build_index,
    http,
    wait_for_job,
    write_corpus,
)

from webapp import jobs


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server over the tiny corpus, shared by the read-only tests of this module."""
    root = tmp_path_factory.mktemp("e2e")
    corpus = write_corpus(root / "corpus")
    build_index(corpus, root / "index")
    with Server(corpus, root / "index", root / "server.log") as running:
        yield running


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[tuple[Server, Path]]:
    """A server of its own (the test changes its corpus and index), with its corpus folder."""
    corpus = write_corpus(tmp_path / "corpus")
    build_index(corpus, tmp_path / "index")
    with Server(corpus, tmp_path / "index", tmp_path / "server.log") as running:
        yield running, corpus


def get(server: Server, path: str, **kwargs: Any) -> Any:
    status, body = http("GET", server.url(path), **kwargs)
    assert status == 200, (path, status, body)
    return body


def ids(result: dict[str, Any]) -> list[str]:
    return [hit["id"] for hit in result["hits"]]


def facet(result: dict[str, Any], name: str) -> dict[str, tuple[int, bool]]:
    found = next(f for f in result["facets"] if f["name"] == name)
    return {v["value"]: (v["count"], v["selected"]) for v in found["values"]}


def test_health(server: Server) -> None:
    health = get(server, "/api/health")
    assert (health["status"], health["index"]["films"], health["index"]["quotes"]) == ("ok", 4, 2)


def test_search_highlights(server: Server) -> None:
    result = get(server, "/api/search?q=lighthouse")
    assert ids(result) == ["harbour-lights-1994"]
    assert "<mark>lighthouse</mark>" in result["hits"][0]["snippet"]
    assert get(server, "/?q=lighthouse").count('class="hit"') >= 1


def test_facets_or_within_and_across(server: Server) -> None:
    drama = get(server, "/api/search?q=&genre=Drama")
    assert sorted(ids(drama)) == [
        "harbour-lights-1994",
        "the-copper-road-1968",
        "winter-orchard-1991",
    ]
    # OR within a facet: ticking Drama keeps the other genres' counts
    assert facet(drama, "genre")["Comedy"] == (1, False)
    narrowed = get(server, "/api/search?q=&genre=Drama&genre=Comedy&decade=1990s")
    assert sorted(ids(narrowed)) == [
        "harbour-lights-1994",
        "midnight-arcade-1999",
        "winter-orchard-1991",
    ]
    assert facet(narrowed, "decade")["1990s"] == (3, True)


def test_film_page_and_json(server: Server) -> None:
    film = get(server, "/api/films/winter-orchard-1991")
    assert (film["title"], film["year"], film["directors"]) == (
        "Winter Orchard",
        1991,
        ["Marta Ibsen"],
    )
    assert "Winter Orchard" in get(server, "/films/winter-orchard-1991")
    status, _ = http("GET", server.url("/api/films/no-such-film"))
    assert status == 404


def test_quote_phrase(server: Server) -> None:
    result = get(server, "/api/quotes?q=" + quote('"finest arcade comedy"'))
    hits = [(h["critic"], h["outlet"], h["film"]["id"]) for h in result["hits"]]
    assert hits == [("Tom Hale", "Screen Weekly", "midnight-arcade-1999")]


def test_suggest(server: Server) -> None:
    result = get(server, "/api/suggest?q=harb")
    assert result["suggestions"][0]["text"] == "Harbour Lights"


def test_admin_needs_the_token(server: Server) -> None:
    status, body = http("GET", server.url("/api/admin/status"))
    assert (status, body["error"]["code"]) == (401, "unauthorized")
    status, body = http("POST", server.url("/api/admin/reindex"), {}, {"X-Admin-Token": "nope"})
    assert (status, body["error"]["code"]) == (403, "forbidden")


def total(server: Server, q: str) -> int:
    return int(get(server, f"/api/search?q={q}")["total"])


def test_reindex_over_http_serves_the_new_film(fresh: tuple[Server, Path]) -> None:
    server, corpus = fresh
    assert total(server, NEW_FILM_WORD) == 0
    add_new_film(corpus)
    status, body = http("POST", server.url("/api/admin/reindex"), {"full": False}, ADMIN_HEADERS)
    assert status == 202, body
    status, busy = http("POST", server.url("/api/admin/reindex"), {"full": True}, ADMIN_HEADERS)
    # the tiny build may already be over; if not, the second request is refused
    assert (status, busy.get("job", {}).get("pid")) in [(409, body["job"]["pid"]), (202, None)]

    def job() -> dict[str, Any]:
        assert total(server, "lighthouse") == 1  # search keeps answering throughout
        return dict(get(server, "/api/admin/status", headers=ADMIN_HEADERS)["job"])

    done = wait_for_job(job)
    assert done["state"] == "finished", done
    # every worker (requests are spread over two) reopens the new generation
    assert [total(server, NEW_FILM_WORD) for _ in range(6)] == [1] * 6


def test_server_restart_during_a_reindex_loses_nothing(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    index = tmp_path / "index"
    build_index(corpus, index)
    add_new_film(corpus)
    with Server(corpus, index, tmp_path / "one.log") as server:
        status, body = http("POST", server.url("/api/admin/reindex"), {"full": True}, ADMIN_HEADERS)
        assert status == 202, body
        pid = body["job"]["pid"]
        os.kill(pid, signal.SIGSTOP)  # a slow reindex: still running when the server stops
    try:
        # the server is gone (TERM to its whole process group); the job is not
        assert jobs.read_status(index)["state"] == "running"
    finally:
        os.kill(pid, signal.SIGCONT)
    done = wait_for_job(lambda: jobs.read_status(index))
    assert (done["state"], done["pid"], done["report"]["films_total"]) == (
        "finished",
        pid,
        5,
    )
    with Server(corpus, index, tmp_path / "two.log") as again:
        assert total(again, NEW_FILM_WORD) == 1
        status_now = get(again, "/api/admin/status", headers=ADMIN_HEADERS)
        assert json.dumps(status_now["job"]["report"]) == json.dumps(done["report"])
