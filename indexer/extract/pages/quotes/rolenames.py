"""A critic named after a role word in a script without capitals.

Latin, Cyrillic and Greek pages give a name away by its capitals ("the critic Peter
Bradshaw"); an Arabic, Persian, Hebrew, Hindi or Korean page writes the name like the words
around it ("الناقد المصري احمد شوقي:", "फिल्म समीक्षक तरण आदर्श ने", "영화 칼럼니스트 달시
파켓도"). There the critic's role word itself marks where a name starts: after the role come
the adjectives that agree with it (in Arabic and Hebrew they carry the definite article the
role carries: "الناقد السينمائي السعودي أحمد العياد", the Saudi film critic Ahmed al-Ayyad),
then the name, up to a punctuation mark, a postposition, a verb of saying or a particle glued
to its last word; or the name stands in guillemets right before the role ("«پیتر دبروژ»
منتقد «ورایتی»", Peter Debruge, Variety's critic). The name is two or three words; a longer
run with no mark that ends it gives its first two words (the name, then the rest of the
sentence), except in a script whose language glues a particle to the end of a name
(Korean), where only the particle ends it.
"""

from __future__ import annotations

import re
import unicodedata

from indexer import lang, recache
from indexer.extract.pages.quotes.lang import (
    CRITIC_ROLES,
    OUTLET_KINDS,
    SPEECH_VERBS,
    phrase_pattern,
)
from indexer.extract.pages.text import letter_script

__all__ = ["marked_role_outlet", "role_kind_outlet", "uncased_role_person"]

_ROLES = tuple(r for r in CRITIC_ROLES if not any(c.isupper() or c.islower() for c in r))
_ROLE = recache.compile(rf"(?<!\w)(?:{phrase_pattern(_ROLES) or '(?!)'})(?=\s)")
#: a name in quotation marks right before the role: "«پیتر دبروژ» منتقد «ورایتی» می‌نویسد",
#: '"لی مارشال" منتقد نشریه اسکرین'
_MARKED_BEFORE = recache.compile(
    rf"[«\"“](?P<name>[^«»\"“”\d]{{3,40}})[»\"”]\s*(?:{phrase_pattern(_ROLES) or '(?!)'})(?!\w)"
)
_KINDS = frozenset(k for k in OUTLET_KINDS if not any(c.isupper() or c.islower() for c in k))
_ALSO = frozenset(lang.cues("also_words"))
_FROM = frozenset(lang.cues("quote_from"))
#: ... and the outlet in guillemets right after the role
_MARKED_OUTLET = recache.compile(
    rf"«[^«»\d]{{3,40}}»\s*(?:{phrase_pattern(_ROLES) or '(?!)'})\s*«(?P<o>[^«»\d]{{2,40}})»"
)
#: what ends the run of words after the role: a punctuation or quotation mark, a bracket
_STOP = re.compile(r"[,،:;؛.!?。、\"“”„«»‹›'‘’「」()\[\]|/–—-]|\s[-–—]\s|\n")
_ARTICLES = tuple(a for a in lang.cues("article_prefixes") if a)
_POSTPOSITIONS = frozenset(lang.cues("postpositions"))
_VERBS = frozenset(v.lower() for v in SPEECH_VERBS)
#: particles glued to the end of a name (Korean "달시 파켓도", "이동진은")
_PARTICLES = tuple(
    sorted(
        {p for p in (*lang.cues("topic_particles"), *lang.cues("case_particles")) if len(p) <= 2},
        key=len,
        reverse=True,
    )
)


def _script(text: str) -> str:
    """The script of the first letter of ``text`` ("HANGUL", "ARABIC"), or ""."""
    letter = next((c for c in text if c.isalpha()), "")
    return letter_script(letter) if letter else ""


#: the scripts of languages that glue a particle to the end of a name ("달시 파켓도"): there a
#: name ends with its particle, never after a count of words
_GLUING = frozenset(_script(p) for p in lang.cues("topic_particles")) - {""}


