"""The outlets a page marks as such in its own words, known for the whole page.

A page quoting outlets nobody listed often says once what one of them is: "the American
website Mogiz", "het magazine Mogiz", "báo Mogiz", "Mogiz dergisinde", "Mogiz's critic", "el
crítico de Mogiz", "o “Mogiz” elogiou", "wrote in Mogiz: “…”". Elsewhere on the page the same
name stands bare, where it has a person's shape ("Mogiz Tahecenat: “…”", "“…” – Mogiz
Tahecenat") or is one word a sentence opens with ("Mogiz noemt de film …"). The words that
mark it (a language module's ``outlet_kinds``, ``critic_roles``, ``outlet_articles``,
``speech_verbs``, ``quote_in`` and its words for "of" before a source) are language data. The
names they mark are read as outlets wherever the page writes them
(:func:`~indexer.extract.pages.quotes.who.page_outlets`), and so are the words that end two
source lines or more after different critics' names ("Jane Roe Mogiz", "John Doe Mogiz"): the
repeated part is the outlet.
"""

from __future__ import annotations

import re

from indexer import lang, recache
from indexer.extract.pages.quotes.kinds import kind_named, quoted_before_kind
from indexer.extract.pages.quotes.lang import (
    CAPS_RUN,
    CRITIC_ROLES,
    IN_WORDS,
    OUTLET_ARTICLES,
    SPEECH_VERBS,
    phrase_pattern,
    whole_phrases,
)
from indexer.extract.pages.quotes.prose import owned_role
from indexer.extract.pages.quotes.who import (
    clean,
    is_person,
    known_outlet,
    ordinary_name,
    outlet_name,
)
from indexer.extract.pages.titleperson import person_like
from indexer.normalize import country_code

#: the words for "of" that put a source after a critic's role: "of", "de", "del", "van"
_OF_WORDS = (*lang.cues("quote_from"), *lang.cues("review_of"))
#: the words for the press or a review that a role word may also be ("crítica": a critic, and
#: a review of a film, "crítica de “Título”"): no role before an outlet's name
_REVIEW_TOO = {w.casefold() for w in (*lang.cues("press_words"), *lang.cues("review_words"))}
#: the critic's roles that name only a person
_ROLES = tuple(r for r in CRITIC_ROLES if r.casefold() not in _REVIEW_TOO)
#: a critic's role, a word for "of" and a capitalised name, maybe in quotation marks: "the
#: critic of Mogiz", "el crític de Mogiz", "kritik listu Mogiz" (a kind between them too)
_ROLE_OF = recache.compile(
    rf"{whole_phrases(_ROLES)}\s+{whole_phrases(_OF_WORDS)}\s+[«„\"“]?"
    rf"(?P<o>(?-i:{CAPS_RUN}))",
    re.IGNORECASE,
)
#: an article, a capitalised name in quotation marks and a verb of saying: "O “Mogiz” elogiou",
#: "la « Mogiz » écrit" (a person's name takes no quotation marks, and a title says nothing)
_QUOTED_SAYS = recache.compile(
    rf"{whole_phrases(OUTLET_ARTICLES)}\s+[«„\"“](?P<o>(?-i:{CAPS_RUN}))"
    rf"\s*[»“”\"]\s*,?\s+{whole_phrases(SPEECH_VERBS)}"
)
#: a verb of saying, a word for "in", a capitalised name and a quotation opening after it:
#: "wrote in the Mogiz, “…”", "schreibt in Mogiz: «…»", "escribió en Mogiz: “…”"
_SAYS_IN = recache.compile(
    rf"{whole_phrases(SPEECH_VERBS)}\s+{whole_phrases(IN_WORDS)}\s+"
    rf"(?:(?i:{phrase_pattern(OUTLET_ARTICLES)})\s+)?"
    rf"(?P<o>(?-i:{CAPS_RUN}))\s*[,:]?\s*[«„\"“‘]"
)
#: a sentence's end, or a line's
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+|\n")
#: what an outlet's name marked in prose never holds: a full stop inside it ("Críticos. Em")
_STOP_INSIDE = re.compile(r"\.\s")
#: an article written capitalised inside a name: two names run together ("El Mundo El País")
_ARTICLE_INSIDE = re.compile(r"\s(?:The|El|La|Le|Les|Il|Der|Die|Das|De|Het|Los|Las|O|A)\s")


def marked_outlets(lines: tuple[str, ...]) -> frozenset[str]:
    """The names ``lines`` mark as outlets by the words of their language, not listed ones."""
    names = _shared_tails(lines)
    for line in lines:  # a line at a time: a kind word ending one line marks no next line
        names |= {*kind_named(line), *_role_of(line)}
        names |= {m.group("o") for m in _QUOTED_SAYS.finditer(line)}
        names |= {m.group("o") for m in _SAYS_IN.finditer(line)}
        if quoted := quoted_before_kind(line):
            names.add(quoted)
        for sentence in _SENTENCE.split(line):
            owned = owned_role(sentence) if "'" in sentence or "’" in sentence else None
            if owned is not None and owned.outlet:
                names.add(owned.outlet)
    return frozenset(n for n in map(_without_critic, names) if _kept(n))


def _role_of(page: str) -> list[str]:
    """The names written after a critic's role and a word for "of" ("the critic of Mogiz")."""
    return [m.group("o") for m in _ROLE_OF.finditer(page)]


#: the most words of a source's line whose tail may be a shared outlet: a critic's name of two
#: or three words and an outlet's of up to three
_LONGEST_SOURCE = 6


def _shared_tails(lines: tuple[str, ...]) -> set[str]:
    """The words that end two source lines or more after different critics' names ("Jane Roe
    Mogiz", "John Doe Mogiz"): written with no mark between them, the repeated part is the
    outlet both critics write for. The critics differ by their last names ("Luiz Carlos" and
    "Dir. Luiz Carlos" are one), and one opens with a known given name."""
    heads: dict[str, set[str]] = {}
    for line in lines:
        words = clean(line).split() if len(line) < 80 else []
        if not 3 <= len(words) <= _LONGEST_SOURCE:
            continue
        for cut in (2, 3):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            if tail and len(words) - cut <= 3 and is_person(head):
                heads.setdefault(tail, set()).add(head)
    return {tail for tail, names in heads.items() if _critics(names)}


def _critics(heads: set[str]) -> bool:
    """True for two critics' names or more: different last names, one a known given name's."""
    return len({h.split()[-1] for h in heads}) >= 2 and any(person_like(h) for h in heads)


def _without_critic(name: str) -> str:
    """``name`` without the critic's name written right after the outlet's ("listu The Mogiz
    Jane Roe"): two last words opening with a known given name, after two words or more."""
    words = name.split()
    if len(words) >= 4 and person_like(tail := " ".join(words[-2:])) and is_person(tail):
        return " ".join(words[:-2])
    return name


def _kept(name: str) -> bool:
    """True for a marked name worth knowing: an outlet's shape, three letters or more, one
    name (no full stop or capitalised article inside it), no listed outlet (known already), no
    word of prose and no person's name a known given name opens."""
    name = name.strip()
    if len(name) < 3 or _STOP_INSIDE.search(name) or _ARTICLE_INSIDE.search(name):
        return False
    if outlet_name(name) != name or known_outlet(name) or ordinary_name(name):
        return False  # "el crítico de Cine": a word of prose, no name
    if country_code(name):
        return False  # "wrote in France: “…”": a place
    return not (is_person(name) and person_like(name))
