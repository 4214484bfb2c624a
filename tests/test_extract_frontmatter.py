"""Tests for indexer.extract.frontmatter: editor-written films in Markdown."""

from __future__ import annotations

import pytest

from indexer.extract.frontmatter import extract_markdown, plain_text
from indexer.records import ROLES, Film, Problem, Quote

FULL = """---
title: Return to Dust
original_title: 隐入尘烟
alt_titles: [Yin ru chen yan]
year: 2022
director: Li Ruijun
writers: [Li Ruijun]
cast: [Wu Renlin, Hai Qing]
credits:
  cinematography: [Wang Weihua]
  Composer: Peyman Yazdanian
companies: [Beijing Jiaying Films]
countries: [China]
genres: [Drama, Romance]
runtime: 2h 13m
languages: [Mandarin]
awards: [Golden Bear nominee]
text_language: en
quotes:
  - text: A quiet, patient film.
    critic: Ann Lee
    outlet: Example Review
    date: 2022-07-10
    verdict: Fresh
  - Plain string quote.
---
# Synopsis

Two **outcasts** marry in rural [Gansu](https://example.org).

They build a house.
"""

FULL_FILM = Film(
    title="Return to Dust",
    original_title="隐入尘烟",
    alt_titles=("Yin ru chen yan",),
    year=2022,
    directors=("Li Ruijun",),
    writers=("Li Ruijun",),
    cast=("Wu Renlin", "Hai Qing"),
    credits=(("cinematography", ("Wang Weihua",)), ("music", ("Peyman Yazdanian",))),
    companies=("Beijing Jiaying Films",),
    countries=("China",),
    countries_as_written=("China",),
    genres=("Drama", "Romance"),
    runtime_minutes=133,
    runtimes=(133,),
    languages=("Mandarin",),
    synopsis="Synopsis\n\nTwo outcasts marry in rural Gansu.\n\nThey build a house.",
    quotes=(
        Quote(
            "A quiet, patient film.",
            critic="Ann Lee",
            outlet="Example Review",
            date="2022-07-10",
            verdict="fresh",
            source="f.md",
        ),
        Quote("Plain string quote.", source="f.md"),
    ),
    awards=("Golden Bear nominee",),
    text_language="en",
    sources=("f.md",),
)


def test_full_example() -> None:
    result = extract_markdown(FULL, "f.md")
    assert result.films == [FULL_FILM]
    assert result.problems == []


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        (
            "---\ntitle: M\nyear: '1931'\nruntime: 117\n---\n",
            {"year": 1931, "runtime_minutes": 117},
        ),
        ("---\ntitle: M\nrelease: x\n---\n", {"year": None}),
        ("---\r\ntitle: M\r\ndirector: Fritz Lang\r\n---\r\nBody\r\n", {"synopsis": "Body"}),
        ("\ufeff---\ntitle: M\n---\nA *child* killer.", {"synopsis": "A child killer."}),
        (
            "---\ntitle: M\ndirectors: Fritz Lang and Thea von Harbou\n---\n",
            {"directors": ("Fritz Lang", "Thea von Harbou")},
        ),
        ("---\ntitle: M\ncountry: Deutschland\n---\n", {"countries": ("Germany",)}),
        ("---\ntitle: M\ngenre: Krimi, Thriller\n---\n", {"genres": ("Crime", "Thriller")}),
        ("---\ntitle: 1917\nyear: 2019\n---\n", {"title": "1917"}),
        ("---\ntitle: M\n...\nbody", {"synopsis": "body"}),
    ],
    ids=[
        "year-string",
        "no-year",
        "crlf",
        "bom-emphasis",
        "names-string",
        "country",
        "genres",
        "numeric-title",
        "dots-end",
    ],
)
def test_fields(text: str, fields: dict[str, object]) -> None:
    result = extract_markdown(text, "f.md")
    assert len(result.films) == 1
    film = result.films[0]
    assert {name: getattr(film, name) for name in fields} == fields


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        (
            "No front matter here.",
            [
                Problem(
                    "f.md",
                    "no front matter: a film file starts with a '---' line, then 'title: ...'",
                    "error",
                )
            ],
        ),
        (
            "---\ntitle: M\n",
            [Problem("f.md", "the front matter has no closing '---' line", "error")],
        ),
        (
            "---\ntitle: M\ncast: [a, b\nyear: 1931\n---\n",
            [
                Problem(
                    "f.md",
                    "invalid YAML in the front matter at line 4: expected ',' or ']', but got ':'",
                    "error",
                )
            ],
        ),
        (
            "---\n- title\n- M\n---\n",
            [
                Problem(
                    "f.md",
                    "the front matter must be a mapping of 'key: value' lines, not a list",
                    "error",
                )
            ],
        ),
        (
            "---\n---\nBody",
            [
                Problem(
                    "f.md",
                    "the front matter must be a mapping of 'key: value' lines, not empty",
                    "error",
                )
            ],
        ),
        (
            "---\nyear: 1931\n---\n",
            [Problem("f.md", "the front matter has no 'title:'", "error")],
        ),
    ],
    ids=["no-front-matter", "unclosed", "bad-yaml", "list", "empty", "no-title"],
)
def test_errors(text: str, problems: list[Problem]) -> None:
    result = extract_markdown(text, "f.md")
    assert (result.films, result.problems) == ([], problems)


@pytest.mark.parametrize(
    ("front", "messages"),
    [
        ("rating: PG", ["unknown key 'rating' ignored"]),
        ("runtime: long", ["runtime 'long' not understood (write 95 or '1h 35m')"]),
        ("year: soon", ["year 'soon' not understood"]),
        ("credits: [a]", ["'credits:' must be a mapping of role: [names]; ignored"]),
        (
            "credits: {catering: [Bob]}",
            ["unknown credit role 'catering' ignored (known: " + ", ".join(ROLES) + ")"],
        ),
        ("quotes: great", ["'quotes:' must be a list; ignored"]),
        ("quotes: [{critic: A}]", ["quote 1 has no text; ignored"]),
    ],
    ids=[
        "unknown-key",
        "runtime",
        "year",
        "credits-list",
        "role",
        "quotes-string",
        "quote-no-text",
    ],
)
def test_warnings_keep_the_film(front: str, messages: list[str]) -> None:
    result = extract_markdown(f"---\ntitle: M\n{front}\n---\n", "f.md")
    assert [f.title for f in result.films] == ["M"]
    assert result.problems == [Problem("f.md", m) for m in messages]


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("## Plot\n\nA __bold__ and *soft* [link](http://x).", "Plot\n\nA bold and soft link."),
        ("Line one\nline two\n\n\n\nNext", "Line one line two\n\nNext"),
        ("", ""),
    ],
)
def test_plain_text(markdown: str, text: str) -> None:
    assert plain_text(markdown) == text
