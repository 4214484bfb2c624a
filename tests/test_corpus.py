"""Tests for indexer.corpus: discovery, decoding, malformed files, whole corpora."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import time
from pathlib import Path

import pytest

from indexer import corpus
from indexer.corpus import load_corpus, read_document
from indexer.records import Problem

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"

FILM_MD = "---\ntitle: Amélie\nyear: 2001\n---\nA waitress in Montmartre.\n"


def write(root: Path, rel: str, data: bytes | str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="")
    else:
        path.write_bytes(data)
    return path


def read_one(root: Path, rel: str) -> tuple[list[str], list[Problem]]:
    (doc,) = [d for d in corpus.discover(root) if d.rel == rel]
    result = read_document(doc, root)
    return [f.title for f in result.films], result.problems


# --------------------------------------------------------------------------- discovery


def test_discover_lists_documents_in_order_and_skips_the_rest(tmp_path: Path) -> None:
    for rel in (
        "films/b.md",
        "films/a.md",
        "films/.a.md.swp",
        "films/a.md~",
        "films/#a.md#",
        "films/.~lock.x.csv#",
        ".git/config",
        ".hidden/x.md",
        "catalogues/x.csv",
        "catalogues/x.mapping.yaml",
        "catalogues/y.jsonl.gz",
        "pages/p.txt",
        "notes.pdf",
        "README.md",
    ):
        write(tmp_path, rel, "x")
    docs = corpus.discover(tmp_path)
    assert [(d.rel, d.kind, d.size) for d in docs] == [
        ("catalogues/x.csv", "catalogue", 1),
        ("catalogues/y.jsonl.gz", "catalogue", 1),
        ("films/a.md", "markdown", 1),
        ("films/b.md", "markdown", 1),
        ("notes.pdf", "unknown", 1),
        ("pages/p.txt", "page", 1),
    ]
    assert docs[0].path == tmp_path / "catalogues/x.csv"


def test_discover_a_single_file(tmp_path: Path) -> None:
    path = write(tmp_path, "one.md", FILM_MD)
    assert [(d.rel, d.kind) for d in corpus.discover(path)] == [("one.md", "markdown")]


def test_content_hash(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"abc")
    sha256_abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert corpus.content_hash(path) == sha256_abc


# --------------------------------------------------------------------------- malformed files

UTF16 = codecs.BOM_UTF16_LE + FILM_MD.encode("utf-16-le")
UNCLOSED = "expected ',' or ']', but got '<stream end>'"
MOJIBAKE = FILM_MD.encode("utf-8").decode("latin-1").encode("utf-8")  # "AmÃ©lie"


@pytest.mark.parametrize(
    ("rel", "data", "titles", "problems"),
    [
        ("f.md", FILM_MD.encode(), ["Amélie"], []),
        ("f.md", codecs.BOM_UTF8 + FILM_MD.encode(), ["Amélie"], []),
        ("f.md", UTF16, ["Amélie"], []),
        (
            "f.md",
            FILM_MD.encode("latin-1"),
            ["Amélie"],
            [("warning", "not UTF-8: decoded as cp1252")],
        ),
        (
            "f.md",
            MOJIBAKE,
            ["Amélie"],
            [("warning", "mojibake repaired (text had been decoded twice)")],
        ),
        ("f.md", b"", [], [("error", "empty file: nothing to read")]),
        ("f.md", b" \n\n", [], [("error", "empty file: nothing to read")]),
        (
            "f.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            [],
            [("error", "binary file (contains NUL bytes), not text")],
        ),
        (
            "f.md",
            bytes(range(1, 32)) * 10,
            [],
            [("error", "binary file (control characters), not text")],
        ),
        (
            "f.txt",
            b"<html><head><style>p{}</style></head><body><div></div></body></html>",
            [],
            [("error", "no text: the file holds only HTML markup")],
        ),
        (
            "f.md",
            b"---\ntitle: [A\n---\n",
            [],
            [
                (
                    "error",
                    "invalid YAML in the front matter at line 3: " + UNCLOSED,
                )
            ],
        ),
        (
            "c.csv",
            b"title,year\nM,1931\nBroken,1,2\nRan,1985\n",
            ["M", "Ran"],
            [("error", "1 row: skipped, row has 3 fields, the header has 2 (rows 3)")],
        ),
        (
            "c.jsonl.gz",
            b"not gzip",
            [],
            [("error", "not a valid gzip file: Not a gzipped file (b'no')")],
        ),
        ("c.jsonl.gz", gzip.compress(b'{"title": "Ran"}\n'), ["Ran"], []),
        ("x.pdf", b"%PDF", [], [("warning", "unknown file type '.pdf': skipped")]),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16-bom",
        "latin1",
        "mojibake",
        "empty",
        "blank",
        "binary-nul",
        "binary-control",
        "html-only",
        "bad-yaml",
        "csv-broken-row",
        "bad-gzip",
        "gzip",
        "unknown-type",
    ],
)
def test_read_document(
    tmp_path: Path,
    rel: str,
    data: bytes,
    titles: list[str],
    problems: list[tuple[str, str]],
) -> None:
    write(tmp_path, rel, data)
    got_titles, got_problems = read_one(tmp_path, rel)
    assert got_titles == titles
    assert [(p.level, p.message) for p in got_problems] == problems
    assert {p.source for p in got_problems} <= {rel}


def test_a_20_mb_page_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024)  # sparse: no 20 MB written to disk
    assert read_one(tmp_path, "big.txt") == (
        [],
        [Problem("big.txt", "file too large for a page (20.0 MB)", "error")],
    )


def test_a_large_catalogue_is_read(tmp_path: Path) -> None:
    row = json.dumps({"title": "Ran", "year": 1985, "description": "x" * 6000}) + "\n"
    write(tmp_path, "big.jsonl", row * 1000)  # 6 MB: over the page limit
    titles, problems = read_one(tmp_path, "big.jsonl")
    assert (len(titles), problems) == (1000, [])


def test_a_file_deleted_after_listing(tmp_path: Path) -> None:
    path = write(tmp_path, "f.md", FILM_MD)
    (doc,) = corpus.discover(tmp_path)
    path.unlink()
    result = read_document(doc, tmp_path)
    assert result.problems == [Problem("f.md", "file was deleted before it could be read", "error")]


def test_a_file_changed_after_listing(tmp_path: Path) -> None:
    path = write(tmp_path, "f.md", FILM_MD)
    (doc,) = corpus.discover(tmp_path)
    write(tmp_path, "f.md", FILM_MD.replace("Amélie", "Amelie Poulain"))
    os.utime(path, ns=(time.time_ns(), doc.mtime_ns + 10**9))
    result = read_document(doc, tmp_path)
    assert [f.title for f in result.films] == ["Amelie Poulain"]
    assert result.problems == [
        Problem("f.md", "file changed while the corpus was read; read it again")
    ]


def test_an_extractor_crash_is_a_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "f.md", FILM_MD)

    def boom(text: str, source: str) -> None:
        raise ValueError("bug")

    monkeypatch.setattr(corpus, "extract_markdown", boom)
    _, problems = read_one(tmp_path, "f.md")
    assert problems == [Problem("f.md", "could not be read: ValueError: bug", "error")]


# --------------------------------------------------------------------------- catalogues


def test_a_sidecar_mapping_names_the_columns(tmp_path: Path) -> None:
    write(tmp_path, "cat/de.csv", "Titel;Jahr;Regie\nM;1931;Fritz Lang\n")
    write(
        tmp_path, "cat/de.mapping.yaml", "columns: {title: Titel, year: Jahr, directors: Regie}\n"
    )
    result = load_corpus([tmp_path])
    assert [(f.title, f.year, f.directors, f.sources) for f in result.films] == [
        ("M", 1931, ("Fritz Lang",), ("cat/de.csv#2",))
    ]
    assert result.problems == []


def test_a_bad_sidecar_mapping_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "de.csv", "title\nM\n")
    write(tmp_path, "de.mapping.yaml", "columns: [title]\n")
    result = load_corpus([tmp_path])
    assert [f.title for f in result.films] == ["M"]
    assert [(p.source, p.level) for p in result.problems] == [("de.mapping.yaml", "error")]


def test_quotes_named_by_catalogue_id_get_the_film_link(tmp_path: Path) -> None:
    films = {
        "movieId": "u1",
        "movieTitle": "Shrek",
        "movieYear": "2001",
        "movieURL": "https://www.rottentomatoes.com/m/shrek",
    }
    quotes = [
        {"movieId": "u1", "quote": "Fun.", "criticName": "A", "movie": {"movieTitle": "Shrek"}},
        {"movieId": "u9", "quote": "Eh.", "criticName": "B", "movie": {"movieTitle": "Other"}},
    ]
    write(tmp_path, "a_quotes.jsonl", "".join(json.dumps(q) + "\n" for q in quotes))
    write(tmp_path, "b_films.jsonl", json.dumps(films) + "\n")
    result = load_corpus([tmp_path])
    assert [(q.film.title, q.film.link) for q in result.quotes] == [
        ("Shrek", "m/shrek"),
        ("Other", None),
    ]


# --------------------------------------------------------------------------- whole corpus


def test_load_corpus_goes_on_after_bad_files(tmp_path: Path) -> None:
    write(tmp_path, "a.md", b"\x00\x01binary")
    write(tmp_path, "b.md", FILM_MD)
    write(tmp_path, "c.md", "---\nyear: 2001\n---\n")
    single = write(tmp_path / "elsewhere", "d.md", FILM_MD.replace("Amélie", "Ran"))
    result = load_corpus([tmp_path / "films", tmp_path, single])
    assert [f.title for f in result.films] == ["Amélie", "Ran", "Ran"]
    assert [(d.source, d.films, d.unreadable) for d in result.documents] == [
        ("a.md", 0, True),
        ("b.md", 1, False),
        ("c.md", 0, True),
        ("elsewhere/d.md", 1, False),
        ("d.md", 1, False),
    ]
    assert [(p.source, p.level) for p in result.problems] == [
        (str(tmp_path / "films"), "error"),
        ("a.md", "error"),
        ("c.md", "error"),
    ]
    assert result.documents[0].to_json() == {
        "source": "a.md",
        "kind": "markdown",
        "films": 0,
        "quotes": 0,
        "unreadable": True,
        "problems": [
            {
                "source": "a.md",
                "level": "error",
                "message": "binary file (contains NUL bytes), not text",
            }
        ],
    }


def test_sample_corpus_films_and_catalogues_read_cleanly() -> None:
    result = load_corpus([REPO / "corpus" / "films", REPO / "corpus" / "catalogues"])
    assert len(result.films) >= 3
    assert result.quotes
    assert [p for p in result.problems if p.level == "error"] == []


#: Rows per file from shared/data/SOURCES.md, and the rows it says are skipped.
EXPECTED = {
    "streaming_movies.jsonl": (16_481, 0),
    "wikipedia_movies.jsonl.gz": (36_273, 0),
    "rt_movies.jsonl": (1_137, 0),
    "critic_quotes.jsonl": (0, 25_705 - 994),
}


@pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="shared/data is not beside the repo")
def test_all_of_shared_data() -> None:
    result = load_corpus([SHARED_DATA])
    counts = {d.source: (d.films, d.quotes) for d in result.documents}
    assert counts == EXPECTED
    assert all(q.film.link and q.film.link.startswith("m/") for q in result.quotes)
    skipped = [p.message for p in result.problems if "skipped" in p.message]
    assert len(skipped) == 1
    assert skipped[0].startswith("994 rows: skipped, quote has no text (score only) (rows ")
