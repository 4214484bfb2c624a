"""The facet registry is the one list of facets: schema, service, API, OpenAPI and CLI agree."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer import facets, schema
from indexer.build import build
from tests.search_corpus import FILMS, UNDERSTANDING, write_corpus
from webapp import openapi
from webapp.cli import main
from webapp.search import SearchService
from webapp.search.filters import FACET_FIELDS
from webapp.search.state import KEYWORD_FACETS
from webapp.search.types import FILM_FACET_NAMES, QUOTE_FACET_NAMES, QuoteRequest, SearchRequest


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("facets")
    build([write_corpus(root / "corpus", {**FILMS, **UNDERSTANDING})], root / "index")
    return root / "index"


def test_every_layer_reads_the_registry() -> None:
    assert tuple(f.name for f in facets.of_kind(facets.FILM)) == FILM_FACET_NAMES
    assert tuple(f.name for f in facets.of_kind(facets.QUOTE)) == QUOTE_FACET_NAMES
    assert set(schema.FILM_FACETS) | set(schema.QUOTE_FACETS) == {f.field for f in facets.FACETS}
    assert {f.name: f.field for f in facets.FACETS} == FACET_FIELDS
    assert set(KEYWORD_FACETS) == {f.field for f in facets.FACETS if not f.range}
    names = {p["name"] for p in openapi.paths()["/api/search"]["get"]["parameters"]}
    assert set(FILM_FACET_NAMES) | {"year_from", "year_to"} <= names
    schema_fields = set(schema.make_schema().names())
    assert {f.field for f in facets.FACETS} <= schema_fields


@pytest.mark.parametrize("command", ["search", "quotes"])
def test_cli_options_come_from_the_registry(command: str) -> None:
    shown = CliRunner().invoke(main, [command, "--help"]).output
    kind = facets.FILM if command == "search" else facets.QUOTE
    for facet in facets.of_kind(kind):
        assert f"--{facet.name} " in shown


def test_facets_of_a_search_follow_the_registry(index: Path) -> None:
    service = SearchService(index)
    films = service.search(SearchRequest())
    assert [f.name for f in films.facets] == list(FILM_FACET_NAMES)
    quotes = service.quotes(QuoteRequest())
    assert [f.name for f in quotes.facets] == list(QUOTE_FACET_NAMES)
    years = next(f for f in films.facets if f.name == "year")
    assert [v.value for v in years.values] == sorted(v.value for v in years.values)


def test_cli_search_says_what_it_understood_and_takes_a_year_range(index: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(main, ["search", "spielberg 1980s", "--index", str(index)]).output
    assert "understood: Films directed by Steven Spielberg in the 1980s" in out
    assert "E.T. the Extra-Terrestrial" in out
    ranged = runner.invoke(
        main, ["search", "", "--year-from", "1975", "--year-to", "1976", "--index", str(index)]
    ).output
    assert "Jaws" in ranged and "Taxi Driver" in ranged and "Psycho" not in ranged
    literal = runner.invoke(
        main, ["search", "movies with tom hanks", "--literal", "--index", str(index)]
    ).output
    assert "understood" not in literal
