"""indexer.wordre: a word list as a tree-shaped alternation that matches like the plain one."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer import lang
from indexer.wordre import alternation, literal_starts, whole_words, word_spans


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


#: characters whose case re treats apart: "ı", "İ" (two characters in lower case), "ſ", the
#: Kelvin sign, final and other sigma, "µ" and "μ", iota and the combining ypogegrammeni
_ODD = "aAiIıİsSſkK\u212aσςΣµμΜιΙ\u0345\u1fbeßẞ_1² -.'’é"


def _by_re(
    text: str, literal: str, ignorecase: bool, edge: str = r"\w"
) -> tuple[list[tuple[int, int]], list[int]]:
    flags = re.IGNORECASE if ignorecase else 0
    words = re.finditer(rf"(?<!{edge}){re.escape(literal)}(?!{edge})", text, flags)
    starts = re.finditer(f"(?={re.escape(literal)})", text, flags)
    return [m.span() for m in words], [m.start() for m in starts]


@given(
    text=st.text(alphabet=_ODD, max_size=16),
    literal=st.text(alphabet=_ODD, max_size=4),
    ignorecase=st.booleans(),
)
@settings(max_examples=1000)
def test_a_literal_is_found_where_its_pattern_finds_it(
    text: str, literal: str, ignorecase: bool
) -> None:
    assert (word_spans(text, literal, ignorecase), literal_starts(text, literal, ignorecase)) == (
        _by_re(text, literal, ignorecase)
    )
    assert (
        word_spans(text, literal, ignorecase, letters=True)
        == (_by_re(text, literal, ignorecase, r"[^\W\d_]")[0])
    )


@pytest.mark.parametrize(
    ("text", "literal", "ignorecase", "spans", "starts"),
    [
        ("Burning, burning man", "burning", False, [(9, 16)], [9]),
        ("Burning, burning man", "BURNING", True, [(0, 7), (9, 16)], [0, 9]),
        ("aaa a", "aa", False, [], [0, 1]),  # no whole word; overlapping starts
        ("ΟΔΟΣ ΟΔΟΣ", "οδοσ", True, [(0, 4), (5, 9)], [0, 5]),  # a final sigma either way
        ("İSTANBUL", "istanbul", True, [(0, 8)], [0]),  # "İ" lowers to two: re answers
        ("_Zama Zama2", "Zama", False, [], [1, 6]),
    ],
)
def test_literal_examples(
    text: str, literal: str, ignorecase: bool, spans: list[tuple[int, int]], starts: list[int]
) -> None:
    assert word_spans(text, literal, ignorecase) == spans
    assert literal_starts(text, literal, ignorecase) == starts


def test_the_literal_search_compares_characters_as_re_does() -> None:
    """Over every character: ``\\w`` is ``isalnum`` or "_", and ``str.lower`` of one character
    is re's simple lower case (but for "İ", two characters, for which re is asked)."""
    import _sre

    from indexer.wordre import is_letter, is_word

    for code in range(0x110000):
        ch = chr(code)
        assert is_word(ch) == bool(re.match(r"\w", ch)), hex(code)
        assert is_letter(ch) == bool(re.match(r"[^\W\d_]", ch)), hex(code)
        lowered = ch.lower()
        if len(lowered) == 1:
            assert lowered == chr(_sre.unicode_tolower(code)), hex(code)
        else:
            assert ch == "\u0130"


@pytest.mark.parametrize(
    ("sentence", "title", "spans"),
    [
        ("o curta “Vaca Profana”, e «VACA PROFANA»", "vaca profana", [(8, 22), (26, 40)]),
        ("'A'A'", "a", [(0, 3)]),  # the second would share the first's closing mark
        ("Vaca Profana”", "Vaca Profana", []),  # no opening mark
    ],
)
def test_a_quoted_title_is_found_as_its_pattern_finds_it(
    sentence: str, title: str, spans: list[tuple[int, int]]
) -> None:
    from indexer.extract.pages.genres import _CLOSING_QUOTES, _OPENING_QUOTES, _quoted

    pattern = rf"[{_OPENING_QUOTES}]{re.escape(title)}[{_CLOSING_QUOTES}]"
    assert [m.span() for m in re.finditer(pattern, sentence, re.IGNORECASE)] == spans
    assert _quoted(sentence, title) == spans


def test_an_alternation_is_read_back_from_the_cache_folder_by_the_next_process(
    tmp_path: Path,
) -> None:
    """A new process finds the lists an earlier one built in the cache folder (no rebuild)."""
    env = {**os.environ, "CINEDEX_CACHE_DIR": str(tmp_path)}
    build = "from indexer.wordre import alternation; print(alternation(['zqa', 'zqb', 'y']))"
    first = subprocess.run([sys.executable, "-c", build], env=env, capture_output=True, text=True)
    reread = (
        "import indexer.wordre as w\n"
        "def fail(*_):\n    raise AssertionError('built again')\n"
        "w._join = fail\n" + build.split("; ", 1)[1].replace("alternation", "w.alternation")
    )
    second = subprocess.run([sys.executable, "-c", reread], env=env, capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    assert second.stdout == first.stdout == "(?=[zy])(?:zq(?:a|b)|y)\n"


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
