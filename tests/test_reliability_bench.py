"""The full-scale reliability harness (``bench/fullscale.py`` and its parts): the report merge,
the worst queries, and (slow) a short attack run, auth run and query-log flood against a real
server on the small corpus."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from e2e_support import build_index, write_corpus

from bench.attack import attack_run, long_synopsis_film, worst_queries
from bench.authcheck import auth_run
from bench.fullscale import TITLES, TOKEN, merge_sections, render_sections, serving
from bench.load import load_data
from bench.querylog_scale import querylog_run


def test_merge_replaces_named_sections_and_keeps_the_others() -> None:
    old = "# Report\n\nintro\n\n## Load\n\nold load\n\n## Attack run\n\nold attack\n"
    new = merge_sections(old, {"Attack run": ["new attack"], "Auth": ["new auth"]}, "note")
    assert new == (
        "# Report\n\nintro\n\n## Load\n\nold load\n\n## Attack run\n\nnote\n\nnew attack\n"
        "\n## Auth\n\nnote\n\nnew auth\n"
    )


def test_worst_queries_are_the_issue_s_shapes() -> None:
    queries = worst_queries(random.Random(1))
    assert queries["phrase_flood"].count(" OR ") == 9 and queries["phrase_flood"].count('"') == 20
    assert queries["prefix_flood"].count("*") == 30
    assert len(queries["misspelt"].split()) == 100
    assert {len(w) for w in queries["misspelt"].split()} == {9}


@pytest.mark.slow
def test_short_attack_auth_and_querylog_runs(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    long_synopsis_film(corpus / "hostile", 20_000)
    build_index(corpus, tmp_path / "index")
    data = json.loads(load_data(tmp_path / "index", tmp_path / "load.json").read_text())
    with serving(tmp_path / "index", corpus, tmp_path / "server.log", 2) as (base, port):
        attack = attack_run(base, port, data, 6, 1.0)
        auth = auth_run(base, TOKEN)
    assert attack["visitors"]["requests"] > 50
    assert set(attack["visitors"]["statuses"]) == {"200"}
    assert attack["slow_clients"]["connections"] >= 4
    assert auth["offline"] == {"cookie_verifies_with_token_derived_key": False}
    assert auth["online"]["statuses"].get(429, 0) > 900
    assert auth["revocation"] == {"logged_in": 200, "replayed_after_logout": 403}
    flood = querylog_run(tmp_path / "index", tmp_path, 4000)
    assert len(flood["admin_page_ms"]) == 5 and len(flood["bytes_by_queries"]) == 4
    result = {"workers": 2, "kills": {"error": "not run here"}, "attack": attack, "auth": auth}
    sections = render_sections(result | {"attack_no_highlight": attack, "querylog": flood})
    assert f"{attack['visitors']['requests']} requests" in "\n".join(sections[TITLES[1]])
    assert "replayed after it: **403**" in "\n".join(sections[TITLES[2]])
    assert "4,000 unique queries" in "\n".join(sections[TITLES[3]])


def test_a_failed_part_is_reported_not_invented() -> None:
    failed = {"error": "RuntimeError: server did not start"}
    sections = render_sections({"workers": 2, "kills": failed, "querylog": failed} | failed)
    assert set(sections) == set(TITLES)
    for lines in sections.values():
        assert lines == ["Not measured: the run failed (RuntimeError: server did not start).", ""]
