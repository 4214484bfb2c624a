"""Server-built URLs: facet toggles, chips, pages and sorts."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest

from webapp import urls
from webapp.search.types import Facet, FacetValue


def pairs_of(url: str) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(url).query)


@pytest.mark.parametrize(
    ("pairs", "name", "value", "expected"),
    [
        ([("q", "dust")], "genre", "Drama", [("q", "dust"), ("genre", "Drama")]),
        ([("q", "dust"), ("genre", "Drama")], "genre", "Drama", [("q", "dust")]),
        ([("genre", "Drama"), ("genre", "Comedy")], "genre", "Comedy", [("genre", "Drama")]),
        ([("q", "x"), ("page", "4")], "country", "France", [("q", "x"), ("country", "France")]),
    ],
)
def test_toggled(pairs: urls.Pairs, name: str, value: str, expected: urls.Pairs) -> None:
    assert urls.toggled(pairs, name, value) == expected


def test_state_keeps_known_non_empty_parameters_in_order() -> None:
    items = [("genre", "B"), ("q", ""), ("evil", "1"), ("q", "x"), ("genre", "A")]
    assert urls.state(items) == [("genre", "B"), ("q", "x"), ("genre", "A")]


def test_replaced_keeps_position() -> None:
    pairs = [("q", "a"), ("sort", "year"), ("genre", "X")]
    assert urls.replaced(pairs, "sort", "title") == [("q", "a"), ("sort", "title"), ("genre", "X")]
    assert urls.replaced(pairs, "sort", None) == [("q", "a"), ("genre", "X")]
    assert urls.replaced(pairs, "page", "2") == [*pairs, ("page", "2")]


def test_facets_shape() -> None:
    facet = Facet(
        "genre", (FacetValue("Drama", 4, True), FacetValue("Sci & Fi", 1)), truncated=True
    )
    pairs = [("q", "a b"), ("genre", "Drama"), ("page", "2")]
    assert urls.facets("/", pairs, [facet]) == [
        {
            "name": "genre",
            "values": [
                {"value": "Drama", "count": 4, "selected": True, "toggle_url": "/?q=a+b"},
                {
                    "value": "Sci & Fi",
                    "count": 1,
                    "selected": False,
                    "toggle_url": "/?q=a+b&genre=Drama&genre=Sci+%26+Fi",
                },
            ],
            "truncated": True,
        }
    ]


def test_chips_remove_their_own_value_only() -> None:
    pairs = [("q", "x"), ("genre", "A"), ("genre", "B"), ("year", "1994")]
    chips = urls.chips("/", pairs, {"genre": ("A", "B"), "year": ("1994",)})
    assert [(c["name"], c["value"], pairs_of(c["remove_url"])) for c in chips] == [
        ("genre", "A", [("q", "x"), ("genre", "B"), ("year", "1994")]),
        ("genre", "B", [("q", "x"), ("genre", "A"), ("year", "1994")]),
        ("year", "1994", [("q", "x"), ("genre", "A"), ("genre", "B")]),
    ]


def test_page_links() -> None:
    links = urls.page_links("/", [("q", "x"), ("page", "3")], 3, 7)
    assert links == {
        "page": 3,
        "pages": 7,
        "first": "/?q=x",
        "prev": "/?q=x&page=2",
        "next": "/?q=x&page=4",
        "last": "/?q=x&page=7",
        "numbers": [
            {"number": n, "url": "/?q=x" if n == 1 else f"/?q=x&page={n}", "current": n == 3}
            for n in range(1, 6)
        ],
    }


def test_first_and_only_page_has_no_neighbours() -> None:
    links = urls.page_links("/quotes", [], 1, 1)
    assert (links["first"], links["prev"], links["next"], links["last"]) == (None,) * 4


def test_sort_links_reset_the_page() -> None:
    links = urls.sort_links(
        "/", [("q", "x"), ("page", "2"), ("sort", "year")], "year", ("relevance", "year")
    )
    assert links == [
        {"sort": "relevance", "url": "/?q=x", "current": False},
        {"sort": "year", "url": "/?q=x&sort=year", "current": True},
    ]


def test_hidden_carries_what_the_checkboxes_do_not() -> None:
    pairs = [("q", "x"), ("page", "2"), ("genre", "A"), ("genre", "Z")]
    assert urls.hidden(pairs, [("genre", "A"), ("genre", "B")]) == [("q", "x"), ("genre", "Z")]


def test_suggestion_url() -> None:
    assert urls.suggestion_url("/", [("q", "dsut"), ("page", "2"), ("genre", "A")], "dust") == (
        "/?q=dust&genre=A"
    )


@pytest.mark.parametrize(
    "pairs",
    [
        [],
        [("q", "dust")],
        [("q", "a&b=c"), ("page", "3"), ("genre", "Drama"), ("genre", "Film-Noir")],
        [("genre", "Drama"), ("q", "été"), ("country", "Côte d’Ivoire"), ("page", "2")],
    ],
)
def test_facet_toggles_are_the_toggled_urls(pairs: list[tuple[str, str]]) -> None:
    values = ("Drama", "Film-Noir", "Sci-Fi & Fantasy", "Côte d’Ivoire", "a b")
    found = [
        Facet(name, tuple(FacetValue(v, 1, (name, v) in pairs) for v in values))
        for name in ("genre", "country")
    ]
    shown = urls.facets("/api/search", pairs, found)
    got = [(f["name"], v["value"], v["toggle_url"]) for f in shown for v in f["values"]]
    assert got == [
        (f.name, v.value, urls.url("/api/search", urls.toggled(pairs, f.name, v.value)))
        for f in found
        for v in f.values
    ]
