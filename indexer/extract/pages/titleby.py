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

Any early line, not only a candidate, gives the name it writes before a person the page
credits when the words for "directed by" or "by" or a parenthesis join them
(:func:`around_person`: "Kidnap, réalisé par Luis Prieto", "Song of the Sea (Tomm Moore,
2015)").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cache

from indexer import lang, recache
from indexer.extract.pages.facts import is_name
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.names import person
from indexer.extract.pages.titleends import ends_on_joining_word
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.extract.pages.titles import film_word_keys
from indexer.normalize import key
from indexer.wordre import alternation, whole_words

#: the most words of a title before its credit (a longer head is a sentence)
_MOST_WORDS = 8

#: what may separate a heading's kind of post from the name ("Movie Review – Lionheart")
_SEPARATOR = re.compile(r"\s[–—|-]\s|:\s")
_QUOTES = "\"“”„«»‘’'「」『』《》"


@cache
def _by_word(kinds: tuple[str, ...] = ("by",)) -> re.Pattern[str]:
    """A language's word that credits a person ("by", "de", "von", "του"; with ``kinds``
    ("by", "film_of") also the word for "the film of": Tagalog "ni"), spaced, as a word of
    any case ("Lionheart By Genevieve Nnaji")."""
    words = [w for kind in kinds for w in lang.cues(kind) if not w.endswith("'")]
    return recache.compile(rf",?\s+(?i:{alternation(words)})\s+")


#: an English possessive: "Vahid Jalilvand's", "Agnès Varda’s"
_POSSESSIVE = re.compile(r"[’']s\s+")


def titles_before_credit(
    value: str, is_person: Callable[[str], bool], kinds: tuple[str, ...] = ("by",)
) -> list[str]:
    """The names ``value`` gives when it ends with the word for "by" (of the language data's
    ``kinds``) and a person (``is_person``), or opens with a person in the possessive:
    "Aftersun de Charlotte Wells" gives "Aftersun", "Vahid Jalilvand's NO DATE, NO SIGNATURE"
    "NO DATE, NO SIGNATURE"."""
    found = []
    for match in _by_word(kinds).finditer(value):
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


#: the early lines read for a person written beside the film's name (further down, a
#: programme's or an award list's other films)
_PERSON_LINES = 15
#: what stands between a name and its credit: a comma, a parenthesis, a slash, a bar, a dash
#: ("Le Bal, d'Ettore Scola", "Kidnap, réalisé par Luis Prieto")
_JOINERS = " \t,;:/|(–—-"
#: facts in parentheses before the credit ("Algunas bestias: (Chile, 2019) por …")
_FACTS_END = re.compile(r"\s*\([^()]*\d[^()]*\)$")
#: a list's number before a name ("65. Costa-Gavras : Z", "1. Adekunle Adejuyigbe's …")
_LIST_NUMBER = re.compile(r"^\d{1,3}[.)]\s+")
_HEAD_SEPARATOR = re.compile(r"\s[–—|/-]\s")


@cache
def _credit_end() -> re.Pattern[str]:
    """The words for "directed by" (group ``directing``) or "by" ending a line's head, before a
    person."""
    words = [w for w in lang.cues("by") if not w.endswith("'")]
    return recache.compile(
        rf"(?:^|[\s(])(?i:(?P<directing>{lang.alternation('directed_by')})|{alternation(words)})\.?$"
    )


#: what may follow a person credited by the bare word for "by": the line's end or a separator
#: ("Drari de Kamel Lazrak", "Lionheart By Genevieve Nnaji – …"), not more of a sentence
#: ("Produzido por Juliana Vicente, com roteiro de …": a producer)
_AFTER_BY = re.compile(r"\s*(?:$|[–—|(/]|-\s)")


#: a run of what is not a space: a word with its marks
_NON_SPACE = re.compile(r"\S+")
#: an elided "d'" opening a word
_ELIDED_DE = re.compile(r"[dD]'\w")


def _person_span(text: str, people: Collection[str]) -> tuple[int, int] | None:
    """Where ``text`` first writes one of ``people`` (keys), one to four words (one only when
    it is hyphenated: "Costa-Gavras"), the longest at the earliest place; what opens or
    closes it ("(Tomm", "Grófová:"), an elided "by" ("d'Ettore Scola") and a possessive
    ("Adejuyigbe's") left out."""
    words = [(m.start(), m.end()) for m in _NON_SPACE.finditer(text)]
    for j, (start, _) in enumerate(words):
        for n in (4, 3, 2, 1):
            if j + n > len(words):
                continue
            end = words[j + n - 1][1]
            span = text[start:end]
            lead = len(span) - len(span.lstrip(_OPENERS))
            span = span[lead:]
            if _ELIDED_DE.match(span):
                lead, span = lead + 2, span[2:]
            trail = len(span) - len(span.rstrip(_CLOSERS))
            span = span[: len(span) - trail]
            if span.endswith("'s"):
                trail, span = trail + 2, span[:-2]
            k = key(span)
            if k in people and (n > 1 or " " in k):
                return start + lead, end - trail
    return None


