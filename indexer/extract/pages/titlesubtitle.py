"""A name with its subtitle: "Underworld: Awakening", "Top Gun: Maverick", "Jurassic World:
El Reino Caído", "Georg Ots – rakkaani".

A film's name often has two parts joined by a colon or a spaced dash, and a page writes the
first part alone as often as the whole ("the first Top Gun"). The cues then find the first
part, written more often, and the whole is no candidate of its own: a run of words stops at a
colon. A candidate that the page writes at least twice with the same subtitle after a colon or
a spaced dash (capitalised words, up to a mark of punctuation or a word in lower case that
goes on a sentence: "Underworld: Awakening bermula dengan …") gives the whole as a candidate,
with the cues of its first part and a feature of its own (``subtitle_run``); the fitted weight
says what the subtitle is worth beside the part the page repeats.
"""

from __future__ import annotations

import re
from collections import Counter

from indexer.extract.pages.titleends import joining_words
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.normalize import key

#: the separator of a name's two parts: a colon, or a dash with a space after it
_SEPARATOR = re.compile(r"\s?[:：]\s+|\s[-–—]\s+")
#: the same, or a comma ("Quo Vadis, Aida?"): for a whole kept beside the name chosen
WITH_COMMA = re.compile(rf"{_SEPARATOR.pattern}|,\s+")
#: the most words of a subtitle and of the name it follows
_MOST_WORDS, _NAME_MOST = 6, 5
#: how often the page writes the same whole
_SEEN = 2
#: a mark that ends a subtitle when a word carries it
_END_MARK = re.compile(r"[.,;:!?)\]\"“”»’'…]+$")
_OPEN_MARK = "\"“„«‘'("


def _subtitle(text: str) -> str | None:
    """The subtitle a text opens with: capitalised words (a joining word in lower case between
    two of them), up to a mark of punctuation, a word in lower case or six words."""
    words: list[str] = []
    for word in text.split()[: _MOST_WORDS + 2]:
        if word.startswith(tuple(_OPEN_MARK)):
            break
        bare = _END_MARK.sub("", word)
        if not bare:
            break
        first = bare[0]
        if first.islower() and key(bare) not in joining_words():
            break
        if not (first.isupper() or first.isdigit() or first.islower()):
            break
        words.append(bare)
        if bare != word or len(words) >= _MOST_WORDS:
            break
    while words and words[-1][0].islower():
        words.pop()  # a subtitle ends on a name's word, not "of" or "de"
    if not any(c.isalpha() for w in words for c in w):
        return None  # a number ("The Father - 64", "Nota: 4"): a rating or a time, no name
    return " ".join(words)


def with_subtitle(ballot: FeatureBallot, body: str) -> None:
    """Every candidate the page writes at least twice with the same subtitle gives the whole
    ("Top Gun" written "Top Gun: Maverick"), with the candidate's cues (``subtitle_run``)."""
    for candidate in list(ballot.candidates.values()):
        best = whole_of(candidate.value, body)
        if best:
            found = ballot.add(best, "subtitle_run", 1.0, candidate.line)
            for name, amount in candidate.features.items():
                found.features.setdefault(name, amount)


def whole_of(name: str, body: str, separator: re.Pattern[str] = _SEPARATOR) -> str | None:
    """The whole the page writes at least twice with the same subtitle after ``name`` and
    ``separator`` ("Top Gun" -> "Top Gun: Maverick"), the most written; None when there is
    none."""
    value = name.strip()
    if len(value) < 2 or len(value.split()) > _NAME_MOST or value[-1] in ":-–—":
        return None
    wholes: Counter[str] = Counter()
    at = body.find(value)
    while at >= 0:
        end = at + len(value)
        before = body[at - 1] if at else " "
        parted = separator.match(body, end)
        if not before.isalnum() and parted:
            rest = body[parted.end() : parted.end() + 120].split("\n", 1)[0]
            subtitle = _subtitle(rest)
            if subtitle:
                wholes[body[at : parted.end()] + subtitle] += 1
        at = body.find(value, end)
    if not wholes:
        return None
    folded: Counter[str] = Counter()
    for whole, n in wholes.items():
        folded[key(whole)] += n
    best = max(wholes, key=lambda w: (folded[key(w)], wholes[w]))
    return best.strip() if folded[key(best)] >= _SEEN else None
