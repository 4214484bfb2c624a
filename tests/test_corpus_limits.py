"""The corpus reader's limits (issue 11, finding 8): a gzip bomb is a clear problem read in
bounded memory, oversized files are refused, and links out of the corpus or special files
are reported and never opened."""

from __future__ import annotations

import gzip
import json
import os
import tracemalloc
from pathlib import Path

import pytest

from indexer import corpus
from indexer.build import build
from indexer.corpus import read_document
from indexer.records import Problem

FILM_MD = "---\ntitle: Amélie\nyear: 2001\n---\nA waitress in Montmartre.\n"
ROW = json.dumps({"title": "Secret Film", "year": 1999, "synopsis": "Hidden."}) + "\n"


@pytest.fixture
def small_cap(monkeypatch: pytest.MonkeyPatch) -> int:
    cap = 1024 * 1024
    monkeypatch.setattr(corpus, "MAX_CATALOGUE_BYTES", cap)
    return cap


def only(root: Path) -> corpus.Document:
    (doc,) = corpus.discover(root)
    return doc


def test_a_gzip_bomb_is_refused_in_bounded_memory(tmp_path: Path, small_cap: int) -> None:
    bomb = tmp_path / "bomb.jsonl.gz"
    with gzip.open(bomb, "wb") as out:  # 64 MB of one repeated row, about 300 kB on disk
        for _ in range(64):
            out.write(ROW.encode() * (1024 * 1024 // len(ROW)))
    assert bomb.stat().st_size < small_cap
    tracemalloc.start()
    try:
        result = read_document(only(tmp_path), tmp_path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    message = "expands to over 1 MB (a decompression bomb?): skipped"
    assert (result.films, result.problems) == ([], [Problem("bomb.jsonl.gz", message, "error")])
    assert peak < 4 * small_cap


def test_a_gzip_under_the_cap_is_read(tmp_path: Path, small_cap: int) -> None:
    (tmp_path / "ok.jsonl.gz").write_bytes(gzip.compress(ROW.encode() * 10))
    result = read_document(only(tmp_path), tmp_path)
    assert len(result.films) == 10 and result.problems == []


def test_an_oversized_catalogue_is_refused(tmp_path: Path, small_cap: int) -> None:
    (tmp_path / "big.jsonl").write_text(ROW * (small_cap // len(ROW) + 1))
    result = read_document(only(tmp_path), tmp_path)
    problem = Problem("big.jsonl", "file too large (over 1 MB): skipped", "error")
    assert (result.films, result.problems) == ([], [problem])


def test_a_link_out_of_the_corpus_is_reported_and_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "outside" / "secret.jsonl"
    secret.parent.mkdir()
    secret.write_text(ROW)
    root = tmp_path / "corpus"
    (root / "films").mkdir(parents=True)
    (root / "films" / "amelie.md").write_text(FILM_MD)
    (root / "films" / "leak.jsonl").symlink_to(secret)
    (root / "films" / "inside.md").symlink_to(root / "films" / "amelie.md")  # inside: fine
    report = build([root], tmp_path / "index", full=True)
    reason = "a symbolic link to a file outside the corpus: skipped"
    assert report.skipped == [{"source": "films/leak.jsonl", "reason": reason}]
    assert report.films_total == 1  # Amélie, once (the inside link is the same film)
    again = build([root], tmp_path / "index")  # and the incremental path agrees
    assert again.skipped == report.skipped


def test_a_fifo_is_reported_and_never_opened(tmp_path: Path) -> None:
    (tmp_path / "amelie.md").write_text(FILM_MD)
    os.mkfifo(tmp_path / "pipe.txt")  # opening it to read would wait for a writer forever
    report = build([tmp_path], tmp_path.parent / f"{tmp_path.name}-index", full=True)
    reason = "not a regular file (a pipe, device or socket): skipped"
    assert report.skipped == [{"source": "pipe.txt", "reason": reason}]
    assert report.films_total == 1
