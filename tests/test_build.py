"""Full and incremental builds of a real on-disk index, checked through the search service."""

from __future__ import annotations

import fcntl
import os
import threading
from pathlib import Path

import pytest

from indexer.build import BuildBusy, IndexLayout, build, index_stats, writer_lock
from indexer.layout import build_held
from tests.search_corpus import FILMS, write_corpus
from webapp.search import SearchService
from webapp.search.types import QuoteRequest, SearchRequest


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus")


def titles(service: SearchService, q: str) -> list[str]:
    return [h.title for h in service.search(SearchRequest(q=q, sort="title")).hits]


def test_first_build_is_full_and_reports_counts(corpus: Path, tmp_path: Path) -> None:
    report = build([corpus], tmp_path / "index")
    assert (report.mode, report.films_added, report.films_total) == ("full", len(FILMS), len(FILMS))
    assert report.quotes_total == 4
    assert (report.documents_total, report.documents_read) == (len(FILMS), len(FILMS))
    stats = index_stats(IndexLayout(tmp_path / "index"))
    assert stats is not None
    assert (stats["films"], stats["quotes"], stats["documents"]) == (len(FILMS), 4, len(FILMS))


def test_incremental_edit_add_remove(corpus: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    build([corpus], index)
    service = SearchService(index)
    assert titles(service, "rashomon") == ["Rashomon"]

    unchanged = build([corpus], index)
    assert (unchanged.mode, unchanged.films_unchanged, unchanged.documents_read) == (
        "incremental",
        len(FILMS),
        0,
    )

    path = corpus / "films" / "rashomon.md"
    path.write_text(path.read_text("utf-8").replace("forest", "rainy forest gate"), "utf-8")
    edited = build([corpus], index)
    assert (edited.films_updated, edited.films_unchanged, edited.documents_read) == (
        1,
        len(FILMS) - 1,
        1,
    )
    assert titles(service, "rainy gate") == ["Rashomon"]

    (corpus / "films" / "ikiru.md").write_text(
        "---\ntitle: Ikiru\nyear: 1952\ndirectors: [Akira Kurosawa]\n---\nA clerk learns he has"
        " little time left.\n",
        "utf-8",
    )
    added = build([corpus], index)
    assert added.films_added == 1
    assert titles(service, "director:kurosawa") == ["Ikiru", "Rashomon", "Seven Samurai"]

    (corpus / "films" / "return-to-dust.md").unlink()
    removed = build([corpus], index)
    assert (removed.films_removed, removed.documents_removed) == (1, 1)
    assert "Return to Dust" not in titles(service, "return to dust")
    assert service.quotes(QuoteRequest(q="gorgeous")).total == 0
    assert service.film("return-to-dust-2022") is None


def test_a_broken_edit_keeps_the_last_good_version(corpus: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    build([corpus], index)
    (corpus / "films" / "volver.md").write_text("---\ntitle: [unclosed\n---\n", "utf-8")
    report = build([corpus], index)
    assert any(
        "volver.md" in s["source"] and "kept the last good" in s["reason"] for s in report.skipped
    )
    assert titles(SearchService(index), "volver") == ["Volver"]


def test_full_rebuild_swaps_atomically_under_a_search_loop(corpus: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    build([corpus], index)
    layout = IndexLayout(index)
    first = layout.live()
    service = SearchService(index)
    errors: list[BaseException] = []
    totals: set[int] = set()
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                totals.add(service.search(SearchRequest(q="samurai")).total)
            except BaseException as exc:  # any error is a failure of atomicity
                errors.append(exc)

    thread = threading.Thread(target=loop)
    thread.start()
    try:
        for _ in range(3):
            assert build([corpus], index, full=True).mode == "full"
    finally:
        stop.set()
        thread.join()
    assert errors == []
    assert totals == {2}
    assert layout.live() != first
    assert len(list((index / "builds").iterdir())) == 2  # the live build and the one before


def test_a_probe_of_the_lock_does_not_refuse_a_build(tmp_path: Path) -> None:
    # build_held (status pages, pollers) takes the lock for an instant to test it; a build that
    # starts in that instant waits the probe out instead of reporting "another build is running"
    layout = IndexLayout(tmp_path / "index")
    layout.root.mkdir()
    fd = os.open(layout.lock, os.O_RDWR | os.O_CREAT, 0o644)
    fcntl.flock(fd, fcntl.LOCK_EX)
    release = threading.Timer(0.1, os.close, (fd,))  # a slow probe: 0.1 s, not microseconds
    release.start()
    try:
        with writer_lock(layout):
            assert build_held(layout)
    finally:
        release.join()


def test_one_build_at_a_time(corpus: Path, tmp_path: Path) -> None:
    layout = IndexLayout(tmp_path / "index")
    with writer_lock(layout), pytest.raises(BuildBusy, match="another index build is running"):
        build([corpus], layout.root)
    assert layout.live() is None  # nothing was written
    assert build([corpus], layout.root).films_total == len(FILMS)
