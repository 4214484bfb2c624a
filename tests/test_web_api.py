"""The JSON API: whole responses compared with values computed apart, and every error."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from flask import Flask
from flask.testing import FlaskClient

from indexer.corpus import load_corpus
from indexer.merge import merge
from indexer.normalize import key
from indexer.records import film_to_json
from webapp import create_app, query_log, search_service
from webapp.search.types import QuoteRequest, SearchRequest

HOSTILE_ID = "script-alert-1-script-hostile-harvest-2011"


@pytest.fixture(scope="session")
def films(corpus_dir: Path) -> dict[str, dict[str, Any]]:
    """The corpus's films, merged by the indexer but read apart from the index."""
    loaded = load_corpus([corpus_dir])
    merged = merge(loaded.films, loaded.quotes)
    return {film.id: film_to_json(film) for film in merged.films}


def without_timing(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k != "took_ms"}


def expected_json(app: Flask, result_json: dict[str, Any], path: str, html: str) -> dict[str, Any]:
    """What the API adds to ``to_json()``: toggle URLs and links (here: no other parameters)."""
    data = without_timing(json.loads(json.dumps(result_json)))  # tuples become lists
    data["facets"] = [
        {
            "name": f["name"],
            "values": [
                {**v, "toggle_url": f"{path}?{urlencode({f['name']: v['value']})}"}
                for v in f["values"]
            ],
            "truncated": f["truncated"],
        }
        for f in data["facets"]
    ]
    data["links"] = {"self": path, "html": html, "next": None, "prev": None}
    return data


def test_browse_all_films_whole_json(
    app: Flask, client: FlaskClient, films: dict[str, Any]
) -> None:
    response = client.get("/api/search")
    assert response.status_code == 200
    assert response.content_type == "application/json"
    data = response.get_json()
    direct = search_service(app).search(SearchRequest()).to_json()
    assert without_timing(data) == expected_json(app, direct, "/api/search", "/")
    # and the counts agree with the corpus read apart from the index
    assert data["total"] == len(films)
    assert {h["id"] for h in data["hits"]} == set(films)
    genres = Counter(g for f in films.values() for g in f["genres"])
    facet = next(f for f in data["facets"] if f["name"] == "genre")
    assert {v["value"]: v["count"] for v in facet["values"]} == genres


def test_facet_filter_or_within_and_across(client: FlaskClient, films: dict[str, Any]) -> None:
    data = client.get("/api/search?genre=Drama&genre=Comedy&country=Norway").get_json()
    wanted = {
        fid
        for fid, f in films.items()
        if {"Drama", "Comedy"} & set(f["genres"]) and "Norway" in f["countries"]
    }
    assert {h["id"] for h in data["hits"]} == wanted and data["total"] == len(wanted)
    genre = {
        v["value"]: v for v in next(f for f in data["facets"] if f["name"] == "genre")["values"]
    }
    # multi-select: the genre counts ignore the genre filter but keep the country filter
    norway = Counter(g for f in films.values() if "Norway" in f["countries"] for g in f["genres"])
    assert {k: v["count"] for k, v in genre.items()} == norway
    assert genre["Drama"]["selected"] and not genre["Romance"]["selected"]
    assert genre["Drama"]["toggle_url"] == "/api/search?genre=Comedy&country=Norway"


@pytest.mark.parametrize("sort", ["year", "-year", "title"])
def test_sorts(client: FlaskClient, films: dict[str, Any], sort: str) -> None:
    data = client.get(f"/api/search?sort={sort}").get_json()
    if sort == "title":
        titles = [key(h["title"]) for h in data["hits"]]  # folded: "<script>" sorts under s
        assert titles == sorted(titles)
    else:
        years = [h["year"] for h in data["hits"]]
        assert years == sorted(years, reverse=sort == "-year")
    assert data["sort"] == sort


