"""One search service called from many threads at once (gunicorn's threaded workers) gives
every answer a single thread gives: each search reads through a Whoosh reader lent to its
thread alone (shared readers gave other threads' bytes: ``UnpicklingError``, wrong films)."""

from __future__ import annotations

import json
import random
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from whoosh.index import FileIndex

from indexer.build import build
from webapp.search import RETRIES, IndexUnavailable, SearchService
from webapp.search.types import QuoteRequest, SearchRequest

WORDS = [
    "harbour",
    "lantern",
    "copper",
    "meadow",
    "winter",
    "signal",
    "orchard",
    "falcon",
    "river",
    "silence",
    "ember",
    "voyage",
    "quarry",
    "thunder",
    "velvet",
    "marble",
    "compass",
    "glacier",
    "saddle",
    "beacon",
    "cinder",
    "hollow",
    "prairie",
    "tidal",
    "willow",
    "garnet",
    "frost",
    "canyon",
    "drifter",
    "mirror",
    "hunter",
    "sparrow",
    "wander",
    "ferry",
    "ballad",
]
NAMES = """Ada Brandt, Bruno Keller, Clara Ruiz, Dmitri Volkov, Elena Costa, Farid Haddad,
    Greta Lind, Hugo Marchetti, Ines Duarte, Jonas Berg""".replace("\n", " ").split(", ")
GENRES = ["Drama", "Comedy", "Western", "Thriller", "Romance", "Documentary"]
THREADS = 8


def film(rng: random.Random, n: int) -> str:
    """One editor Markdown film of random words (front matter as JSON, which YAML reads)."""
    title = " ".join(rng.sample(WORDS, rng.randint(1, 3))).title() + f" {n}"
    meta = {
        "title": title,
        "year": rng.randint(1950, 2024),
        "directors": [rng.choice(NAMES)],
        "cast": rng.sample(NAMES, 2),
        "genres": rng.sample(GENRES, 2),
        "quotes": [
            {
                "text": " ".join(rng.choices(WORDS, k=12)),
                "critic": rng.choice(NAMES),
                "outlet": rng.choice(["Reel", "Screen", "Projector"]),
            }
            for _ in range(2)
        ],
    }
    front = "\n".join(f"{k}: {json.dumps(v)}" for k, v in meta.items())
    return f"---\n{front}\n---\n{' '.join(rng.choices(WORDS, k=60))}.\n"


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("threads")
    films = root / "corpus" / "films"
    films.mkdir(parents=True)
    rng = random.Random(9)
    for n in range(400):
        (films / f"film-{n}.md").write_text(film(rng, n), "utf-8")
    build([root / "corpus"], root / "index")
    return root / "index"


def calls(ids: list[str]) -> list[tuple[str, Callable[[SearchService], Any]]]:
    """Searches of every shape (words, phrases, prefixes, typos, facets, sorts, pages),
    quotes, suggestions and film pages, each named for the failure message."""
    films = [SearchRequest(q=q) for q in ("harbour", "lantern copper", "wintr", '"river silence"')]
    films += [SearchRequest(q="mea*"), SearchRequest(q="frost -ember", sort="-year")]
    films += [SearchRequest(q="glacier", genre=("Drama",), page=2, per_page=5)]
    films += [SearchRequest(q="ada brandt"), SearchRequest(q="", sort="title", per_page=50)]
    quotes = [QuoteRequest(q=q) for q in ("velvet marble", '"tidal willow"', "garn*")]
    out: list[tuple[str, Callable[[SearchService], Any]]] = []
    out += [(repr(r), lambda s, r=r: s.search(r).to_json()) for r in films]
    out += [(repr(r), lambda s, r=r: s.quotes(r).to_json()) for r in quotes]
    out += [(f"suggest {p}", lambda s, p=p: s.suggest(p)) for p in ("ha", "sil", "clara")]
    out += [(f"film {i}", lambda s, i=i: s.film(i)) for i in ids]
    return out


def answer(service: SearchService, call: Callable[[SearchService], Any]) -> str:
    """What one call gives, timing left out; an exception is an answer too."""
    try:
        found = call(service)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    if isinstance(found, dict):
        found = {k: v for k, v in found.items() if k != "took_ms"}
    return repr(found)


@pytest.fixture
def switching_often() -> Iterator[None]:
    """Threads switch every microsecond: reads of a shared file position interleave."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


def test_eight_threads_get_the_answers_of_one(index: Path, switching_often: None) -> None:
    one = SearchService(index)
    ids = [h["id"] for h in one.search(SearchRequest(q="", per_page=30)).to_json()["hits"]]
    named = calls(ids)
    expected = {name: answer(one, call) for name, call in named}
    assert not any(a.startswith(("IndexUnavailable", "Error")) for a in expected.values())
    service = SearchService(index)  # cold: the tables built on first use are built by threads
    wrong: list[tuple[str, str]] = []
    start = threading.Barrier(THREADS)

    def run(seed: int) -> None:
        order = named * 4
        random.Random(seed).shuffle(order)
        start.wait()
        for name, call in order:
            got = answer(service, call)
            if got != expected[name]:
                wrong.append((name, got[:300]))

    threads = [threading.Thread(target=run, args=(n,)) for n in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []
    # several searches ran at once, each with a reader of its own, never more than the pool
    assert service._live is not None and service._live.readers.opened == service.readers < THREADS


def test_a_generation_whose_files_went_away_is_left_for_the_next(
    index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = FileIndex._reader
    failures = [OSError("[Errno 2] No such file: 'MAIN_x.seg'")]

    def flaky(*args: Any, **kwargs: Any) -> Any:
        if failures:  # a commit removed the files between the TOC and the segments
            raise failures.pop()
        return opened(*args, **kwargs)

    monkeypatch.setattr(FileIndex, "_reader", flaky)
    service = SearchService(index)
    assert service.search(SearchRequest(q="harbour")).total > 0 and not failures
    failures.extend([OSError("gone")] * RETRIES)
    with pytest.raises(IndexUnavailable):
        SearchService(index).search(SearchRequest(q="harbour"))
