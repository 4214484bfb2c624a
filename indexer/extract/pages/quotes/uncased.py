"""Critics named in scripts without capitals (Arabic, Persian, Hebrew, Devanagari, Thai…).

Where Latin or Cyrillic pages give a critic's name away by its capitals, a Persian or Hindi
page writes a name like any other words, so the shape of a name alone proves nothing. What
does is the layout of a round-up: a quotation, then on the line right under it a short run
of words (two to four, no digit, no sentence mark, no speech verb), perhaps with the outlet
or the critic's post after a comma or in brackets, and the same again under another quotation
of the same page ("«…».\\nمسعود فراستی\\n(…)", "«…».\\nخسرو دهقان (منتقد مستقل)"). One such
line might be anything (a caption, an actor under a line of the film); two or more in the
same place under quotations are the page's way of signing its quotes.
"""

from __future__ import annotations

import re

from indexer.extract.pages.quotes.lang import CRITIC_ROLES, SPEECH_VERBS
from indexer.extract.pages.quotes.units import BODY, OTHER, QUOTE, WHO, Unit
from indexer.extract.pages.quotes.who import (
    Who,
    caseless_letter,
    caseless_outlet,
    is_person,
    outlet_name,
    uncased_person,
)

__all__ = ["name_lines", "uncased_name"]

#: the name, then its outlet or post in brackets or after a comma (Arabic or Latin)
_LINE = re.compile(
    r"^(?:[–—―~-]+\s*)?(?P<name>[^()،,:]+?)\s*"
    r"(?:\((?P<paren>[^()]{2,60})\)|[،,]\s*(?P<comma>[^()،,:]{2,50}))?\s*[.]?$"
)
_BRACKETED = re.compile(r"^\((?P<paren>[^()]{2,60})\)$")
_VERBS = frozenset(v.lower() for v in SPEECH_VERBS)
#: the critic's role words of scripts without capitals ("منتقد", "평론가")
UNCASED_ROLES = tuple(r for r in CRITIC_ROLES if not any(c.isupper() or c.islower() for c in r))


def _uncased_word(word: str) -> bool:
    """True for a word of letters (and their marks) with no capital or small letter: a word
    of a script without case ("مسعود", "तरण", "מבקר")."""
    letters = [c for c in word if c not in "-'’."]
    return bool(letters) and all(caseless_letter(c) for c in letters)


def uncased_name(text: str) -> bool:
    """True for two to four words of a script without case and nothing else: the shape of a
    person's name there (no digit, no punctuation but a hyphen or apostrophe, no speech
    verb, no critic's role word)."""
    words = text.split()
    if not 2 <= len(words) <= 4 or not all(_uncased_word(w) for w in words):
        return False
    if any(w.lower() in _VERBS for w in words) or text.lower() in _VERBS:
        return False
    return not any(w.startswith(UNCASED_ROLES) for w in words)


def _role(text: str) -> bool:
    """True for a post in brackets that calls the person a critic ("منتقد مستقل", "رئیس
    شورای مرکزی انجمن منتقدان"): no outlet's name."""
    return any(w.startswith(UNCASED_ROLES) for w in text.split())


def _signature(text: str, below: str | None) -> Who | None:
    """The critic (and outlet) a short line under a quotation names, or None; ``below`` is
    the next line when it holds only a bracketed post ("(دبیر صفحه سینمایی روزنامه سلام)")."""
    match = _LINE.match(text.strip())
    if not match or not uncased_name(match.group("name").strip()):
        return None
    extra = match.group("paren") or match.group("comma") or below
    outlet = None
    if extra and not _role(extra):
        outlet = caseless_outlet(extra) or outlet_name(extra)
        if outlet is None:
            return None
    return Who(match.group("name").strip(), outlet, True)


#: a critic's name, a spaced dash and the outlet: "카일 터너 - Slant Magazine", "Oana – metropotam"
_DASHED = re.compile(r"^(?P<name>[^-–—]+?)\s+[-–—]\s+(?P<outlet>[^\s–—][^–—]{1,49})$")
#: a capitalised word of letters (a given name alone: "Bogdan", "Simona")
_GIVEN = re.compile(r"[^\W\d_]+")
#: a sentence's end or a digit: no outlet's name
_NOT_OUTLET = re.compile(r"[.!?:]\s|[!?]$|\d{3}")


def _dashed_pair(text: str) -> tuple[str, str] | None:
    """The name and the outlet of a line "Name - Outlet" ("카일 터너 - Slant Magazine", "Bogdan
    – Blogul cu filme"), or None: a name without capitals, a person's name or a given name
    alone, and after the dash one to five words that make no sentence."""
    match = _DASHED.match(text.strip())
    if match is None:
        return None
    name, outlet = match.group("name").strip(), match.group("outlet").strip()
    if len(outlet.split()) > 5 or _NOT_OUTLET.search(outlet):
        return None
    given = _GIVEN.fullmatch(name) is not None and name[:1].isupper() and len(name) >= 3
    if not (uncased_person(name) or is_person(name) or given):
        return None
    return name, outlet


def dashed_runs(found: list[Unit]) -> list[Unit]:
    """``found`` with the lines "Name - Outlet" of a page that signs two or more quotations so
    with a critic and an outlet read beyond doubt ("카일 터너 - Slant Magazine", "Dragoş Marin –
    Film Reporter") read as critic and outlet wherever the name is a person's, one without
    capitals or a given name alone, whatever the outlet ("알리사 윌킨슨 - Vox", "Oana –
    metropotam"): the page's way of signing says what a line alone does not."""
    sure = sum(
        1
        for u in found
        if u.kind == WHO and u.who and u.who.critic and u.who.outlet and _dashed_pair(u.text)
    )
    if sure < 2:
        return found
    for k, unit in enumerate(found):
        if unit.kind not in (WHO, BODY, OTHER) or (unit.who and unit.who.critic):
            continue
        pair = _dashed_pair(unit.text)
        if pair is None:
            continue
        outlet = outlet_name(pair[1]) or pair[1]
        found[k] = Unit(unit.start, unit.end, WHO, unit.text, Who(pair[0], outlet, True))
    return found


def name_lines(found: list[Unit]) -> list[Unit]:
    """``found`` with the short lines that sign two or more unsigned quotations in a script
    without case read as their sources (see the module's docstring)."""
    found = dashed_runs(found)
    signs: list[tuple[int, Who, int]] = []
    for k in range(len(found) - 1):
        quote, line = found[k], found[k + 1]
        if quote.kind != QUOTE or quote.who is not None or line.kind not in (BODY, OTHER):
            continue
        if line.start - quote.end > 2 or line.who is not None:
            continue
        after = found[k + 2] if k + 2 < len(found) else None
        bracket = None
        if after and after.kind in (BODY, OTHER) and after.start - line.end <= 2:
            held = _BRACKETED.match(after.text.strip())
            bracket = held.group("paren") if held else None
        if "(" in line.text or "،" in line.text or "," in line.text:
            bracket = None
        who = _signature(line.text, bracket)
        if who is not None:
            signs.append((k + 1, who, 1 if bracket else 0))
    if len(signs) < 2:
        return found
    out = list(found)
    dropped: set[int] = set()
    for k, who, extra in signs:
        line = found[k]
        end = found[k + 1].end if extra else line.end
        out[k] = Unit(line.start, end, WHO, line.text, who)
        if extra:
            dropped.add(k + 1)
    return [u for j, u in enumerate(out) if j not in dropped]
