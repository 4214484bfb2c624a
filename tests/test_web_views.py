"""The HTML pages: content, links to the JSON twin, escaping of hostile text, security headers."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from webapp import search_service
from webapp.search.types import SearchRequest

HOSTILE_ID = "script-alert-1-script-hostile-harvest-2011"
HOSTILE_TITLE = "<script>alert(1)</script> Hostile Harvest"


class Tags(HTMLParser):
    """Every start tag with its attributes, the text of each <script>, and all text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_script:
            self.scripts[-1] += data


def parse(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    return tags


def assert_no_injection(html: str) -> None:
    """Only our own scripts, no event handlers, no javascript: links, no rendered template."""
    tags = parse(html)
    for tag, attrs in tags.tags:
        assert tag not in ("img", "svg", "iframe", "b", "i"), (tag, attrs)
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        for name in ("href", "src", "action"):
            assert not (attrs.get(name) or "").strip().lower().startswith("javascript:")
        if tag == "script":
            assert (
                attrs.get("src") == "/static/cinedex.js"
                or attrs.get("type") == "application/ld+json"
            )
    for script in tags.scripts:  # inline scripts are JSON-LD data blocks only
        if script.strip():
            json.loads(script)
    # {{ 7*7 }} was not evaluated. Only the page's text is looked at: an attribute such as
    # the random CSP nonce may hold "49" by chance.
    assert "49" not in "".join(tags.text).replace("2049", "")


@pytest.mark.parametrize(
    "url",
    [
        "/?q=harvest",
        "/?q=alert",
        "/?genre=Horror",
        f"/films/{HOSTILE_ID}",
        "/quotes?q=harvest",
        "/quotes?q=terror",
        "/?q=%3Cscript%3Ealert(1)%3C/script%3E",
        "/quotes?q=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E",
    ],
)
def test_hostile_text_is_escaped(client: FlaskClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert_no_injection(html)


def test_hostile_film_appears_escaped(client: FlaskClient) -> None:
    search = client.get("/?q=harvest").get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Hostile Harvest" in search
    film = client.get(f"/films/{HOSTILE_ID}").get_data(as_text=True)
    assert "&lt;img src=x onerror=alert(1)&gt;" in film
    assert "{{ 7*7 }} Injector" in film
    quotes = client.get("/quotes?q=terror").get_data(as_text=True)
    assert (
        "&lt;i&gt;Critic&lt;/i&gt; X" in quotes and "&#34;&gt;&lt;svg onload=alert(5)&gt;" in quotes
    )


def test_json_ld_round_trips_and_cannot_break_out(client: FlaskClient) -> None:
    html = client.get(f"/films/{HOSTILE_ID}").get_data(as_text=True)
    [block] = [s for s in parse(html).scripts if "schema.org" in s]
    assert "<" not in block and ">" not in block
    data = json.loads(block)
    record = client.get(f"/api/films/{HOSTILE_ID}").get_json()
    assert data["@type"] == "Movie"
    assert data["name"] == record["title"] == HOSTILE_TITLE
    assert data["actor"] == [{"@type": "Person", "name": n} for n in record["cast"]]
    assert [r["reviewBody"] for r in data["review"]] == [q["text"] for q in record["quotes"]]
    assert data["duration"] == f"PT{record['runtime_minutes']}M"


def test_json_ld_nonce_matches_the_policy(client: FlaskClient) -> None:
    response = client.get(f"/films/{HOSTILE_ID}")
    [nonce] = [
        a["nonce"]
        for t, a in parse(response.get_data(as_text=True)).tags
        if t == "script" and "nonce" in a
    ]
    assert f"'nonce-{nonce}'" in response.headers["Content-Security-Policy"]
    assert (
        client.get(f"/films/{HOSTILE_ID}").headers["Content-Security-Policy"]
        != response.headers["Content-Security-Policy"]
    )


def test_search_page(app: Flask, client: FlaskClient) -> None:
    html = client.get("/?q=harbour&genre=Drama").get_data(as_text=True)
    result = search_service(app).search(SearchRequest(q="harbour", genre=("Drama",)))
    for hit in result.hits:
        assert f'href="/films/{hit.id}"' in html
        assert hit.snippet in html  # the highlighter's HTML, unescaped once
    tags = parse(html)
    alternate = [a for t, a in tags.tags if t == "link" and a.get("rel") == "alternate"]
    assert alternate == [
        {
            "rel": "alternate",
            "type": "application/json",
            "href": "/api/search?q=harbour&genre=Drama",
        }
    ]
    checked = [
        a["value"]
        for t, a in tags.tags
        if t == "input" and a.get("type") == "checkbox" and "checked" in a
    ]
    assert checked == ["Drama"]
    assert 'href="/?q=harbour" aria-label="Remove filter Genre: Drama"' in html
    assert '<label for="q">' in html and 'href="#main"' in html and 'role="search"' in html


def test_every_facet_value_is_a_labelled_checkbox(client: FlaskClient) -> None:
    data = client.get("/api/search").get_json()
    tags = parse(client.get("/").get_data(as_text=True))
    boxes = {
        (a["name"], a["value"]): a["id"]
        for t, a in tags.tags
        if t == "input" and a.get("type") == "checkbox"
    }
    expected = {(f["name"], v["value"]) for f in data["facets"] for v in f["values"]}
    assert set(boxes) == expected
    labels = {a["for"] for t, a in tags.tags if t == "label"}
    assert set(boxes.values()) <= labels


def test_pagination_and_sort_links(client: FlaskClient) -> None:
    html = client.get("/?per_page=2&sort=year&page=2").get_data(as_text=True)
    assert 'href="/?per_page=2&amp;sort=year" rel="prev"' in html
    assert 'href="/?per_page=2&amp;sort=year&amp;page=3" rel="next"' in html
    assert 'href="/?per_page=2&amp;sort=year&amp;page=2" aria-current="page"' in html
    assert 'href="/?per_page=2&amp;sort=title"' in html


def test_empty_state(client: FlaskClient) -> None:
    html = client.get("/?q=zzzqqqxxx").get_data(as_text=True)
    assert "No results" in html and "No film matches" in html
    assert 'href="/quotes?q=zzzqqqxxx"' in html


def test_did_you_mean_link(app: Flask, client: FlaskClient) -> None:
    result = search_service(app).search(SearchRequest(q="lighthuose"))
    html = client.get("/?q=lighthuose").get_data(as_text=True)
    if result.suggestion is None:
        pytest.skip("the search layer offers no suggestion for this typo")
    assert f'href="/?q={result.suggestion}"' in html


def test_film_page(client: FlaskClient) -> None:
    record = client.get("/api/films/the-salt-marsh-1994").get_json()
    html = client.get("/films/the-salt-marsh-1994").get_data(as_text=True)
    for text in [
        record["title"],
        record["original_title"],
        *record["awards"],
        *record["cast"],
        *record["credits"]["cinematography"],
        *record["sources"],
    ]:
        assert text in html
    for quote in record["quotes"]:
        assert quote["text"].replace("'", "&#39;") in html and quote["outlet"] in html
    for similar in record["similar"]:
        assert f'href="/films/{similar["id"]}"' in html
    assert (
        '<link rel="alternate" type="application/json" href="/api/films/the-salt-marsh-1994">'
        in html
    )


def test_film_page_shows_disagreeing_sources(client: FlaskClient) -> None:
    record = client.get("/api/films/return-to-dust-2022").get_json()
    html = client.get("/films/return-to-dust-2022").get_data(as_text=True)
    if not record["conflicts"]:
        pytest.skip("the page extractor found no conflict in the seed pages")
    assert "Where the sources disagree" in html
    for conflict in record["conflicts"]:
        for value in conflict["values"]:
            assert value["value"] in html


def test_quotes_page(client: FlaskClient) -> None:
    html = client.get('/quotes?q="patience+of+the+tide"').get_data(as_text=True)
    assert "<mark>patience of the tide</mark>" in html
    citation = (
        "“A salt harvester&#39;s long summer, filmed with the patience of the tide.”"
        " — Ana Ruiz, The Daily Reel, on The Salt Marsh (1994)"
    )
    assert citation in html
    assert '<button type="button" class="copy" data-copy-target="cite-1" hidden>' in html
    assert 'href="/api/quotes?q=%22patience+of+the+tide%22"' in html


@pytest.mark.parametrize(
    ("method", "url", "status"),
    [
        ("GET", "/films/no-such-film", 404),
        ("GET", "/nothing", 404),
        ("POST", "/", 405),
        ("GET", "/?page=0", 400),
        ("GET", "/?q=%ff", 400),
        ("GET", "/?q=" + "x" * 1001, 413),
        ("GET", "/?page=99", 404),
        ("GET", "/quotes?sort=nope", 400),
    ],
)
def test_html_errors(client: FlaskClient, method: str, url: str, status: int) -> None:
    response = client.open(url, method=method)
    assert response.status_code == status
    assert response.content_type == "text/html; charset=utf-8"
    assert f"Error {status}" in response.get_data(as_text=True)


def test_opensearch(client: FlaskClient) -> None:
    response = client.get("/opensearch.xml")
    assert response.content_type == "application/opensearchdescription+xml; charset=utf-8"
    # from CINEDEX_BASE_URL, else the address served (never the Host header)
    assert 'template="http://127.0.0.1:8000/?q={searchTerms}"' in response.get_data(as_text=True)
    assert client.get("/opensearch/suggest?q=harb").get_json() == [
        "harb",
        [s["text"] for s in client.get("/api/suggest?q=harb").get_json()["suggestions"]],
    ]
    assert 'rel="search" type="application/opensearchdescription+xml"' in client.get("/").get_data(
        as_text=True
    )


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/quotes",
        f"/films/{HOSTILE_ID}",
        "/api/search",
        "/api/health",
        "/api/openapi.json",
        "/static/cinedex.css",
        "/static/cinedex.js",
        "/opensearch.xml",
        "/nothing",
        "/api/nothing",
        "/?page=0",
    ],
)
def test_security_headers_everywhere(client: FlaskClient, url: str) -> None:
    response = client.get(url)
    response.close()  # static files are streamed from an open file
    headers = response.headers
    expected: dict[str, Any] = {
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "X-Frame-Options": "DENY",
    }
    assert {k: headers.get(k) for k in expected} == expected
    policy = headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert "unsafe-inline" not in policy


def test_requests_are_logged_with_time(
    client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("INFO", logger="webapp")
    client.get("/api/search?q=dust")
    [line] = [r.getMessage() for r in caplog.records if r.name == "webapp"]
    method, path, status, ms = line.split()
    assert (method, path, status) == ("GET", "/api/search", "200") and ms.endswith("ms")
