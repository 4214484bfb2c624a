"""Speed paths of session 49 in the title's readers find exactly what the longer way finds: a
line without a quote's opening mark holds no quote (:func:`~indexer.extract.pages.titlecues.
_quotes_in`), and the runs of the candidates' words are indexed from the lines' words as
strings (:func:`~indexer.extract.pages.titlespans._index`)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_speed44a import _every_run

from indexer.extract.pages import titlecues, titlespans

_LINE = st.text(alphabet="Kes ab'’\"“”„«»《》「」『』〈〉‘<>＜＞フィルムفيلم-.,", max_size=40)


def _every_quote(line: str, depth: int = 0) -> list[str]:
    """What :func:`titlecues._quotes_in` finds, every line read with the pattern."""
    found = []
    for match in titlecues._QUOTED.finditer(line):
        text = next(g for g in match.groups() if g is not None)
        found.append(text.strip(" .,:;"))
        if depth < 1:
            found.extend(_every_quote(text, depth + 1))
    return found


@settings(max_examples=1500, deadline=None)
@given(line=_LINE)
def test_a_line_without_an_opening_mark_holds_no_quote(line: str) -> None:
    if titlecues._QUOTE_OPENERS.isdisjoint(line):
        assert titlecues._QUOTED.search(line) is None
    assert titlecues._quotes_in(line) == _every_quote(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Der Film „Das Lehrerzimmer“ läuft ab Donnerstag", ["Das Lehrerzimmer"]),
        ("영화 <탈주> 후기", ["탈주"]),
        ("Le film « Anatomie d’une chute » de Justine Triet", ["Anatomie d’une chute"]),
        ("Sepet makes me cry, says the critic", []),
    ],
)
def test_quotes_in_table(line: str, expected: list[str]) -> None:
    assert titlecues._quotes_in(line) == expected


_WORDS = st.lists(st.text(alphabet="Sepetmkx ’'-.", min_size=0, max_size=12), max_size=5)


@settings(max_examples=500, deadline=None)
@given(lines=_WORDS, wanted=st.sets(st.sampled_from(["sepet", "makes", "me", "x", "k", "pe"])))
def test_the_span_index_is_every_run_of_wanted_words(lines: list[str], wanted: set[str]) -> None:
    every = _every_run(tuple(lines))  # every run of up to six words, wanted or not
    expected = {run: where for run, where in every.items() if set(run) <= wanted}
    assert dict(titlespans._index(tuple(lines), wanted)) == expected
