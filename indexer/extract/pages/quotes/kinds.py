"""Outlets named after a word for their kind of publication.

Prose introduces a publication with what it is: "the website Deadline", "het magazine
Slant", "della rivista Africa", "el diario Le Monde", "il quotidiano francese Le Monde",
"das Branchenblatt Variety". The kind word (a language module's ``outlet_kinds``) shows that
the name after it is an outlet, however plain the name ("Africa", "Slant") and even when it
reads as a person's ("Marie Claire"). A nationality may stand between the kind and the name
in the languages that put adjectives after the noun; words in lower case before the kind
("De Amerikaanse website Deadline") are read where the name opens a sentence.
"""

from __future__ import annotations

import re

from indexer import recache
from indexer.extract.pages.quotes.lang import (
    CAPS_WORD,
    OUTLET_ARTICLES,
    OUTLET_KINDS,
    UPPER,
    phrase_pattern,
)
from indexer.extract.pages.quotes.who import outlet_name
from indexer.normalize import language_nationality, nationality_country

_CAPITAL_ARTICLE = phrase_pattern(tuple(w[:1].upper() + w[1:] for w in OUTLET_ARTICLES))
_KIND = rf"(?P<kind>(?i:{phrase_pattern(OUTLET_KINDS) or '(?!)'}))"
#: a kind word, maybe a word in lower case (a nationality), and a capitalised name, maybe in
#: quotation marks: "rivista Africa", "quotidiano francese Le Monde", "revista «Fotogramas»"
_KIND_NAME = recache.compile(
    rf"(?<![\w-]){_KIND}(?:\s+(?P<adj>[^\W\d_{UPPER}][\w-]+))?\s+[«„\"“]?"
    rf"(?P<o>(?:(?:{_CAPITAL_ARTICLE})\s+)?{CAPS_WORD}"
    rf"(?:\s+(?:{CAPS_WORD}|&|of|de|di|del|della|du|des|da|do)){{0,4}})"
)
#: a sentence that opens with up to three words (an article, a nationality) before a kind word
#: and the name: "De Amerikaanse website Deadline is …", "The British newspaper The Guardian"
_OPENING_KIND = recache.compile(rf"^\W{{0,3}}(?:[^\W\d_][\w-]*\s+){{0,3}}?(?={_KIND}\s)")
#: a name in quotation marks right before a kind word, as languages that put the noun last
#: write it: "„Kino“ žurnale", "«Sight and Sound» dergisinde"
_QUOTED_KIND = recache.compile(
    rf"[«„\"“](?P<o>{CAPS_WORD}(?:\s+[\w.&’'-]+){{0,3}})[»“”\"]\s+{_KIND}(?!\w)"
)
_PARTICLES = ("of", "de", "di", "del", "della", "du", "des", "da", "do", "&")
_LAST_WORD = re.compile(r"(\S+)\s+$")


def kind_named(text: str) -> list[str]:
    """The names ``text`` writes right after a word for a kind of publication, in order."""
    found: list[str] = []
    for match in _KIND_NAME.finditer(text):
        if not _read(match, text):
            continue
        name = _name(match.group("o"))
        if name:
            found.append(name)
    return found


def quoted_before_kind(text: str) -> str | None:
    """The name ``text`` writes in quotation marks right before a word for a kind of
    publication in lower case ("kritikas Jonas Jonaitis „Kino“ žurnale rašė"), if any."""
    for match in _QUOTED_KIND.finditer(text):
        if match.group("kind")[:1].islower() and (name := _name(match.group("o"))):
            return name
    return None


def kind_subject(sentence: str) -> str | None:
    """The outlet a sentence opens with when a word for its kind stands before it within the
    sentence's first words ("De Amerikaanse website Deadline is vol lof", "Het magazine Slant
    is …")."""
    opening = _OPENING_KIND.match(sentence)
    if opening is None:
        return None
    match = _KIND_NAME.match(sentence, opening.end())
    if match is None or not _read(match, sentence):
        return None
    return _name(match.group("o"))


#: the text after a closing mark up to a kind word: a comma or a dash, then words in lower case
#: only (a verb of saying, an adverb, an article): ", recordó ayer el diario "
_LOWER_TO_KIND = re.compile(rf"[\s\"”“»«’']{{0,3}}[,–—-]\s*(?:[^\W\d_{UPPER}][\w’'-]*\s+){{1,5}}")


def kind_after_verb(after: str) -> str | None:
    """The outlet named after a kind word in the clause that follows a quotation, when only
    words in lower case come before the kind (", recordó ayer el diario Le Monde al …", "—
    writes the trade paper Variety")."""
    match = _KIND_NAME.search(after)
    if match is None or not _LOWER_TO_KIND.fullmatch(after, 0, match.start()):
        return None
    return _name(match.group("o")) if _read(match, after) else None


def _read(match: re.Match[str], text: str) -> bool:
    """True when a kind word and the name after it read so: the kind in lower case, or
    capitalised right after a word in lower case (a German noun after its article: "das
    Branchenblatt Variety"; not "Paper Moon", nor "The Daily Telegraph", names), and only a
    nationality between the kind and the name ("the magazine editor Jane Doe" names no
    outlet)."""
    kind, adjective = match.group("kind"), match.group("adj")
    if adjective and not _nationality(adjective):
        return False
    if kind[:1].islower():
        return True
    before = _LAST_WORD.search(text, 0, match.start())
    return before is not None and before.group(1).isalpha() and before.group(1).islower()


def _name(text: str) -> str | None:
    words = text.rstrip(".").split()
    while words and words[-1] in _PARTICLES:
        words.pop()
    name = " ".join(words)
    return name if name and outlet_name(name) == name else None


def _nationality(word: str) -> bool:
    return bool(language_nationality(word) or nationality_country(word))
