"""One reader of the sentence shapes that name a quotation's source in prose.

Prose names who wrote a quotation in a few shapes whatever its language: the quotation, a verb
of saying and the source (``"…," wrote A. O. Scott in The New York Times``, ``„…“, napsal o
filmu kritik listu The Guardian Xan Brooks``); the source, a verb of saying and the quotation
(``Denis Vilenkin v materiale dlya «Afishi Daily» tak vyskazalsya o filme: «…»``, ``A Paris
Match úgy nyilatkozott, hogy "…"``); a critic's role word beside a name (``kritik Anton
Dolin``); "according to" and a source (``Według Tadeusza Sobolewskiego z Gazety Wyborczej
„…”``). This module reads the clause that holds such a cue next to the quotation with the
words of the language modules (verbs of saying, critics' role words, "in", "from", "of" and
"according to" words, words for a kind of publication) and finds in it, in any order, the
parts a source has: an outlet (a name after "in"/"from" or a word for a kind of publication,
a name in quotation marks there, a name with an outlet's word or a known outlet's name) and a
critic (a person's name, never one after "the film of" or a word for the director). A person
with neither an outlet nor a critic's role in the clause makes a statement: no source. A
clause with a cue and no name (``„…“, píše ale také``, ``І підсумував: «…»``) says the critic
named before goes on.

:func:`~indexer.extract.pages.quotes.prose.prose_quotes` asks it after the readers of
particular shapes: it answers where they found nothing and completes or corrects what they
found (see ``prose._completed``).
"""

from __future__ import annotations

import re

from indexer import lang, recache
from indexer.extract.pages.quotes.lang import (
    ACCORDING,
    CAPS_WORD,
    CRITIC_ROLES,
    IN_WORDS,
    OUTLET_ARTICLES,
    OUTLET_KINDS,
    SPEECH_VERBS,
    phrase_pattern,
    whole_phrases,
)
from indexer.extract.pages.quotes.who import Who, is_person, known_outlet, outlet_evidence
from indexer.extract.pages.text import letter_script

__all__ = ["CONTINUES", "shaped_source", "unglued"]

#: the answer for a clause with a cue and no name: the critic named before goes on
CONTINUES = Who(None, None, False)


_VERB = recache.compile(whole_phrases(SPEECH_VERBS))
#: the verbs that are no "according to" word too ("szerint" is both)
_SAYING = recache.compile(whole_phrases(tuple(set(SPEECH_VERBS) - set(ACCORDING))))
_ROLE = recache.compile(whole_phrases(CRITIC_ROLES))
#: "according to" opening the clause before a quotation, a few words before its end
_ACCORDING_IN = recache.compile(
    rf"(?:^|[,;،]\s*){whole_phrases(ACCORDING)}(?=(?:\s+\S+){{1,8}}\s*[,:]?\s*$)"
)
#: words that put a source after them: "in", "for", "from", "of", "according to"
_SOURCE_WORDS = (*IN_WORDS, *lang.cues("quote_from"), *lang.cues("review_of"), *ACCORDING)
_OF = recache.compile(rf"{whole_phrases(_SOURCE_WORDS)}\s*$")
_KIND = recache.compile(rf"{whole_phrases(OUTLET_KINDS)}\s*$")
_ROLE_HEAD = recache.compile(rf"{whole_phrases(CRITIC_ROLES)}\s+(?=\S)")
_KIND_HEAD = recache.compile(rf"{whole_phrases(OUTLET_KINDS)}\s+(?=\S)")
_ROLE_END = recache.compile(rf"{whole_phrases(CRITIC_ROLES)}\s*$")
#: what puts a film's maker before a name: "филм на", "film by", a word for the director
_MAKER = recache.compile(
    rf"(?:{whole_phrases(lang.cues('film_words'))}"
    rf"\s+{whole_phrases((*lang.cues('film_of'), *lang.cues('by')))}"
    rf"|{whole_phrases(lang.cues('director_nouns'))})\s*$"
)
#: a short name in quotation marks: an outlet's ("для «Афиши Daily»") or, in a script without
#: capitals, a person's ('"لی مارشال" منتقد')
_QUOTED = re.compile(r"[«„\"“»‘](?P<n>[^«»„\"“”‘’\n]{2,40}?)[»“”\"«’]")
#: a publication's web address written in the clause ("ioncinema.com", "zeit.de")
_WEB = re.compile(
    r"(?<![\w@/.])[^\W_][\w-]{1,30}(?:\.[\w-]{2,30})?\.(?:com|net|org|info|[a-z]{2})(?![\w./])"
)
#: a verb of saying (marked by :func:`_read`) within two words after a quoted subject
_SAID_NEXT = re.compile(r"^\s*(?:[^\s¦]+\s+){0,2}¦")
#: a run of capitalised words, name particles and "&" between them ("Scott Feinberg", "The
#: Hollywood Reporter", "Libération")
_RUN = re.compile(
    rf"(?<![\w.’'-]){CAPS_WORD}(?:\s+(?:(?:of|de|du|des|di|del|della|da|do|van|von|der|&)\s+)?"
    rf"{CAPS_WORD})*"
)
#: an outlet's article written with a capital before its name ("The", "A", "Le", "Die")
_ARTICLED = recache.compile(rf"(?-i:{phrase_pattern(tuple(a.title() for a in OUTLET_ARTICLES))})\s")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])(?<!\b[A-ZÀ-ÝА-Я]\.)\s+|\n")
_CLAUSE_END = re.compile(r"[.!?;。！？；](?:\s|$)|\n")
#: the words of a clause a source may take: the first twelve after a quotation, the last
#: twenty before it (a clause that runs on past them names someone else)
_TAIL_WORDS, _LEAD_WORDS = 14, 22
#: what may stand between a closing mark and the verb after it: a comma, a dash, a space
_TAIL_OPEN = re.compile(r"^[\s,:;–—-]{0,4}")


