"""Work a search needs once per index generation is done once, not again on every request
(a per-request cost that grows with the index is what makes serving slow at full scale)."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from indexer import schema
from indexer.build import build
from tests.search_corpus import FILMS, write_corpus
from webapp.search import SearchService
from webapp.search.person_pages import People
from webapp.search.types import QuoteRequest, SearchRequest


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("costs")
    build([write_corpus(root / "corpus", FILMS)], root / "index")
    return root / "index"


def test_suggestions_read_the_peoples_names_once(
    index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    names = People.names

    def counted(self: People, searcher: Any) -> Any:
        calls.append(1)
        return names(self, searcher)

    monkeypatch.setattr(People, "names", counted)
    service = SearchService(index)
    found = [[s.text for s in service.suggest(p)] for p in ("kuro", "kuro", "seven", "ret")]
    assert found[0] == found[1] and "Akira Kurosawa" in found[0]
    assert len(calls) == 1


def test_result_json_is_what_asdict_gives(index: Path) -> None:
    service = SearchService(index)
    for result in (
        service.search(SearchRequest(q="dust")),
        service.quotes(QuoteRequest(q="beautiful")),
    ):
        assert result.hits and result.facets
        assert result.to_json() == {**asdict(result), "pages": result.pages}
    page = service.film("dust-2001")
    assert page is not None
    assert page.to_json()["similar"] == [asdict(s) for s in page.similar]


def test_a_query_that_is_a_title_is_not_spelled_again(
    index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = SearchService(index)
    corrected: list[str] = []
    with service._reading() as (live, _):
        correct = live.speller.correct

        def counted(word: str) -> str | None:
            corrected.append(word)
            return correct(word)

        monkeypatch.setattr(live.speller, "correct", counted)
        exact = service.search(SearchRequest(q="Return to Dust"))
        assert [h.title for h in exact.hits][:1] == ["Return to Dust"]
        assert exact.suggestion is None and corrected == []
        few = service.search(SearchRequest(q="arranged marriage"))  # a few hits, no title
        # words the index knows are their own closest word: not scanned for a "did you mean"
        assert few.total < 3 and corrected == []
        typo = service.search(SearchRequest(q="arranged marriqqqq"))  # unknown, no neighbour
        assert typo.total < 3 and corrected == ["marriqqqq"]


def test_warm_reads_the_commonest_terms_of_the_text_fields(index: Path) -> None:
    service = SearchService(index)
    service.warm()
    with service._reading() as (live, _):
        reader = live.state.readers.reader()
        for name in (schema.SYNOPSIS, schema.QUOTES):
            commonest = [t.decode("utf-8") for _, t in reader.most_frequent_terms(name, 3)]
            assert commonest
            assert all((name, t) in live.state._term_cache for t in commonest)
