"""Quotation marks: where a quote opens, where it closes, and what follows it.

Pages quote with every national style: ``"…"``, ``“…”``, ``„…“``, ``«…»``, ``»…«``, ``‘…’``,
``'…'``, ``‚…‘``, ``「…」``. A closing mark is only a close when what follows it on the line is
empty or reads as an attribution; ``’`` inside a word ("Kaurismäki’s") never closes, and an
apostrophe for a century ("the early '80s") never opens.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from indexer.extract.pages.scripts import CJK

#: the signs of a rating in stars (a character class body): "★★★★☆", "⭐⭐⭐½"
STAR_SIGNS = "★☆✩✪⭐✭✮½"

CLOSERS: dict[str, str] = {
    '"': '"”“',
    "“": '”“"',
    "„": '“”"',
    "«": "»",
    "»": "«",
    "‘": "’'”",  # ‘…” on pages that mix their marks
    "'": "'’",
    "‚": "‘’",
    "”": "”",
    "「": "」",
    "『": "』",
    "‹": "›",
    "›": "‹",
}
OPENERS = "".join(CLOSERS)
CLOSING = "".join(dict.fromkeys("".join(CLOSERS.values())))
_APOSTROPHES = "'’‘"
#: a rating before a quote or its source: stars, "4/5", or a score with one decimal before a
#: capital ("5.0 Jessica Zafra (InterAksyon)"; not "2.5 million", nor "4.0 Stars", a heading)
RATING = re.compile(
    r"^\s*(?:(?:[★☆✩✪⭐✭✮]|\*(?=[*\s]))+\s*(?:½\s*)?|\d(?:[.,]\d)?\s*/\s*(?:5|10)(?![0-9a-zß-ÿ])\s*"
    r"|(?:10|\d)[.,]\d\s+(?=[A-ZÀ-Ý])(?![^\W\d_]*(?i:st[ae]r|étoile|estrella|stell|stj)))+"
)

#: a review's verdict alone on a line ("Fresh", "Top critic", "• , 60% Tomatometer Score")
RATING_ONLY = re.compile(
    r"^[•·,\s]*(?:fresh|rotten|top critic|\d+\s*%)(?:\s+(?:fresh|rotten))?"
    r"(?:\s+tomatometer(?:\s+score)?)?\s*:?$",
    re.IGNORECASE,
)

#: a critic's score alone on a line, out of a hundred ("• 100", "91"): a rating only over a
#: source line (see :mod:`.units`)
SCORE_ONLY = re.compile(r"^[•·\s]*(?:100|[1-9]?\d)\s*$")

_CJK = re.compile(rf"[{CJK}]")
_OPENING = re.compile(  # after a space or a mark, or glued to CJK text ("称作“…”")
    rf"(?:(?<!\w)|(?<=[{CJK}]))[{re.escape(OPENERS)}]"
)

Tail = Callable[[str], bool]


@dataclass(frozen=True)
class Closed:
    """A quotation found at the start of some text: its words, and what follows the close."""

    text: str
    tail: str


def strip_rating(text: str) -> tuple[str, bool]:
    """``text`` without a leading star or number rating, and whether it had one."""
    match = RATING.match(text)
    if match and match.end() < len(text):
        return text[match.end() :].strip(), True
    return text.strip(), False


#: an apostrophe that stands for a year's century, before a decade or a year's last two digits
#: ("the early '80s", "the ‘50’s", "anni '70,", "nel '45."): no quotation opens there; a title
#: that starts with a number goes on with a word ("’15 horas’")
_ELIDED_CENTURY = re.compile(r"[’'‘]\d\d(?:[’']?s(?!\w)|[^\w\s]|$)")


def opener(text: str) -> str | None:
    """The quotation mark ``text`` opens with, if it opens a quotation."""
    if len(text) < 3 or text[0] not in CLOSERS:
        return None
    if text[0] in _APOSTROPHES and not (text[1].isalnum() or text[1] in OPENERS + "[…"):
        return None  # "‘[Hopkins] is …’", "‘…a typically deadpan …’" open quotations too
    if _ELIDED_CENTURY.match(text):
        return None
    return text[0]


def closes_at(text: str, mark: str) -> list[int]:
    """Positions in ``text`` (after its first character) where ``mark``'s quotation may close."""
    found = []
    inner = _inner_pairs(text, mark)
    for k in range(1, len(text)):
        char = text[k]
        if char not in CLOSERS[mark] or k in inner:
            continue
        after = text[k + 1 : k + 2]
        glued = _CJK.match(after)  # a particle after the close: '간이역'을, ‘미키 17’이
        if char in _APOSTROPHES and not glued and (after.isalnum() or not text[k - 1 : k].strip()):
            continue  # an apostrophe inside a word, or an opening mark
        found.append(k)
    return found


