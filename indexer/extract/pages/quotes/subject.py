"""The source of a quotation in a verb-final language: the subject written before it.

Korean (and languages like it) put the verb after the quotation and the speaker before it,
as the subject or topic of the sentence: ``미국 일간지 뉴욕 타임스는 "…"고 적었고``, ``영화 전문
매체 CBR은 "…"고 극찬했다``. A quotation is read so when a quotative particle (``라고``, ``고``,
``라며``) is glued to its closing mark; its source is the phrase of the clause before it that
ends with a topic particle (``는``, ``은``, ``도``), without the words that say what kind of
publication it is (``일간지``, ``매체``). That phrase names an outlet only with evidence: such a
word of kind, a name in Latin letters that is an outlet beyond doubt, a verb of judging after
the quotation (``호평했다``), or an outlet's quotation just before it in the same form;
otherwise it may be an actor making a statement. The subject may stand a few words before the
quotation (``스크린데일리는 영화 '하녀'에 대해 "…"고 평했다``); quotations set one after another
share the particle glued to the last (``"…" "…"고``); and a sentence that reports a quotation
with no subject of its own (``하지만 "…"라고 전했다``) goes on with the subject named before,
which such languages drop once named.
"""

from __future__ import annotations

import re

from indexer import recache
from indexer.extract.pages.quotes.lang import (
    HONORIFICS,
    OUTLET_KINDS,
    QUOTATIVES,
    REVIEW_VERBS,
    SPEECH_VERBS,
    TOPIC_PARTICLES,
    phrase_pattern,
)
from indexer.extract.pages.quotes.rolenames import uncased_role_person
from indexer.extract.pages.quotes.who import is_person, outlet_evidence


def _group(words: tuple[str, ...]) -> str:
    return f"(?:{phrase_pattern(words)})" if words else "(?!)"


#: a quotative glued to the closing mark, or a verb of saying written after it
_SAID = recache.compile(
    rf"^(?:{_group(QUOTATIVES)}(?![^\W\d_]{{3}})|\s*(?i:{_group(SPEECH_VERBS)})(?!\w))"
)
#: a quotative particle glued to the closing mark ("“…”라고", "“…”고")
_QUOTATIVE = re.compile(rf"^{_group(QUOTATIVES)}(?![^\W\d_]{{3}})")
#: any word that ends with a topic particle
_TOPICAL = re.compile(rf"\S{_group(TOPIC_PARTICLES)}(?=\s)")
#: a word in Latin letters: a name the sentence gives
_LATIN = re.compile(r"[A-Za-z]{2}")
#: the subject: up to five words at the end of the clause, the last with its topic particle
_TOPIC = re.compile(
    rf"(?:^|[,，、;:]\s*|\s)(?P<np>(?:[^\s,，、;:.!?。]+\s+){{0,5}}?[^\s,，、;:.!?。]+?)"
    rf"\s*{_group(TOPIC_PARTICLES)}\s*$"
)
#: the subject set a few words before the quotation: "스크린데일리는 영화 '하녀'에 대해 "…"고"
_TOPIC_AHEAD = re.compile(
    rf"(?:^|[,，、;:]\s*|\s)(?P<np>(?:[^\s,，、;:.!?。]+\s+){{0,5}}?[^\s,，、;:.!?。]+?)"
    rf"{_group(TOPIC_PARTICLES)}(?:\s+[^\s,，、;:.!?。]+){{1,12}}\s*$"
)
_KIND = recache.compile(rf"(?:^|\s)\S*{_group(OUTLET_KINDS)}(?=\s|$)")
_REVIEWED = re.compile(_group(REVIEW_VERBS))
_SENTENCE = re.compile(r"[.!?。！？](?:\s|$)")
_MARKS = "'‘’\"“”「」『』《》<>«»"


#: quotations that follow one another with nothing but spaces between them
_RUN = re.compile(r"(?:\s*(?:“[^“”]*”|\"[^\"]*\"|「[^「」]*」|『[^『』]*』|«[^«»]*»))+")


def reported(after: str) -> bool:
    """True when ``after`` (the text right after a closing mark) makes the quotation reported
    speech: a quotative particle glued to the mark, or a verb of saying ("" dedi"). Quotations
    set one after another share the particle glued to the last ("“…” “…”고 평했다")."""
    return bool(_SAID.match(past_run(after)))


def subject_dropped(before: str, after: str) -> bool:
    """True for a verb-final sentence that reports a quotation with a quotative particle and
    names no subject of its own ("하지만 "…"라고 전했다"): such languages drop a subject
    already named, so the source is the one of the quotation before it."""
    if not _QUOTATIVE.match(past_run(after)):
        return False
    clause = re.split(r"[.!?。！？]\s", before)[-1]
    return not (_TOPICAL.search(clause) or _LATIN.search(clause))


