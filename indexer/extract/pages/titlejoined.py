"""A title candidate that is only a part of a longer name the page writes whole: "Like
Father" of "Like Father, Like Son", "Róise" of "Róise & Frank", "Quo vadis" of "Quo vadis,
Aida?", "Song of" of "Song of the Sea".

Sources that stop a run of words at a comma, an ampersand or a line's end split a name whose
words a comma or an ampersand joins, and the part is then mentioned at least as often as the
whole (every mention of the whole mentions it too), with the cues of the line it came from.
A part is marked (``part_of_joined``) when the page also holds the whole as a candidate and:

- the whole is the part and more words joined to it by a comma or an ampersand (on either
  side), and the page writes the whole twice or more: a name written again with the same
  words is one name, where a heading's tail written once is a credit, a year or a verdict
  ("Toni Erdmann, Maren Ade, 2016"); a tail that holds a word for film ("Polytechnique, le
  film") is a description, not a part of the name;
- or the part ends on a joining word (:func:`.titleends.ends_on_joining_word`: "Song of",
  "The Battle of") and the whole goes on from it with more words.

The fitted weight speaks against the part, so that the whole, when its cues are as good, wins.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from indexer.extract.pages.titleends import ends_on_joining_word
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.extract.pages.titles import film_word_keys
from indexer.extract.pages.titlespans import is_span
from indexer.normalize import key

#: the feature a part of a joined name gets
FEATURE = "part_of_joined"
#: the fewest mentions of the whole that make it one name
_WHOLE_MENTIONS = 2
#: what joins the parts of one name: a comma or an ampersand
_JOIN = r"\s*[,&]\s*"
_JOINS = frozenset(",&")
#: quotes around a candidate, left out when comparing it with another
_QUOTES = ' "“”«»'
_WORD = re.compile(r"\w+")


def joined_tail(part: str, whole: str) -> str | None:
    """The words a comma or an ampersand joins to ``part`` in ``whole`` ("Like Son" of "Like
    Father" in "Like Father, Like Son"; "Quo vadis" of "Aida?" in "Quo vadis, Aida?"), or None
    when ``whole`` is not ``part`` so joined (case aside)."""
    part, whole = part.strip(_QUOTES), whole.strip(_QUOTES)
    if len(part) < 2 or len(whole) <= len(part) or not _JOINS.intersection(whole):
        return None  # no comma nor ampersand: nothing to build the part's patterns for
    escaped = re.escape(part)
    if head := re.match(rf"{escaped}{_JOIN}(?=\w)", whole, re.IGNORECASE):
        return whole[head.end() :]
    if tail := re.search(rf"(?<=\w){_JOIN}{escaped}\W*$", whole, re.IGNORECASE):
        return whole[: tail.start()]
    return None


def _film_word_in(text: str) -> bool:
    return any(key(word) in film_word_keys() for word in _WORD.findall(text))


def _continued(part: str, whole: str) -> bool:
    """Whether ``whole`` goes on with more words from ``part``, which ends on a joining word
    ("Song of" / "Song of the Sea")."""
    part, whole = part.strip(_QUOTES), whole.strip(_QUOTES)
    return ends_on_joining_word(part) and whole.casefold().startswith(part.casefold() + " ")


def mark(ballot: FeatureBallot, counts: Mapping[str, int]) -> None:
    """Mark each candidate that is a part of a longer candidate written whole (see the module);
    ``counts`` are the mentions of each candidate by its key."""
    items = list(ballot.candidates.items())
    for k, part in items:
        for other, whole in items:
            if other == k or is_span(whole):
                continue
            # the count first: building the part's patterns costs more (a quadratic loop)
            joined = (
                counts.get(other, 0) >= _WHOLE_MENTIONS
                and (tail := joined_tail(part.value, whole.value)) is not None
                and not _film_word_in(tail)
            )
            if joined or _continued(part.value, whole.value):
                part.set(FEATURE)
                break