#: curly marks that open a quotation or a title inside a straight-quoted one, and their closes
_CURLY_PAIRS = {"“": "”", "«": "»"}


def _inner_pairs(text: str, mark: str) -> set[int]:
    """The positions of the marks of curly pairs inside a quotation opened by a straight
    ``mark`` ("\"… наградата, “В кръг” смело …\""): a curly mark glued to the word after it
    opens a title or a quotation, which its own close ends; neither is the outer close."""
    if mark == "«":
        return _nested_guillemets(text)
    if mark != '"':
        return set()
    inside: set[int] = set()
    k = 1
    while k < len(text):
        close = _CURLY_PAIRS.get(text[k])
        if close and text[k + 1 : k + 2].isalpha():
            end = text.find(close, k + 2)
            if end > 0 and '"' not in text[k:end]:
                inside.update((k, end))
                k = end
        k += 1
    return inside


def _nested_guillemets(text: str) -> set[int]:
    """The positions of the guillemets of quotations or titles nested inside one opened by
    "«" (``text[0]``): "«در «برادران لیلا»، یک خانواده …»", "«Le film de «Cannes» …»". An
    inner "«" opens where a letter follows it and no letter precedes it; each "»" closes the
    innermost open one, and only the outer one's close is no inner mark (when none is left
    for it, the page cut the quotation off)."""
    inside: set[int] = set()
    opened: list[int] = []
    for k in range(1, len(text)):
        char = text[k]
        if char == "«" and text[k + 1 : k + 2].isalpha() and not text[k - 1 : k].isalpha():
            opened.append(k)
        elif char == "»" and opened:
            inside.update((opened.pop(), k))
        elif char == "»":
            break  # the outer quotation closes here
    return inside


def close_in(text: str, mark: str, tail_ok: Tail) -> Closed | None:
    """The quotation opened by ``mark`` (``text[0]``) that closes inside ``text``: the last close
    after which the rest of the line is empty or an attribution (``tail_ok``)."""
    closes = _nested(text, mark, closes_at(text, mark))
    for n in range(len(closes) - 1, -1, -1):
        k = closes[n]
        tail = text[k + 1 :].strip()
        if not tail.strip(" .,;:!?…") or tail_ok(tail):
            return _before_quoted_source(text, mark, closes[:n], tail_ok) or Closed(
                text[1:k].strip(), tail
            )
    return None


def _before_quoted_source(text: str, mark: str, earlier: list[int], tail_ok: Tail) -> Closed | None:
    """The quotation closed before a source that quotes its own outlet with the same marks, the
    line's last close closing that outlet's name ("„…” – Janusz Wróblewski, „Polityka”"): the
    last earlier close whose tail opens that mark again and reads as a source."""
    for k in reversed(earlier):
        tail = text[k + 1 :].strip()
        if mark in tail and tail_ok(tail):
            return Closed(text[1:k].strip(), tail)
    return None


