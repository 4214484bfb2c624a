"""A name written after its maker in the possessive: "Chaitanya Tamhane’s Court", "Gillo
Pontecorvo’s The Battle of Algiers", "Boo Junfeng's psychological drama Apprentice".

Prose and headlines name a film after the person who made it, in the genitive that a language
writes after an apostrophe (the ``genitive_endings`` of the language modules that open with one:
"’s" in English, "’ın" in Turkish). The possessor must read as a person's name (two capitalised
words or more), and the name after it is the run of words that open with a capital or a digit
(short lower-case words between them: "Wake in Fright"), after at most two words in lower case
(an adjective, a genre: "acclaimed", "psychological drama") or a parenthesis ("Pedro Costa's
(Horse Money, Colossal Youth) Vitalina Varela"). The candidate carries a feature of its own
(and one more when the possessor is a person the page credits); the fitted weights of
:mod:`.titlemodel` decide what it is worth.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from indexer import lang, recache
from indexer.extract.pages.headfinal import name_before
from indexer.extract.pages.titleby import name_shaped
from indexer.extract.pages.titleends import ends_on_joining_word
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.normalize import key
from indexer.wordre import alternation

#: the lines read: a page names its film early; later lines name the maker's other films
_LINES = 80
#: the most words of a name after its possessor
_MOST_WORDS = 8
#: the longest lower-case word that joins a name's capitalised words ("of", "in", "ang")
_JOINER = 3
#: what may stand between the possessor and the name: a parenthesis, up to two words in lower
#: case (an adjective, a genre)
_BETWEEN = re.compile(r"\s*(?:\([^()\n]{1,80}\)\s*)?(?:[a-zà-öø-ÿ][^\W\d_]*\s+){0,2}")
#: what ends a name: a stop, a comma, a colon, a quotation or a bracket
_END = re.compile(r"[.,;:!?()\[\]\"“”«»]|[’']\s|[’']$")
#: a year (or a decade) before the name, which is no part of it: "Fellini's 1973 Amarcord"
_YEAR = re.compile(r"(?:1[89]|20)\d\d(?:s|’s|'s)?")


@cache
def _genitive() -> re.Pattern[str]:
    """A language's genitive written after an apostrophe, ending a word: "’s", "'in"."""
    endings = {
        e
        for language in lang.languages()
        for e in language.genitive_endings
        if e[:1] in "’'" and len(e) > 1
    }
    return recache.compile(rf"(?<=[^\W\d_])(?:{alternation(sorted(endings))})\s+")


def after_owner(ballot: FeatureBallot, lines: tuple[str, ...], people: Collection[str]) -> None:
    """Every name an early line writes after a person's name in the possessive; ``people``
    (keys) are the persons the page credits."""
    pattern = _genitive()
    for i, line in enumerate(lines[:_LINES]):
        if "'" not in line and "’" not in line:
            continue
        for match in pattern.finditer(line):
            owner = _owner(line[: match.start()], lines)
            if owner is None:
                continue
            name = name_after(line, match.end())
            if name is None or _before_review_word(line, match.end(), name):
                continue
            candidate = ballot.add(name, "after_owner", 1.0, i)
            if key(owner) in people:
                candidate.set("after_credited_owner")


def _owner(head: str, lines: tuple[str, ...]) -> str | None:
    """The person's name that ends ``head``, past another possessor ("Mara Olsen’s Ivo
    Brandt") and without a first word that only a sentence's capital made look like a name
    ("If Gangster": the page writes "if" in lower case)."""
    owner = name_before(head)
    if not owner or not head.endswith(owner):
        return None
    owner = _genitive().split(owner)[-1]
    first, _, rest = owner.partition(" ")
    lower = f" {first.lower()} "
    if rest and any(lower in f" {line} " for line in lines):
        owner = rest
    return owner if name_shaped(owner) else None


def _before_review_word(line: str, start: int, name: str) -> bool:
    """Whether the word after ``name`` is a word for a review: "A.O. Scott’s New York Times
    review" names the critic's outlet."""
    after = line[line.find(name, start) + len(name) :].split()
    return bool(after) and key(after[0].strip(".,:;")) in _review_words()


@cache
def _review_words() -> frozenset[str]:
    return frozenset(key(w) for w in lang.cues("review_words") if " " not in w.strip())


def _opens_a_name(word: str) -> bool:
    return word[0].isupper() or word[0].isdigit()


def _joins(word: str) -> bool:
    """A short word in lower case between a name's capitalised words ("of", "in", "ang")."""
    return len(word) <= _JOINER and word.isalpha() and word.islower()


def name_after(line: str, start: int) -> str | None:
    """The run of capitalised words at ``start`` of ``line`` (past a parenthesis and two
    words in lower case at most), or None."""
    between = _BETWEEN.match(line, start)
    at = between.end() if between else start
    words: list[str] = []
    for word in line[at:].split():
        if not words and _YEAR.fullmatch(word):
            continue
        if _genitive().search(word + " "):
            return None  # another possessor begins: "Cem Yılmaz'ın", "Ken Loach’s"
        end = _END.search(word)
        part = word[: end.start()] if end else word
        if not part or not (_opens_a_name(part) or (words and _joins(part))):
            break
        words.append(part)
        if end or len(words) > _MOST_WORDS:
            break
    while words and words[-1].islower():
        words.pop()
    name = " ".join(words)
    if not words or len(words) > _MOST_WORDS or ends_on_joining_word(name):
        return None
    if not re.search(r"[^\W\d_]", name):
        return None  # a number alone: "2016"
    return name
