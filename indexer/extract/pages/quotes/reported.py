"""A critic's words reported without quotation marks, in a paragraph that opens with its source.

Press round-ups in many languages report what a critic wrote as a clause after a verb of
saying, with no quotation marks: "Rohit from Hindustan Times writes, the film is a good one
…", "پیتر دبروگ در ورایتی نوشت: از جهاتی، …" (Peter Debruge wrote in Variety: …), "According
to TOI, the film is a gamut of emotions …". The paragraph opens with the source (an outlet, or
a critic "in"/"from" an outlet), then the verb (or "according to" before the source and a
comma); what follows is the critic's words. The source must name an outlet beyond doubt (a
catalogued one, one in another script's list, or a name made of outlets' words), so that a
person's statement in the news ("The director said he …") is no critic's quote.
"""

from __future__ import annotations

import re

from indexer import recache
from indexer.extract.pages.quotes import marks
from indexer.extract.pages.quotes.kindlead import kind_lead
from indexer.extract.pages.quotes.lang import (
    ACCORDING,
    FIRST_PERSON,
    IN_WORDS,
    OUTLET_KINDS,
    SPEECH_VERBS,
    phrase_pattern,
)
from indexer.extract.pages.quotes.scripts import script_source
from indexer.extract.pages.quotes.uncased import UNCASED_ROLES
from indexer.extract.pages.quotes.who import Who, is_person, known_outlet, outlet_evidence
from indexer.normalize import country_code

__all__ = ["colon_clause", "reported_clause"]

_VERB = phrase_pattern(SPEECH_VERBS) or "(?!)"
#: the paragraph's first words (no sentence end, no quotation mark), a verb of saying, then a
#: colon or a comma or nothing, and the reported words
_SAID = recache.compile(
    rf"^(?P<lead>[^\n.!?;:\"“”„«»「」]{{2,90}}?)\s+(?i:{_VERB})(?!\w)"
    rf"\s*(?P<mark>[:,،])?\s*(?P<rest>[^\W\d_].*)$",
    re.DOTALL,
)
#: "According to Source, …"
_ACCORDING = recache.compile(
    rf"^(?i:{phrase_pattern(ACCORDING) or '(?!)'})\s+(?P<lead>[^\n.!?;:,،\"“”„«»]{{2,60}}?)"
    rf"\s*[,،]\s*(?P<rest>[^\W\d_].*)$",
    re.DOTALL,
)
#: a person, a word for "in"/"from"/"of", an outlet
_IN = recache.compile(
    rf"^(?P<who>\S+(?:\s+\S+){{0,3}}?)\s+(?i:{phrase_pattern(IN_WORDS) or '(?!)'})\s+"
    rf"(?P<o>\S+(?:\s+\S+){{0,4}})$"
)
_LATIN = re.compile(r"[A-Za-z]")
#: the one-word names of outlets' kinds in lower case ("tờ", "báo"), which may lead a name
_KINDS = frozenset(k for k in OUTLET_KINDS if " " not in k and k.islower())
_MIN_WORDS = 8


def reported_clause(
    text: str, round_up: bool = False, inside: bool = True
) -> tuple[str, Who] | None:
    """The reported words of a paragraph that opens with their source and a verb of saying
    (or "according to" and the source), and that source; else those of a sentence or a clause
    after a comma inside it that opens so with a word for the outlet's kind and an outlet
    beyond doubt ("Đánh giá về Top Gun: Maverick …, tờ IndieWire nhận định đây sẽ là …"); None
    for any other paragraph. In a
    ``round_up`` (a page where another paragraph reports an outlet beyond doubt so), a critic
    "from" any capitalised name is that outlet's ("Jane Doe from Film Weekly writes, …").
    Without ``inside``, only the paragraph's opening is read."""
    text = text.strip()
    opening = _opening_clause(text, round_up)
    if opening is not None or not inside:
        return opening
    for start in _CLAUSE_START.finditer(text):
        rest = text[start.end() :]
        if rest.partition(" ")[0].lower() not in _KINDS:
            continue  # "… Cairo West Magazine applauds all …": the page's news, no press quote
        clause = _opening_clause(rest, False)
        if clause is not None and clause[1].outlet and clause[1].strong:
            return clause
    return None


#: where a sentence or a clause starts inside a paragraph: after a sentence's end or a comma
_CLAUSE_START = re.compile(r"(?<![A-ZÀ-Ý])[.!?。]\s+|,\s+")


def _opening_clause(text: str, round_up: bool) -> tuple[str, Who] | None:
    """The reported words of ``text`` when it opens with their source and a verb of saying."""
    match = _SAID.match(text)
    said = match is not None
    if match is None:
        match = _ACCORDING.match(text)
    if match is None:
        return None
    rest = match.group("rest").strip()
    if said and not match.group("mark") and not rest[:1].islower():
        return None  # "Variety says Name …": the words must start a clause
    if marks.words(rest) < _MIN_WORDS or FIRST_PERSON.search(rest[:80]):
        return None
    who = _source(match.group("lead").strip(), round_up)
    return (rest, who) if who is not None else None


