"""Nationalities in the abugidas, the scripts that write vowels as signs on a consonant.

:func:`indexer.normalize.key` keeps their signs (:mod:`indexer.marks`, whose block table this
module reads), so a country's name matches only as it is written: "होती" ("would be") is no
"हैती" (Haiti). A nationality is read more loosely, from the first letters it shares with a
country's name in some language, and "বাংলা" (the Bengali language) shares them with
"বাংলাদেশ" (Bangladesh). This module keeps the signs: a word written in such a script names a
country only when it begins with one of the country's names (or nationalities) written there,
signs and all ("भारतीय" begins with "भारत"; "বাংলাদেশের", Bangladesh's genitive, with
"বাংলাদেশ"), or with the name less its last vowel sign (Tamil "இந்திய", "Indian", of
"இந்தியா").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from indexer.marks import ABUGIDA_RANGES

_SIGNED = re.compile(f"[{ABUGIDA_RANGES}]")
#: a word with its signs: the abugidas' characters count as letters, marks too
_SIGNED_WORD = re.compile(rf"(?:[\w{ABUGIDA_RANGES}])+")


def signed(text: str) -> bool:
    """True when ``text`` holds a letter or sign of a script that writes vowels as signs."""
    return not text.isascii() and _SIGNED.search(text) is not None  # the scripts are not ASCII


def signed_key(text: str) -> str:
    """``text`` case-folded, its words kept whole with their vowel signs, spaces collapsed
    ("होती" stays "होती", where :func:`indexer.normalize.key` gives "ह त")."""
    return " ".join(_SIGNED_WORD.findall(unicodedata.normalize("NFC", text.casefold())))


def bare(text: str) -> str:
    """``text`` less the vowel signs it ends with ("বাংলাদেশে" -> "বাংলাদেশ", "இந்தியா" ->
    "இந்திய"): a case ending or the last vowel of a name, which grammar changes."""
    return text.rstrip("".join({c for c in text[-3:] if unicodedata.category(c)[0] == "M"}))


def heads(names: Iterable[str]) -> tuple[str, ...]:
    """The signed keys of the ``names`` written in such a script, each also less the vowel
    signs it ends with ("இந்தியா" -> "இந்தியா", "இந்திய"): what a word naming it begins with."""
    found: list[str] = []
    for name in names:
        if not signed(name):
            continue
        whole = signed_key(name)
        found.extend(h for h in (whole, bare(whole)) if h and h not in found)
    return tuple(found)


def agrees(word: str, names: tuple[str, ...]) -> bool:
    """True unless ``word`` is written in such a script and begins with none of ``names``
    (:func:`heads` of one country's names)."""
    if not signed(word):
        return True
    k = signed_key(word)
    return any(k.startswith(head) for head in names)