def test_pagination_links(client: FlaskClient, films: dict[str, Any]) -> None:
    first = client.get("/api/search?per_page=3&sort=year").get_json()
    assert (first["total"], first["pages"]) == (len(films), -(-len(films) // 3))
    assert first["links"]["next"] == "/api/search?per_page=3&sort=year&page=2"
    second = client.get(first["links"]["next"]).get_json()
    assert second["links"]["prev"] == "/api/search?per_page=3&sort=year"
    seen = [h["id"] for h in first["hits"]] + [h["id"] for h in second["hits"]]
    assert len(set(seen)) == 6


def test_film_json_is_the_merged_record(client: FlaskClient, films: dict[str, Any]) -> None:
    for film_id, record in films.items():
        data = client.get(f"/api/films/{film_id}").get_json()
        similar = data.pop("similar")
        assert data == record
        assert all(s["id"] in films and s["id"] != film_id for s in similar)


def test_quotes_exact_phrase(app: Flask, client: FlaskClient, films: dict[str, Any]) -> None:
    data = client.get('/api/quotes?q="patience+of+the+tide"').get_json()
    [hit] = data["hits"]
    film = films["the-salt-marsh-1994"]
    quote = next(q for q in film["quotes"] if "patience" in q["text"])
    assert {k: hit[k] for k in ("text", "critic", "outlet", "date")} == {
        k: quote[k] for k in ("text", "critic", "outlet", "date")
    }
    assert hit["film"] == {"id": film["id"], "title": film["title"], "year": film["year"]}
    assert "<mark>patience of the tide</mark>" in hit["snippet"]
    direct = search_service(app).quotes(QuoteRequest(q='"patience of the tide"')).to_json()
    path = "/api/quotes"
    expected = expected_json(app, direct, path, "/quotes")
    for facet in expected["facets"]:
        for value in facet["values"]:
            value["toggle_url"] = value["toggle_url"].replace("?", "?q=%22patience+of+the+tide%22&")
    expected["links"] = {
        "self": f"{path}?q=%22patience+of+the+tide%22",
        "html": "/quotes?q=%22patience+of+the+tide%22",
        "next": None,
        "prev": None,
    }
    assert without_timing(data) == expected


def test_quote_facets(client: FlaskClient, films: dict[str, Any]) -> None:
    data = client.get("/api/quotes?outlet=The+Daily+Reel").get_json()
    quotes = [q for f in films.values() for q in f["quotes"] if q["outlet"] == "The Daily Reel"]
    assert sorted(h["text"] for h in data["hits"]) == sorted(q["text"] for q in quotes)


def test_suggest(client: FlaskClient) -> None:
    data = client.get("/api/suggest?q=harb").get_json()
    assert data["query"] == "harb"
    assert {
        "kind": "title",
        "text": "Harbour of Lights",
        "film_id": "harbour-of-lights-1998",
        "year": 1998,
        "count": 1,
        "url": "/films/harbour-of-lights-1998",
    } in data["suggestions"]
    assert client.get("/api/suggest").get_json() == {"query": "", "suggestions": []}


def test_health(client: FlaskClient, films: dict[str, Any]) -> None:
    data = client.get("/api/health").get_json()
    assert data["status"] == "ok"
    quotes = sum(len(f["quotes"]) for f in films.values())
    assert (data["index"]["films"], data["index"]["quotes"]) == (len(films), quotes)


def test_searches_are_logged(app: Flask, client: FlaskClient) -> None:
    client.get("/api/search?q=Harbour")
    client.get("/?q=harbour", environ_base={"REMOTE_ADDR": "192.0.2.2"})  # another visitor
    client.get("/api/quotes?q=zzzqqq")
    assert query_log(app).popular() == [
        {"kind": "films", "q": "harbour", "count": 2, "total": 2},
        {"kind": "quotes", "q": "zzzqqq", "count": 1, "total": 0},
    ]


def test_unknown_facet_value_is_just_empty(client: FlaskClient) -> None:
    data = client.get("/api/search?genre=No+Such+Genre").get_json()
    assert (data["total"], data["hits"]) == (0, [])


def error(status: int, code: str, param: str | None = None) -> tuple[int, str, str | None]:
    return status, code, param


@pytest.mark.parametrize(
    ("method", "url", "expected"),
    [
        ("GET", "/api/search?page=0", error(400, "bad_parameter", "page")),
        ("GET", "/api/search?page=abc", error(400, "bad_parameter", "page")),
        ("GET", "/api/search?per_page=101", error(400, "bad_parameter", "per_page")),
        ("GET", "/api/search?sort=random", error(400, "bad_parameter", "sort")),
        ("GET", "/api/search?q=a&q=b", error(400, "repeated_parameter", "q")),
        ("GET", "/api/search?q=%ff%fe", error(400, "bad_encoding")),
        ("GET", "/api/quotes?critic=%C3", error(400, "bad_encoding")),
        ("GET", "/api/suggest?q=%ff", error(400, "bad_encoding")),
        ("GET", "/api/search?q=" + "x" * 1001, error(413, "query_too_long", "q")),
        ("GET", "/api/quotes?q=" + "y" * 1001, error(413, "query_too_long", "q")),
        ("GET", "/api/search?page=2", error(404, "page_out_of_range", "page")),
        ("GET", "/api/quotes?q=zzzqqq&page=2", error(404, "page_out_of_range", "page")),
        ("GET", "/api/films/no-such-film", error(404, "not_found", "film_id")),
        ("GET", "/api/films/%ff", error(404, "not_found", "film_id")),
        ("GET", "/api/nothing-here", error(404, "not_found")),
        ("POST", "/api/search", error(405, "method_not_allowed")),
        ("DELETE", "/api/films/x", error(405, "method_not_allowed")),
    ],
)
def test_errors_have_one_shape(
    client: FlaskClient, method: str, url: str, expected: tuple[int, str, str | None]
) -> None:
    response = client.open(url, method=method)
    status, code, param = expected
    assert response.status_code == status
    body = response.get_json()
    assert body == {
        "error": {
            "status": status,
            "code": code,
            "message": body["error"]["message"],
            "param": param,
        }
    }
    assert body["error"]["message"]
    if status == 405:
        assert "GET" in response.headers["Allow"]


def test_error_message_is_exact(client: FlaskClient) -> None:
    assert client.get("/api/search?page=0").get_json() == {
        "error": {
            "status": 400,
            "code": "bad_parameter",
            "message": "'page' must be between 1 and 1000000, not 0",
            "param": "page",
        }
    }


@pytest.mark.parametrize(
    "q",
    [
        '"',
        '"unclosed phrase',
        "(",
        ")",
        "AND",
        "OR NOT",
        "*",
        "?",
        "title:",
        "genre:",
        "year:abc..",
        "year:1990..1980",
        "a" * 1000,
        "\\",
        "\u0000",
        "🎬🎬",
        "隐入尘烟",
        "x^",
        "[a TO",
        "{",
        "'",
        "%",
        "<script>",
        'director:"',
        "-",
        "+",
        "~2",
        "harbour~",
        "ha*r",
        "é",
        "NOT NOT x",
    ],
)
def test_never_a_500(client: FlaskClient, q: str) -> None:
    for path in ("/api/search", "/api/quotes", "/api/suggest", "/", "/quotes"):
        response = client.get(path, query_string={"q": q})
        assert response.status_code == 200, (path, q, response.data[:300])


@pytest.fixture
def empty_app(tmp_path: Path) -> Flask:
    return create_app({"TESTING": True, "INDEX": str(tmp_path / "no-index"), "SECRET_KEY": "x"})


@pytest.mark.parametrize(
    "url", ["/api/search", "/api/quotes?q=x", "/api/films/x", "/api/suggest?q=ab", "/api/health"]
)
def test_no_index_is_503(empty_app: Flask, url: str) -> None:
    response = empty_app.test_client().get(url)
    assert response.status_code == 503
    assert response.get_json()["error"]["code"] == "index_unavailable"
