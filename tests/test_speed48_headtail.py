"""A speed path of session 48 finds exactly what it stands for: the CJK name that ends a head
is looked for among its last characters only
(:func:`~indexer.extract.pages.headfinal.name_before`)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.extract.pages import headfinal

_HEAD = st.text(alphabet="是枝裕和サクラ・안도 a\n、", max_size=30)


@settings(max_examples=500, deadline=None)
@given(head=_HEAD)
def test_cjk_tail_among_the_last_characters_is_the_whole_search(head: str) -> None:
    whole = headfinal._CJK_TAIL.search(head)
    tail = headfinal._CJK_TAIL.search(head, max(0, len(head) - headfinal._CJK_TAIL_REACH))
    assert (whole and whole.span()) == (tail and tail.span())


def test_cjk_tail_reach_is_the_longest_match_and_a_line_break() -> None:
    longest = "・" * 12
    assert headfinal._CJK_TAIL.search("x" + longest + "\n").span() == (1, 13)
    assert re.fullmatch(headfinal._CJK_TAIL, "・" * 13) is None


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("主演:安藤サクラ", "安藤サクラ"),
        ("監督は是枝裕和\n", "是枝裕和"),
        ("Directed by Ana Ruiz", "Ana Ruiz"),
    ],
)
def test_name_before_table(head: str, expected: str) -> None:
    assert headfinal.name_before(head) == expected
