"""The source written after a quotation's closing mark: "– Name, Outlet", "(2014) The
Guardian", "says Variety", "γράφει η Καθημερινή", "— пишет X в Y", "씨네21 김혜리"."""

from __future__ import annotations

import re

from indexer import recache
from indexer.extract.pages.quotes import prose
from indexer.extract.pages.quotes.lang import (
    CRITIC_ROLES,
    IN_WORDS,
    OUTLET_ANAPHORA,
    OUTLET_ARTICLES,
    PRESS_NOUNS,
    REVIEW_LINK,
    SPEECH_VERBS,
    UPPER,
    phrase_pattern,
)
from indexer.extract.pages.quotes.prose import source_says
from indexer.extract.pages.quotes.who import (
    Who,
    caseless_outlet,
    is_person,
    ordinary_name,
    outlet_evidence,
    outlet_name,
    parse,
)

_SAID = recache.compile(
    rf"^(?:[-–—~,]\s*){{0,2}}(?i:{phrase_pattern(SPEECH_VERBS)})\s+"
    rf"(?P<art>(?:{phrase_pattern(OUTLET_ARTICLES)})\s+)?(?P<adj>(?![{UPPER}])[^\W\d_]{{3,}}\s+)?"
    rf"(?P<q>[«„“\"](?=[{UPPER}]))?"
    rf"(?P<who>[{UPPER}][\w’'-]+(?: [{UPPER}][\w’'-]+){{0,2}})(?(q)[»“”\"])"
    rf"(?:\s+(?i:{phrase_pattern(IN_WORDS)})\s+(?P<outlet>[^.!?]{{2,50}}?))?\W*$"
)
#: the one-word names of an outlet named again ("tidningen", "avisen", "Zeitung"), the last
#: word of two ("die Zeitung")
_AGAIN_WORDS = tuple(sorted({w.split()[-1] for w in OUTLET_ANAPHORA if len(w.split()) <= 2}))
#: a verb of saying, maybe an article and up to two words in lower case, and a word for the
#: outlet named before, maybe the end of a compound: "”…”, skriver den amerikanska
#: branschtidningen.", "„…“, schreibt die Zeitung."
_SAID_AGAIN = recache.compile(
    rf"^(?:[-–—~,]\s*){{0,2}}(?i:{phrase_pattern(SPEECH_VERBS)})\s+"
    rf"(?:(?i:{phrase_pattern(OUTLET_ARTICLES)})\s+)?(?:[^\W\d_A-ZÀ-Ý][\w-]*\s+){{0,2}}?"
    rf"(?:[^\W\d_A-ZÀ-Ý][^\W\d_]*?)?(?P<again>(?i:{phrase_pattern(_AGAIN_WORDS) or '(?!)'}))[.!]?$"
)
_TAIL_HEAD = re.compile(r"^\W*(?P<who>[A-ZÀ-Ý][^,.;:()]{2,40},[^,.;:()]{2,50})(?:,|\s+\(?\d{4})")
_HANGUL_NAME = recache.compile(  # not a word of the outlet's name: 신문 newspaper, 일보 daily, …
    r"(?P<outlet>\S+(?: \S+){0,2}) "
    rf"(?!(?:{phrase_pattern(PRESS_NOUNS + CRITIC_ROLES)})$)"
    r"(?P<name>[\uac00-\ud7af]{2,4}|[\u4e00-\u9fff]{2,4})"
)


def ditto(tail: str) -> bool:
    """True when the sentence after a closing mark says only that the critic named before goes
    on ("- czytamy. W recenzji …")."""
    return prose.is_ditto(re.split(r"(?<=[.!?])\s", tail, maxsplit=1)[0])


