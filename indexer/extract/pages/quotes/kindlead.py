"""A critic and outlet named through a word for the outlet's kind, in a script without capitals.

Round-ups in Persian, Arabic or Urdu write a critic's source as one run of words before the
verb of writing: the name, maybe the critic's role, maybe a word for "from", a word for the
outlet's kind of publication, and the outlet ("لینزی بار منتقد خبرگزاری آسوشیتدپرس نوشت:",
Lindsey Bahr, critic of the news agency Associated Press, wrote; "فرناندو گارسیا از نشریه
لاوانگواردیا نوشت:", Fernando García from the publication La Vanguardia wrote). With no capitals
to tell where a name ends, the kind word (a language module's ``outlet_kinds``) is what shows
that the words after it are an outlet's name, and the role or the word for "from" where the
critic's name ends; one of them must stand between the name and the kind word (in "미국 일간지
데일리 헤럴드는" the word before the kind is a nationality, no critic).
A word for "also" after the outlet ("… نیز نوشت") is no part of its name.
"""

from __future__ import annotations

import re

from indexer import lang
from indexer.extract.pages.quotes.lang import CRITIC_ROLES, SPEECH_VERBS
from indexer.extract.pages.quotes.who import Who, caseless_letter

__all__ = ["kind_lead"]


def _caseless(words: tuple[str, ...]) -> frozenset[str]:
    """The one-word cues of ``words`` written in a script without capitals."""
    return frozenset(
        w for w in words if " " not in w and not any(c.isupper() or c.islower() for c in w)
    )


_KINDS = _caseless(lang.cues("outlet_kinds"))
#: the first words of the critics' roles: "تحلیلگر" of "تحلیلگر سینمایی" (film analyst)
_ROLES = _caseless(tuple(r.replace("\u200c", " ").split()[0] for r in CRITIC_ROLES))
_FROM = _caseless(lang.cues("quote_from"))
_ALSO = _caseless(lang.cues("also_words"))
_VERBS = frozenset(v.replace("\u200c", " ") for v in SPEECH_VERBS)
#: the verb of writing and a colon that may end the lead ("… نوشت:")
_TAIL = re.compile(r"\s*[:：]\s*$")
_ARTICLES = tuple(a for a in lang.cues("article_prefixes") if a)
_MAX_NAME = 3
_MAX_OUTLET = 5


def _uncased(word: str) -> bool:
    """True for a word of letters (and their marks) with no capital or small letter."""
    return bool(word) and all(caseless_letter(c) for c in word)


def kind_lead(lead: str) -> Who | None:
    """The critic and outlet of a lead written "Name [role] [from] kind Outlet [also] [verb]"
    in a script without capitals; None for any other lead."""
    words = _TAIL.sub("", lead.replace("\u200c", " ")).split()
    for size in (2, 1):  # the verb of writing, one or two words
        if len(words) > size and " ".join(words[-size:]) in _VERBS:
            words = words[:-size]
            break
    while words and words[-1] in _ALSO:
        words.pop()
    if not words or not all(_uncased(w) for w in words):
        return None
    if words and words[0] in _ROLES:  # "الناقد السينمائي أحمد …": the role, its adjectives
        words = words[1:]
        while words and any(
            words[0].startswith(a) and len(words[0]) > len(a) + 1 for a in _ARTICLES
        ):
            words = words[1:]
    kinds = [i for i, w in enumerate(words) if w in _KINDS]
    if not kinds:
        return None
    end = next(i for i, w in enumerate(words) if w in _KINDS or w in _ROLES or w in _FROM)
    name, outlet = words[:end], words[kinds[-1] + 1 :]
    between = words[end : kinds[-1]]
    if not 1 <= len(name) <= _MAX_NAME or not 1 <= len(outlet) <= _MAX_OUTLET:
        return None
    if len(between) > 3 or any(w in _VERBS for w in (*name, *outlet)):
        return None
    if not between:
        return None  # "미국 일간지 데일리 헤럴드는": a nationality before the kind, no critic
    return Who(" ".join(name), " ".join(outlet), True)
