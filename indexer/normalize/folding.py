"""Folding and matching keys: accent- and case-folded text (:func:`fold`), the key every
table of words is looked up by (:func:`key`), and people's names trimmed, split and without
repeats."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

from indexer import marks


def fold(text: str) -> str:
    """Case- and accent-folded text: ``fold("Almodóvar")`` -> ``"almodovar"``.

    Letters that do not decompose (ø, ł, ß, æ, đ) are mapped by hand; non-Latin scripts are
    only case-folded (Greek loses its tonos, which is a combining mark).
    """
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKD", text.casefold()).translate(_FOLD_TABLE)


class TranslateCache(dict[int, str | int | None]):
    """A ``str.translate`` table filled as characters are met: ``of(code)`` gives a code point's
    value the first time it is looked up (a table of all of Unicode would take a third of a second
    to build); ``seed`` holds values set beforehand."""

    def __init__(
        self, of: Callable[[int], str | int | None], seed: dict[int, str | int | None] | None = None
    ) -> None:
        super().__init__(seed or {})
        self._of = of

    def __missing__(self, code: int) -> str | int | None:
        self[code] = value = self._of(code)
        return value


_FOLD_EXTRA = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ς": "σ"}
)
#: :func:`fold`'s table: combining marks dropped, the letters of :data:`_FOLD_EXTRA` mapped, every
#: other character kept
_FOLD_TABLE = TranslateCache(
    lambda code: None if unicodedata.combining(chr(code)) else code, dict(_FOLD_EXTRA)
)
#: :func:`key`'s table: :data:`_FOLD_TABLE`'s, but the marks that are letters of a word kept
#: (:func:`indexer.marks.kept_marks`)
_KEY_TABLE = TranslateCache(
    lambda code: None if unicodedata.combining(chr(code)) else code,
    {**_FOLD_EXTRA, **marks.kept_marks()},
)

_KEY_WORD = marks.word_pattern()
_VIETNAMESE = marks.VIETNAMESE.search
_WORD_OR_NOT = re.compile(r"\w+|\W+")


def _key_fold(text: str) -> str:
    """``text`` case-folded and decomposed, the accents a page may drop removed, the marks
    that are letters of a word kept (:mod:`indexer.marks`), Vietnamese words whole."""
    if text.isascii():
        return text.lower()
    folded = unicodedata.normalize("NFC", text.casefold())
    if not _VIETNAMESE(folded):
        folded = unicodedata.normalize("NFKD", folded).translate(_KEY_TABLE)
    else:
        folded = _WORD_OR_NOT.sub(_vietnamese_or_folded, folded)
    if not _GREEK_OR_CYRILLIC(folded) or not _LATIN_LOWER(folded):
        return folded  # no word can mix the two scripts (most keys: one cheap scan each)
    return _WORD_OR_NOT.sub(_one_script, folded) if _MIXED_WORD.search(folded) else folded


#: the letters that look alike in Latin and in Cyrillic or Greek, case-folded: "о" and "o",
#: "н" and "h" (their capitals "Н", "H"), "і" and "i"
_LOOK_ALIKES = {
    "cyrillic": ("abcehikmopstxyj", "авсенікморѕтхуј"),
    "greek": ("abehikmoptxyz", "αβεηικμορτχυζ"),
}
#: a word that mixes Latin letters with Cyrillic or Greek ones
_MIXED_WORD = re.compile(r"[a-z][^\W\d_a-z]*[\u0370-\u04ff]|[\u0370-\u04ff][^\W\d_a-z]*[a-z]")
#: the two halves of every :data:`_MIXED_WORD`: a text without one of them holds no such word,
#: and each is one fast scan where :data:`_MIXED_WORD` tries a run of letters at each letter
_GREEK_OR_CYRILLIC = re.compile(r"[\u0370-\u04ff]").search
_LATIN_LOWER = re.compile(r"[a-z]").search
_TO_LATIN = {script: str.maketrans(other, latin) for script, (latin, other) in _LOOK_ALIKES.items()}
_FROM_LATIN = {
    script: str.maketrans(latin, other) for script, (latin, other) in _LOOK_ALIKES.items()
}
_SCRIPT_LETTERS = {
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "greek": re.compile(r"[\u0370-\u03ff]"),
}
_LATIN_LETTER = re.compile(r"[a-z\u00e0-\u024f]")


def _one_script(word: re.Match[str]) -> str:
    """A word that mixes look-alike letters of two scripts written in the script most of its
    letters are ("hоneyland" with a Cyrillic "о" -> "honeyland", "кiно" with a Latin "i" ->
    "кіно"): pages write them by slips of the keyboard, or to hide from search engines."""
    text = word.group()
    latin = len(_LATIN_LETTER.findall(text))
    for script, letters in _SCRIPT_LETTERS.items():
        other = len(letters.findall(text))
        if other and latin:
            table = _TO_LATIN if latin >= other else _FROM_LATIN
            return text.translate(table[script])
    return text


def _vietnamese_or_folded(word: re.Match[str]) -> str:
    """A Vietnamese word as it is, any other word or gap folded."""
    if _VIETNAMESE(word.group()):
        return word.group()
    return unicodedata.normalize("NFKD", word.group()).translate(_KEY_TABLE)


@lru_cache(maxsize=1 << 18)
def key(text: str) -> str:
    """A matching key: folded, punctuation dropped, spaces collapsed ("Amélie!" -> "amelie");
    the marks that are letters of a word kept ("मिस्ट्री", "ngưồi": :mod:`indexer.marks`)."""
    return " ".join(_KEY_WORD.findall(_key_fold(text).replace("&", " and ")))


def plain_key(text: str) -> str:
    """:func:`key` less the Vietnamese marks it keeps, as a web address writes a word: "Việt"
    -> "viet" (the address of a page writes Latin letters bare)."""
    return fold(key(text))


# --------------------------------------------------------------------------- names


_SPACES = re.compile(r"\s+")
_NAME_NOISE = re.compile(r"^[\s,;:·•*\-–—|/]+|[\s,;:·•*\-–—|/]+$")


def clean_name(name: str) -> str:
    """A person's or company's name trimmed of spaces, bullets and stray punctuation."""
    name = _SPACES.sub(" ", name.replace("\u00a0", " "))
    name = _NAME_NOISE.sub("", name)
    if name.count("(") != name.count(")"):
        name = name.replace("(", "").replace(")", "").strip()
    return name


def split_names(value: str) -> list[str]:
    """Split "A, B and C" / "A; B" / "A / B" / "A & B" into names, keeping "Co.,Ltd." intact."""
    value = re.sub(r",\s*(Ltd|Inc|LLC|S\.?A|GmbH|Co)\b", r" \1", value)
    parts = re.split(r"\s*(?:[,;、，،/•·|]|\s+(?:and|und|et|y|e|και|и)\s+|\s&\s)\s*", value)
    return dedupe(clean_name(p) for p in parts)


def dedupe(values: Iterable[str]) -> list[str]:
    """Non-empty values in first-seen order, without repeats that differ only in case/accents."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        value = value.strip()
        k = key(value)
        if value and k not in seen:
            seen.add(k)
            out.append(value)
    return out