def past_run(after: str) -> str:
    """``after`` without the quotations that follow the closing mark with only spaces between
    them: the words that report them all."""
    run = _RUN.match(after)
    return after[run.end() :] if run else after


def _topic_phrase(before: str) -> str | None:
    """The noun phrase that a topic or subject particle marks in the last clause of ``before``
    (the text up to a quotation's opening mark), or None."""
    clause = re.split(r"[.!?。！？]\s", before)[-1].rstrip().rstrip(_MARKS)
    topic = _TOPIC.search(clause.rstrip()) or _TOPIC_AHEAD.search(clause.rstrip())
    return topic.group("np").strip() if topic else None


def subject_outlet(before: str, after: str, sibling: bool = False) -> str | None:
    """The outlet a verb-final sentence names as the subject of the quotation between
    ``before`` and ``after``, when the text after the mark reports it and there is evidence
    that the subject is an outlet (see the module's docstring), or the quotation before it in
    the same text was an outlet's (``sibling``: "필름 익스포저는 "…"라고 호평했으며, 뉴욕 무비
    구루는 "…"고 이야기했다")."""
    if not TOPIC_PARTICLES or not reported(after):
        return None
    phrase = _topic_phrase(before)
    if phrase is None or uncased_role_person(phrase):
        return None  # "영화 칼럼니스트 달시 파켓도 "…"": a critic named after the role
    kinds = list(_KIND.finditer(phrase))
    name = phrase[kinds[-1].end() :] if kinds else phrase
    name = name.strip().strip(_MARKS).strip()
    unglossed = _GLOSS.sub("", name)  # "소르티르 아 파리(Sortir à Paris)": the gloss adds no words
    if not name or re.search(r"[.!?。]", name) or len(unglossed.split()) > 4:
        return None
    if HONORIFICS and name.endswith(HONORIFICS):
        return None  # "이동진 씨는 "…"": a person named with an honorific, no outlet
    rest = _SENTENCE.split(past_run(after), maxsplit=1)[0]
    glossed = _GLOSSED.fullmatch(name)
    latin_run = re.search(r"[A-Za-z][\w.&'’-]*(?:\s+[A-Za-z][\w.&'’-]*)*", name)
    if glossed:  # "스크린 인터내셔널(Screen International)", as written: the transliteration has
        latin_name = glossed.group("latin").strip()  # as many words as the name ("먼저" is no part)
        written = glossed.group("written").split()[-len(latin_name.split()) :]
        name = f"{' '.join(written)}({latin_name})"
    elif latin_run:
        name = latin_name = latin_run.group(0)  # "미 IMDB": not the country's initial before it
    latin = latin_run and outlet_evidence(latin_name) >= 2 and not is_person(latin_name)
    if kinds or latin or sibling or _REVIEWED.search(rest):
        return name
    return None


def subject_person(before: str, after: str) -> str | None:
    """The person a verb-final sentence names, with an honorific, as the subject of the
    quotation between ``before`` and ``after`` ("이동진 씨는 … "…"이라는 평" -> "이동진")."""
    if not TOPIC_PARTICLES or not HONORIFICS or not reported(after):
        return None
    phrase = _topic_phrase(before)
    if phrase is None:
        return None
    if named := uncased_role_person(phrase):
        return named  # "영화 칼럼니스트 달시 파켓도 … "…"는 평" -> "달시 파켓"
    honorific = next((h for h in HONORIFICS if phrase.endswith(h)), None)
    if honorific is None:
        return None
    name = phrase[: -len(honorific)].strip()
    return name if name and len(name.split()) <= 3 and not re.search(r"\d", name) else None


#: the Latin spelling in brackets after a name in the page's script
_GLOSS = re.compile(r"\s*\([A-Za-z][^()]*\)")
#: a name in the page's script with its Latin spelling in brackets ("버라이어티(Variety)")
_GLOSSED = re.compile(r"(?P<written>[^\sA-Za-z()][^()]*?)\s*\((?P<latin>[A-Za-z][^()]*)\)")


def said_last(after: str) -> bool:
    """True when the sentence goes on after the closing mark only to say that it was said or
    written (""…" diye söz etti.", "“…”고 적었다."), naming nobody: the speaker was named before
    the quotation, as in a verb-final language."""
    if not reported(after):
        return False
    rest = _SENTENCE.split(past_run(after), maxsplit=1)[0]
    return not re.search(r"(?<!\w)[A-ZÀ-ÝĀ-ŽА-ЯЁΑ-Ω]", rest) and not re.search(r"[\"“”„«»]", rest)
