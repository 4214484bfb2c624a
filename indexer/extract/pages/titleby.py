"""A title written with its director's credit on one line: "Aftersun de Charlotte Wells",
"Lionheart By Genevieve Nnaji", "Vahid Jalilvand's NO DATE, NO SIGNATURE".

A heading or a quoted name often carries the film's name and, after a language's word for
"by" (or before an English possessive), the person who made it. The whole line is then a
candidate that no label matches, and the name alone is often not written anywhere else. When
the words after "by" (or before the possessive) are a person the page credits (a director or
an actor its people readers read, or a name its prose credits), the words before are a
candidate of their own, with a feature saying so; words that only read as a person's name
("Charlotte Wells", not written elsewhere) give one with a feature of its own, as they may
be a place ("Mujeres de Buenos Aires"). The fitted weights decide what each is worth.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cache

from indexer import lang, recache
from indexer.extract.pages.facts import is_name
from indexer.extract.pages.names import person
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.normalize import key
from indexer.wordre import alternation

#: the most words of a title before its credit (a longer head is a sentence)
_MOST_WORDS = 8

#: what may separate a heading's kind of post from the name ("Movie Review – Lionheart")
_SEPARATOR = re.compile(r"\s[–—|-]\s|:\s")
_QUOTES = "\"“”„«»‘’'「」『』《》"


@cache
def _by_word() -> re.Pattern[str]:
    """A language's word that credits a person ("by", "de", "von", "του"), spaced, as a word
    of any case ("Lionheart By Genevieve Nnaji")."""
    words = [w for w in lang.cues("by") if not w.endswith("'")]
    return recache.compile(rf",?\s+(?i:{alternation(words)})\s+")


#: an English possessive: "Vahid Jalilvand's", "Agnès Varda’s"
_POSSESSIVE = re.compile(r"[’']s\s+")


def titles_before_credit(value: str, is_person: Callable[[str], bool]) -> list[str]:
    """The names ``value`` gives when it ends with the word for "by" and a person
    (``is_person``), or opens with a person in the possessive: "Aftersun de Charlotte Wells"
    gives "Aftersun", "Vahid Jalilvand's NO DATE, NO SIGNATURE" "NO DATE, NO SIGNATURE"."""
    found = []
    for match in _by_word().finditer(value):
        if is_person(value[match.end() :]):
            cue = _directing_cue().search(value, 0, match.end())
            found.append(_name(value[: cue.start() if cue else match.start()]))
    possessive = _POSSESSIVE.search(value)
    if possessive and is_person(value[: possessive.start()]):
        found.append(_name(value[possessive.end() :]))
    return [n for n in found if n and len(n.split()) <= _MOST_WORDS]


def name_shaped(text: str) -> bool:
    """Whether ``text`` reads as a person's name: two to four capitalised words that name
    someone ("Charlotte Wells"; not "Buenos Aires Province" of five, not "la jeune fille")."""
    return len(text.split()) <= 4 and is_name(text) and person(text) == text.strip()


@cache
def _directing_cue() -> re.Pattern[str]:
    """A language's words for "directed by" ending where a person's name begins ("réalisé
    par", "esordio alla regia di"): what comes before them is the name, or nothing."""
    return recache.compile(rf"(?:^|\s)(?i:{lang.alternation('directed_by')})\s+$")


#: a name in quotes at the end of a head: "ο «Κυνόδοντας»", "the film “Cléo”"
_QUOTED_END = re.compile(
    r"[\"“„«‘'「『《](?P<name>[^\"“”„«»‘’'「」『』《》]+)[\"”“»’'」』》]\s*,?$"
)


def _name(text: str) -> str:
    """The last part of a heading's head ("Movie Review – Lionheart": "Lionheart"), or the
    name it ends on in quotes ("ο «Κυνόδοντας»"), its quotes and trailing commas taken
    off."""
    quoted = _QUOTED_END.search(text)
    if quoted:
        return quoted.group("name").strip()
    part = _SEPARATOR.split(text)[-1]
    return part.strip().strip(_QUOTES + ",;").strip()


def before_credit(ballot: FeatureBallot, people: Collection[str]) -> None:
    """Each candidate that writes its film's name with the credit of one of ``people`` (keys)
    gives that name as a candidate ("before_credit"); with a credit to another name-shaped
    person, "before_name". Each on the line of the candidate it came from."""
    for candidate in list(ballot.candidates.values()):
        credited = titles_before_credit(candidate.value, lambda n: key(n) in people)
        for name in credited:
            ballot.add(name, "before_credit", 1.0, candidate.line)
        for name in titles_before_credit(candidate.value, name_shaped):
            if name not in credited:
                ballot.add(name, "before_name", 1.0, candidate.line)
