"""The name a heading wraps in a site's words for film, for a review or for a trailer.

A heading read whole may hold the film's name with words around it that say what the page
is, not what the film is called: the word for film after it ("Grbavica film", "படைப்பாளன் பட
விமர்சனம்": "film review"), a bracket that holds the word for film before it ("【映画】ノマド
ランド", "[Review] Kes") or a site's breadcrumb of sections before it ("Filimler → Arxada
qalmış gələcək (film, 2005)"). The words are the language modules' ``film_words``,
``review_words`` and ``trailer_words``; what is left is the name, read as a review's headline
gives one (the ``review_name`` of :mod:`.titlevote`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from indexer import lang, recache
from indexer.extract.pages import titles
from indexer.extract.pages.titleends import joining_words
from indexer.extract.pages.titleperson import person_like
from indexer.normalize import key, nationality_country
from indexer.wordre import alternation

#: a site's breadcrumb: sections and the page's own name between arrows with spaces around
_ARROW = re.compile(r"\s+(?:→|⇒|➔|➜|›|»|>)\s+")
#: the most words of a section before a breadcrumb's arrow ("Filimler", "Home")
_SECTION_MOST = 4
#: a bracket that opens a heading ("【映画】", "[Review]", "(Film)") and what follows it
_OPENING_BRACKET = re.compile(
    r"^\s*[【\[(〔［（]\s*(?P<inner>[^】\])〕］）]{1,30}?)\s*[】\])〕］）]\s*(?P<rest>\S.*)$"
)
#: what stands between the name and the words after it: spaces, a bar, a dash, a colon or a
#: mark of exclamation ("காக்கா முட்டை ! திரைப்பட விமர்சனம் !")
_BETWEEN = " \t|:–—-!."


def unwrapped(heading: str) -> str | None:
    """The name a heading wraps in the words for film, review or trailer, or None when it
    wraps none: "Grbavica film" -> "Grbavica", "【映画】ノマドランド" -> "ノマドランド",
    "Filimler → X (film, 2005)" -> "X"."""
    text = heading.strip()
    crumbs = _ARROW.split(text)
    if len(crumbs) >= 2 and all(0 < len(c.split()) <= _SECTION_MOST for c in crumbs[:-1]):
        text = titles.clean_heading(crumbs[-1]).title or ""
        return _after_bracket(text) or _before_words(text) or _named(text)
    return _after_bracket(text) or _after_review_of(text) or _before_words(text)


@lru_cache(maxsize=1)
def _review_of() -> re.Pattern[str]:
    """The word for a review, the word for film, the word for "of", then the name, after a
    section's head and its colon or none ("Review of X", "Festival 2025: Review of X:",
    "Crítica de la película X")."""
    review = lang.alternation("review_words")
    film = lang.alternation("film_words")
    of = lang.alternation("review_of")
    determiner = alternation([*lang.cues("determiners"), *lang.cues("outlet_articles")])
    return recache.compile(
        rf"^(?:[^:]{{1,40}}:\s+)?(?i:{review})\s+(?:(?i:{determiner})\s+)?(?:(?i:{film})\s+)?"
        rf"(?i:{of})\s+(?:(?:{determiner})\s+)?(?:(?i:{film})\s+)?(?P<rest>\S.*)$"
    )


def _after_review_of(text: str) -> str | None:
    """The name after the word for a review and the word for "of"."""
    match = _review_of().match(text)
    if match is None:
        return None
    name = match.group("rest").strip(_BETWEEN).strip("«»\"“”„'‘’「」")
    # "Review of the year"; "La critique de Laurent Schérer": the critic's name ("de" is
    # also the word for "by")
    return None if name[:1].islower() or person_like(name) else _named(name)


def _after_bracket(text: str) -> str | None:
    """The name after an opening bracket that holds the word for film or review."""
    match = _OPENING_BRACKET.match(text)
    if match is None or not _only_wrapping_words(match.group("inner")):
        return None
    return _named(match.group("rest"))


def _before_words(text: str) -> str | None:
    """The name before words for film, review or trailer that end the heading."""
    words = text.split()
    end = len(words)
    while end > 1 and (_wrapping(words[end - 1]) or not words[end - 1].strip(_BETWEEN)):
        end -= 1
    dropped = [w for w in words[end:] if w.strip(_BETWEEN)]
    if not dropped or end == len(words):
        return None
    head = " ".join(words[:end]).strip(_BETWEEN)
    last = head.split()[-1] if head.split() else ""
    # no mark between the name and the words, and no bar before a site's name ("Timbuktu
    # (12A) | Close-Up Film Review")
    joined = len(dropped) == len(words) - end and head == " ".join(words[:end]) and "|" not in head
    if (
        (joined and dropped[0][:1].isupper())  # "I Like Movies", "Best Films": one name
        or head.count("(") != head.count(")")  # "Pihalla (vuoden 2009 elokuva)": a gloss
        or last[:1].islower()  # "Ointressant svensk film": a verdict on the film
        or key(last) in joining_words()  # "The Film", "Boris - Il film": a name's own words
        or nationality_country(last)  # "Norwegian Film": a kind of film
        or titles.ends_the_film(text)
    ):
        return None
    return _named(titles.clean_heading(head).title or "")


def _named(text: str) -> str | None:
    """``text`` when it has a letter and is not itself words for film or review."""
    text = text.strip(_BETWEEN)
    if not re.search(r"[^\W\d_]", text) or _only_wrapping_words(text):
        return None
    return text


def _only_wrapping_words(text: str) -> bool:
    """Whether every word of ``text`` is a word for film, review or trailer."""
    words = [w for w in re.split(r"[\s/|・:]+", text) if w]
    return bool(words) and all(_wrapping(w, plural=True) for w in words)


def _wrapping(word: str, plural: bool = False) -> bool:
    """Whether a word is one for film, for a review or for a trailer (as a key; romanised
    for the Latin script's languages, whose pages drop accents); with ``plural`` also their
    plural in "s" ("Films", "Reviews": a section's name)."""
    folded = key(word.strip(_BETWEEN))
    if not folded:
        return False
    singular = folded[:-1] if plural and len(folded) > 4 and folded.endswith("s") else folded
    return any(w in _words() or key(anyascii(w)) in _roman_words() for w in (folded, singular))


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """The words for film, for a review and for a trailer of every language, as keys; their
    phrases too, written without the spaces ("திரைவிமர்சனம்" for "திரை விமர்சனம்": a
    headline glues them, a phrase with its spaces is read word by word)."""
    kinds = ("film_words", "review_words", "trailer_words")
    found = (key(w) for kind in kinds for w in lang.cues(kind))
    return frozenset(k.replace(" ", "") for k in found if k)


@lru_cache(maxsize=1)
def _roman_words() -> frozenset[str]:
    """:func:`_words` romanised, when the word is written in the Latin script."""
    return frozenset(key(anyascii(w)) for w in _words() if _LATIN_WORD.fullmatch(w))


_LATIN_WORD = re.compile(r"[a-zà-ɏ'-]+")
