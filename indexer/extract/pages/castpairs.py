"""Actors named in prose as two or more full names joined by the page's word for "and", in a
sentence about the cast: "Þeir Sigurður Sigurjónsson og Theodór Júlíusson leika bræðurna",
"sus dos cabezas de cartel Ricardo Darín y Gastón Pauls", "în prezența actrițelor Simona
Popescu și Laura Creț", "Sina A, B, C at D ang apat na bida".

The list counts only where its sentence holds a word of the cast (a cast label, a starring
cue, a word of acting, in any language): "Eskil Vogt og Joachim Trier har gjennomført" names
the filmmakers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from indexer import lang, recache
from indexer.extract.pages.facts import is_name
from indexer.extract.pages.headfinal import name_before, names_listed_before
from indexer.extract.pages.names import person
from indexer.extract.pages.sentences import name_after, sentence_span
from indexer.extract.pages.titleperson import opens_with_given_name
from indexer.normalize import key
from indexer.wordre import alternation

#: the most names one list holds (the first six are the ones that count)
_MOST = 8
#: the most characters before the join where a word of the cast counts
_REACH = 300
#: the shortest word of the cast that counts as evidence ("with", "con", "med" are
#: everywhere)
_SHORTEST_CUE = 5


@cache
def _joined() -> re.Pattern[str]:
    """The word for "and" of any language between two words: the join of a list's last two
    names."""
    words = [w for w in lang.cues("conjunctions") if w.isalpha() or w == "&"]
    return recache.compile(rf"(?<=\S)[ \t]+(?:{alternation(words)})[ \t]+(?=\S)")


@cache
def _cast_word() -> re.Pattern[str]:
    """A word of the cast in any language: a cast label, a starring cue, a word of acting."""
    words = [
        *lang.labels().get("cast", ()),
        *lang.cues("starring"),
        *lang.cues("acting_words"),
        *lang.cues("starring_after"),
    ]
    words = [w for w in dict.fromkeys(w.lower() for w in words) if len(w) >= _SHORTEST_CUE]
    return recache.compile(rf"(?<![^\W\d_])(?:{alternation(words)})(?![^\W\d_])", re.I)


def _full(name: str | None) -> bool:
    """A name of two words or more (a lone word is a character, a place, a nickname)."""
    return name is not None and len(name.split()) >= 2 and is_name(name)


def _without_sentence_word(name: str, text: str) -> str:
    """``name`` without a first word that a sentence's capital made look like a name: the
    page writes it in lower case elsewhere ("Þeir Sigurður Sigurjónsson": "þeir", "they")."""
    first, _, rest = name.partition(" ")
    if len(rest.split()) >= 2 and re.search(rf"(?<!\w){re.escape(first.lower())}(?!\w)", text):
        return rest
    return name


#: a comma ending the text before a name
_COMMA_END = re.compile(r",\s*\Z")


def _listed_before(text: str, end: int, first: str) -> list[str]:
    """The names listed with commas before ``first``, which ends at ``end``: "Sina A, B, C at
    D" holds A, B and C before C."""
    rest = text[max(0, end - 400) : end - len(first)]
    return names_listed_before(rest, _COMMA_END, _full, _MOST)


def _joined_names(block: str) -> Iterator[tuple[re.Match[str], list[str]]]:
    """Each join "A and B" of two full names, with the names listed before it ("A, B and
    C"), in page order."""
    for match in _joined().finditer(block):
        head = block[max(0, match.start() - 120) : match.start()]
        before = name_before(head)
        after = name_after(block, match.end())
        if not (before and after and head.endswith(before) and _full(before) and _full(after)):
            continue
        yield match, [*_listed_before(block, match.start(), before), before, after]


def joined_lists(block: str) -> list[list[str]]:
    """Lists of full names ending "A and B" in a sentence that holds a word of the cast, in
    page order."""
    found: list[list[str]] = []
    for match, listed in _joined_names(block):
        # the sentence, or the one before it ("Todo el elenco de actores está estupendo …,
        # sobre / todo sus dos cabezas de cartel A y B": a line break parts one sentence)
        start, end = sentence_span(block, match.start())
        start = sentence_span(block, start - 2)[0] if start >= 2 else start
        if not _cast_word().search(block, max(start, match.start() - _REACH), end):
            continue
        listed[0] = _without_sentence_word(listed[0], block)
        found.append(listed[:_MOST])
    return found


#: the fewest characters of a title that a sentence must name
_SHORTEST_TITLE = 3


def titled_lists(block: str, title: str) -> list[list[str]]:
    """Lists of full names ending "A and B" in the sentence that names the film ``title``
    outside the names, in page order: "Portrait de la jeune fille en feu, avec A et B", "ang
    pelikulang Title nina A at B". Two people named with the film are its leads more often than
    anyone; one name at least opens with a known given name and none carries a credit word
    before it ("Kameramann A"), so a pair of places or prizes ("Best Picture and Best
    Director") is none."""
    wanted = key(title)
    found: list[list[str]] = []
    if len(wanted) < _SHORTEST_TITLE:
        return found
    for match, listed in _joined_names(block):
        start, end = sentence_span(block, match.start())
        sentence = block[start:end]
        for name in listed:
            sentence = sentence.replace(name, " ")
        if wanted not in key(sentence) or any(wanted in key(name) for name in listed):
            continue
        listed[0] = _without_sentence_word(listed[0], block)
        if any(map(opens_with_given_name, listed)) and all(person(n) == n for n in listed):
            found.append(listed[:_MOST])
    return found


def in_cast_sentence(block: str, first: str) -> bool:
    """True when the sentence where ``first`` (a list's first name) is first written holds a
    word of the cast: "No elenco estão nomes do circuito, como A, B, C e D" lists actors, "A
    direção é assinada por E, F e G" does not."""
    at = block.find(first)
    if at < 0:
        return False
    start, end = sentence_span(block, at)
    return _cast_word().search(block, start, end) is not None


#: what may stand between the names of a credit line: commas, ampersands, slashes, a stop
_BETWEEN = re.compile(r"[\s,;&/.·•-]*")


def credit_line(block: str, at: int, cue: str, listed: list[str]) -> bool:
    """True where the cue and two or more ``listed`` names found at ``at`` are a line of their
    own ("com Scarlett Johansson e Jeremy McWilliams" under "de Jonathan Glazer"): a credit
    written without a colon, as a label is, not a preposition met in a sentence."""
    if len(listed) < 2:
        return False
    start = block.rfind("\n", 0, at) + 1
    end = block.find("\n", at)
    line = block[start : end if end >= 0 else len(block)].strip(" \t•*·▪-")
    if not line.casefold().startswith(cue.casefold()):
        return False
    rest = line[len(cue) :]
    for name in listed:
        if name not in rest:
            return False
        rest = rest.replace(name, " ", 1)
    conjunctions = lang.cue_set("conjunctions")
    return all(w.casefold() in conjunctions for w in _BETWEEN.sub(" ", rest).split())
