"""A candidate cut at the wrong place: a name with something that is not the name joined to it,
or a name's first words broken off at a word that only joins.

Too long: a heading writes the film's name with what is no part of it, and the whole line
becomes a candidate: the name's credit ("Se fondre de Simon Lavoie", "Shirley Frimpong Manso's
Grey Dawn", :func:`.titleby.titles_before_credit`), a year after it ("Rams 2015"), a date or
a bracketed section before it ("21/9 Sameblod", "[DVD] Billu"), or the name written twice
("X X"). The name alone is made a candidate (``cut_name``) and the whole marked as holding it
(``holds_cut``), so that the fitted weights can prefer the name to the line.

Too short: a source that stops a run of words at a capital or a line's end may keep only the
first word of a name when that word is an article or a conjunction ("The" of "The Queen of
Spades", "Het", "El"). A candidate that is one such word of any language's data
(``joining_word``, :func:`joining_word_alone`) is marked; no film is named by it alone often.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cache

from indexer import lang
from indexer.extract.pages.titleby import name_shaped, titles_before_credit
from indexer.extract.pages.titleends import ends_on_joining_word, joining_words
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.normalize import key

#: a year closing a name ("Rams 2015", "Mejunje (2023)")
_YEAR_TAIL = re.compile(r"^(?P<name>.*?[^\W\d_].*?)[\s,–—-]+\(?(?:18|19|20)\d\d\)?$")
#: a day and month, or a bracketed section, opening a name ("21/9 Sameblod", "[DVD] Billu")
_SECTION_HEAD = re.compile(
    r"^(?:\d{1,2}[./]\d{1,2}\.?(?:[./]\d{2,4})?|[\[【][^\]】]{1,30}[\]】])\s*(?P<name>\S.*)$"
)
#: what may close a person's name written at a line's end
_CLOSERS = ".,;:)]"
#: the language data's words that join a name to its maker ("de", "by", Tagalog "ni")
_BY_KINDS = ("by", "film_of")
#: the fewest words of a name written twice in one candidate
_TWICE_WORDS = 2


def cuts(
    value: str,
    people: Collection[str],
    address: Collection[str] = (),
    section: Callable[[str], str | None] = lambda _: None,
) -> list[str]:
    """The names ``value`` holds with something that is not the name: before the credit of
    one of ``people`` (keys) or of a name-shaped person, before a year the ``address``'s
    words do not hold ("Argentina 1985" on /argentina-1985 is the name), after a date or a
    bracketed section, or one half of a name written twice; ``section`` gives the name after
    a site's section ("Recensione: X"), or None."""
    found = titles_before_credit(value, lambda n: key(n) in people or _person(n), _BY_KINDS)
    year = _YEAR_TAIL.match(value.strip())
    if year and not set(re.findall(r"\d{4}", value)) & set(address):
        found.append(year.group("name").strip(" ,:–—-"))
    opened = _SECTION_HEAD.match(value.strip())
    if opened:
        found.append(opened.group("name"))
    found += _twice(value)
    found += _before_person(value, people)
    after = section(value)
    if after:
        found.append(after)
    return [n for n in dict.fromkeys(found) if _cut_name(n, value)]


def _cut_name(name: str, value: str) -> bool:
    """Whether ``name``, cut from ``value``, may be a name: not all of it, and not one word
    that only joins nor a run ending on one ("De", "Heneral Luna ni")."""
    return (
        bool(key(name))
        and key(name) != key(value)
        and not (joining_word_alone(name) or ends_on_joining_word(name))
    )


def _before_person(value: str, people: Collection[str]) -> list[str]:
    """The head of ``value`` that ends where one of ``people`` (keys) of two words or more
    closes it with no word for "by" ("¡Linda quiere pollo! Chiara Malta")."""
    words = value.split()
    for n in (4, 3, 2):
        if len(words) > n and key(" ".join(words[-n:]).strip(_CLOSERS)) in people:
            head = " ".join(words[:-n]).rstrip(" ,:;–—-")
            return [] if ends_on_joining_word(head) else [head]  # "by" read before
    return []


def _person(text: str) -> bool:
    """Whether ``text`` reads as a person's name, not in capitals ("OTRO NORTE" of "CRÓNICAS
    DEL OTRO NORTE" is the name's) and opening with no article ("La Fuerza")."""
    return not text.isupper() and name_shaped(text) and key(text.split()[0]) not in _alone_words()


def _twice(value: str) -> list[str]:
    """The name ``value`` writes twice in a row, of two different words or more ("BACKSTAGE
    WIENER STAATSOPER BACKSTAGE WIENER STAATSOPER"; not "Image Image Image Image")."""
    words = value.split()
    half = len(words) // 2
    first = key(" ".join(words[:half]))
    if half < _TWICE_WORDS or len(words) % 2 or len(set(first.split())) < _TWICE_WORDS:
        return []
    return [" ".join(words[:half])] if first == key(" ".join(words[half:])) else []


def cut_names(
    ballot: FeatureBallot,
    people: Collection[str],
    address: Collection[str],
    section: Callable[[str], str | None],
) -> None:
    """Each candidate's names written with what is not the name become candidates of their
    own (``cut_name``, on the candidate's line); the candidate is marked ``holds_cut``;
    ``address`` are the words of the page's address, ``section`` as for :func:`cuts`."""
    for candidate in list(ballot.candidates.values()):
        names = cuts(candidate.value, people, address, section)
        for name in names:
            ballot.add(name, "cut_name", 1.0, candidate.line)
        if names:
            candidate.set("holds_cut")


@cache
def _alone_words() -> frozenset[str]:
    """The words that join or open a phrase in any language: its joining words and the
    articles it writes before a person's name."""
    return joining_words() | frozenset(key(w) for w in lang.cues("name_articles"))


def joining_word_alone(value: str) -> bool:
    """Whether ``value`` is one word that only joins or opens a phrase in some language:
    "The", "Het", "El", "Les"."""
    words = value.split()
    return len(words) == 1 and key(words[0]) in _alone_words()
