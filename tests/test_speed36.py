"""The synopsis reader's and the attribution reader's answers remembered per text are those the
functions give uncached, and a question asked again is answered from memory."""

from collections.abc import Callable
from typing import Any

import pytest

from indexer.extract.pages import synopsis, synopsiscues
from indexer.extract.pages.quotes import who

_TEXTS = (
    "Harbour Lights (one)",
    "A fisherman's daughter leaves her village. She finds work in the city, and a friend. (one)",
    "Spain. Direction: Ana Ruiz. Production: Tom Poe. Cast: Ann Lee. (one)",
    "Synopsis (one)",
    "Tuesday 28 November 2023 | 7:30pm (one)",
    "Nine new feature films open this week in the city. (one)",
    "港の灯り。漁師の娘が村を出る。(one)",
    "ลูกสาวชาวประมงออกจากหมู่บ้าน (one)",
    "« Un film lumineux. » — Jane Roe (one)",
)
_TITLE = "Harbour Lights"
_ONE = [
    synopsis._words,
    synopsis._main_script,
    synopsis._credit_sentences,
    synopsiscues.many_films,
]
_TWO = [synopsis._aside, synopsis._shape, synopsiscues.story_heading]


def _twice(remembered: Any, calls: list[tuple[Any, ...]]) -> None:
    uncached: Callable[..., Any] = remembered.__wrapped__
    assert [remembered(*c) for c in calls] == [uncached(*c) for c in calls]
    hits = remembered.cache_info().hits
    assert [remembered(*c) for c in calls] == [uncached(*c) for c in calls]
    assert remembered.cache_info().hits == hits + len(calls)


@pytest.mark.parametrize("remembered", _ONE)
def test_remembered_answers_per_text_are_the_functions_own(remembered: Any) -> None:
    _twice(remembered, [(t,) for t in _TEXTS])


@pytest.mark.parametrize("remembered", _TWO)
def test_remembered_answers_per_text_and_title_are_the_functions_own(remembered: Any) -> None:
    _twice(remembered, [(t, title) for t in _TEXTS for title in ("", _TITLE)])


def test_remembered_attributions_are_the_readers_own() -> None:
    sources = (
        "Jane Roe, The Daily Film (one)",
        "Mon avis (one)",
        "Jane Roe (Radio Times)",
        "(one)",
    )
    _twice(who._parse_cached, [(s, False, frozenset()) for s in sources])  # keyed by page outlets
    assert who.parse("Jane Roe (Radio Times)") == who.Who("Jane Roe", "Radio Times", True)
    assert who.parse("Mon avis") is None  # a section's heading, asked twice: still none
    assert who.parse("Mon avis") is None


def test_remembered_answers_tell_texts_apart() -> None:
    credits = "Spain. Direction: Ana Ruiz. Production: Tom Poe. Cast: Ann Lee. (two)"
    assert synopsis._credit_sentences(credits)
    assert synopsis._aside(credits, _TITLE)
    assert not synopsis._aside("Synopsis (two)", _TITLE)  # a story's heading: the story starts
    assert synopsiscues.story_heading("Synopsis (two)", _TITLE)
    assert not synopsiscues.story_heading("Harbour Lights (two)", _TITLE)
    assert synopsis._main_script("港の灯り。漁師の娘が村を出る。(two)") == "CJK"
    assert synopsis._words("港の灯り。(two)") != synopsis._words("Harbour Lights (two)")


def test_a_remembered_shape_is_a_tuple_no_caller_can_change() -> None:
    text = "Two new films here. It was good. - Jane Roe"
    shape = synopsis._shape(text, _TITLE)
    assert shape == ("signed_like_quote",)
    assert synopsis._shape(text, _TITLE) is shape
