"""Where a title candidate stands against the page's story: the synopsis the page tells.

A film's page tells one story, and its name heads it or is written again in it; the other
names of the page (a site's section, another film of a sidebar, a festival) stand far from it.
The synopsis chooser (:mod:`.synopsis`) is right on most pages, and it can be asked before the
title is known (no title given). Three features describe a candidate against that story and
the page's prose as a whole; the weights say what they are worth beside the other cues:

- ``over_story``: written on the nearest line with text above the story that is no paragraph
  (the heading of the blurb: "Kes" over "Billy Casper is a boy …");
- ``story_names``: written in the story as a name (not opening in lower case);
- ``paragraphs_naming``: how many of the page's paragraphs of prose name it (up to
  :data:`_PARAGRAPHS`, as a share of that): the subject of a text is named across its
  paragraphs, a film compared with or a list's other entry in one.
"""

from __future__ import annotations

from indexer.extract.pages import synopsis
from indexer.extract.pages.synopsismodel import scored
from indexer.extract.pages.titlelead import PROSE_WORDS
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.normalize import key
from indexer.wordre import caseless, may_hold, word_spans

#: the most words of a line that heads a story (a name, not a sentence)
_HEAD_WORDS = 12
#: the most lines with text between the heading and the story's first line
_HEAD_GAP = 3
#: the most paragraphs naming a candidate that ``paragraphs_naming`` counts
_PARAGRAPHS = 3
#: the quotation marks of every language, stripped from a candidate before it is looked for
_QUOTES = "\"'«»“”„‘’《》「」『』<>‹›"


def story(lines: tuple[str, ...], used: set[int]) -> tuple[int, str] | None:
    """The first line and the text of the synopsis the page's chooser gives with no title
    known, or None when it finds none."""
    ballot = synopsis.collect("", lines, used, "")
    ranked = scored(ballot).ranked()
    if not ranked:
        return None
    best = ballot.candidates[key(ranked[0].value)]
    if best.line is None:
        return None
    return best.line, synopsis.compose(best, lines, used, "")


def heading_over(lines: tuple[str, ...], start: int) -> str:
    """The nearest line with text above line ``start`` that is short enough to head it."""
    seen = 0
    for i in range(start - 1, -1, -1):
        text = lines[i].strip()
        if not text:
            continue
        if len(text.split()) <= _HEAD_WORDS:
            return text
        seen += 1
        if seen >= _HEAD_GAP:
            break
    return ""


def heads_over(lines: tuple[str, ...], start: int) -> list[str]:
    """The short lines above ``start`` up to the first long line (at most eight lines)."""
    found = []
    for i in range(start - 1, max(-1, start - 9), -1):
        text = lines[i].strip()
        if not text:
            continue
        if len(text.split()) > _HEAD_WORDS:
            break
        found.append(text)
    return found


def mark(ballot: FeatureBallot, lines: tuple[str, ...], used: set[int], stop: int = 0) -> None:
    """Set ``over_story``, ``story_names`` and ``paragraphs_naming`` on the candidates."""
    found = story(lines, used)
    head, told = ("", "") if found is None else (heading_over(lines, found[0]), found[1])
    paragraphs = [line for line in lines if len(line.split()) >= PROSE_WORDS]
    folded = [caseless(p) for p in paragraphs]
    head_folded, told_folded = caseless(head), caseless(told)
    heads = [] if found is None else heads_over(lines, found[0])
    firsts: list = []
    for candidate in ballot.candidates.values():
        name = candidate.value.strip().strip(_QUOTES).strip()
        if not name:
            continue
        if head and may_hold(head_folded, name) and word_spans(head, name, ignorecase=True):
            candidate.set("over_story")
        if head and key(head) == key(name):
            candidate.set("over_story_whole")
        if any(word_spans(h, name, ignorecase=True) for h in heads):
            candidate.set("over_story_far")
        if told and may_hold(told_folded, name) and _named(name, told):
            candidate.set("story_names")
            at = min(s for s, _ in word_spans(told, name, ignorecase=True))
            firsts.append((at, candidate))
        naming = sum(
            may_hold(f, name) and _named(name, p) for f, p in zip(folded, paragraphs, strict=True)
        )
        if naming:
            candidate.set("paragraphs_naming", min(naming, _PARAGRAPHS) / _PARAGRAPHS)
    if 0 < stop < len(lines):
        for candidate in ballot.candidates.values():
            at = candidate.line
            if at is None or not 0 <= stop - at <= 12:
                continue
            if all(len(lines[i].split()) < PROSE_WORDS for i in range(at + 1, stop)):
                candidate.set("credits_block")
    if firsts:
        earliest = min(at for at, _ in firsts)
        for at, candidate in firsts:
            if at == earliest:
                candidate.set("story_first")


def _named(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` as a word of its own, not opening in lower case."""
    return any(
        not text[start : start + 1].islower()
        for start, _ in word_spans(text, name, ignorecase=True)
    )
