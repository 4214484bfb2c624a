"""Cues of two words or more as running text writes them, with words inside: "interpretado
con mucha solvencia por A y B", "interprétée avec brio par A et B", "played superbly by A".

A review writes a cue of two parts the way a sentence goes, not the way a credit does: an
adverb stands between the participle and its "by". A language's cues of a kind (``starring``,
``role_of``) are read with a few lower-case words before their last word, each match checked
against the cues the language writes ("interpretado … por" is "interpretado por").
:func:`.cues.cast_lists` reads the names after a parted cue of the cast by their shape, as
after any cue, when no word between is another credit's (a director's noun, "dirigida" of
"protagonizada y dirigida por") or a word of acting or of film.
"""

from __future__ import annotations

import re
from functools import cache

from indexer import lang, recache
from indexer.normalize import key
from indexer.wordre import alternation

#: a word of three letters or more in lower case (or of a script without capitals)
_LOWER_WORD = r"(?-i:[^\W\d_A-ZÀ-ÞА-Я])[\w'’-]{2,}"
#: the fewest letters of a word of a longer cue that is a stop on its own ("dirigida" of
#: "dirigida por"; not "by", "de", "the", which every sentence writes)
_CONTENT_LETTERS = 5
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _split_pattern(
    kind: str, code: str | None, most: int, cased: bool
) -> tuple[re.Pattern[str], frozenset[str]]:
    """The cues of ``kind`` of two words or more with one to ``most`` lower-case words before
    their last word, and the cues they may be; with ``cased``, only cues whose last word is
    written in lower case of a script with capitals (elsewhere any words have that shape)."""
    cues = [cue for cue in lang.cues(kind, code) if " " in cue]
    if cased:
        cues = [cue for cue in cues if cue.rsplit(" ", 1)[1].islower()]
    heads = alternation(sorted({cue.rsplit(" ", 1)[0] for cue in cues}), spaces=True) or "(?!)"
    lasts = alternation(sorted({cue.rsplit(" ", 1)[1] for cue in cues})) or "(?!)"
    pattern = recache.compile(
        rf"(?<![^\W\d_])(?P<head>(?i:{heads}))(?P<gap>(?:\s+{_LOWER_WORD}){{1,{most}}})\s+"
        rf"(?P<last>{lasts})(?![^\W\d_])\s*"
    )
    return pattern, frozenset(key(cue) for cue in cues)


def split_cues(
    kind: str, text: str, code: str | None = None, most: int = 1, cased: bool = False
) -> list[re.Match[str]]:
    """The cues of ``kind`` in ``text`` with words inside ("played superbly by", "interpretado
    con mucha solvencia por"): the cue's words as the language writes them, with one to
    ``most`` more before the last; the words between are the match's ``gap``."""
    pattern, known = _split_pattern(kind, code, most, cased)
    return [m for m in pattern.finditer(text) if key(f"{m['head']} {m['last']}") in known]


@cache
def _stop_words() -> frozenset[str]:
    """The words that may not stand inside a cue of the cast: another credit's cue or noun, a
    word for film, a word of acting (its object is the character)."""
    kinds = ("directed_by", "written_by", "director_nouns", "film_words", "plays", "role_of")
    cues = [cue.lower() for kind in (*kinds, "acting_words") for cue in lang.cues(kind)]
    # a cue of one word whole; of a longer cue its words of five letters or more
    words = {cue for cue in cues if " " not in cue}
    words.update(w for cue in cues for w in cue.split() if len(w) >= _CONTENT_LETTERS)
    return frozenset(words)


def clean_gap(gap: str) -> bool:
    """True when none of the words of ``gap`` is another credit's or a word of acting."""
    return not any(w.lower() in _stop_words() for w in _WORD.findall(gap))
