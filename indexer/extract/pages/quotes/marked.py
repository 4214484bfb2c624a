"""The outlets a page marks as such in its own words, known for the whole page.

A page quoting outlets nobody listed often says once what one of them is: "the American
website Mogiz", "het magazine Mogiz", "tờ Mogiz", "Mogiz dergisinde", "Mogiz's critic", "el
crítico de Mogiz". Elsewhere on the page the same name stands bare, where it has a person's
shape ("Mogiz Tahecenat: “…”", "“…” – Mogiz Tahecenat") or is one word a sentence opens with
("Mogiz noemt de film …"). The words that mark it (a language module's ``outlet_kinds``,
``critic_roles`` and the words for "of"/"at" before a source) are language data; the names
they mark are read as outlets wherever the page writes them
(:func:`~indexer.extract.pages.quotes.who.page_outlets`).
"""

from __future__ import annotations

import re

from indexer import lang, recache
from indexer.extract.pages.quotes.kinds import kind_named, quoted_before_kind
from indexer.extract.pages.quotes.lang import CAPS_WORD, CRITIC_ROLES, whole_phrases
from indexer.extract.pages.quotes.prose import owned_role
from indexer.extract.pages.quotes.who import is_person, known_outlet, ordinary_name, outlet_name
from indexer.extract.pages.titleperson import person_like

#: the words for "of" that put a source after a critic's role: "of", "de", "del", "van"
_OF_WORDS = (*lang.cues("quote_from"), *lang.cues("review_of"))
#: a critic's role, a word for "of" and a capitalised name, maybe in quotation marks: "the
#: critic of Mogiz", "el crític de Mogiz", "kritik listu Mogiz" (a kind between them too)
_ROLE_OF = recache.compile(
    rf"{whole_phrases(CRITIC_ROLES)}\s+{whole_phrases(_OF_WORDS)}\s+[«„\"“]?"
    rf"(?P<o>(?-i:{CAPS_WORD}(?:\s+{CAPS_WORD}){{0,3}}))",
    re.IGNORECASE,
)
#: a sentence's end, or a line's
_SENTENCE = re.compile(r"(?<=[.!?。！？])\s+|\n")
#: what an outlet's name marked in prose never holds: a full stop inside it ("Críticos. Em")
_STOP_INSIDE = re.compile(r"\.\s")
#: an article written capitalised inside a name: two names run together ("El Mundo El País")
_ARTICLE_INSIDE = re.compile(r"\s(?:The|El|La|Le|Les|Il|Der|Die|Das|De|Het|Los|Las|O|A)\s")


def marked_outlets(lines: tuple[str, ...]) -> frozenset[str]:
    """The names ``lines`` mark as outlets by the words of their language, not listed ones."""
    page = "\n".join(lines)
    names = set(kind_named(page)) | set(_role_of(page))
    for line in lines:
        if quoted := quoted_before_kind(line):
            names.add(quoted)
        for sentence in _SENTENCE.split(line):
            owned = owned_role(sentence) if "'" in sentence or "’" in sentence else None
            if owned is not None and owned.outlet:
                names.add(owned.outlet)
    return frozenset(n for n in names if _kept(n))


def _role_of(page: str) -> list[str]:
    """The names written after a critic's role and a word for "of" ("the critic of Mogiz")."""
    return [m.group("o") for m in _ROLE_OF.finditer(page)]


def _kept(name: str) -> bool:
    """True for a marked name worth knowing: an outlet's shape, three letters or more, one
    name (no full stop or capitalised article inside it), no listed outlet (known already), no
    word of prose and no person's name a known given name opens."""
    name = name.strip()
    if len(name) < 3 or _STOP_INSIDE.search(name) or _ARTICLE_INSIDE.search(name):
        return False
    if outlet_name(name) != name or known_outlet(name) or ordinary_name(name):
        return False  # "el crítico de Cine": a word of prose, no name
    return not (is_person(name) and person_like(name))
