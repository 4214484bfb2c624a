"""The benchmark harness on the small sample corpus, so that it cannot rot unnoticed."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bench import report
from bench.fts5 import match_expression
from bench.querylog import QueryLog, make_query_log, quote_fragments, title_candidates, words
from bench.run import main


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Wizard of Oz", ["the", "wizard", "of", "oz"]),
        ("Singin' in the Rain", ["singin", "in", "the", "rain"]),
        ("L'Auberge espagnole 2", ["l'auberge", "espagnole"]),
        ("Amélie", ["amélie"]),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    assert words(text) == expected


def test_title_candidates_skip_stop_words_and_short_words() -> None:
    singles, pairs = title_candidates(["The Wizard of Oz", "Return to Dust", "Chicken Run"])
    assert (singles, pairs) == (
        ["wizard", "return", "dust", "chicken", "run"],
        ["chicken run"],
    )


def test_query_log_is_deterministic_and_round_trips(tmp_path: Path) -> None:
    titles = [f"Film Number {w} Story" for w in ("alpha", "beta", "gamma", "delta", "omega")]
    quotes = ["a very long quote with many words in it indeed"] * 3
    made = make_query_log(titles, quotes, films=6)
    assert made == make_query_log(list(reversed(titles)), quotes, films=6)
    assert len(made.films) == 6 and len(set(made.films)) == 6
    assert sum(" " in q for q in made.films) == 3
    made.save(tmp_path / "q.txt", "note")
    assert QueryLog.load(tmp_path / "q.txt") == made


def test_quote_fragments_are_three_words_of_a_quote() -> None:
    text = "one two three four five six seven"
    fragments = quote_fragments([text, "too short"], 3, random.Random(1))
    assert fragments and all(f in text and len(f.split()) == 3 for f in fragments)


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("wizard oz", '"wizard" "oz"'),
        ('say "hi" OR', '"say" """hi""" "OR"'),
        ("", ""),
    ],
)
def test_fts5_match_expression_has_no_query_syntax(q: str, expected: str) -> None:
    assert match_expression(q) == expected


def test_write_keeps_the_hand_written_notes(tmp_path: Path) -> None:
    path = tmp_path / "B.md"
    report.write(path, "# first\n\n")
    assert path.read_text() == "# first\n\n" + report.MARKER + report.DEFAULT_NOTES
    path.write_text(path.read_text().replace("(to be written)", "mine"))
    report.write(path, "# second\n\n")
    assert (
        path.read_text()
        == "# second\n\n"
        + report.MARKER
        + "\n## How to read this / what the profile showed\n\nmine\n"
    )


def test_quick_run_measures_every_engine(tmp_path: Path) -> None:
    out = tmp_path / "BENCHMARKS.md"
    queries = tmp_path / "queries.txt"
    results = main(
        ["--quick", "--queries", "8", "--write", str(out), "--queries-file", str(queries)]
    )
    assert set(results.passes) == {"cinedex", "fts5", "whoosh"}
    full = {engine: results.passes[engine]["full"] for engine in results.passes}
    assert all(len(p.ms) == 8 for p in full.values())
    # the three engines index the same films: every query finds something in each of them
    assert all(p.hits >= 8 for p in full.values())
    # a searcher per request does the same work as the kept searcher
    per_request = results.passes["whoosh"]["per_request"]
    assert (len(per_request.ms), per_request.hits) == (8, full["whoosh"].hits)
    assert results.incremental["visible_s"] > 0
    assert results.memory is not None and results.memory.peak_mb > 10
    text = out.read_text()
    assert text.index("## Targets") < text.index(report.MARKER)
    assert len(QueryLog.load(queries).films) == 8