#: what may open or close a person's name written among other words
_OPENERS = '("[«“'
_CLOSERS = ',;:)"]»”'


def _as_name(text: str, people: Collection[str]) -> str | None:
    """A head or tail cut to the film's name, or None when it does not read as one."""
    text = _LIST_NUMBER.sub("", text.strip()).strip().strip(_QUOTES + ",;:").strip()
    text = re.sub(r"(?<=\S)\s+\([^()]+\)$", "", text)  # its other name in parentheses
    if not 0 < len(text.split()) <= _MOST_WORDS or not re.search(r"[^\W\d_]", text):
        return None
    first = next((c for c in text if c.isalpha()), "")
    if first.islower() or key(text) in people:
        return None
    return text


def around_person(ballot: FeatureBallot, lines: tuple[str, ...], people: Collection[str]) -> None:
    """The name an early line writes before a person the page credits (``people``, keys),
    joined to them by a language's words for "directed by" or "by" (an elided one too) or by
    a parenthesis: "Drari de Kamel Lazrak", "ANONIMO VENEZIANO regia di Enrico Maria
    Salerno", "Le Bal, d'Ettore Scola", "JOURNEY'S END (Directed by Saul Dibb; …)", "Song of
    the Sea (Tomm Moore, 2015)". Not only a heading: a programme's or a review's line of
    prose or facts. A label ("Director", "Regie") is no name."""
    if not people:
        return
    for i, line in enumerate(lines[:_PERSON_LINES]):
        text = line.strip().replace("’", "'")
        if not text or len(text) > 200:
            continue
        span = _person_span(text, people)
        if span is None:
            continue
        head = text[: span[0]]
        by = head.endswith("d'")  # joined by the bare word for "by" only
        joined = by or head.rstrip().endswith("(")
        head = head[:-2] if by else head
        cue = ""
        for _ in range(3):
            head = _FACTS_END.sub("", head.rstrip(_JOINERS))
            found = _credit_end().search(head)
            if found:
                by = by or not found.group("directing")
                cue, joined = found.group().strip(" ("), True
                head = head[: found.start() + (head[found.start()] == "(")]
        if by and not _AFTER_BY.match(text, span[1]):
            continue
        name = _as_name(_after_film_word(_opened_quote(_HEAD_SEPARATOR.split(head)[-1])), people)
        if not joined or not name or ends_on_joining_word(name):
            continue
        # a credit's label is no name: "Director (Tomm Moore)", "Written by …", "Dirigida por"
        if field_of(name.rstrip(".")) or (cue and field_of(f"{name} {cue}")):
            continue
        if _unbalanced(name) or _holds_credit(name):
            continue  # "(Italy/1966—directed", "Dirigida por X y protagonizada"
        ballot.add(name, "before_person", 1.0, i)
        return  # the first film a page names with its maker: the list after it is others'


def _unbalanced(name: str) -> bool:
    """Whether ``name`` opens or closes a bracket it does not close or open."""
    return any(name.count(a) != name.count(b) for a, b in ("()", "[]"))


def _holds_credit(name: str) -> bool:
    """Whether ``name`` writes a language's words for "directed by" ("Dirigida por …")."""
    return bool(_directing_words().search(name))


@cache
def _directing_words() -> re.Pattern[str]:
    return recache.compile(whole_words(lang.cues("directed_by")))


def _opened_quote(head: str) -> str:
    """What follows a quote the head opens and does not close ("… байопіку «Довженко"): the
    name, the rest of the head being the sentence around it."""
    opened = max((head.rfind(q) for q in '"“„«‘「『《'), default=-1)
    closed = head.count('"') % 2 == 0 and head[opened : opened + 1] == '"'
    if opened < 0 or closed or any(q in head[opened + 1 :] for q in "”»’」』》"):
        return head
    return head[opened + 1 :]


def _after_film_word(head: str) -> str:
    """The words of a head after its last word for film ("Kvikmyndin Missir": "Missir")."""
    words = head.split()
    at = max((j for j, w in enumerate(words) if key(w) in film_word_keys()), default=-1)
    return " ".join(words[at + 1 :])
