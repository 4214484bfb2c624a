"""The synopsis by evidence: the page's descriptive block, kept verbatim.

Candidates are the labelled synopsis (6) and every long paragraph (2, less further down the
page). A paragraph gains when it names the film and ends like prose; it loses when it opens
like a quotation, a rating or a credit line, or carries page furniture (cookies, links,
copyright, tickets). The winner is extended with the long paragraphs that follow it
directly, so that a blurb in two paragraphs is whole. Text is never cleaned of markup-looking
words (``<a href=…>``, ``{{7*7}}``): escaping is the web layer's job.
"""

from __future__ import annotations

import re

from indexer.extract.pages.evidence import Ballot, Why
from indexer.extract.pages.text import is_noise
from indexer.normalize import key

_MAX_CHARS = 2_000
_DENSE = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_MAX_PARAGRAPHS = 3


def choose(
    labelled: str, lines: tuple[str, ...], used: set[int], title: str, why: Why | None
) -> str:
    """The synopsis: the best-supported candidate and the paragraphs that continue it."""
    ballot = Ballot()
    labelled = labelled.strip()
    if len(labelled) >= 40:
        ballot.add(labelled, "labelled synopsis", 6.0)
    for rank, i in enumerate(i for i, line in enumerate(lines) if _long(line, i, used)):
        candidate = ballot.add(lines[i].strip(), "a long paragraph", max(0.2, 2.0 - 0.4 * rank), i)
        for cue, weight in _shape(lines[i].strip(), title):
            candidate.add(cue, weight)
    if why is not None:
        why.record("synopsis", ballot, limit=4)
    best = ballot.best(minimum=-10.0)
    if best is None:
        return labelled
    if best.line is None:
        return best.value
    lead = [lines[i].strip() for i in _lead_in(lines, used, best.line)]
    return "\n\n".join([*lead, _extend(best.value, lines, used, best.line)])


def _long(line: str, i: int, used: set[int]) -> bool:
    text = line.strip()
    if i in used or not text:
        return False
    # scripts written without spaces carry a word in one and a half characters or so
    dense = len(_DENSE.findall(text))
    return len(text.split()) + dense / 1.5 >= 20 or (
        len(text) >= 100 and not re.search(r"[A-Za-z]", text[:40])
    )


def _shape(text: str, title: str) -> list[tuple[str, float]]:
    found = []
    if title and key(title) and key(title) in key(text):
        found.append(("names the film", 0.2))
    if re.search(r"[.!?。！？…」”\"»]\s*$", text):
        found.append(("ends like prose", 0.2))
    if text[0] in '"“„«‘(' and not _opens_with_a_quoted_name(text):
        found.append(("opens like a quotation", -1.0))
    if _ATTRIBUTED.search(text):
        found.append(("ends with a critic's name (a quote)", -1.5))
    if re.match(r"[★☆*]{2,}|\d(?:[.,]\d)?\s*/\s*(?:5|10)\b", text):
        found.append(("opens with a rating", -1.0))
    if is_noise(text[:300]):
        found.append(("carries page furniture", -2.0))
    if len(re.findall(r"\s[|•·]\s", text)) >= 3 or _mostly_short_tokens(text):
        found.append(("a list of items, not prose", -1.5))
    sentences = [s for s in re.split(r"[.!?。！？]\s+", text) if s.strip()]
    if len(sentences) >= 4 and len(text.split()) / len(sentences) < 5:
        found.append(("short fragments, like a caption or credits", -1.0))
    return found


#: "… dares to dream. - Roger Ebert": a paragraph signed like a critic's quote
_ATTRIBUTED = re.compile(
    r"[.!?…\"”»]\s*[-–—~]\s*[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}\s*$"
)


def _opens_with_a_quoted_name(text: str) -> bool:
    """ "“Whale Rider” is a New Zealand film…": a short quoted name opening a sentence."""
    match = re.match(r"[\"“„«‘]([^\"”“«»‘’]{1,60})[\"”“»’]\s+\w", text)
    return match is not None and len(match.group(1).split()) <= 6


def _mostly_short_tokens(text: str) -> bool:
    """ "Browse all reviews by letter A B C D E …": an index, not a sentence."""
    words = text.split()
    return len(words) >= 10 and sum(1 for w in words if len(w) == 1) > 0.4 * len(words)


def _lead_in(lines: tuple[str, ...], used: set[int], start: int) -> list[int]:
    """Where the block that line ``start`` belongs to begins: a blurb often opens with a
    short sentence ("Possession by the devil is a familiar sight…") before its long
    paragraph. Up to two prose lines right before ``start`` (blank lines between them
    allowed) are taken in: each is whole sentences, not a label, a heading or furniture."""
    found: list[int] = []
    for i in range(start - 1, max(-1, start - 6), -1):
        text = lines[i].strip()
        if not text:
            continue
        # a line of the same block (no blank line between) may be a short opening sentence
        joined = i + 1 == (found[0] if found else start)
        if len(found) >= 2 or not _sentence(text, i, used, 4 if joined else 8):
            break
        found.insert(0, i)
    return found


def _sentence(text: str, i: int, used: set[int], least: int) -> bool:
    """A line of prose: a few words that end a sentence, neither used by a label nor
    furniture nor a quotation."""
    words = len(text.split()) + len(_DENSE.findall(text)) / 1.5
    return (
        i not in used
        and words >= least
        and re.search(r"[.!?。！？…]\s*$", text) is not None
        and not is_noise(text[:300])
        and text[0] not in '"“„«‘(★☆*'
        and not re.match(r"\d(?:[.,]\d)?\s*/\s*(?:5|10)\b", text)
    )


def _extend(first: str, lines: tuple[str, ...], used: set[int], start: int) -> str:
    """``first`` and the long paragraphs right after it (blank lines between them only)."""
    parts = [first]
    size = len(first)
    for i in range(start + 1, len(lines)):
        text = lines[i].strip()
        if not text:
            continue
        if not _long(lines[i], i, used) or is_noise(text[:300]) or text[0] in '"“„«':
            break
        if len(parts) >= _MAX_PARAGRAPHS or size + len(text) > _MAX_CHARS:
            break
        parts.append(text)
        size += len(text)
    return "\n\n".join(parts)
