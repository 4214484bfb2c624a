"""Hostile input: crafted requests (each timed), property-based tests of the query path and the
page extractor, and a schemathesis fuzz run of the API against its own OpenAPI description.

Cases already pinned by ``test_web_api.py``, ``test_search.py`` and ``test_web_params.py`` are
not repeated. ``CINEDEX_FUZZ_EXAMPLES`` raises the number of generated examples (the slow run).
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any, cast

import pytest
import schemathesis
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_faults import record

from indexer.extract.pages import extract_page
from indexer.records import ExtractResult
from webapp import params
from webapp.search import SearchService
from webapp.search.types import QuoteRequest, SearchRequest

#: a single request must answer within this many seconds (the search itself is bounded at 1 s)
LIMIT = 3.0
EXAMPLES = int(os.environ.get("CINEDEX_FUZZ_EXAMPLES", 30))
X = "x"

HOSTILE: list[tuple[str, int, str | None]] = [
    # (url, status, error code or None for a normal answer)
    ("/api/search?q=" + X * 10_000, 413, "query_too_long"),
    ("/api/suggest?q=" + X * 10_000, 413, "query_too_long"),
    ("/api/search?genre=" + X * 10_000, 413, "query_too_long"),
    ("/api/search?page=-1", 400, "bad_parameter"),
    ("/api/search?page=1000000000000", 400, "bad_parameter"),
    ("/api/search?page=1e3", 400, "bad_parameter"),
    ("/api/search?per_page=1000000", 400, "bad_parameter"),
    ("/api/search?per_page=0", 400, "bad_parameter"),
    ("/api/quotes?per_page=-5", 400, "bad_parameter"),
    ("/api/suggest?q=ab&limit=1000000", 400, "bad_parameter"),
    ("/api/search?page=1&page=2", 400, "repeated_parameter"),
    ("/api/search?sort=year&sort=title", 400, "repeated_parameter"),
    ("/api/search?" + "&".join(f"genre=g{i}" for i in range(60)), 400, "bad_parameter"),
    ("/api/search?director=%ff", 400, "bad_encoding"),
    ("/api/search?q=%C3%28", 400, "bad_encoding"),
    ("/api/films/" + X * 1000, 404, "not_found"),
    ("/api/search?q=*a*b*c", 200, None),
    ("/api/search?q=" + "a*%20" * 300, 200, None),
    ("/api/search?q=" + "%28" * 500, 200, None),
    ("/api/search?q=" + "%22" * 999, 200, None),
    ("/api/search?q=" + "a%20OR%20" * 120 + "b", 200, None),
    ("/api/search?q=samurai~99", 200, None),
    ("/api/search?q=" + "z~9%20" * 150, 200, None),
    ("/api/search?q=nofield:value%20other:thing", 200, None),
    ("/api/search?q=%00%01%02%1b[31m%7f", 200, None),
    ("/api/search?q=year:99999999999999999999", 200, None),
    ("/api/search?genre=%00&country=%1b", 200, None),
    ("/api/search?decade=abc&year=-1", 200, None),
    ("/api/search?genre=Drama&genre=Drama&genre=drama", 200, None),
    ("/api/quotes?outlet=%01%02&critic=" + "%E2%80%AE" * 10, 200, None),
    ("/api/suggest?q=%2A%3F%5B%5D%28%29", 200, None),
    ("/api/search?q=" + "%F0%9F%8E%AC" * 200, 200, None),
    ("/api/search?unknown=1&q=dust", 200, None),
]


@pytest.mark.parametrize(("url", "status", "code"), HOSTILE)
def test_hostile_request_is_a_quick_4xx_or_a_result(
    client: FlaskClient, url: str, status: int, code: str | None
) -> None:
    started = time.monotonic()
    response = client.get(url)
    elapsed = time.monotonic() - started
    body = response.get_json()
    assert response.status_code == status, (url[:80], body)
    if code is None:
        assert body["total"] >= 0 if "total" in body else "suggestions" in body
    else:
        assert body == {"error": body["error"] | {"status": status, "code": code}}
        assert set(body["error"]) == {"status", "code", "message", "param"}
    assert elapsed < LIMIT, f"{url[:80]} took {elapsed:.2f}s"
    record("hostile", url=url[:120], status=response.status_code, ms=round(elapsed * 1000, 1))


# --------------------------------------------------------------------------- properties

#: text made of the characters a query parser cares about, plus anything else
QUERY_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list('"()*?~^:[]{}+-!\\/ ANDORNOT')), st.characters(codec="utf-8")
    ),
    max_size=200,
)


@pytest.fixture(scope="module")
def service(index_dir: Path) -> SearchService:
    """One search service over the session's test index."""
    return SearchService(index_dir)


