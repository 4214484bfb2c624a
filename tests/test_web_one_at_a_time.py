"""The search service behind a per-process lock (threaded gunicorn workers): calls from many
threads run one at a time and give the same answers as calls made one after another."""

from __future__ import annotations

import threading
from pathlib import Path

from webapp import OneAtATime
from webapp.search import SearchService
from webapp.search.types import SearchRequest

QUERIES = [SearchRequest(q=q) for q in ("dust", "harbour", "tide", "river", "")]


def test_threads_get_the_answers_of_one_thread(index_dir: Path) -> None:
    expected = [SearchService(index_dir).search(q).to_json()["total"] for q in QUERIES]
    service = OneAtATime(SearchService(index_dir))
    inside = {"now": 0, "most": 0}
    counter = threading.Lock()
    search = service._service.search

    def watched(request: SearchRequest) -> object:
        with counter:
            inside["now"] += 1
            inside["most"] = max(inside["most"], inside["now"])
        try:
            return search(request)
        finally:
            with counter:
                inside["now"] -= 1

    service._service.search = watched  # type: ignore[method-assign]
    answers: list[list[int]] = []

    def run() -> None:
        answers.append([service.search(q).to_json()["total"] for q in QUERIES * 4])

    threads = [threading.Thread(target=run) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == [expected * 4] * 8
    assert inside["most"] == 1
