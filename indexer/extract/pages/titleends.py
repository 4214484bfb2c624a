"""A candidate that ends on a joining word is a name cut short: "Song of" (of "Song of the
Sea"), "LAS HORAS DEL" (of "Las horas del día"), "Mike de" (of "Mike de Leon").

A source that stops a run of words at a line's end, a capital or a mark may stop it inside a
name, after a word that only joins what comes before to what comes after: a language's word
for "by" or "of", an article, a conjunction. No whole name ends on one, so the candidate's
feature speaks against it and the fitted weights say how much. The word must be written in
lower case (or the whole candidate in capitals): "Live and Let Die" ends on a name's word
that German uses as an article.
"""

from __future__ import annotations

from functools import cache

from indexer import lang
from indexer.normalize import key

#: the word lists whose words join a name to what follows it
_JOINING_KINDS = ("by", "film_of", "review_of", "determiners", "conjunctions")


@cache
def joining_words() -> frozenset[str]:
    """The joining words of every language, as keys (one word each)."""
    return frozenset(
        key(w) for kind in _JOINING_KINDS for w in lang.cues(kind) if len(key(w).split()) == 1
    )


def ends_on_joining_word(value: str) -> bool:
    """Whether a name of two words or more ends on a joining word written in lower case (or
    the whole name in capitals): "Song of", "LAS HORAS DEL"; not "Live and Let Die"."""
    words = value.split()
    if len(words) < 2:
        return False
    last = words[-1]
    written_low = last.islower() or value.isupper()
    return written_low and key(last) in joining_words()
