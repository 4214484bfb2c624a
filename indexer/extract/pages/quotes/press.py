"""Headings that open a block of press quotes.

A heading names the press in the page's language ("Pressestimmen", "La presse en parle :"),
a short sentence ending with a colon or a question mark speaks of the critics ("What the critics
are saying:", "What are critics saying?"),
or a line counts the critics' reviews ("2.4 av 5 · 6 recensioner", "40 critic reviews"; not
"12 user reviews", which counts visitors' comments). Under such a heading, unquoted paragraphs
are read as quotes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.extract.pages.quotes.lang import COMMENT_HEADINGS, PRESS_HEADINGS

_HEADINGS = frozenset(PRESS_HEADINGS)
_COMMENTS = frozenset(COMMENT_HEADINGS)
_HEADING_WORDS = frozenset(h for h in PRESS_HEADINGS if " " not in h)
_SEGMENTS = re.compile(r"\s*[•·|/–—]\s*|\s+-\s+")
_DIGIT = re.compile(r"\d")
#: an article opening a line ("The Critics Comment", "La Presse")
_ARTICLE = re.compile(r"^(?:the|le|la|les|der|die|das|el|los|las|il|de|het)\s+|^l['’]")


#: a word
_WORD = re.compile(r"\w+")
#: marks that end a heading
_HEADING_TAIL = re.compile(r"[\s:.\-–—|*#]+$")


@lru_cache(maxsize=8192)  # the unit cutter asks twice of a line of furniture
def is_press_heading(line: str) -> bool:
    """True for a heading that opens a block of press quotes ("Pressestimmen", "Reviews:")."""
    text = _HEADING_TAIL.sub("", line.strip().lower()).strip(" #*")
    if text in _HEADINGS:
        return True
    words = _WORD.findall(text)
    if _titled_heading(text) and len(words) <= 8:
        return True  # "Amour de Haneke : Critiques positives"
    if line.rstrip().endswith((":", "?", "？")) and 3 <= len(words) <= 6:
        return any(w in _HEADING_WORDS for w in words)  # "What are critics saying?"
    if len(words) > 12 or not _DIGIT.search(text):
        return False
    counts = (re.sub(r"^\W*\d+\W*|\W*\d+\W*$", "", part) for part in _SEGMENTS.split(text))
    return any(_counted(part) for part in counts)  # "2.4 av 5 · 6 recensioner"


def names_critics(source: str) -> bool:
    """True for a source line that speaks of the critics instead of naming one ("The Critics
    Comment", "Kritiken im Überblick"): a word of a press heading among two or more words
    after an article. One such word with an article only is a paper's name ("La Presse")."""
    words = re.findall(r"\w+", _ARTICLE.sub("", source.strip().lower()))
    return len(words) >= 2 and any(w in _HEADING_WORDS for w in words)


def _titled_heading(text: str) -> bool:
    """True for a heading after a colon that follows the film's name: a press heading, or a
    heading word and the one word that sorts the reviews ("… : critiques positives")."""
    head, colon, part = text.rpartition(":")
    words = part.split()
    if not colon or not head.strip() or not words or re.search(r"[\"“”„«».!?]", part):
        return False
    return part.strip() in _HEADINGS or (len(words) == 2 and words[0] in _HEADING_WORDS)


def _counted(part: str) -> bool:
    """True for what a count of the critics' reviews says ("recensioner", "critic reviews"),
    not a count of visitors' ("user reviews", "comments")."""
    words = part.split()
    if part in _COMMENTS or not words or len(words) > 3:
        return False
    return part in _HEADINGS or any(w in _HEADING_WORDS for w in words)
