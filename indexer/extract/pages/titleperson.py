"""A title candidate that reads as a person's name: "Peter Bogdanovich", "Agnès Varda",
"DR. MARIANO VÁZQUEZ".

A page names its film's director, its actors and its critic in headings, bylines and captions
as often as it names the film, and a person's name has a heading's shape. When the page's people
readers do not credit the person (a critic's byline, a guest, a cast list they did not read),
nothing else marks the candidate. Two to four capitalised words that read as a name
(:func:`.titleby.name_shaped`) and open with a given name of the catalogues' people
(``given_names.txt``, written by ``bench/given_names.py``: first words of people's names far
more often than words of titles, a language's article or joining word never) get a feature
(``person_like``); films named after a person ("Toni Erdmann", "Richard Jewell") have it too,
and the fitted weight says what it is worth beside the other cues; a name the page's address
spells whole is left alone, as a film page's address names its film.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from indexer import lang
from indexer.extract.pages.titleby import name_shaped
from indexer.extract.pages.titleends import joining_words
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.normalize import key

#: what may stand around a name on its line: brackets, bullets, quotes, dashes
_AROUND = " \t()[]•·|,;:–—-\"“”«»'‘’"
#: a short title or honorific abbreviated before the name ("Dr. Mariano Vázquez")
_HONORIFIC = re.compile(r"^[^\W\d_]{1,3}\.\s+")
#: a possessive makes the name a title's ("Molly's Game", "Alexandra's Project")
_POSSESSIVE = re.compile(r"\w['’]s\b")


@cache
def listed_given_names() -> frozenset[str]:
    """Every given name of ``given_names.txt`` (keys), those that are also a language's
    joining word ("Ben", "Ed", "Dan") included."""
    path = Path(__file__).with_name("given_names.txt")
    return frozenset(n.strip() for n in path.read_text(encoding="utf-8").splitlines() if n.strip())


@cache
def given_names() -> frozenset[str]:
    """The given names of ``given_names.txt`` (keys), less every language's joining words."""
    return listed_given_names() - joining_words()


def opens_with_given_name(name: str, listed: bool = False) -> bool:
    """Whether ``name``'s first word is a known given name (:func:`given_names`), as written:
    "Bryan Brown", "Omar Vass"; not "Total Pageviews", "Buena Vista Pictures". With ``listed``,
    any name of the list (:func:`listed_given_names`), a language's joining word too ("Jane")."""
    words = key(name).split()
    return bool(words) and words[0] in (listed_given_names() if listed else given_names())


def person_like(value: str, family_first: bool = False) -> bool:
    """Whether ``value`` reads as a person's name that opens with a known given name:
    "Peter Bogdanovich", "(Didier Péron) •", "Jean-Paul Belmondo"; not "Les Misérables",
    "Molly's Game" or "The Velvet Underground"; on a page in a language that writes the
    family name first (``family_first``), one that closes with it too ("Csákvári Géza")."""
    text = _HONORIFIC.sub("", value.strip(_AROUND))
    if not text or _POSSESSIVE.search(text) or not name_shaped(text):
        return False
    words = key(text).split()
    if any(w in _conjunctions() for w in words[1:]):
        return False  # two names joined: a title's pair ("Robin y Marian", "Carmina y Amén")
    return bool(words) and (
        words[0] in given_names()
        or (family_first and len(words) >= 2 and words[-1] in given_names())
    )


@cache
def _conjunctions() -> frozenset[str]:
    """Every language's conjunctions of one word, as keys ("and", "y", "et", "und")."""
    return frozenset(k for w in lang.cues("conjunctions") if len((k := key(w)).split()) == 1)


def mark(ballot: FeatureBallot, family_first: bool = False) -> None:
    """Give every candidate that reads as a person's name the feature ``person_like``, unless
    the address spells it whole: a film page's address names its film ("/film/toni-erdmann");
    ``family_first``: the page's language writes the family name first (:func:`person_like`)."""
    for candidate in ballot.candidates.values():
        if "slug_whole" not in candidate.features and person_like(candidate.value, family_first):
            candidate.set("person_like", 1.0)