def shaped_source(before: str, after: str) -> tuple[Who | None, str]:
    """The source that the sentence around a quotation names, and the clause it was read
    in: ``before`` is the prose before the opening mark, ``after`` the prose from the closing
    mark on. :data:`CONTINUES` for a cue with no name; None when no shape is there."""
    tail = _CLAUSE_END.split(after, maxsplit=1)[0]
    tail = " ".join(tail.split(" ")[:_TAIL_WORDS])
    lead = " ".join(_SENTENCE_END.split(before)[-1].split(" ")[-_LEAD_WORDS:])
    if _tail_cue(tail):
        # a verb-final clause or a dropped subject: "Guardian film eleştirmeni, “…” dedi"
        short = CONTINUES if len(tail.split()) <= 4 else None
        clause = _lead_clause(lead)
        return _read(tail) or _read(clause) or short, f"{clause} {tail}"
    according = _ACCORDING_IN.search(lead)
    if according is not None:  # "…, ifølge Filmweb, «…»", "Yn ôl X yn y Y, roedd yn “…”"
        clause = lead[according.start() :]
        return _read(clause, True), clause
    if _lead_cue(lead):
        clause = _lead_clause(lead)
        return _read(clause) or (CONTINUES if len(lead.split()) <= 3 else None), clause
    return None, ""


def _lead_clause(lead: str) -> str:
    """The clause of ``lead`` whose verb reports the quotation: from the last comma before
    its last verb of saying ("…, and Variety hailed the work as")."""
    verbs = list(_VERB.finditer(lead))
    if not verbs:
        return lead
    cut = max(lead.rfind(c, 0, verbs[-1].start()) for c in ",;،")
    return lead[cut + 1 :]


def _tail_cue(tail: str) -> bool:
    """True when a verb of saying opens the clause after the closing mark, its subject before
    it or not ("“…,” wrote X", "«…», skrev hun", "“…,” Scott wrote")."""
    rest = tail[_TAIL_OPEN.match(tail).end() :]  # type: ignore[union-attr]
    verb = _VERB.search(rest)
    return verb is not None and len(rest[: verb.start()].split()) <= 3 and rest[:1] != "("


def _lead_cue(lead: str) -> bool:
    """True when the prose before the opening mark reports the quotation: it ends with a
    colon, a comma or a verb of saying after a verb, a role word or "according to", or it
    holds "according to" (read before)."""
    if _VERB.search(lead) is None and _ROLE.search(lead) is None:
        return False
    ending = lead.rstrip()
    if ending.endswith((":", ",", "–", "—")):
        return True
    verbs = list(_VERB.finditer(ending))
    return bool(verbs) and len(ending[verbs[-1].end() :].split()) <= 3


