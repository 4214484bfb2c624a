"""indexer.wordre: a word list as a tree-shaped alternation that matches like the plain one."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer import lang
from indexer.wordre import alternation, whole_words


def _plain(words: list[str], spaces: bool) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") if spaces else re.escape(w) for w in words)


def _matches(source: str, text: str, flags: int) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(1)) for m in re.finditer(source, text, flags)]


def _same(words: list[str], text: str, spaces: bool = False) -> None:
    for template in (r"((?:{}))", r"(?<!\w)((?:{}))\w{{0,4}}(?!\w)", r"\b((?:{}))(?:\s*:\s*|\s+)"):
        for flags in (0, re.IGNORECASE):
            plain = template.format(_plain(words, spaces))
            tree = template.format(alternation(words, spaces))
            assert _matches(tree, text, flags) == _matches(plain, text, flags), (template, flags)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["film", "fiction", "fi"], "fi(?:lm|ction|)"),
        (["film de", "film"], r"film(?:\ de|)"),  # the longer word is still tried first
        (["ab", "c", "ad"], "(?=[ac])(?:a(?:b|d)|c)"),  # "c" cannot match where "a…" does
        (["ab", "Ac"], "(?:ab|Ac)"),  # case-folded, they can: written out in full
        (["Ka", "\u212ab"], "(?:Ka|\u212ab)"),  # the Kelvin sign matches "k" ignoring case
        (["a.b", "a+c"], r"a(?:\.b|\+c)"),
    ],
)
def test_shared_beginnings_are_factored_only_where_nothing_changes(
    words: list[str], expected: str
) -> None:
    assert alternation(words) == expected


def test_spaces_are_written_as_runs_and_never_factored() -> None:
    assert alternation(["directed by", "directed  by"], spaces=True) == (
        r"directed(?:\s+by|\s+\s+by)"
    )


@pytest.mark.parametrize(
    ("words", "text"),
    [
        (["ac", "A", "ab"], "ab AB aC"),  # ignoring case, "A" comes before "ab"
        (["ſa", "sb", "Sa"], "sa SB ſb"),  # the long s is an s ignoring case
        (["film de", "film", "filmes"], "film  de filmes film"),
    ],
)
def test_words_that_can_match_the_same_text_keep_their_order(words: list[str], text: str) -> None:
    _same(words, text, spaces=True)
    _same(words, text)


def test_the_month_names_of_every_language_match_as_before() -> None:
    text = "12 marzo 2020, März 3, 5 ΜΑΐΟΥ 2021, KASIM 1999, 7 ſeptember, 3 İyun 2002, mar."
    _same(list(lang.months()), text)


@pytest.mark.parametrize("kind", ["directed_by", "starring", "director_nouns", "film_words"])
def test_cue_words_match_as_before(kind: str) -> None:
    text = "Directed by Ana; un film de Jean, réalisé par Luc. Regie: Max. режисер Іван. 監督"
    _same(list(lang.cues(kind)), text, spaces=True)


_CHARS = "aAkK\u212asSſ \u00a0"


@settings(max_examples=400, deadline=None)
@given(
    words=st.lists(st.text(alphabet=_CHARS, min_size=1, max_size=3), min_size=1, max_size=6),
    text=st.text(alphabet=_CHARS + ".:", max_size=30),
    spaces=st.booleans(),
)
def test_any_word_list_matches_like_the_plain_alternation(
    words: list[str], text: str, spaces: bool
) -> None:
    _same(words, text, spaces)


def test_characters_that_can_match_each_other_share_a_case_key() -> None:
    """``_clash`` is only asked about tokens of the same case key, so the key must hold for
    re's whole rule: a character matches another ignoring case when their simple lower
    cases are the same or are lower cases that share an upper case (re's extra cases)."""
    import _sre
    from re._casefix import _EXTRA_CASES

    from indexer.wordre import _SPACE, _case_key, _clash

    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        lower = _sre.unicode_tolower(code)
        if lower != code:
            assert _case_key(chr(code)) == _case_key(chr(lower)), hex(code)
    for lower, others in _EXTRA_CASES.items():
        assert {_case_key(chr(c)) for c in (lower, *others)} == {_case_key(chr(lower))}
    for token in (" ", "\t", "\u00a0", "\u3000"):
        assert _case_key(token) == _case_key(_SPACE)
    for a, b in [("k", "\u212a"), ("s", "\u017f"), ("\u0130", "i"), ("\u0131", "I"), ("ß", "ẞ")]:
        assert _clash(a, b)
        assert _case_key(a) == _case_key(b)


def test_a_list_built_again_is_the_same_alternation() -> None:
    words = ["film de", "film", "fiction"]
    first = alternation(w for w in words)  # any iterable, a generator too
    assert alternation(list(words)) == first
    assert alternation(tuple(words), spaces=True) != first  # the space is written \s+
    assert alternation(words[:2]) != first


def test_patterns_built_from_sets_do_not_depend_on_the_hash_seed() -> None:
    """Word sets iterate in a different order in every process (PYTHONHASHSEED): the patterns
    built from them are the same text whatever the seed."""
    code = (
        "from indexer.extract.pages.quotes.lang import phrase_pattern;"
        "from indexer.extract.pages.quotes import prose;"
        "from indexer.extract.pages import genres;"
        "print(phrase_pattern(tuple(prose._PRONOUNS)));"
        "print(genres._film_ending().pattern)"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(runs) == 1


@pytest.mark.parametrize(
    ("text", "found"),
    [("Directed by Ann", ["Directed by"]), ("a FILM DE b", ["FILM DE"]), ("filmed", []),
     ("the film", ["film"]), ("réfilm", [])],
)  # fmt: skip
def test_whole_words_are_whole_and_caseless(text: str, found: list[str]) -> None:
    pattern = re.compile(whole_words(["film de", "film", "directed by"], spaces=True))
    assert pattern.findall(text) == found


def test_whole_words_keep_their_flags_inside_another_pattern() -> None:
    assert re.fullmatch(rf"X {whole_words(['film'])} Y", "X FILM Y")
    assert not re.fullmatch(rf"X {whole_words(['film'])} Y", "x film y")
    assert not re.search(whole_words([]), "anything")