def _source(lead: str, round_up: bool = False) -> Who | None:
    """The outlet ``lead`` names beyond doubt (any name in a ``round_up``), with the critic
    named before it; a word for the outlet's kind may lead it ("tờ IndieWire")."""
    first, _, rest = lead.partition(" ")
    if first.lower() in _KINDS and _outlet(rest):
        return Who(None, rest, True)
    if _outlet(lead):
        return Who(None, lead, True)
    if not _LATIN.search(lead) and (kinded := kind_lead(lead)):
        return kinded  # "Name منتقد نشریه Outlet": a word for the outlet's kind before it
    if not _LATIN.search(lead) and (scripted := script_source(lead)) and scripted.outlet:
        at = lead.find(scripted.outlet)
        named = _IN.match(lead[: at + len(scripted.outlet)].strip()) if at > 0 else None
        critic = named.group("who") if named and named.group("o") == scripted.outlet else None
        return Who(critic, scripted.outlet, True)
    named = _IN.match(lead)
    if named is None:
        return None
    outlet = named.group("o")
    if not _outlet(outlet) and not (round_up and _named(outlet)):
        return None
    critic = named.group("who")
    if not all(w[:1].isupper() for w in critic.split()) or (
        " " in critic and not is_person(critic)
    ):
        return None
    return Who(critic, outlet, True)


def _named(name: str) -> bool:
    """True for a capitalised name of up to four words that is no country's."""
    words = name.split()
    return (
        bool(_LATIN.search(name))
        and len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and country_code(name) is None
    )


def _outlet(name: str) -> bool:
    """True for the name of an outlet beyond doubt: catalogued, or made of outlets' words."""
    if not name or len(name.split()) > 5:
        return False
    if _LATIN.search(name) is None:
        return (found := script_source(name)) is not None and found.outlet == name
    if not all(w[:1].isupper() or not w[:1].isalpha() for w in name.split()):
        return False
    return known_outlet(name) or (outlet_evidence(name) >= 2 and not is_person(name))


#: a verb of saying and a colon inside a paragraph: "… درباره این فیلم نوشت: …", "…
#: Sophie Monk-Kaufman of IndieWire wrote: This casual …"
_VERB_COLON = recache.compile(rf"(?<!\w)(?i:{_VERB})\s*:\s*")
#: where a sentence ends, in any script
_SENTENCE_STOP = re.compile(r"[.!?。！？؟]\s")
#: a quotation mark opening the words after the colon: the prose reader's
_OPENING_MARK = re.compile(r"^[\"“„«»‘'「『]")
#: two or three words of a script without capitals right before a critic's role, after a
#: comma, a quotation mark or the sentence's start: "…، پیتر بردشاو منتقد ارشد سینمایی گاردین"
_NAME_BEFORE_ROLE = recache.compile(
    rf"(?:^|[،,«»\"“”]\s*)(?P<name>(?:[^\W\d_A-Za-z]+\s+){{1,2}}[^\W\d_A-Za-z]+)\s*[»\"”]?\s+"
    rf"(?:{phrase_pattern(UNCASED_ROLES) or '(?!)'})"
)


def colon_clause(text: str) -> tuple[str, Who] | None:
    """The words a critic wrote, reported without quotation marks after a verb of saying and a
    colon inside a paragraph, up to the paragraph's end, and their source: the critic and the
    outlet that the verb's own sentence names ("… Sophie Monk-Kaufman of IndieWire wrote: This
    casual everyday vignette …", "… پیتر بردشاو منتقد ارشد سینمایی گاردین … درباره این فیلم
    نوشت: …"). Both must be named, so that a person's statement ("The director said: …") is no
    critic's quote; words in the first person are no review's."""
    for verb in _VERB_COLON.finditer(text):
        rest = text[verb.end() :].strip()
        if _OPENING_MARK.match(rest) or marks.words(rest) < _MIN_WORDS:
            continue
        if FIRST_PERSON.search(rest[:80]):
            continue
        stops = list(_SENTENCE_STOP.finditer(text, 0, verb.start()))
        sentence = text[stops[-1].end() if stops else 0 : verb.start()].strip()
        who = _colon_source(sentence)
        if who is not None and who.critic and who.outlet:
            return rest, who
    return None


def _colon_source(sentence: str) -> Who | None:
    """The critic and outlet of the sentence that ends with a verb of saying before a colon."""
    from indexer.extract.pages.quotes.prose import lead_in  # the prose reader reads this one

    if _LATIN.search(sentence) and (who := lead_in(sentence)) is not None:
        return who
    if (kinded := kind_lead(sentence)) is not None:
        return kinded  # "فرناندو گارسیا از نشریه لاوانگواردیا نوشت"
    named = _NAME_BEFORE_ROLE.search(sentence)
    if named is None:
        return None
    after = sentence[named.end() :].split()
    scripted = script_source(" ".join(after[:4])) if after else None  # "… گاردین با دادن …"
    if scripted is not None and scripted.outlet:
        return Who(named.group("name").strip(), scripted.outlet, True)
    return None
