"""The HTML pages: content, links to the JSON twin, escaping of hostile text, security headers."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from webapp import humanize, search_service, views
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
    # the title is escaped, then the word that matched is marked
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Hostile <mark>Harvest</mark>" in search
    assert "<script>alert(1)" not in search
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
    quotes = record["quotes"][: views.FILM_QUOTES]
    assert [r["reviewBody"] for r in data["review"]] == [q["text"] for q in quotes]
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
    assert record["conflicts"]  # the seed pages disagree (133 vs 134 minutes)
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


# --------------------------------------------------------------------------- layout, film page


def test_filters_are_a_panel_above_the_results(client: FlaskClient) -> None:
    html = client.get("/?genre=Drama").get_data(as_text=True)
    # a <details> before the results: one tap on a phone, no JavaScript needed
    assert html.index('<details class="filters" id="filters">') < html.index('class="results"')
    assert '<summary class="filters-toggle">Filters <span class="count">(1 active)</span>' in html


def test_year_range_inputs_and_years_and_decades_in_order(client: FlaskClient) -> None:
    html = client.get("/?year_from=1990&year_to=2030").get_data(as_text=True)
    tags = parse(html)
    inputs = {a.get("name"): a for t, a in tags.tags if t == "input" and a.get("type") == "number"}
    assert inputs["year_from"]["value"] == "1990" and inputs["year_to"]["value"] == "2030"
    form = parse(html[html.index('<form class="facets"') :].split("</form>")[0])
    hidden = [a["name"] for t, a in form.tags if t == "input" and a.get("type") == "hidden"]
    assert "year_from" not in hidden and "year_to" not in hidden  # never sent twice by one form
    years = [
        a["value"] for t, a in tags.tags if t == "input" and a.get("name") == "year" and a["value"]
    ]
    assert len(years) >= 3 and years == sorted(years, key=int)
    decades = [a["value"] for t, a in tags.tags if t == "input" and a.get("name") == "decade"]
    assert len(decades) >= 2 and decades == sorted(decades)


def test_year_range_input_takes_only_a_year(client: FlaskClient) -> None:
    response = client.get("/?year_from=%22%3E%3Cb%3E")
    assert response.status_code == 400 and "<b>" not in response.get_data(as_text=True)
    html = client.get("/?year_from=1990").get_data(as_text=True)
    assert 'name="year_from" inputmode="numeric"' in html


def test_film_page_order_facts_synopsis_credits_sources(client: FlaskClient) -> None:
    record = client.get("/api/films/the-salt-marsh-1994").get_json()
    html = client.get("/films/the-salt-marsh-1994").get_data(as_text=True)
    facts = html[html.index('<dl class="facts"') : html.index("</dl>")]
    for fact in ("Year", "Director", "Country", "Genre", "Runtime"):
        assert f"<dt>{fact}</dt>" in facts
    assert "Agnès Varda-Lemoine" in facts
    order = ['id="facts"', 'id="synopsis-title"', 'id="credits-title"', 'id="sources-title"']
    positions = [html.index(marker) for marker in order]
    assert positions == sorted(positions)
    for source in record["sources"]:
        assert f'<code title="{source}">{source.rsplit("/", 1)[-1]}</code>' in html


def test_film_page_conflicts_name_documents_not_paths(client: FlaskClient) -> None:
    record = client.get("/api/films/return-to-dust-2022").get_json()
    html = client.get("/films/return-to-dust-2022").get_data(as_text=True)
    assert record["conflicts"]  # the seed pages disagree (133 vs 134 minutes)
    section = html[html.index('id="sources-title"') :]
    assert "Where the sources disagree" in section
    names = section[section.index("Where the sources disagree") :]
    for conflict in record["conflicts"]:
        for value in conflict["values"]:
            for source in value["sources"]:
                assert source.rsplit("/", 1)[-1] in names
                assert f"in {source}" not in names  # the folder is not shown


@pytest.fixture(scope="module")
def many_quotes_client(tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    """An app over a corpus with one film of 23 quotes beside the small test films."""
    from e2e_support import write_corpus
    from many_quotes import write_many_quotes_film

    from indexer.build import build
    from webapp import create_app

    root = tmp_path_factory.mktemp("many")
    corpus = write_corpus(root / "corpus")
    write_many_quotes_film(corpus / "press", 23)
    build([corpus], root / "index", full=True)
    app = create_app(
        {
            "TESTING": True,
            "INDEX": str(root / "index"),
            "CORPUS": [str(corpus)],
            "QUERYLOG": str(root / "querylog.sqlite3"),
            "SECRET_KEY": "test-secret",
        }
    )
    return app.test_client()


def test_film_page_shows_a_handful_of_quotes_and_links_to_all(
    many_quotes_client: FlaskClient,
) -> None:
    from many_quotes import MANY_QUOTES_ID

    html = many_quotes_client.get(f"/films/{MANY_QUOTES_ID}").get_data(as_text=True)
    assert html.count("<blockquote>") == 5
    assert f'<a href="/quotes?film={MANY_QUOTES_ID}" id="all-quotes">All 23 quotes</a>' in html
    jsonld = json.loads(parse(html).scripts[0])
    assert len(jsonld["review"]) == 5


def test_quote_search_filtered_to_one_film_is_paged(many_quotes_client: FlaskClient) -> None:
    from many_quotes import MANY_QUOTES_ID, MANY_QUOTES_TITLE

    data = many_quotes_client.get(f"/api/quotes?film={MANY_QUOTES_ID}&per_page=10").get_json()
    assert (data["total"], data["pages"], len(data["hits"])) == (23, 3, 10)
    assert {h["film"]["id"] for h in data["hits"]} == {MANY_QUOTES_ID}
    assert data["links"]["next"] == f"/api/quotes?film={MANY_QUOTES_ID}&per_page=10&page=2"
    everything = many_quotes_client.get("/api/quotes?per_page=100").get_json()["total"]
    assert everything == 23 + 2  # the other films' two quotes are not in the filtered search
    words = many_quotes_client.get(f"/api/quotes?film={MANY_QUOTES_ID}&q=review+7").get_json()
    assert [h["critic"] for h in words["hits"]] == ["Critic 007"]

    html = many_quotes_client.get(f"/quotes?film={MANY_QUOTES_ID}&page=3&per_page=10")
    text = html.get_data(as_text=True)
    assert text.count('class="quote-hit"') == 3
    assert f"Film: {MANY_QUOTES_TITLE}" in text
    assert 'href="/quotes?per_page=10" aria-label="Remove filter Film:' in text


def test_film_chip_removes_the_filter_however_it_was_spelled(client: FlaskClient) -> None:
    html = client.get("/quotes?film=+the-salt-marsh-1994+&q=tide&page=1").get_data(as_text=True)
    assert "Film: The Salt Marsh" in html
    assert 'href="/quotes?q=tide" aria-label="Remove filter Film: The Salt Marsh"' in html


@pytest.mark.parametrize("film", ["no-such-film", "<script>", "x" * 300])
def test_quote_search_for_an_unknown_film_is_empty(client: FlaskClient, film: str) -> None:
    response = client.get("/quotes", query_string={"film": film})
    assert response.status_code == 200
    assert "No quote matches" in response.get_data(as_text=True)
    assert client.get("/api/quotes", query_string={"film": film}).get_json()["total"] == 0


def test_film_filter_given_twice_is_400(client: FlaskClient) -> None:
    response = client.get("/api/quotes?film=a&film=b")
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "repeated_parameter"


# --------------------------------------------------------------------------- rough edges


def test_not_found_page_has_the_search_box(client: FlaskClient) -> None:
    response = client.get("/no/such/page")
    assert response.status_code == 404
    html = response.get_data(as_text=True)
    assert 'role="search"' in html and 'name="q"' in html and 'action="/"' in html


def test_favicon(client: FlaskClient) -> None:
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response.content_type == "image/vnd.microsoft.icon"
    assert response.data[:4] == b"\x00\x00\x01\x00"  # an ICO header
    assert '<link rel="icon" href="/favicon.ico"' in client.get("/").get_data(as_text=True)


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (5, "just now"),
        (60, "1 minute ago"),
        (180, "3 minutes ago"),
        (3600 * 2, "2 hours ago"),
        (86400 * 3, "3 days ago"),
        (-30, "in the future"),
    ],
)
def test_relative_times(seconds: float, words: str) -> None:
    assert humanize.relative(seconds) == words


def test_ago_keeps_the_iso_time_in_a_title() -> None:
    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    assert str(humanize.ago("2026-12-01T11:57:00Z", now)) == (
        '<time datetime="2026-12-01T11:57:00Z" title="2026-12-01 11:57:00 UTC">3 minutes ago</time>'
    )
    assert str(humanize.ago("<b>not a time", now)) == "&lt;b&gt;not a time"
    assert str(humanize.ago(None, now)) == "unknown"
