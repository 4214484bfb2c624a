"""The page extractor's speed paths find exactly what the patterns they stand for find: a
title between quotation marks and a name's mentions found with ``str.find``
(:mod:`~indexer.extract.pages.possessive`), a quotation inside parentheses
(:mod:`~indexer.extract.pages.titlecues`), the gap between address words, the test that
spares an address word its pattern when the text cannot hold it and the text folded for them
(:mod:`~indexer.extract.pages.titles`), the "from a year" cue looked for by its tail first
(:mod:`~indexer.extract.pages.numbers`) and a word for director looked for before each place a
quoted person is named (:mod:`~indexer.extract.pages.quotes.prose`)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.extract.pages import numbers
from indexer.extract.pages.possessive import _CLOSE, _OPEN, _ends, _quoted_title
from indexer.extract.pages.quotes.prose import _FILMMAKER, _filmmaker
from indexer.extract.pages.quotes.who import Who, WordBefore
from indexer.extract.pages.titlecues import _in_parens
from indexer.extract.pages.titles import (
    _SLUG_GAP,
    _fold,
    _fold_char,
    _slug_words_in,
    slug_pieces,
    slug_word,
)
from indexer.wordre import caseless

# few characters, so that marks, parentheses and repeats meet often
_TEXT = st.text(alphabet='ab ()«»"“”„‘’‹›\n', max_size=24)
_NAME = st.text(alphabet='ab ()«»"', min_size=1, max_size=3)


@settings(max_examples=400, deadline=None)
@given(text=_TEXT, title=_NAME)
def test_quoted_title_spans_are_the_patterns(text: str, title: str) -> None:
    pattern = rf"[{_OPEN}]{re.escape(title)}[{_CLOSE}]"
    spans = []
    for match in re.finditer(pattern, text):
        start, end = match.span()
        # a mark doubled on both sides takes its double in ("‹‹Նռան գույնը››")
        doubled = (
            start >= 1 and text[start - 1] == text[start] and text[end : end + 1] == text[end - 1]
        )
        spans.append((start - doubled, end + doubled))
    assert list(_quoted_title(text, title)) == spans


@settings(max_examples=400, deadline=None)
@given(text=_TEXT, name=st.text(alphabet="ab (", max_size=3))
def test_mention_ends_are_the_patterns(text: str, name: str) -> None:
    assert list(_ends(text, name)) == [m.end() for m in re.finditer(re.escape(name), text)]


@settings(max_examples=400, deadline=None)
@given(line=_TEXT, text=st.text(alphabet="ab()", max_size=3))
def test_in_parens_is_the_pattern(line: str, text: str) -> None:
    expected = re.search(rf"\([^()]*{re.escape(text)}", line) is not None
    assert _in_parens(line, text) is expected


@pytest.mark.parametrize(
    ("line", "text", "expected"),
    [
        ("Kes (dir. Ken Loach, “Kes”)", "“Kes”", True),
        ("(1969) “Kes” by Ken Loach", "“Kes”", False),
        ("“Kes” (1969)", "“Kes”", False),
    ],
)
def test_in_parens_table(line: str, text: str, expected: bool) -> None:
    assert _in_parens(line, text) is expected


@settings(max_examples=300, deadline=None)
@given(
    slug=st.lists(st.text(alphabet="aeoub", min_size=1, max_size=3), min_size=1, max_size=3),
    text=st.text(alphabet="aeoubAÄä’'-_ .,\n:;!?x1", max_size=16),
)
def test_slug_gap_matches_like_the_class(slug: list[str], text: str) -> None:
    def spans(gap: str) -> list[tuple[int, int]]:
        pattern = rf"(?<!\w){gap.join(slug_word(w) for w in slug)}(?!\w)"
        return [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]

    assert spans(_SLUG_GAP) == spans(r"[\s\-_,.:;!?'’]+")


# the letters re matches to another one when case is ignored ("ſ" to "s", "K" to "k")
_CASED = "aeoubsikAEOUBSIKİıſ\u212aäÄσςΣ"


@settings(max_examples=500, deadline=None)
@given(
    word=st.text(alphabet=_CASED + "1-", min_size=1, max_size=5),
    text=st.text(alphabet=_CASED + " -1", max_size=16),
)
def test_slug_word_is_in_text_when_its_pattern_matches(word: str, text: str) -> None:
    # the test that lets a page's slug words go without a compiled pattern never turns one away
    # that would match, with or without case
    if re.search(slug_word(word), text, re.IGNORECASE):
        assert _slug_words_in([word], caseless(text)) == [True]
    if re.search(slug_word(word), text):
        assert all(piece in text for piece in slug_pieces(word))


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="aüŁłıİßǄﬁ東 \n-Ωœø", max_size=16))
def test_fold_is_the_character_by_character_fold(text: str) -> None:
    assert _fold(text) == "".join(_fold_char(ch) for ch in text)


@pytest.mark.parametrize(
    ("word", "pieces"),
    [("oaendliga", ["oa", "ndliga"]), ("baer", ["ba", "r"]), ("aa", ["a"]), ("kino", ["kino"])],
)
def test_slug_pieces_table(word: str, pieces: list[str]) -> None:
    assert slug_pieces(word) == pieces


@pytest.mark.parametrize(
    "text",
    [
        "Svensk långfilm från 1981, regi Bo Widerberg.",
        "Ein Film des Regisseurs aus dem Jahre 2011 über Liebe.",
        "A film first shown in Venice. It dates from 1999.",
        "Released from 1999 on, without the word before it.",
        "",
    ],
)
def test_from_year_is_the_whole_patterns_first_match(text: str) -> None:
    found = numbers._from_year(text)
    whole = numbers._film_from_year().search(text)
    assert (found and (found.span(), found.groups())) == (whole and (whole.span(), whole.groups()))
    if text.startswith("Svensk"):
        assert found is not None and found.group(1) == "1981"


# words for director, their case changed, names, spaces of several kinds and letters that abut
_FILMMAKER_TEXT = st.lists(
    st.sampled_from(
        ["director", "DIRECTOR", "Regisseurin", "la réalisatrice", "ο σκηνοθέτης", "Ade",
         "Maren Ade", "Ade.", "x", " ", "  ", "\n", "\u00a0", "\u2003", ",", "-"]
    ),
    max_size=8,
).map("".join)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(text=_FILMMAKER_TEXT, critic=st.sampled_from(["Ade", "Maren Ade", "Ade.", "A", "x", ""]))
def test_filmmaker_is_the_pattern(text: str, critic: str) -> None:
    pattern = rf"(?<!\w){_FILMMAKER}\s+{re.escape(critic)}(?!\w)"
    expected = critic != "" and re.search(pattern, text) is not None
    assert _filmmaker(Who(critic, None, False), text) is expected


@settings(max_examples=500, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(["as", "AS", "plays", "alias", "Ade", "x", " ", "\n", "\u2003", "."]),
        max_size=8,
    ).map("".join),
    name=st.sampled_from(["Ade", "Ade.", "x", ""]),
)
def test_word_before_is_the_pattern(text: str, name: str) -> None:
    words = ("as", "plays")
    expected = re.search(rf"(?<!\w)(?i:as|plays)\s+{re.escape(name)}(?!\w)", text) is not None
    assert WordBefore(words, "as|plays")(name, text) is expected
