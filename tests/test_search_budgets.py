"""Cost budgets (issue 11, findings 2-4): phrases, prefixes, spelling and highlighting are
bounded where the cost is, and a query cut short says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from indexer.build import build
from tests.search_corpus import FILMS, UNDERSTANDING, write_corpus
from webapp.search import SearchService, find, highlight, match, spelling
from webapp.search.types import QuoteRequest, SearchRequest


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("budgets")
    build([write_corpus(root / "corpus", {**FILMS, **UNDERSTANDING})], root / "index")
    return root / "index"


@pytest.fixture
def service(index: Path) -> SearchService:
    return SearchService(index)


def counting(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> list[int]:
    """Count the calls of ``owner.name``."""
    calls: list[int] = []
    original = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)
    return calls


WORDS = ["a", "of", "and", "to", "in", "his", "her", "on", "for", "is", "with", "by"]


def test_a_phrase_flood_checks_few_phrases_and_says_so(
    service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    flood = (
        " OR ".join(f'"the {w}"' for w in WORDS) + " OR " + " OR ".join(f'"a {w}"' for w in WORDS)
    )
    calls = counting(monkeypatch, match, "_in_sequence")
    result = service.search(SearchRequest(q=flood))
    checked = len(calls)
    assert checked > 0
    assert result.partial is True
    assert result.total > 0  # degraded to the phrases' words, not to nothing


def test_a_repeated_phrase_is_checked_once(
    service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = counting(monkeypatch, match.Matcher, "_adjacent")
    once = service.search(SearchRequest(q='"a boy"'))
    single = len(calls)
    assert single >= 1
    calls.clear()
    repeated = service.search(SearchRequest(q=" OR ".join(['"a boy"'] * 10)))
    assert len(calls) == single
    assert repeated.total == once.total


def test_a_prefix_flood_expands_a_few_prefixes(
    service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    prefixes = ["the", "man", "bir", "spi", "hit", "ver", "psy", "cas", "big", "tom"]
    flood = " OR ".join(f"{p}*" for p in prefixes * 3)
    calls = counting(monkeypatch, match.Matcher, "expand")
    result = service.quotes(QuoteRequest(q=flood))
    expanded = [c for c in calls]
    assert result.partial is True
    assert len(expanded) >= match.MAX_PREFIXES  # asked for, but only a few expanded


def test_prefix_expansion_is_capped(
    service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(match, "PREFIX_TERMS", 2)
    result = service.search(SearchRequest(q="s*"))  # too short: a word, not a prefix
    assert result.partial is False
    capped = service.search(SearchRequest(q="the*"))
    assert capped.total >= 1


def test_spelling_corrects_a_bounded_number_of_words(
    service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = counting(monkeypatch, spelling.Speller, "_correct")
    unknown = " ".join(f"qzxvwkj{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(100))
    result = service.search(SearchRequest(q=unknown))
    assert len(calls) <= find.SPELL_ATTEMPTS  # the first few words only (memoised after)
    assert result.partial is True
    assert result.total == 0


def test_highlighting_a_huge_field_is_linear_and_bounded() -> None:
    text = ("river dream " * 8 + "a quiet town. ") * 40_000  # about 4 MB, 640,000 matches
    wanted = highlight.Wanted(words=frozenset({"river", "dream"}))
    marks = highlight.spans(text, wanted)
    assert marks and all(end <= highlight.MAX_CHARS for _, end in marks)
    snippet = highlight.snippet(text, wanted)
    assert "<mark>river dream" in snippet
    assert len(snippet) < 2_000


def test_window_is_found_in_one_pass() -> None:
    text = "x " * 50_000
    marks = [(i, i + 1) for i in range(0, 100_000, 2)]  # 50,000 marks
    start, end = highlight.window(text, marks)
    assert 0 <= start < end <= len(text)


def test_a_deadline_already_past_still_answers(index: Path) -> None:
    hurried = SearchService(index, time_limit=0.0)
    result = hurried.search(SearchRequest(q='"a boy" OR "the life" tom*'))
    assert result.partial is True
    assert result.total >= 1


def test_phrases_are_checked_within_the_budget(
    service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(match.Budget, "__init__", _budget_init(phrases=2))
    calls = counting(monkeypatch, match.Matcher, "_adjacent")
    result = service.search(SearchRequest(q='"a boy" OR "the life" OR "a man" OR "the rise"'))
    assert result.partial is True
    assert result.total >= 1
    assert len(calls) >= 3  # asked for, answered by the words' intersection past the budget


def test_a_phrase_with_too_many_candidates_is_not_checked(
    service: SearchService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(match, "PHRASE_CANDIDATES", 0)
    calls = counting(monkeypatch, match, "_in_sequence")
    result = service.search(SearchRequest(q='"the life"'))
    assert result.partial is True
    assert not calls


def _budget_init(phrases: int) -> Any:
    original = match.Budget.__init__

    def init(self: match.Budget, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        self.phrases = phrases

    return init


def test_neighbouring_marks_become_one_passage() -> None:
    text = "dream " * 20_000  # thousands of neighbouring matches in the highlighted part
    wanted = highlight.Wanted(words=frozenset({"dream"}), stems=frozenset({"dreams"}))
    marks = highlight.spans(text, wanted)
    assert len(marks) == 1 and marks[0][0] == 0 and marks[0][1] <= highlight.MAX_CHARS
