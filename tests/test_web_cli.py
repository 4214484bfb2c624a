"""The ``cinedex`` command: search, quotes, serve (help and configuration only), watch."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from webapp.cli import corpus_fingerprint, main
from webapp.search import SearchService
from webapp.search.types import QuoteRequest, SearchRequest
from webapp.server import GunicornApp


def without_timing(data: dict) -> dict:
    return {k: v for k, v in data.items() if k != "took_ms"}


def as_json(value: object) -> object:
    return json.loads(json.dumps(value))


def test_search_json_is_the_api_result(runner: CliRunner, index_dir: Path) -> None:
    args = ["search", "", "--genre", "Drama", "--genre", "Comedy", "--sort", "year", "--json"]
    result = runner.invoke(main, [*args, "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    expected = SearchService(index_dir).search(
        SearchRequest(genre=("Drama", "Comedy"), sort="year")
    )
    assert without_timing(json.loads(result.output)) == without_timing(as_json(expected.to_json()))


def test_search_text(runner: CliRunner, index_dir: Path) -> None:
    result = runner.invoke(main, ["search", "lighthouse", "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:2] == [
        "1 result(s), page 1 of 1",
        "harbour-of-lights-1998: Harbour of Lights (1998), Marta Ibsen",
    ]


def test_quotes(runner: CliRunner, index_dir: Path) -> None:
    args = ["quotes", "tide", "--critic", "Ana Ruiz", "--index", str(index_dir)]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert (
        "“A salt harvester's long summer, filmed with the patience of the tide.” — "
        in result.output
    )
    json_result = runner.invoke(main, [*args, "--json"])
    expected = SearchService(index_dir).quotes(QuoteRequest(q="tide", critic=("Ana Ruiz",)))
    assert without_timing(json.loads(json_result.output)) == without_timing(
        as_json(expected.to_json())
    )


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["search", "x", "--page", "0"], 2, "'page' must be between 1 and 1000000"),
        (["search", "x", "--sort", "nope"], 2, "Invalid value for '--sort'"),
        (["search", "x", "--year", "1994", "--decade", "1990s"], 2, "give --year or --decade"),
        (["search", "x" * 1001], 2, "the limit is 1000"),
    ],
)
def test_user_errors(
    runner: CliRunner, index_dir: Path, args: list[str], code: int, message: str
) -> None:
    result = runner.invoke(main, [*args, "--index", str(index_dir)])
    assert result.exit_code == code
    assert message in result.output


def test_no_index(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["search", "x", "--index", str(tmp_path)])
    assert result.exit_code == 1
    assert "no index in" in result.output


@pytest.mark.parametrize(
    "command", ["serve", "search", "quotes", "index", "check", "extract", "stats"]
)
def test_every_command_has_help(runner: CliRunner, command: str) -> None:
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_serve_help_and_version(runner: CliRunner) -> None:
    help_text = runner.invoke(main, ["serve", "--help"]).output
    for option in ("--host", "--port", "--workers", "--corpus", "--index", "--watch"):
        assert option in help_text
    version = runner.invoke(main, ["--version"])
    assert version.exit_code == 0 and version.output.startswith("cinedex, version ")


def test_gunicorn_app_configuration(index_dir: Path) -> None:
    options = {"bind": "127.0.0.1:8123", "workers": 3, "accesslog": "-"}
    gunicorn_app = GunicornApp({"INDEX": str(index_dir), "SECRET_KEY": "k"}, options)
    assert (gunicorn_app.cfg.bind, gunicorn_app.cfg.workers) == (["127.0.0.1:8123"], 3)
    flask_app = gunicorn_app.load()
    assert flask_app.config["INDEX"] == str(index_dir)
    assert flask_app.test_client().get("/api/health").status_code == 200


def test_corpus_fingerprint_sees_changes(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("one")
    before = corpus_fingerprint([tmp_path])
    assert corpus_fingerprint([tmp_path]) == before
    (tmp_path / "a.md").write_text("two!")
    os.utime(tmp_path / "a.md", ns=(1, 1))
    assert corpus_fingerprint([tmp_path]) != before
    assert corpus_fingerprint([tmp_path / "missing"]) == frozenset()