def _uncased(word: str) -> bool:
    """True for a word of letters (and their marks) with no capital or small letter."""
    letters = [c for c in word if c not in "-'’."]
    return bool(letters) and all(
        unicodedata.category(c)[0] in "LM" and not (c.isupper() or c.islower()) for c in letters
    )


def _agrees(word: str) -> bool:
    """True for a word that opens with the definite article written as a prefix (an
    adjective after a definite role noun: "المصري", "السينمائي", "הקולנוע")."""
    return any(word.startswith(a) and len(word) > len(a) + 1 for a in _ARTICLES)


def _unglued(word: str) -> str:
    """``word`` without a particle glued to its end ("파켓도" -> "파켓")."""
    for particle in _PARTICLES:
        if word.endswith(particle) and len(word) > len(particle) + 1:
            return word[: -len(particle)]
    return word


def uncased_role_person(sentence: str) -> str | None:
    """The last person ``sentence`` names right after a critic's role in a script without
    capitals (see the module's docstring); None when there is none."""
    found, at = None, -1
    for marked in _MARKED_BEFORE.finditer(sentence):
        words = marked.group("name").split()
        if 2 <= len(words) <= 3 and all(_uncased(w) for w in words):
            found, at = " ".join(words), marked.start()
    for match in _ROLE.finditer(sentence):
        if match.start() < at:
            continue
        rest = sentence[match.end() :]
        stop = _STOP.search(rest)
        words = (rest[: stop.start()] if stop else rest).split()
        while words and _agrees(words[0]):
            words = words[1:]  # "الناقد المصري احمد شوقي": the Egyptian critic Ahmed Shawki
        if words and words[0] in _KINDS:
            continue  # "منتقد نشریه اسکرین": the critic of the publication Screen, no name
        name: list[str] = []
        ended = False
        for word in words:
            if word in _POSTPOSITIONS or word.lower() in _VERBS or word in _ROLES:
                ended = True
                break
            bare = _unglued(word)
            name.append(bare)
            if bare != word:
                ended = True
                break
        if not ended and _script(" ".join(name)) in _GLUING:
            continue  # "평론가 이동진이 최근 …": no particle ends a name of two or three words
        if not ended and len(name) > 3 and len(words) > 3:
            name = name[:2]  # "مانوهلا دارجيس يصف الفيلم": the name, then its sentence
        if 2 <= len(name) <= 3 and all(_uncased(w) for w in name):
            found = " ".join(name)
    return found


def marked_role_outlet(sentence: str) -> str | None:
    """The outlet in guillemets after a critic's role that follows a name in guillemets
    ("«پیتر دبروژ» منتقد «ورایتی» می‌نویسد" -> "ورایتی"); None when there is none."""
    found = None
    for match in _MARKED_OUTLET.finditer(sentence):
        found = match.group("o").strip()
    return found


def role_kind_outlet(sentence: str) -> str | None:
    """The outlet named after a critic's role and a word for its kind, in a script without
    capitals ("منتقد نشریه اسکرین نیز", the critic of the publication Screen): the words after
    the kind, up to a word for "also" or "from", a postposition, a verb of saying or a mark,
    one to three of them; None when there is none."""
    found = None
    for match in _ROLE.finditer(sentence):
        rest = sentence[match.end() :]
        stop = _STOP.search(rest)
        words = (rest[: stop.start()] if stop else rest).split()
        if len(words) < 2 or words[0] not in _KINDS:
            continue
        name: list[str] = []
        for word in words[1:]:
            if word in _ALSO or word in _FROM or word in _POSTPOSITIONS or word.lower() in _VERBS:
                break
            name.append(word)
        else:
            if stop is None or len(name) > 1:
                continue  # no word ends the outlet's name: where it ends is unknown
        if 1 <= len(name) <= 3 and all(_uncased(w) for w in name):
            found = " ".join(name)
    return found