@settings(max_examples=EXAMPLES * 4, deadline=None, suppress_health_check=list(HealthCheck))
@given(q=QUERY_TEXT, genre=st.lists(st.text(max_size=20), max_size=3), page=st.integers(1, 5))
def test_any_query_text_gives_a_result(
    service: SearchService, q: str, genre: list[str], page: int
) -> None:
    started = time.monotonic()
    result = service.search(SearchRequest(q=q, genre=tuple(genre), page=page))
    assert result.total >= 0 and len(result.hits) <= 20
    service.quotes(QuoteRequest(q=q))
    assert time.monotonic() - started < LIMIT
    record("property", test="query text")


ARGS = st.dictionaries(
    st.sampled_from(["q", "page", "per_page", "sort", "genre", "year", "decade", "other"]),
    st.lists(st.one_of(st.text(max_size=30), st.integers().map(str)), max_size=3),
)


@settings(max_examples=EXAMPLES * 4, deadline=None)
@given(ARGS)
def test_any_arguments_validate_or_fail_as_bad_parameter(args: dict[str, list[str]]) -> None:
    try:
        wanted = params.search_request(params.ListArgs(args))
    except params.BadParameter as exc:
        assert exc.status in (400, 413) and exc.message
    else:
        assert 1 <= wanted.page <= params.MAX_PAGE and "\x00" not in wanted.q
    record("property", test="arguments")


LABELS = ["Director", "Réalisateur", "Year", "Runtime", "Cast", "Country", "Genre", "Title",
          "Language", "Starring", "Directed by", "Running time", "Quote", "Press"]  # fmt: skip
LINE = st.one_of(
    st.builds(lambda k, sep, v: f"{k}{sep}{v}", st.sampled_from(LABELS),
              st.sampled_from([": ", " | ", " - ", ":\n", " "]), st.text(max_size=40)),
    st.text(max_size=60),
    st.sampled_from(["", "—", "“", "”", "* * *", "1h 42min", "(1999)", "\t", "\x00"]),
)  # fmt: skip


@settings(max_examples=EXAMPLES * 4, deadline=None)
@given(st.lists(LINE, max_size=30))
def test_label_shaped_pages_never_raise(lines: list[str]) -> None:
    # plain random text is covered by test_extract_pages; label-shaped lines reach deeper rules
    result = extract_page("\n".join(lines), "fuzz.txt")
    assert isinstance(result, ExtractResult)
    assert all(f.title.strip() for f in result.films)
    record("property", test="page extractor")


# --------------------------------------------------------------------------- schemathesis


def test_api_fuzz_against_its_openapi_description(app: Flask) -> None:
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app)
    operations = [cast(Any, result).ok() for result in schema.get_all_operations()]
    seen: dict[int, int] = {}
    for operation in operations:
        _fuzz(operation, seen)
    assert seen and not [s for s in seen if s >= 500], seen
    record("fuzz", operations=len(operations), examples=sum(seen.values()), statuses=seen)


def _fuzz(operation: Any, seen: dict[int, int]) -> None:
    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
    @given(operation.as_strategy())
    def check(case: Any) -> None:
        response = case.call()
        seen[response.status_code] = seen.get(response.status_code, 0) + 1
        assert response.status_code < 500, (case.path, case.query, response.text[:300])
        if response.status_code >= 400:
            assert set(response.json()["error"]) == {"status", "code", "message", "param"}

    check()
