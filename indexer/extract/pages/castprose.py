"""Cues of the cast as running text writes them, with words inside: "interpretado con mucha
solvencia por A y B", "interprétée avec brio par A et B".

A review writes a cue of two parts the way a sentence goes, not the way a credit does: an
adverb stands between the participle and its "by". Each language's ``starring`` cues of two
words or more whose last word is short ("por", "par", "by", "von") are read with one to three
lower-case words before that last word; :func:`.cues.cast_lists` takes the names after them by
their shape, as after any cue. No word between may be another credit's (a director's noun,
"dirigida" of "protagonizada y dirigida por") or a word of acting or of film.
"""

from __future__ import annotations

import re
from functools import cache

from indexer import lang, recache

#: the most words between the two parts of a cue
_MOST_BETWEEN = 3
#: the longest last part of a cue that may be parted from its head: "by", "por", "von", "από"
_SHORT_TAIL = 4
#: the fewest letters of a word of a longer cue that is a stop on its own ("dirigida" of
#: "dirigida por"; not "by", "de", "the", which every sentence writes)
_CONTENT_LETTERS = 5
#: a word in lower case (a script with capitals) and the spaces after it
_LOWER = r"(?-i:[^\W\d_A-ZÀ-ÞĀ-ſА-ЯΑ-Ω])[\w'’-]*"
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _stop_words() -> frozenset[str]:
    """The words that may not stand between a cue and the names it reads: another credit's
    cue or noun, a word for film, a word of acting (its object is the character)."""
    kinds = ("directed_by", "written_by", "director_nouns", "film_words", "plays", "role_of")
    cues = [cue.lower() for kind in (*kinds, "acting_words") for cue in lang.cues(kind)]
    # a cue of one word whole; of a longer cue its words of five letters or more ("dirigida"
    # of "dirigida por"), not the short ones every sentence writes ("by", "de", "the")
    words = {cue for cue in cues if " " not in cue}
    words.update(w for cue in cues for w in cue.split() if len(w) >= _CONTENT_LETTERS)
    return frozenset(words)


def _parted(cue: str) -> str | None:
    """The pattern of ``cue`` with a few lower-case words between its head and its short last
    word ("interpretado … por"); None for a cue of one word or a long last word."""
    words = cue.split()
    if len(words) < 2 or len(words[-1]) > _SHORT_TAIL or not words[-1].isalpha():
        return None
    if not words[-1].islower() or words[-1].upper() == words[-1]:
        return None  # a script without capitals has no lower-case words to tell apart
    head = r"\s+".join(map(re.escape, words[:-1]))
    return rf"{head}(?:[ \t]+{_LOWER}){{1,{_MOST_BETWEEN}}}[ \t]+{re.escape(words[-1])}[ \t]+"


@cache
def parted_cues() -> re.Pattern[str]:
    """Cues of the cast of two parts or more with lower-case words between the last and the
    rest: "interpretado con mucha solvencia por ", "interprétée avec brio par "."""
    parts = sorted(
        {p for cue in lang.cues("starring") if (p := _parted(cue))}, key=len, reverse=True
    )
    body = "|".join(parts) or "(?!)"
    return recache.compile(rf"(?<![^\W\d_])(?:{body})", re.IGNORECASE)


@cache
def _heads() -> tuple[str, ...]:
    """The heads of the cues :func:`parted_cues` reads, longest first."""
    heads = {" ".join(c.lower().split()[:-1]) for c in lang.cues("starring") if _parted(c)}
    return tuple(sorted(heads, key=len, reverse=True))


def parted_gap(matched: str) -> str:
    """The words between the head and the last word of a parted cue as matched."""
    words = matched.split()
    for head in _heads():
        size = len(head.split())
        if " ".join(words[:size]).lower() == head:
            return " ".join(words[size:-1])
    return " ".join(words[1:-1])


def clean_gap(gap: str) -> bool:
    """True when none of the words of ``gap`` is another credit's or a word of acting."""
    return not any(w.lower() in _stop_words() for w in _WORD.findall(gap))
