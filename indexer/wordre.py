"""Word lists as regular-expression alternations that match exactly like the plain one, faster.

Python's ``re`` tries the alternatives of ``(?:film|filme|fiction|…)`` one after the other at
every position, so a list of a few hundred words of fifty languages costs hundreds of tries
per position. :func:`alternation` writes the same list as a tree of shared beginnings,
``fi(?:lm(?:e|)|ction)|…``, which fails after a character or two.

It is the same pattern, not an approximation, with or without ``re.IGNORECASE``: at any
position the tree tries the words that can match there in the order the list gives them, and
no others. Words are grouped by their first character; two groups never hold characters that
could match the same text even ignoring case (``K``, ``k`` and the Kelvin sign ``K`` share a
group, which is then written out in full), and a group is factored only when its words begin
with the very same character. A word that ends where others go on keeps its place among them
(``film de|film`` stays in that order). A look-ahead for the first characters of the words
(``(?=[fk…])``, a condition every match meets) comes first. With ``spaces``, a space in a
word is written ``\\s+`` (as ``re.escape(w).replace(r"\\ ", r"\\s+")`` does) and is never
factored, so the greedy repeat backtracks as before.

A pattern built from a page's own words (a candidate title, an outlet's name) is compiled for
that page alone, and most of them find nothing. :func:`may_hold` answers first, without a
pattern, whether a text can hold such a word at all, case ignored: only the text of
:func:`caseless` and ``in`` (a necessary condition, never a sufficient one).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from indexer.diskcache import cldr_table

try:  # the lower cases re matches to one another ("s" and "ſ"): CPython's own table
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - another interpreter: every caseless search by re
    _EXTRA_CASES = None

__all__ = [
    "alternation",
    "caseless",
    "folded",
    "is_letter",
    "is_word",
    "literal_starts",
    "longest_first",
    "may_hold",
    "whole_words",
    "word_spans",
]

_SPACE = r"\s+"
_Word = tuple[str, ...]  # one token a character, or _SPACE


def alternation(words: Iterable[str], spaces: bool = False) -> str:
    """``"|".join(re.escape(w) for w in words)`` (each space as ``\\s+`` with ``spaces``) as a
    tree of shared beginnings that matches the same text the same way. Like the plain
    alternation it has no outer group: write ``(?:…)`` around it."""
    return _alternation(tuple(words), spaces)


def longest_first(words: Iterable[str]) -> list[str]:
    """``words`` longest first, words of one length in order: the order an alternation of
    them needs (a longer word tried before its own beginning) and the same in every process,
    so that a pattern built from a set is the same pattern each time (``recache`` keeps it)."""
    return sorted(words, key=lambda w: (-len(w), w))


def whole_words(words: Iterable[str], spaces: bool = False) -> str:
    """Any of ``words`` (an :func:`alternation`), whole (no word character before or after)
    and case ignored, as a pattern that keeps its own flags inside others:
    ``(?<!\\w)(?i:…)(?!\\w)``; for no words, a pattern that never matches."""
    found = alternation(words, spaces)
    return rf"(?<!\w)(?i:{found})(?!\w)" if found else "(?!)"


@lru_cache(maxsize=256)  # several readers build the same list: a whole pass asks 112 of 187
@cldr_table  # kept on disk like the CLDR tables: some 200 lists cost a new process 0.2 s
def _alternation(words: tuple[str, ...], spaces: bool) -> str:
    tokens = [tuple(_SPACE if spaces and ch == " " else ch for ch in w) for w in words]
    alternatives = _join(tokens)
    if len(alternatives) < 2 or not all(tokens):
        return "|".join(alternatives)
    # one look at the next character turns away most positions before any word is tried
    firsts = "".join(dict.fromkeys(r"\s" if w[0] == _SPACE else re.escape(w[0]) for w in tokens))
    return f"(?=[{firsts}])(?:{'|'.join(alternatives)})"


def _join(words: list[_Word]) -> list[str]:
    """The alternatives that match ``words`` (token tuples) in their order."""
    out: list[str] = []
    groups: list[list[int]] = []  # indices into words, each group in list order
    group_of: dict[str, list[int]] = {}  # first token -> its group
    near: dict[str, list[str]] = {}  # case key -> first tokens so far, in group_of's order
    for i, word in enumerate(words):
        if not word:  # a word ends here: the groups so far keep their place before it
            out.extend(_group([words[j] for j in g]) for g in groups)
            groups, group_of, near = [], {}, {}
            out.append("")
            continue
        group = group_of.get(word[0])
        if group is None:
            # only a token of the same case key can clash: the others are not tried
            same = near.setdefault(_case_key(word[0]), [])
            hits = {id(group_of[t]): group_of[t] for t in same if _clash(word[0], t)}
            group = _merged(list(hits.values()), groups, group_of)
            group_of[word[0]] = group
            same.append(word[0])
        group.append(i)
    out.extend(_group([words[j] for j in g]) for g in groups)
    return out


def _merged(
    hits: list[list[int]], groups: list[list[int]], group_of: dict[str, list[int]]
) -> list[int]:
    """The group of a new first token: a new one, or those it clashes with, merged into the
    first of them (their words in list order)."""
    if not hits:
        groups.append([])
        return groups[-1]
    first = hits[0]
    for other in hits[1:]:
        first.extend(other)
        groups[:] = [g for g in groups if g is not other]
        group_of.update({t: first for t, g in group_of.items() if g is other})
    first.sort()
    return first


def _group(group: list[_Word]) -> str:
    head = group[0][0]
    if len(group) == 1:
        return _write(group[0])
    if head == _SPACE or any(w[0] != head for w in group):
        return "(?:" + "|".join(_write(w) for w in group) + ")"
    rest = _join([w[1:] for w in group])
    return _write((head,)) + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")")


def _write(word: _Word) -> str:
    if _SPACE not in word:  # re.escape goes character by character: one call for the word
        return re.escape("".join(word))
    return "".join(t if t == _SPACE else re.escape(t) for t in word)


@lru_cache(maxsize=4096)
def _case_key(token: str) -> str:
    """A key that two tokens which :func:`_clash` always share (the converse need not hold):
    the first character of the upper case of the first character of the lower case
    (``İ``, ``ı``, ``i`` -> ``I``; ``ſ``, ``s`` -> ``S``; ``µ``, ``μ`` -> ``Μ``; the Kelvin
    sign -> ``K``), a space for a run of spaces and any space character. Re's rule (a
    character's simple lower case, or one of the lower cases that share an upper case)
    keeps this key for every character (tested over all of them)."""
    if token == _SPACE or token.isspace():
        return " "
    return token.lower()[:1].upper()[:1]


@lru_cache(maxsize=1 << 15)  # the lists of fifty languages meet some 14,000 pairs
def _clash(a: str, b: str) -> bool:
    """True when tokens ``a`` and ``b`` could match the same character, case ignored."""
    if _SPACE not in (a, b) and a.isascii() and b.isascii():
        return a.lower() == b.lower()  # re's rule for two ASCII characters (tested)
    sample_a, sample_b = (" " if t == _SPACE else t for t in (a, b))
    return bool(_fullmatch(a)(sample_b) or _fullmatch(b)(sample_a))


@lru_cache(maxsize=4096)
def _fullmatch(token: str) -> Callable[[str], re.Match[str] | None]:
    """``re.fullmatch`` of one token, case ignored, compiled once per token: a pattern per
    pair through ``re``'s own cache pushed the pages' patterns out of it."""
    return re.compile(_write((token,)), re.IGNORECASE).fullmatch


#: what ``re`` matches to an ASCII character when case is ignored, besides its two cases: the
#: dotted and dotless i (whose lower case "i̇" :func:`caseless` drops the dot of), the long s
_CASELESS_EXTRA = (("\u0307", ""), ("ı", "i"), ("ſ", "s"))
_ASCII_RUN = re.compile(r"[\x00-\x7f]+")


def caseless(text: str) -> str:
    """``text`` in lower case with each character that ``re`` matches to an ASCII letter when
    case is ignored written as that letter ("İSTANBUL" -> "istanbul", "ſ" -> "s", the Kelvin
    sign -> "k"): what :func:`may_hold` looks in (tested over every character)."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    for odd, plain in _CASELESS_EXTRA:
        lowered = lowered.replace(odd, plain)
    return lowered


