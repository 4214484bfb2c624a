"""The tests that spare a page's own words their compiled pattern never turn one away that
would match: :func:`~indexer.wordre.may_hold` on the text of
:func:`~indexer.wordre.caseless`, a title between quotation marks
(:mod:`~indexer.extract.pages.genres`) and the rest of an outlet's name
(:mod:`~indexer.extract.pages.quotes`)."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.extract.pages.genres import _CLOSING_QUOTES, _OPENING_QUOTES, _may_quote
from indexer.extract.pages.quotes import _CAPITALISED, _JOINED_REST, _rest_begins
from indexer.wordre import caseless, may_hold

# the letters re matches to another one when case is ignored ("ſ" to "s", "K" to "k"), and
# some whose lower case changes the length ("İ") or the context ("Σ")
_CASED = "aeoubsikAEOUBSIKİıſ\u212aäÄσςΣ\u0307"


def test_caseless_writes_what_re_matches_to_ascii_as_that_letter() -> None:
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for ch in set(re.findall(r"[\x00-\x7f]", everything, re.IGNORECASE)):
        for ascii_ch in map(chr, range(128)):
            if re.fullmatch(re.escape(ascii_ch), ch, re.IGNORECASE):
                assert caseless(ch) == ascii_ch.lower(), (ch, ascii_ch)


@pytest.mark.parametrize(
    ("text", "literal", "expected"),
    [
        ("Le film LIBERTAD sort", "Libertad", True),
        ("İSTANBUL HATIRASI", "istanbul", True),
        ("Libertà", "Libertà", True),
        ("Libert", "Libertà", True),  # only the ASCII runs are looked for
        ("Il film esce", "Libertad", False),
        ("東京物語", "東京", True),  # no ASCII: it may
    ],
)
def test_may_hold_table(text: str, literal: str, expected: bool) -> None:
    assert may_hold(caseless(text), literal) is expected


@settings(max_examples=500, deadline=None)
@given(
    literal=st.text(alphabet=_CASED + " -1.", min_size=1, max_size=4),
    text=st.text(alphabet=_CASED + " -1.", max_size=16),
)
def test_may_hold_when_the_pattern_matches(literal: str, text: str) -> None:
    if re.search(re.escape(literal), text, re.IGNORECASE):
        assert may_hold(caseless(text), literal)


_QUOTED_TEXT = st.text(alphabet="abAB Σσς" + _OPENING_QUOTES + _CLOSING_QUOTES, max_size=16)


@settings(max_examples=500, deadline=None)
@given(sentence=_QUOTED_TEXT, title=st.text(alphabet="abAB σ'«", min_size=2, max_size=3))
def test_may_quote_when_the_pattern_matches(sentence: str, title: str) -> None:
    pattern = rf"[{_OPENING_QUOTES}]{re.escape(title)}[{_CLOSING_QUOTES}]"
    if re.search(pattern, sentence, re.IGNORECASE):
        assert _may_quote(sentence, title)


@pytest.mark.parametrize(
    ("sentence", "title", "expected"),
    [
        ("o curta-metragem “Vaca Profana”, de 2019", "Vaca Profana", True),
        ("o curta-metragem “VACA PROFANA”", "Vaca Profana", True),
        ("Vaca Profana é um curta-metragem", "Vaca Profana", False),
        ("“Vaca Profana, o filme”", "Vaca Profana", False),
    ],
)
def test_may_quote_table(sentence: str, title: str, expected: bool) -> None:
    assert _may_quote(sentence, title) is expected


@settings(max_examples=500, deadline=None)
@given(
    page=st.lists(
        st.sampled_from(["The", "Globe", " ", "and", "Mail", "of", "x", "\n", "G"]), max_size=12
    ).map("".join),
    outlet=st.sampled_from(["The Globe", "Globe", "G", "Mail"]),
)
def test_rest_begins_when_the_pattern_matches(page: str, outlet: str) -> None:
    rest = rf"(?:{_JOINED_REST}{_CAPITALISED}(?:\s{_CAPITALISED}){{0,2}})"
    if re.search(rf"(?<!\w){re.escape(outlet)}{rest}", page):
        assert _rest_begins(outlet, page)


@pytest.mark.parametrize(
    ("page", "outlet", "expected"),
    [
        ("The Globe and Mail believes it", "The Globe", True),
        ("The Globe believes it. Sight and Sound too", "The Globe", False),
        ("The Globe and the Mail", "The Globe", False),
    ],
)
def test_rest_begins_table(page: str, outlet: str, expected: bool) -> None:
    assert _rest_begins(outlet, page) is expected