def tail_who(tail: str) -> Who | None:
    """The attribution written after a closing mark ("– Name, Outlet", "(2014) The Guardian",
    "Alissa Wilkinson. A New York Times Critic's Pick!")."""
    if ditto(tail) or REVIEW_LINK.match(tail):
        return None  # "- czytamy.", "- Lire la critique complète": nobody named here
    lead = _TAIL_HEAD.match(tail)
    who = parse(lead.group("who")) if lead else None
    if who and who.critic and who.outlet:
        return who  # "Kevin Jackson, Withnail & I, 2004 Set at the fag-end of …"
    if len(tail) > 120:  # "', schrijft The Telegraph. De film …": the clause after the mark
        said = _SAID.match(prose.clause(tail))
        if said and (said.group("art") or outlet_evidence(said.group("who")) >= 2):
            return Who(None, said.group("who"), True)
        return None
    if again := _SAID_AGAIN.match(tail.strip()):
        return Who(None, again.group("again").lower(), True)  # "skriver tidningen": named before
    if of_outlet := prose.role_of_outlet(tail):
        return of_outlet  # "”, escreveu o crítico do Estadão, Luiz Zanin Oricchio, na época"
    if says := source_says(tail):
        return says  # "”, Hammond kirjoittaa.", "”, Bradshaw writes in Sight and Sound."
    who = parse(tail)
    if who and _prose_source(tail, who):
        who = None  # "” Sin embargo, nadie lo vio.": the next sentence, no source
    if who:
        return who
    if re.match(r"^\s*(?:--|[–—―~(（-])", tail) and (caseless := caseless_source(tail)):
        return caseless
    said = _SAID.match(tail)
    if said and said.group("adj") and outlet_evidence(said.group("who")) < 2:
        said = None  # "skriver amerikanska Variety": a word between verb and outlet only
    if said and (said.group("art") or said.group("q") or outlet_evidence(said.group("who")) >= 2):
        return Who(None, said.group("who"), True)  # "γράφει η Καθημερινή", "says Variety"
    if said and (is_person(said.group("who")) or " " not in said.group("who")):
        outlet = outlet_name(said.group("outlet").strip('«»„“”"')) if said.group("outlet") else None
        return Who(said.group("who"), outlet, True)  # "- uważa Hornaday", "— пишет X в Y"
    head, _, rest = re.sub(r"^\W+", "", tail).partition(". ")
    who = parse(head) if rest else None
    if who and who.critic and not who.outlet:
        return who.merged(Who(None, find_outlet(rest), False))
    return who


def _prose_source(tail: str, who: Who) -> bool:
    """True for a source read from the words after a closing mark that are only the next
    sentence's first words: an outlet alone, on no evidence, with no dash or bracket before
    it, whose name is an ordinary word of some language or opens with one ("Sin embargo",
    "Time wrote")."""
    if who.critic or who.strong or re.match(r"^\s*(?:--|[–—―~(（\[|-])", tail):
        return False
    return ordinary_name(who.outlet)


def find_outlet(text: str) -> str | None:
    """The longest capitalised run in ``text`` that names an outlet ("A New York Times
    Critic's Pick" -> "New York Times")."""
    runs = re.findall(r"(?:[A-ZÀ-Ý][\w.&’'-]*\s?){1,6}", text)
    named = [outlet_name(r) for r in runs]
    good = [n for n in named if n and outlet_evidence(n) >= 2]
    return max(good, key=len, default=None)


def caseless_source(text: str) -> Who | None:
    """A source after a dash or a bracket in a script without capitals; a Korean or Han name
    of two to four syllables after the outlet is the critic's ("씨네21 김혜리", "朝日新聞
    山田太郎"); a name of two or three words
    before a comma and an outlet is the critic's ("سارة فاين ، ديلي ميل", "ريتشارد روبر ،
    Chicago Sun-Times")."""
    first, comma, second = re.sub(r"^\W+", "", text).partition("،" if "،" in text else ",")
    name = caseless_outlet(first)
    if comma and name and 2 <= len(name.split()) <= 3:
        outlet = caseless_outlet(second) or outlet_name(second)
        if outlet:
            return Who(name, outlet, True)
    outlet = caseless_outlet(text)
    if outlet is None:
        return None
    named = _HANGUL_NAME.fullmatch(outlet)
    if named:
        return Who(named.group("name"), named.group("outlet"), True)
    return Who(None, outlet, True)