def may_hold(caseless_text: str, literal: str) -> bool:
    """False when a text whose :func:`caseless` is ``caseless_text`` cannot hold ``literal``
    even ignoring case (``re.escape(literal)`` with ``re.IGNORECASE`` finds nothing there): a
    run of its ASCII characters is missing. True says only that it may."""
    return all(run.lower() in caseless_text for run in _ASCII_RUN.findall(literal))


def _first_of_classes() -> tuple[tuple[str, str], ...] | None:
    """Each lower case that ``re`` matches to another one when case is ignored, with the one
    of its class :func:`folded` writes for all (an ASCII letter where there is one)."""
    if _EXTRA_CASES is None:  # pragma: no cover - another interpreter
        return None
    folds: dict[str, str] = {}
    for lower, others in _EXTRA_CASES.items():
        members = sorted((lower, *others), key=lambda code: (code > 0x7F, code))
        folds.update((chr(code), chr(members[0])) for code in members[1:])
    return tuple(folds.items())


_FOLDS = _first_of_classes()


@lru_cache(maxsize=32)  # a page's block is searched for each of its candidates
def folded(text: str) -> str | None:
    """``text`` as ``re`` compares it when case is ignored, one character for one: each
    character's lower case, the lower cases re holds equal written alike ("ſ" as "s", "ς" as
    "σ"); None where that is not one for one ("İ", whose lower case is two characters)."""
    lowered = text.lower()
    if _FOLDS is None or len(lowered) != len(text):
        return None
    if lowered.isascii():
        return lowered
    for odd, first in _FOLDS:
        if odd in lowered:
            lowered = lowered.replace(odd, first)
    return lowered


