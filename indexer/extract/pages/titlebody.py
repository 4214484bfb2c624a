"""A name's start that the page only ever writes as the start of a longer name its prose uses:
a cut-down title ("Jagdszenen" of "Jagdszenen aus Niederbayern").

The address's words, a heading's part or a run after the word for film often give the first
words of a title alone ("Skutok" of "Skutok sa stal", "Thương" of "Thương nhớ đồng quê"), and
with their cues (the address, the lead's mention) they can outrank the whole name. What tells
the cut is the running text: the page's prose writes the longer candidate as a name, and every
time the page writes the shorter one, in its own capitals, the longer one's other words follow
it. Such a candidate gets a feature (``cut_prefix``, :data:`.titlemodel.FEATURES`), in any
language or script and with no word lists; the weights say what it is worth beside the other
cues (``bench/fit_title.py`` records how it was set and what was measured beside it).

The longer candidate must go on from the start with a word after a space ("X – Film Review",
"X/Y" and "X • Dir." join a heading's parts with a mark), must not be a run cut of a longer
line (:func:`.titlespans.is_span`: "Buladó is" of "Buladó is in Nederland"), nor a name cut of
its credit or furniture (``cut_name``, ``furniture``).
"""

from __future__ import annotations

from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.extract.pages.titlespans import is_span
from indexer.wordre import caseless, may_hold, word_spans

#: the fewest words of a line of prose (a paragraph, not a heading, a menu or a fact line)
PROSE_WORDS = 15
#: the quotation marks of every language, stripped from a candidate before it is looked for
_QUOTES = "\"'«»“”„‘’《》「」『』<>‹›"
#: features of a candidate that is no name written as a unit (cut of its line, or furniture)
_NOT_WRITTEN = frozenset({"cut_name", "furniture"})


def names(text: str, folded: str, name: str) -> bool:
    """Whether ``text`` (``folded`` its :func:`caseless`) writes ``name`` as a word of its own,
    case aside, with at least one writing not opening in lower case (or ``name`` opens so)."""
    if not name or not may_hold(folded, name):
        return False
    spans = word_spans(text, name, ignorecase=True)
    return any(not text[s : s + 1].islower() or name[:1].islower() for s, _ in spans)


def mark(ballot: FeatureBallot, lines: tuple[str, ...]) -> None:
    """Mark each candidate that is the cut-down start of a longer one the prose names
    (``cut_prefix``)."""
    prose = "\n".join(line for line in lines if len(line.split()) >= PROSE_WORDS)
    if not prose:
        return
    folded = caseless(prose)
    written = [
        (c, value)
        for c in ballot.candidates.values()
        if (value := _bare(c.value))
        and not is_span(c)
        and not _NOT_WRITTEN.intersection(c.features)
        and names(prose, folded, value)
    ]
    if not written:
        return
    body = "\n".join(lines)
    for candidate in ballot.candidates.values():
        name = _bare(candidate.value)
        rests = [value[len(name) :] for c, value in written if _goes_on(name, value)]
        if rests and _always_followed(name, rests, body):
            candidate.set("cut_prefix")


def _bare(value: str) -> str:
    return value.strip().strip(_QUOTES).strip()


def _goes_on(name: str, longer: str) -> bool:
    """Whether ``longer`` is ``name`` and more words, after a space."""
    return (
        bool(name)
        and len(longer) > len(name) + 1
        and longer.startswith(name)
        and longer[len(name)] == " "
        and longer[len(name) + 1].isalnum()
    )


def _always_followed(name: str, rests: list[str], body: str) -> bool:
    """Whether one of ``rests`` follows every writing of ``name`` in ``body`` (in its capitals,
    as a word of its own; at least one writing)."""
    spans = word_spans(body, name)
    if not spans:
        return False
    return any(
        all(caseless(body[end : end + len(rest)]) == caseless(rest) for _, end in spans)
        for rest in rests
    )
