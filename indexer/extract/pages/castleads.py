"""The lead named in prose beside a word for the film's lead, where a review or a news item
names no cast otherwise: "la protagonista del film Barbara Ronchi", "Ang lead actress na si June
Squibb", "Mads Mikkelsen í aðalhlutverki", "Jasna Đuričić, koja je imala glavnu ulogu".

The words are each language's ``lead_words`` (the lead actress, the main part, the title role),
read in the page's own language only. The name stands just after the word, a few words in lower
case between ("la protagonista del film", "na si"), or ends the clause before it, a few words in
lower case between ("fer með", ", koja je imala"). A name of a script with capitals counts when
it is a full name that opens with a known given name (a character's "Ramona" or a title is no
actor's); one in kana or Han after a glued word of Japanese ("主演の安藤サクラ") as the page
writes it. Never a name given as ``unwanted`` (the page's directors, its title, its quotes'
critics).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from indexer import lang, recache
from indexer.extract.pages.cues import names_from, said
from indexer.extract.pages.facts import is_name
from indexer.extract.pages.headfinal import name_before
from indexer.extract.pages.names import person
from indexer.extract.pages.scripts import CJK
from indexer.extract.pages.sentences import name_after
from indexer.extract.pages.titleperson import opens_with_given_name
from indexer.normalize import key
from indexer.wordre import alternation

#: the most words in lower case between the word for the lead and the name after it ("la
#: protagonista del film Barbara Ronchi"), before it ("Andreas Wilson må vara lite för kraftig
#: i huvudrollen")
_GAP_AFTER = 4
_GAP_BEFORE = 5
#: how far before the word for the lead its clause is read for the name
_REACH = 90
#: a word in lower case (of a script with capitals), with the punctuation a gap may hold
_LOWER = r"(?-i:[^\W\d_A-ZÀ-ÞА-ЯΑ-Ω])[\w'’-]*"
#: an aside in parentheses after a name: the name's earlier films, a note
_ASIDE = re.compile(r"\s?\([^()\n]{1,60}\)")
#: what ends the clause a name before the word is read in
_CLAUSE_END = re.compile(r"[.!?;:()\[\]\n«»\"“”]")


@cache
def _pattern(code: str) -> re.Pattern[str] | None:
    words = lang.cues("lead_words", code)
    if not words:
        return None
    # glued to the words around it in a script without spaces ("は主演の"), a word of its own
    # elsewhere ("protagonista", not "coprotagonista")
    glued = rf"(?:(?=[{CJK}])|(?<![^\W\d_]))"
    return recache.compile(
        rf"{glued}(?:{alternation(words, spaces=True)})(?:(?<=[{CJK}])|(?![^\W\d_]))", re.I
    )


@cache
def _gap_after() -> re.Pattern[str]:
    """Up to four words in lower case (a comma, "na si", "del film", "de son film,"), an
    opening parenthesis before them ("la protagonista (una espléndida Leonie Benesch")."""
    return recache.compile(rf"[\s,(]*(?:{_LOWER}[\s,]+){{0,{_GAP_AFTER}}}")


@cache
def _gap_before() -> re.Pattern[str]:
    """Up to five words in lower case ending a head, a comma before them ("Jasna Đuričić, koja
    je imala", "Halldóra Geirharðsdóttir fer með")."""
    return recache.compile(rf"(?:,?\s+(?:{_LOWER}\s+){{0,{_GAP_BEFORE}}})$")


def _said_between(words: str) -> bool:
    """True when ``words`` hold a verb of saying or judging ("praised", "écrit")."""
    return said(words.split())


def _cased_lead(name: str | None) -> str | None:
    """``name`` when it is a full name of a person that opens with a known given name."""
    if not name or len(name.split()) < 2 or not is_name(name) or person(name) != name:
        return None
    return name if opens_with_given_name(name) else None


def _after(text: str, end: int) -> str | None:
    """The lead's name just after the word for the lead that ends at ``end``."""
    if re.match(rf"[{CJK}]", text[end : end + 1]):  # "主演の安藤サクラ": glued, as written
        found = names_from(text, end)
        return found[0] if found and 2 <= len(found[0]) <= 12 else None
    gap = _gap_after().match(text, end)
    return _cased_lead(name_after(text, gap.end())) if gap else None


def _before(text: str, start: int) -> str | None:
    """The lead's name that ends the clause before the word for the lead at ``start``."""
    # "David Oyelowo (The Butler, Jack Reacher) tackles his first leading role": the aside goes
    head = _ASIDE.sub("", text[max(0, start - _REACH) : start])
    head = _CLAUSE_END.split(head)[-1]
    gap = _gap_before().search(head)
    if gap is None:
        return None
    if _said_between(gap.group(0)):
        return None  # "Peter Bradshaw praised the lead actress": a critic's words
    head = head[: gap.start()]
    name = name_before(head)
    return _cased_lead(name) if name and head.endswith(name) else None


@cache
def _directed_by(code: str) -> re.Pattern[str] | None:
    words = lang.cues("directed_by", code)
    return (
        recache.compile(rf"(?<![^\W\d_])(?:{alternation(words, spaces=True)})\s+", re.I)
        if words
        else None
    )


def _other_films_line(text: str, at: int, code: str, directors: set[str]) -> bool:
    """True when the line of ``at`` credits a director who is none of the page's ``directors``
    ("Better Man - Un film di Michael Gracey. … il suo protagonista Robbie Williams"): a line
    about another film, whose lead is no actor of this one."""
    pattern = _directed_by(code)
    if pattern is None:
        return False
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    for match in pattern.finditer(line):
        name = name_after(line, match.end())
        if name and key(name) not in directors:
            return True
    return False


def leads(
    text: str, code: str | None, directors: Sequence[str] = (), unwanted: Sequence[str] = ()
) -> list[str]:
    """The leads named beside a word for the lead in ``text`` of the language ``code``, in page
    order: the name after the word, else the one before it; none of the page's ``directors``
    nor of ``unwanted`` (its title, its quotes' critics), none on a line that credits another
    director."""
    if not code or (pattern := _pattern(code)) is None:
        return []
    directed = {key(name) for name in directors if name}
    skip = directed | {key(name) for name in unwanted if name}
    found: list[str] = []
    for match in pattern.finditer(text):
        if _other_films_line(text, match.start(), code, directed):
            continue
        name = _after(text, match.end()) or _before(text, match.start())
        if name and key(name) not in skip and name not in found:
            found.append(name)
    return found
