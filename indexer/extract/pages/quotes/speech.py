"""Quotations that prose hands to their sources in its own ways: a list of sources and a word
for "respectively" ("Variety, Slash Film o Ain’t It Cool News han comentado, respectivamente:
«…» o «…»"), and a paragraph quoted with a speech dash ("– Så det er sjældent …, siger Jacob
Wendt Jensen, der …"), as news pages in many languages write it."""

from __future__ import annotations

import re

from indexer import recache
from indexer.extract.pages.quotes import marks
from indexer.extract.pages.quotes.lang import (
    CAPS_WORD,
    CRITIC_ROLES,
    OUTLET_ANAPHORA,
    RESPECTIVELY,
    SPEECH_VERBS,
    phrase_pattern,
    whole_phrases,
)
from indexer.extract.pages.quotes.who import Who, is_person, parse

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý\"“„«])")
_RESPECTIVELY = recache.compile(whole_phrases(RESPECTIVELY))
_LISTED_NAME = rf"{CAPS_WORD}(?:\s+{CAPS_WORD}){{0,4}}"
#: names listed with commas and a short word before the last ("X, Y o Z", "X, Y and Z")
_LIST_SEPARATOR = re.compile(r"\s*,\s*(?:[^\W\d_A-ZÀ-Ý]{1,4}\s+)?|\s+[^\W\d_A-ZÀ-Ý]{1,4}\s+")
_LISTED = recache.compile(
    rf"{_LISTED_NAME}(?:\s*,\s*{_LISTED_NAME})*,?\s+[^\W\d_A-ZÀ-Ý]{{1,4}}\s+{_LISTED_NAME}"
)
_DASH_SPEECH = recache.compile(
    rf"^[-–—]\s+(?P<quote>[^–—]{{20,}}?)[,.!?]\s+(?i:{phrase_pattern(SPEECH_VERBS)})\s+"
    rf"(?:(?i:{phrase_pattern(CRITIC_ROLES) or '(?!)'})\s+)?"
    rf"(?:(?P<who>[A-ZÀ-ÝĀ-Ž][\w’'-]+(?:\s+[A-ZÀ-ÝĀ-Ž][\w’'-]+){{1,3}})"
    rf"|(?P<again>(?i:{phrase_pattern(OUTLET_ANAPHORA) or '(?!)'})))(?=[\s,.;]|$)"
)

#: a source set between dashes inside a quotation ("“Padre prepotente … – scrive Eusebio
#: Ciccotti – moglie …”", "«… —escribe Ana López— …»")
_INTERJECTED = recache.compile(
    rf"\s[-–—]\s*(?i:{phrase_pattern(SPEECH_VERBS)})\s+"
    rf"(?P<who>[A-ZÀ-ÝĀ-Ž][\w’'-]+(?:\s+[A-ZÀ-ÝĀ-Ž][\w’'-]+){{1,3}})\s*[-–—]\s"
)

_INTERJECTED_AGAIN = recache.compile(
    rf"\w,\s+(?i:{phrase_pattern(SPEECH_VERBS)})\s+"
    rf"(?P<again>(?i:{phrase_pattern(OUTLET_ANAPHORA) or '(?!)'}))(?:\s+[^\W\d_A-ZÀ-Ý]+)?,\s"
)


def respectively(text: str) -> tuple[int, list[Who]]:
    """Where the list of sources that a sentence with a word for "respectively" names ends,
    and those sources in order: the quotations after that point are theirs ("Variety, Slash
    Film o Ain’t It Cool News han comentado, respectivamente: «…» o «…»", "Variety and The
    Guardian called it “…” and “…” respectively"); (-1, []) without one."""
    match = _RESPECTIVELY.search(text)
    if match is None:
        return -1, []
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, match.start())), default=0)
    head = text[start : match.start()]
    for begin, end in marks.spans(head, 1):  # not a list quoted inside a quotation
        head = head[:begin] + " " * (end + 1 - begin) + head[end + 1 :]
    lists = list(_LISTED.finditer(head))
    if not lists:
        return -1, []
    sources = [parse(name) for name in _LIST_SEPARATOR.split(lists[-1].group(0))]
    if not all(sources):
        return -1, []
    return start + lists[-1].end(), [who for who in sources if who]


def dash_speech(text: str) -> tuple[str, Who] | None:
    """The words of a paragraph quoted with a speech dash, up to the verb of saying, and the
    person named after the verb and maybe a critic's role ("– …, siger Jacob Wendt Jensen, der
    …", "- …, skriver anmelder Peter Bradshaw."), or the word that
    names again the outlet named before ("– …, framhåller tidningen", as the outlet)."""
    match = _DASH_SPEECH.match(text)
    if match is not None and match.group("again"):
        return match.group("quote").strip(), Who(None, match.group("again"), True)
    if match is None or not is_person(match.group("who")):
        return None
    return match.group("quote").strip(), Who(match.group("who"), None, True)


def interjected(text: str) -> Who | None:
    """The critic a quotation names between dashes inside itself, after a verb of saying
    ("“… (credibile Valerio Mastandrea) – scrive Eusebio Ciccotti – moglie …”"), or the
    outlet named before, by a word for "the newspaper" between commas ("«C'est du bon
    boulot, écrit le journal britannique, et …»")."""
    again = _INTERJECTED_AGAIN.search(text)
    if again is not None:
        return Who(None, again.group("again"), True)
    match = _INTERJECTED.search(text)
    if match is None or not is_person(match.group("who")):
        return None
    return Who(match.group("who"), None, True)