def _read(clause: str, according: bool = False) -> Who | None:
    """The critic and outlet a clause names, in any order; None when it names neither. After
    "according to" (``according``) a name that is no person's is the outlet."""
    text = _SAYING.sub(" ¦ ", clause)  # a verb parts the names beside it
    outlet: str | None = None
    critic: str | None = None
    taken: list[tuple[int, int]] = []
    for quoted in _QUOTED.finditer(text):
        name = quoted.group("n").strip()
        if len(name.split()) > 5:
            continue
        head = text[: quoted.start()]
        if (
            outlet is None
            and not name[:1].islower()
            and (_OF.search(head) or _KIND.search(head) or _ROLE_END.search(head))
        ):
            outlet = name
            taken.append(quoted.span())
        elif outlet is None and _quoted_subject(name, head, text[quoted.end() :]):
            outlet = name  # "‘Libero’ lo definisce “…”", '"Ню Йорк Таймс" определи филма като'
            taken.append(quoted.span())
        elif critic is None and _caseless_person(name, text[quoted.end() :]):
            critic = name
            taken.append(quoted.span())
    for run in _RUN.finditer(text):
        if any(a <= run.start() < b for a, b in taken):
            continue
        name, head = run.group().strip(), text[: run.start()]
        if role := _ROLE_HEAD.match(name):  # "Critic Mark Kermode": the role is no name's word
            name, head = name[role.end() :], head + role.group()
        kind = _KIND_HEAD.match(name)
        if kind is not None and outlet is None:  # "Trang Den of Geek nhận định": a site's name
            outlet = name[kind.end() :]
            continue
        found = _split(name)
        if found is not None:
            critic, outlet = critic or found.critic, outlet or found.outlet
            continue
        sure = known_outlet(name) or (outlet_evidence(name) >= 2 and " " in name)
        if _ARTICLED.match(name) and len(name.split()) >= 2 and not head.strip():
            sure = True  # the clause's subject after an article: "A Paris Match … nyilatkozott"
        if outlet is None and ((sure and not is_person(name)) or _KIND.search(head)):
            outlet = name
        elif critic is None and is_person(name) and not _MAKER.search(head):
            critic = name
        elif outlet is None and _OF.search(head) and (sure or according or _foreign(name, clause)):
            outlet = name  # "написал Скот Мендельсон из Forbes"
    if outlet is None and (web := _WEB.search(text)):
        outlet = web.group()  # "Dziennikarz portalu ioncinema.com napisał": a site's address
    if outlet is None and not (critic and _ROLE.search(clause)):
        return None  # a person with no outlet and no critic's role makes a statement
    return Who(critic, outlet, True)


def unglued(who: Who | None) -> Who | None:
    """``who`` with an outlet's name parted from the person's name glued after it ("The
    Guardian Xan Brooks" read as one outlet or one critic); ``who`` itself otherwise."""
    if who is None or (who.critic and who.outlet):
        return who
    found = _split(who.critic or who.outlet or "")
    return found if found is not None else who


def _split(run: str) -> Who | None:
    """A known outlet's name glued to a person's name after it, as a genitive writes them
    ("The Guardian Xan Brooks"); None for any other run."""
    words = run.split()
    for k in range(len(words) - 2, 0, -1):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if outlet_evidence(head) >= 2 and is_person(rest) and not outlet_evidence(rest) >= 2:
            return Who(rest, head, True)
    return None


def _quoted_subject(name: str, head: str, rest: str) -> bool:
    """True for a name in quotation marks, in a script with capitals, that opens its clause
    (maybe after an article or a conjunction) as the subject of a verb of saying right after
    it: a publication, whose name a page quotes where it never quotes a person's."""
    if not name[:1].isupper() or len(name.split()) > 5:
        return False
    lead = head.split()
    return (
        len(lead) <= 1
        and all(w.islower() and len(w) <= 3 for w in lead)
        and bool(_SAID_NEXT.match(rest))
    )


def _caseless_person(name: str, rest: str) -> bool:
    """True for a name in quotation marks in a script without capitals followed by a role
    word or a "from" word ('"لی مارشال" منتقد', '"دوید ارلیش" از مجله'): a person."""
    if any(c.isupper() or c.islower() for c in name) or not 2 <= len(name.split()) <= 3:
        return False
    nxt = rest.lstrip()
    return bool(_ROLE.match(nxt) or re.match(whole_phrases(_SOURCE_WORDS), nxt))


def _foreign(name: str, clause: str) -> bool:
    """True for a name written in another script than the clause around it: an outlet's name
    kept as the outlet writes it ("из Forbes"), where a place would be transliterated."""
    return _script(name) != _script(clause.replace(name, " "))


def _script(text: str) -> str:
    """The script most letters of ``text`` are written in ("LATIN", "CYRILLIC"), or ""."""
    counts: dict[str, int] = {}
    for c in text:
        if c.isalpha():
            script = letter_script(c)
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else ""
