"""The indexer's commands through click's CliRunner: extract, check, index, stats."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.search_corpus import FILMS, write_corpus
from webapp.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "pages"


def test_extract_merges_the_seed_pages_into_one_film() -> None:
    seeds = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    result = CliRunner().invoke(main, ["extract", *seeds, "--json"])
    assert result.exit_code == 0, result.output
    films = json.loads(result.stdout)
    assert [(f["title"], f["original_title"], f["year"]) for f in films] == [
        ("Return to Dust", "Yin Ru Chen Yan", 2022)
    ]
    wanted = {"title", "original_title", "alt_titles", "year", "directors", "writers", "cast"}
    wanted |= {"countries", "genres", "runtime_minutes", "languages", "synopsis", "quotes"}
    assert wanted | {"awards", "credits", "sources"} <= set(films[0])
    plain = CliRunner().invoke(main, ["extract", *seeds])
    assert plain.stdout.startswith("return-to-dust-2022: Return to Dust (2022), Li Ruijun")


def test_extract_of_a_missing_file_is_a_clear_error() -> None:
    result = CliRunner().invoke(main, ["extract", "no/such/file.txt"])
    assert result.exit_code == 1
    assert "no such file or folder: no/such/file.txt" in result.output


#: runs ``cinedex ARGS...`` in a fresh interpreter, then prints the top-level packages imported
_IMPORTED = """
import json, sys
from click.testing import CliRunner
from webapp.cli import main
result = CliRunner().invoke(main, sys.argv[1:])
assert result.exit_code == 0, result.output
print(json.dumps(sorted({name.partition(".")[0] for name in sys.modules})))
"""
#: the web app, the server and the search index: no business of the page reader
SERVING = {"flask", "werkzeug", "jinja2", "gunicorn", "whoosh", "nltk"}


@pytest.mark.parametrize(
    ("args", "unwanted"),
    [
        (["extract", str(SEEDS / "000_704fc48faa7c6cc1.txt"), "--json"], SERVING),
        (["--help"], {*SERVING, "numpy", "langdetect", "ftfy"}),
    ],
    ids=["extract", "help"],
)
def test_a_command_imports_only_what_it_needs(args: list[str], unwanted: set[str]) -> None:
    # each page is read by its own `cinedex extract`: start-up time is paid once a page
    done = subprocess.run(
        [sys.executable, "-c", _IMPORTED, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    imported = unwanted.intersection(json.loads(done.stdout))
    assert not imported, f"cinedex {args[0]} imported {sorted(imported)}"


def test_check_reports_every_problem_and_fails_only_on_unreadable_files(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    ok = CliRunner().invoke(main, ["check", "--corpus", str(corpus), "--json"])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout)["films"] == len(FILMS)
    (corpus / "films" / "broken.md").write_text("---\ntitle: [unclosed\n---\n", "utf-8")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    bad = CliRunner().invoke(main, ["check", "--corpus", str(corpus)])
    assert bad.exit_code == 1
    assert "films/broken.md: markdown, 0 film(s)" in bad.output
    assert "binary.txt" in bad.output and "2 file(s) could not be read" in bad.output


def test_index_then_stats(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    index = tmp_path / "index"
    args = ["index", "--corpus", str(corpus), "--index", str(index), "--json"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)["films_added"] == len(FILMS)
    again = CliRunner().invoke(main, args[:-1])
    assert "incremental build" in again.stdout and f"{len(FILMS)} unchanged" in again.stdout
    stats = CliRunner().invoke(main, ["stats", "--index", str(index), "--json"])
    assert json.loads(stats.stdout)["films"] == len(FILMS)
    empty = CliRunner().invoke(main, ["stats", "--index", str(tmp_path / "none")])
    assert empty.exit_code == 1 and "run `cinedex index` first" in empty.output


def test_index_failure_is_recorded_in_the_status_file(tmp_path: Path) -> None:
    status = tmp_path / "status.json"
    result = CliRunner().invoke(
        main,
        [
            "index",
            "--corpus",
            str(tmp_path / "missing"),
            "--index",
            str(tmp_path / "ix"),
            "--status-file",
            str(status),
        ],
    )
    assert result.exit_code == 1
    data = json.loads(status.read_text("utf-8"))
    assert (data["state"], data["error"]) == (
        "failed",
        f"no such file or folder: {tmp_path / 'missing'}",
    )
