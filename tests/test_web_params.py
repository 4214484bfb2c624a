"""Request arguments -> SearchRequest/QuoteRequest, and every way they can be refused."""

from __future__ import annotations

import pytest

from webapp.params import (
    MAX_FACET_VALUES,
    BadParameter,
    ListArgs,
    check_encoding,
    clean_text,
    quote_request,
    search_request,
    suggest_args,
)
from webapp.search.types import MAX_PER_PAGE, MAX_QUERY_CHARS, QuoteRequest, SearchRequest


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ({}, SearchRequest()),
        ({"q": ["  dust  "]}, SearchRequest(q="dust")),
        ({"q": ["a\x00b\x07c\td"]}, SearchRequest(q="a b c d")),
        ({"q": ['"exact  phrase"']}, SearchRequest(q='"exact phrase"')),
        ({"genre": ["Drama", "Comedy", "Drama", " "]}, SearchRequest(genre=("Drama", "Comedy"))),
        ({"decade": ["1990s"], "year": ["1994"]}, SearchRequest(year=("1994",), decade=("1990s",))),
        ({"director": ["No Such Person"]}, SearchRequest(director=("No Such Person",))),
        (
            {"sort": ["-year"], "page": ["3"], "per_page": ["5"]},
            SearchRequest(sort="-year", page=3, per_page=5),
        ),
        ({"page": [""], "sort": [""]}, SearchRequest()),
        ({"page": [" 2 "]}, SearchRequest(page=2)),
        ({"per_page": [str(MAX_PER_PAGE)]}, SearchRequest(per_page=MAX_PER_PAGE)),
        ({"page": ["1000000"]}, SearchRequest(page=1_000_000)),
        ({"unknown": ["x"], "outlet": ["ignored for films"]}, SearchRequest()),
    ],
)
def test_search_request(args: dict[str, list[str]], expected: SearchRequest) -> None:
    assert search_request(ListArgs(args)) == expected


def test_quote_request() -> None:
    args = {"q": ['"the tide"'], "critic": ["Ana Ruiz"], "outlet": ["A", "B"], "genre": ["x"]}
    expected = QuoteRequest(q='"the tide"', critic=("Ana Ruiz",), outlet=("A", "B"))
    assert quote_request(ListArgs(args)) == expected


LONG = "x" * (MAX_QUERY_CHARS + 1)


@pytest.mark.parametrize(
    ("args", "status", "code", "param"),
    [
        ({"q": [LONG]}, 413, "query_too_long", "q"),
        ({"genre": [LONG]}, 413, "query_too_long", "genre"),
        ({"page": ["0"]}, 400, "bad_parameter", "page"),
        ({"page": ["-1"]}, 400, "bad_parameter", "page"),
        ({"page": ["1000001"]}, 400, "bad_parameter", "page"),
        ({"page": ["two"]}, 400, "bad_parameter", "page"),
        ({"page": ["1.5"]}, 400, "bad_parameter", "page"),
        ({"page": ["9" * 5000]}, 413, "query_too_long", "page"),
        ({"per_page": ["0"]}, 400, "bad_parameter", "per_page"),
        ({"per_page": [str(MAX_PER_PAGE + 1)]}, 400, "bad_parameter", "per_page"),
        ({"sort": ["popularity"]}, 400, "bad_parameter", "sort"),
        ({"q": ["a", "b"]}, 400, "repeated_parameter", "q"),
        ({"page": ["1", "2"]}, 400, "repeated_parameter", "page"),
        ({"sort": ["year", "year"]}, 400, "repeated_parameter", "sort"),
        ({"genre": [str(i) for i in range(MAX_FACET_VALUES + 1)]}, 400, "bad_parameter", "genre"),
    ],
)
def test_bad_parameters(args: dict[str, list[str]], status: int, code: str, param: str) -> None:
    with pytest.raises(BadParameter) as caught:
        search_request(ListArgs(args))
    assert (caught.value.status, caught.value.code, caught.value.param) == (status, code, param)


@pytest.mark.parametrize(
    ("raw", "ok"),
    [
        (b"q=caf%C3%A9", True),
        (b"q=%E9%9A%90%E5%85%A5", True),
        (b"q=a+b&genre=Science+Fiction", True),
        (b"q=%ff", False),
        (b"q=%C3", False),
        (b"genre=%ED%A0%80", False),  # a UTF-16 surrogate is not UTF-8
    ],
)
def test_check_encoding(raw: bytes, ok: bool) -> None:
    if ok:
        check_encoding(raw)
    else:
        with pytest.raises(BadParameter) as caught:
            check_encoding(raw)
        assert (caught.value.status, caught.value.code) == (400, "bad_encoding")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("\x00", ""),
        (" a \n b ", "a b"),
        ("é\u200bx", "é\u200bx"),
        ("a\x85b\x9fc", "a b c"),
    ],
)
def test_clean_text(text: str, expected: str) -> None:
    assert clean_text(text) == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [({}, ("", 8)), ({"q": [" ret "], "limit": ["3"]}, ("ret", 3))],
)
def test_suggest_args(args: dict[str, list[str]], expected: tuple[str, int]) -> None:
    assert suggest_args(ListArgs(args)) == expected


def test_suggest_limit_is_bounded() -> None:
    with pytest.raises(BadParameter):
        suggest_args(ListArgs({"limit": ["21"]}))


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ({"year_from": ["1980"], "year_to": ["1989"]}, SearchRequest(year_from=1980, year_to=1989)),
        ({"year_from": ["1990"]}, SearchRequest(year_from=1990)),
        ({"year_from": [" "], "year_to": [""]}, SearchRequest()),
        ({"year_from": ["1999"], "year_to": ["1990"]}, SearchRequest(year_from=1990, year_to=1999)),
        ({"literal": ["1"]}, SearchRequest(literal=True)),
        ({"literal": ["0"]}, SearchRequest()),
    ],
)
def test_year_range_and_literal(args: dict[str, list[str]], expected: SearchRequest) -> None:
    assert search_request(ListArgs(args)) == expected


@pytest.mark.parametrize(
    "args",
    [
        {"year_from": ["nineteen"]},
        {"year_to": ["99999"]},
        {"year_from": ["1990", "1991"]},
        {"literal": ["maybe"]},
    ],
)
def test_bad_year_range_or_literal_is_400(args: dict[str, list[str]]) -> None:
    with pytest.raises(BadParameter) as raised:
        search_request(ListArgs(args))
    assert raised.value.status == 400