def is_word(ch: str) -> bool:
    """``re``'s ``\\w`` for one character (tested over every character)."""
    return ch.isalnum() or ch == "_"


def is_letter(ch: str) -> bool:
    """``re``'s ``[^\\W\\d_]`` for one character: a letter (tested over every character)."""
    return ch.isalnum() and not ch.isdecimal()


def _haystack(text: str, literal: str, ignorecase: bool) -> tuple[str, str] | None:
    """The text and the literal as :func:`word_spans` compares them; None when only ``re``
    can answer."""
    if not literal:
        return None
    if not ignorecase:
        return text, literal
    hay, needle = folded(text), folded(literal)
    return None if hay is None or needle is None else (hay, needle)


def word_spans(
    text: str, literal: str, ignorecase: bool = False, letters: bool = False
) -> list[tuple[int, int]]:
    """The spans of ``re.finditer(rf"(?<!\\w){re.escape(literal)}(?!\\w)", text)`` (with
    ``re.IGNORECASE`` when ``ignorecase``; with ``letters``, ``[^\\W\\d_]`` for ``\\w``: a
    letter, a digit or "_" may touch it), found without compiling a pattern for ``literal``."""
    pair = _haystack(text, literal, ignorecase)
    if pair is None:
        flags = re.IGNORECASE if ignorecase else 0
        edge = r"[^\W\d_]" if letters else r"\w"
        found = re.finditer(rf"(?<!{edge}){re.escape(literal)}(?!{edge})", text, flags)
        return [m.span() for m in found]
    hay, needle = pair
    touches = is_letter if letters else is_word
    spans: list[tuple[int, int]] = []
    at = hay.find(needle)
    while at >= 0:
        end = at + len(needle)
        if (at and touches(text[at - 1])) or (end < len(text) and touches(text[end])):
            at = hay.find(needle, at + 1)  # re tries the next position
        else:
            spans.append((at, end))
            at = hay.find(needle, end)  # matches do not overlap
    return spans


def literal_starts(text: str, literal: str, ignorecase: bool = False) -> list[int]:
    """Every position where ``text`` holds ``literal`` (overlapping ones too), as the starts
    of ``re.finditer(f"(?={re.escape(literal)})", text)`` (with ``re.IGNORECASE`` when
    ``ignorecase``), found without compiling a pattern for ``literal``."""
    pair = _haystack(text, literal, ignorecase)
    if pair is None:
        flags = re.IGNORECASE if ignorecase else 0
        return [m.start() for m in re.finditer(f"(?={re.escape(literal)})", text, flags)]
    hay, needle = pair
    starts: list[int] = []
    at = hay.find(needle)
    while at >= 0:
        starts.append(at)
        at = hay.find(needle, at + 1)
    return starts