def _nested(text: str, mark: str, closes: list[int]) -> list[int]:
    """``closes`` up to where a pair of marks that nest («…», 「…」) is closed: «…» — пишет X
    в «Y» closes after the first quotation, not after the outlet."""
    if len(CLOSERS[mark]) > 1 or CLOSERS[mark] == mark:
        return closes
    depth = 1
    for k in range(1, len(text)):
        depth += (text[k] == mark) - (text[k] == CLOSERS[mark])
        if depth == 0:
            return [c for c in closes if c <= k]
    return closes


_LETTERED = re.compile(r"[^\W_]")


def spans(text: str, min_words: int) -> list[tuple[int, int]]:
    """(start, end) of quoted passages of at least ``min_words`` words inside prose; ``start``
    is the opening mark, ``end`` the closing one."""
    found: list[tuple[int, int]] = []
    last = 0
    for candidate in _OPENING.finditer(text):
        k = candidate.start()
        mark = text[k]
        if k < last or opener(text[k : k + 6] + "xx") != mark:
            continue
        # a word between the marks, or one CJK character ("『乱』", a title of one character)
        ends = [e for e in closes_at(text[k:], mark) if _LETTERED.search(text[k + 1 : k + e])]
        if not ends and words(text[k:]) >= 10:
            ends = [len(text) - k]  # a quotation the page cuts off
        if ends:
            end = k + ends[0]
            if words(text[k + 1 : end]) >= min_words:
                found.append((k, end))
            last = end + 1
    return found


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4096)  # the quote readers count the words of the same texts
def words(text: str) -> int:
    """How many words ``text`` holds (two CJK characters count as one word)."""
    cjk = len(_CJK.findall(text))
    return len(_WORD.findall(_CJK.sub(" ", text))) + cjk // 2


def unquote(text: str) -> str:
    """A quote's words without surrounding marks, dashes, ellipses of omission and spaces."""
    text = text.strip().rstrip("–—-~").strip()
    text = re.sub(r"^[\s\"“„«»‘’‹›'‚「『*_]+", "", text)
    end = _END_MARKS.search(text)
    if end and not _closes_inner(text[: end.start()], end.group()):
        text = text[: end.start()] + text[end.end() :]
    return text.strip()


_END_MARKS = re.compile(r"[\s\"”“»«’‘›‹'」』*_]+(?=[.,]?$)")
#: marks that open a quotation or title inside a quote, and the marks that close them
_INNER = {"‘": "’", "“": "”", "«": "»", "„": "“”", "‹": "›", "「": "」", "『": "』"}


def _closes_inner(body: str, end: str) -> bool:
    """True when the marks ``end`` of a quote close a title or quotation opened inside it
    ("Anatolska verzija ‘Ubojstva nevinih’."): they stay."""
    for opening, closing in _INNER.items():
        opened = body.count(opening) - sum(body.count(c) for c in closing if c != opening)
        if opened > 0 and any(c in end for c in closing):
            return True
    return False


#: the double marks that open a quotation a cut can leave open, and the mark that closes each
_CUT_CLOSERS = {'"': '"', "“": "”", "„": "“", "«": "»", "»": "«", "「": "」", "『": "』"}
#: an opening mark after the colon that announces a quotation, before a letter
_CUT_OPENING = re.compile(r"(?:(?<=[:：])|(?<=\w\s))\s*([\"“„«»「『])(?=\w)")


def closed_at_cut(line: str) -> str:
    """``line`` with the quotation that a colon or the words before it announce and the line
    never closes closed at its end: the last line of a page cut off in the middle of a
    quotation ("… escribió en The Guardian: “Hay un poco de emoción holly", "… calificó al filme
    como “visualmen"); ``line`` itself when every quotation in it is closed, or opens the line
    (a list's "“… – Name, Outlet")."""
    for found in reversed(list(_CUT_OPENING.finditer(line))):
        mark = found.group(1)
        rest = line[found.end() :]
        if any(c in rest for c in CLOSERS[mark]):
            return line
        if mark == '"' and line.count('"') % 2 == 0:
            return line
        return line.rstrip() + _CUT_CLOSERS[mark]
    return line
