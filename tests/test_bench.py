"""The benchmark harness on the small sample corpus, so that it cannot rot unnoticed."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from bench import report
from bench.fts5 import match_expression
from bench.pages_anatomy import anatomy
from bench.pages_score import SCORER
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


def test_known_items_are_deterministic_and_of_every_kind() -> None:
    from bench.known_items import KINDS, Generator
    from tests.search_corpus import FILMS, UNDERSTANDING

    films = _payloads({**FILMS, **UNDERSTANDING})
    first = Generator(films, seed=3).all(4)
    assert first == Generator(list(reversed(films)), seed=3).all(4)
    kinds = {item.kind for item in first}
    assert {"exact title", "typo title", "punctuated title", "critic fragment"} <= kinds
    assert kinds <= set(KINDS)
    for item in first:
        assert item.query and (item.film or item.person)


def test_typo_is_one_edit() -> None:
    from rapidfuzz.distance import OSA

    from bench.known_items import typo

    rng = random.Random(5)
    for word in ["massage", "spielberg", "quantumania", "chaser"]:
        typed = typo(word, rng)
        assert OSA.distance(word, typed) == 1 and typed[0] == word[0]


def test_success_is_judged_on_the_right_hits() -> None:
    from bench.known_items import Item, succeeded

    film = {"id": "a", "directors": ["Jane Doe"], "cast": ["Al Roe"], "year": 1984, "synopsis": ""}
    other = {"id": "b", "directors": [], "cast": [], "year": 1999, "synopsis": ""}
    assert succeeded(Item("exact title", "x", film="a"), [other, film])
    assert not succeeded(Item("exact title", "x", film="c"), [other, film])
    assert succeeded(Item("person", "doe", person="Jane Doe", role="director"), [film])
    assert not succeeded(Item("person", "doe", person="Jane Doe", role="director"), [other, film])
    era = Item("person + era", "doe 80s", person="Jane Doe", role="director", era=1980)
    assert succeeded(era, [film])
    assert not succeeded(Item("x", "q", person="Jane Doe", role="director", era=1990), [film])
    assert succeeded(Item("critic fragment", "q", film="a", quote="t"), [("b", "u"), ("a", "t")])


def test_known_item_run_on_the_search_corpus(tmp_path: Path) -> None:
    from bench.known_run import BEGIN, END
    from bench.known_run import main as known_main
    from indexer.build import build
    from tests.search_corpus import FILMS, UNDERSTANDING, write_corpus

    corpus = write_corpus(tmp_path / "corpus", {**FILMS, **UNDERSTANDING})
    build([corpus], tmp_path / "index")
    out = tmp_path / "B.md"
    out.write_text("# Benchmarks\n\nkept\n")
    args = ["--index", str(tmp_path / "index"), "--per-kind", "3", "--write", str(out)]
    runs = known_main([*args, "--queries-file", str(tmp_path / "known.txt"), "--http"])
    assert set(runs) == {"cinedex", "cinedex over HTTP", "fts5"}
    assert runs["cinedex over HTTP"]["ok"] == runs["cinedex"]["ok"]
    assert runs["cinedex"]["ok"]["exact title"] == 3
    text = out.read_text()
    assert text.startswith("# Benchmarks\n\nkept\n") and BEGIN in text and END in text
    known_main([*args, "--queries-file", str(tmp_path / "known.txt"), "--only", "cinedex"])
    assert out.read_text().count(BEGIN) == 1  # replaced, not appended


def _payloads(films: dict[str, str]) -> list[dict]:
    """The films as the index stores them, read by the real extractor and merger."""
    import tempfile

    from indexer import corpus
    from indexer.merge import merge
    from indexer.records import film_to_json
    from tests.search_corpus import write_corpus

    with tempfile.TemporaryDirectory() as tmp:
        read = corpus.load_corpus([write_corpus(Path(tmp), films)])
        return [film_to_json(f) for f in merge(read.films, read.quotes).films]


def test_scale_study_on_the_search_corpus(tmp_path: Path) -> None:
    from bench.known_items import Generator, Item
    from bench.known_run import read_films
    from bench.scale import copy_rows
    from bench.scale import main as scale_main
    from indexer.build import build
    from tests.search_corpus import FILMS, UNDERSTANDING, write_corpus

    corpus = write_corpus(tmp_path / "corpus", {**FILMS, **UNDERSTANDING})
    build([corpus], tmp_path / "index")
    films = read_films(tmp_path / "index")
    items = Generator(films, seed=4).all(2)
    queries = tmp_path / "q.txt"
    queries.write_text("\n".join(i.line() for i in items) + "\n")
    assert [Item.parse(line) for line in queries.read_text().splitlines()] == items
    assert {r["title"] for r in copy_rows(films, 3)} == {f"{f['title']} (variant 3)" for f in films}
    args = ["--index", str(tmp_path / "index"), "--factors", "1", "2", "--queries", str(queries)]
    rows = scale_main([*args, "--corpus", str(corpus)])
    assert [r["factor"] for r in rows] == [1, 2]
    assert rows[1]["films"] == 2 * rows[0]["films"]
    assert rows[1]["size_mb"] > rows[0]["size_mb"] and all(r["build_s"] > 0 for r in rows)
    assert rows[0]["success"] >= 0.8


@pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/tools/score_pages.py")
def test_anatomy_tells_a_missing_value_from_a_wrong_one(tmp_path: Path) -> None:
    page = tmp_path / "201_site_film.txt"
    page.write_text(
        "Source: https://example.org/films/quiet-harbour\n\nQuiet Harbour\n"
        "Director: Jane Moreau\nCountry: France\nYear: 2001\n\n"
        + "A fisherman's daughter comes home to the harbour town after ten years away. "
        * 3,
        encoding="utf-8",
    )
    labels = {
        page.name: {
            "title": "Quiet Harbour",
            "directors": ["Someone Else"],
            "countries_en": ["France"],
            "runtime_min": 95,
            "runtime_all": [95],
        }
    }
    out = anatomy(labels, tmp_path)
    assert out["title"] == [1, 0, 0]
    assert out["countries"] == [1, 0, 0]
    assert out["directors"] == [0, 0, 1]  # a director, the wrong one
    assert out["runtime"] == [0, 1, 0]  # the page states none
    assert out["cast"] == [0, 0, 0]  # not labelled: not scored


LABEL_KEYS = {
    "title",
    "year",
    "directors",
    "countries_en",
    "genres_en",
    "cast",
    "runtime_min",
    "synopsis_start",
    "quotes",
}


@pytest.mark.parametrize(
    "folder",
    sorted(p for p in (Path(__file__).parents[1] / "bench" / "pages").iterdir() if p.is_dir()),
    ids=lambda p: p.name,
)
def test_kept_page_sets_are_labelled_pages(folder: Path) -> None:
    """Every kept page is a labelled ``Source:`` page, every label names a kept page."""
    import json

    labels = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    pages = {p.name for p in folder.glob("*.txt")}
    assert pages and set(labels) == pages
    hosts = set()
    for name, label in labels.items():
        first = (folder / name).read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("Source: http"), name
        hosts.add(first.split("/")[2])
        assert set(label) >= LABEL_KEYS, name
        assert all({"text_start", "critic", "outlet"} <= set(q) for q in label["quotes"]), name
    assert len(hosts) == len(pages)  # one page per site


def test_kept_page_sets_share_no_site() -> None:
    """No site gives pages to two kept sets: each set stays unseen by rules written on another."""
    from urllib.parse import urlparse

    seen: dict[str, str] = {}
    for folder in sorted(
        p for p in (Path(__file__).parents[1] / "bench" / "pages").iterdir() if p.is_dir()
    ):
        for page in sorted(folder.glob("*.txt")):
            address = page.read_text(encoding="utf-8").splitlines()[0].removeprefix("Source: ")
            host = (urlparse(address).hostname or "").removeprefix("www.").rstrip(".")
            assert seen.setdefault(host, folder.name) == folder.name, (host, page.name)


@pytest.mark.skipif(not SCORER.exists(), reason="needs ../shared/tools/score_pages.py")
def test_pages_languages_tallies_fields_by_the_pages_language(tmp_path: Path) -> None:
    from bench.pages_languages import by_language, misses, table
    from bench.ranking import LabelledSet

    english = tmp_path / "201_site_harbour.txt"
    english.write_text(
        "Source: https://example.org/films/quiet-harbour\n\nQuiet Harbour\n"
        "Director: Jane Moreau\nYear: 2001\n\n"
        + "A fisherman's daughter comes home to the harbour town after ten years away, "
        "and her father does not know her at first. " * 3,
        encoding="utf-8",
    )
    french = tmp_path / "202_site_phare.txt"
    french.write_text(
        "Source: https://example.fr/films/le-phare\n\nLe Phare\n"
        "Réalisation : Paul Girard\nAnnée : 1998\n\n"
        + "Une jeune femme revient dans la ville de son enfance après dix ans d'absence, "
        "et son père ne la reconnaît pas tout de suite. " * 3,
        encoding="utf-8",
    )
    labels = {
        english.name: {"title": "Quiet Harbour", "year": 2001, "directors": ["Someone Else"]},
        french.name: {"title": "Le Phare", "year": 1998},
    }
    (tmp_path / "expected.json").write_text(json.dumps(labels), encoding="utf-8")
    found = by_language([LabelledSet(tmp_path, tmp_path / "expected.json", "all")])
    assert found["en"] == {"title": [1, 1], "year": [1, 1], "directors": [0, 1]}
    assert found["fr"] == {"title": [1, 1], "year": [1, 1]}
    assert misses(found["en"]) == 1 and misses(found["fr"]) == 0
    rows = table(found)
    assert rows[2].startswith("| en | 2/3 | 1/1 | 1/1 | 0/1 |")  # most misses first
    assert rows[3].startswith("| fr | 2/2 |")
