"""A title candidate written on the line that heads the page's story (its synopsis).

A film's page tells one story, and the lines just above it are the film's: its name over the
blurb, a heading that holds the name with other words ("Kes (1969)", "Mat Kilau: the review"),
or a section's word ("Synopsis"). The synopsis chooser (:mod:`.synopsis`) is right on most
pages, and it can be asked before the title is known (no title given). A candidate written as a
word of its own on the nearest line with text above that story that is short enough to head it
(:data:`_HEAD_WORDS` words or fewer, looked for over at most :data:`_HEAD_GAP` longer lines)
gets a feature (``over_story``); the weights say what it is worth beside the other cues
(``bench/fit_title.py`` records how it was set and what was measured beside it).
"""

from __future__ import annotations

from indexer.extract.pages import synopsis
from indexer.extract.pages.synopsismodel import first
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.wordre import caseless, may_hold, word_spans

#: the most words of a line that heads a story (a name or a heading, not a sentence)
_HEAD_WORDS = 12
#: the most longer lines passed over between the story and the line that heads it
_HEAD_GAP = 3
#: the quotation marks of every language, stripped from a candidate before it is looked for
_QUOTES = "\"'«»“”„‘’《》「」『』<>‹›"


def story_start(lines: tuple[str, ...], used: set[int]) -> int | None:
    """The first line of the synopsis the page's chooser gives with no title known (None when
    it finds none, or one from no line)."""
    best = first(synopsis.collect("", lines, used, ""))
    return None if best is None else best.line


def heading_over(lines: tuple[str, ...], start: int) -> str:
    """The nearest line with text above line ``start`` that is short enough to head it
    (``""`` when :data:`_HEAD_GAP` longer lines come first)."""
    longer = 0
    for i in range(start - 1, -1, -1):
        text = lines[i].strip()
        if not text:
            continue
        if len(text.split()) <= _HEAD_WORDS:
            return text
        longer += 1
        if longer >= _HEAD_GAP:
            break
    return ""


def mark(ballot: FeatureBallot, lines: tuple[str, ...], used: set[int]) -> None:
    """Mark each candidate written on the line that heads the page's story (``over_story``);
    ``used`` are the lines labels took."""
    start = story_start(lines, used)
    head = "" if start is None else heading_over(lines, start)
    if not head:
        return
    folded = caseless(head)
    for candidate in ballot.candidates.values():
        name = candidate.value.strip().strip(_QUOTES).strip()
        if name and may_hold(folded, name) and word_spans(head, name, ignorecase=True):
            candidate.set("over_story")
