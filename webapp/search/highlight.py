"""Highlighted snippets, made only for the hits on the page.

Four parts, as in Whoosh's own highlight module: a **fragmenter** (the window of text to
show: whole text when short, else the densest window cut at word or sentence boundaries), a
**scorer** (matches per window), a **matcher** (which character spans match: words and stems
of the query, or only the exact word sequences of a quoted phrase) and a **formatter** (the
text HTML-escaped, matches in ``<mark>``). The formatter escapes everything it copies from the
document, so its output is the one piece of markup the templates may mark safe.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from markupsafe import Markup, escape
from whoosh.analysis import Analyzer

from indexer import analysis
from indexer.normalize import fold

WINDOW = 240
#: only the first this many characters of a field are highlighted (the cost is linear in it)
MAX_CHARS = 20_000
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


@dataclass(frozen=True)
class Wanted:
    """What to mark: folded words, stems (for the stemmed fields) and exact phrases."""

    words: frozenset[str] = frozenset()
    stems: frozenset[str] = frozenset()
    phrases: tuple[tuple[str, ...], ...] = ()
    excluded: frozenset[str] = field(default_factory=frozenset)

    def __bool__(self) -> bool:
        return bool(self.words or self.stems or self.phrases)


@lru_cache(maxsize=16)
def _analyzer(kind: str, lang: str) -> Analyzer:
    return analysis.text_analyzer(lang) if kind == "text" else analysis.exact_analyzer()


def _words(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Words with spans, without the extra joined forms the index adds at the same place."""
    out: list[tuple[str, int, int]] = []
    for term, start, end in tokens:
        if out and start == out[-1][1] and end > out[-1][2]:
            continue  # "jeanluc" over "jean": keep the pieces
        out.append((term, start, end))
    return out


_JOINERS = re.compile(r"[-'’.]")


def might_match(text: str, wanted: Wanted) -> bool:
    """A cheap test before analysing: does some wanted word or stem occur in the folded text?"""
    folded = fold(text)
    joined = _JOINERS.sub("", folded)  # "spiderman" in "Spider-Man"
    wanted_words = [*wanted.words, *wanted.stems, *_phrase_words(wanted)]
    # short words ("to", "it") are marked only beside others: a text needs a longer one
    longer = [w for w in wanted_words if len(w) > 3] or wanted_words
    return any(w in folded or w in joined for w in longer)


def spans(text: str, wanted: Wanted, lang: str | None = None) -> list[tuple[int, int]]:
    """Character spans of ``text`` to mark (in its first :data:`MAX_CHARS` characters).

    Neighbouring matches merge into one passage; a lone word of three letters or fewer
    ("a", "of", "the") is not marked (unless the query has only such words), so a quote
    fragment is marked as the passage it is, not word by word."""
    text = text[:MAX_CHARS]
    if not text or not wanted or not might_match(text, wanted):
        return []
    tokens = analysis.tokens(_analyzer("exact", ""), text)
    words = _words(tokens)
    found = {(s, e) for term, s, e in tokens if term in wanted.words}
    if wanted.stems:
        stemmed = analysis.tokens(_analyzer("text", lang or "en"), text)
        found |= {(s, e) for term, s, e in stemmed if term in wanted.stems}
    excluded = {(s, e) for term, s, e in words if term in wanted.excluded}
    short_only = all(len(w) <= 3 for w in wanted.words)
    single = _passages(words, sorted(found - excluded), not short_only)
    return _merge(sorted(set(single) | set(_phrase_spans(words, wanted.phrases))))


def _passages(
    words: list[tuple[str, int, int]], marks: list[tuple[int, int]], drop_short: bool
) -> list[tuple[int, int]]:
    """``marks`` joined where they mark neighbouring words; a lone short word is dropped unless
    the query has only short words."""
    marked = set(marks)
    flags = [(s, e) in marked for _, s, e in words]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if not flags[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(words) and flags[j + 1]:
            j += 1
        lone_short = i == j and len(words[i][0]) <= 3
        if not (lone_short and drop_short):
            out.append((words[i][1], words[j][2]))
        i = j + 1
    pieces = {(s, e) for _, s, e in words}
    return out + [m for m in marks if m not in pieces]  # stems, joined forms


def _merge(marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans as one."""
    out: list[tuple[int, int]] = []
    for s, e in marks:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _phrase_words(wanted: Wanted) -> set[str]:
    return {w for phrase in wanted.phrases for w in phrase}


def _phrase_spans(
    words: list[tuple[str, int, int]], phrases: Iterable[tuple[str, ...]]
) -> list[tuple[int, int]]:
    terms = [w for w, _, _ in words]
    out: list[tuple[int, int]] = []
    for phrase in phrases:
        n = len(phrase)
        for i in range(len(terms) - n + 1):
            if tuple(terms[i : i + n]) == phrase:
                out.append((words[i][1], words[i + n - 1][2]))
    return out


def window(text: str, marks: list[tuple[int, int]], size: int = WINDOW) -> tuple[int, int]:
    """The [start, end) of the ``size``-character window with the most marks (one pass:
    the window's end only moves forward)."""
    if len(text) <= size:
        return 0, len(text)
    best, best_start = -1, 0
    marks = marks or [(0, 0)]
    last = 0
    for first, (start, _) in enumerate(marks):
        begin = max(0, start - size // 4)
        last = max(last, first)
        while last < len(marks) and marks[last][1] <= begin + size:
            last += 1
        count = last - first  # marks are sorted: those from ``first`` start after ``begin``
        if count > best:
            best, best_start = count, begin
    begin = _word_start(text, best_start)
    return begin, _word_end(text, min(len(text), begin + size))


def _word_start(text: str, i: int) -> int:
    if i == 0:
        return 0
    space = text.find(" ", i)
    return space + 1 if 0 <= space < i + 30 else i


def _word_end(text: str, i: int) -> int:
    if i >= len(text):
        return len(text)
    space = text.rfind(" ", 0, i)
    return space if space > i - 30 else i


def sentences_window(
    text: str, marks: list[tuple[int, int]], size: int = WINDOW * 2
) -> tuple[int, int]:
    """Whole sentences around the first mark (for quotes), at most about ``size`` characters."""
    if len(text) <= size:
        return 0, len(text)
    bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    first = marks[0][0] if marks else 0
    i = max(j for j, b in enumerate(bounds[:-1]) if b <= first)
    start, end = bounds[i], bounds[i + 1]
    while end - start < size and i + 2 < len(bounds):
        i += 1
        end = bounds[i + 1]
    return start, end


def render(text: str, marks: list[tuple[int, int]], start: int, end: int) -> Markup:
    """``text[start:end]`` escaped, with marks in ``<mark>`` and ellipses where cut."""
    parts: list[str] = ["…" if start > 0 else ""]
    pos = start
    for s, e in marks:
        if s < pos or e > end:
            continue
        parts.append(str(escape(text[pos:s])))
        parts.append(f"<mark>{escape(text[s:e])}</mark>")
        pos = e
    parts.append(str(escape(text[pos:end])))
    parts.append("…" if end < len(text) else "")
    return Markup("".join(parts).strip())


def snippet(
    text: str,
    wanted: Wanted,
    lang: str | None = None,
    sentences: bool = False,
    marks: list[tuple[int, int]] | None = None,
) -> Markup:
    """A highlighted snippet of ``text``: a window (or whole sentences) around its matches
    (``marks`` when the caller has already found them)."""
    if marks is None:
        marks = spans(text, wanted, lang)
    text = text[: MAX_CHARS + WINDOW * 2]
    start, end = (sentences_window if sentences else window)(text, marks)
    return render(text, marks, start, end)
