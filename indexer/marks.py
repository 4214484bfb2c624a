"""Which combining marks a matching key keeps: the marks that are letters of a word.

:func:`indexer.normalize.key` folds accents, because pages drop them freely on Latin, Greek
and Cyrillic letters ("Realisateur", "Almodovar", "Ελληνικα") and Arabic and Hebrew pages
write their vowel points or not. In other scripts a mark is a letter that no page drops:

- the abugidas of India and South-East Asia (Devanagari to Sinhala, Thai, Lao, Tibetan,
  Myanmar, Khmer, Tai and Indonesian scripts) write most vowels, the virama and the tones as
  signs on a consonant: without them Hindi "मिस्टर" (mister) and "मिस्ट्री" (mystery) are one
  word, and "होती" (would be) is "हैती" (Haiti). The key keeps them, and keeps the word whole
  (``\\w`` alone splits it at each sign). It still drops the nukta and writes the candrabindu
  as the anusvara, which pages of those scripts write or not ("फिल्म"/"फ़िल्म",
  "माँ"/"मां").
- kana's voicing marks ("が", "パ") are letters of the syllable too.
- Vietnamese writes its tones as marks on Latin letters ("hài", comedy; "hai", two), where
  they are the same marks that French or Spanish pages drop. A word keeps them when it shows
  itself Vietnamese (:func:`vietnamese`): a horn ("ơ", "ư"), a hook above ("ả"), a dot below
  ("ạ"), two marks on one letter ("ế", "ằ") or a tilde on "e", "i", "u", "y". A word with
  one plain tone ("hài", "là") cannot be told from a French or Catalan one and is folded,
  on a page as in the language data, so matching stays symmetric.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

#: the blocks of the abugidas, the scripts that write most vowels as signs on a consonant:
#: Devanagari to Sinhala, Thai, Lao, Tibetan, Myanmar (and its extensions), Khmer, Limbu to
#: Tai Tham, Balinese to Batak, Javanese, Tai Viet
_ABUGIDAS = (
    (0x0900, 0x0DFF), (0x0E00, 0x0EFF), (0x0F00, 0x0FFF), (0x1000, 0x109F), (0x1780, 0x17FF),
    (0x1900, 0x1AAF), (0x1B00, 0x1BFF), (0xA980, 0xA9FF), (0xAA60, 0xAADF),
)  # fmt: skip
#: the blocks of the scripts whose marks are letters: the abugidas; kana's voicing marks
_BLOCKS = (*_ABUGIDAS, (0x3099, 0x309A))
#: the abugidas' letters and signs, as the inside of a character class (``[...]``)
ABUGIDA_RANGES = "".join(f"{chr(start)}-{chr(end)}" for start, end in _ABUGIDAS)


def _kept_value(char: str) -> str | None:
    """What the key writes for a mark of :data:`_BLOCKS`: the nukta nothing, the
    candrabindu its script's anusvara, every other mark itself."""
    name = unicodedata.name(char, "")
    if name.endswith(" SIGN NUKTA"):
        return None
    if name.endswith(" SIGN CANDRABINDU"):
        try:
            return unicodedata.lookup(name.replace("CANDRABINDU", "ANUSVARA"))
        except KeyError:
            return char
    return char


@cache
def kept_marks() -> dict[int, str | None]:
    """Every combining mark of the scripts whose marks are letters -> what the key writes
    for it (itself, the anusvara for a candrabindu, None for a nukta)."""
    return {
        code: _kept_value(chr(code))
        for start, end in _BLOCKS
        for code in range(start, end + 1)
        if unicodedata.category(chr(code)).startswith("M")
    }


@cache
def word_pattern() -> re.Pattern[str]:
    """A word of a key: word characters and the marks the key keeps ("मिस्टर" whole)."""
    marks = "".join(re.escape(chr(c)) for c, v in kept_marks().items() if v is not None)
    return re.compile(rf"[\w{marks}]+")


#: the letters only Vietnamese writes (composed, NFC): a horn ("ơ", "ư"), a tilde on "i" or
#: "u", and the block of letters with a hook above, a dot below or two marks ("ả", "ạ", "ế",
#: "ằ", "ẽ") but for the "ỳ" that Welsh writes too
VIETNAMESE = re.compile(
    "[\u01a0\u01a1\u01af\u01b0\u0128\u0129\u0168\u0169\u1ea0-\u1ef1\u1ef4-\u1ef9]"
)


def vietnamese(word: str) -> bool:
    """True when ``word`` (composed, NFC) holds a letter only Vietnamese writes ("người",
    "diễn"), False for one that French or Spanish could write ("hài")."""
    return bool(VIETNAMESE.search(word))
