"""The title's other spelling: the same name written by the page in another script ("Joyland"
and "जॉयलैंड", "PLAN 75" and "プラン75", "Kratko slunce" and "Кратко слънце").

A page of a language written in its own script often writes the film's name in that script
and in Latin letters too, on different lines (a headline in one, a caption or the credits in
the other). The chooser keeps one; the other is the same name, and the film keeps it as an
alternate title. A candidate is that other spelling when the page writes it on a line of its
own (not a name read from the address alone), its letters are all of one script and the
winner's all of the other (Latin against not Latin), and the two, romanised and with the
letters transliterations disagree on folded (:func:`loose`), are alike
(:data:`_ALIKE`): a transliteration, not another name.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from anyascii import anyascii

from indexer.extract.pages.evidence import Candidate
from indexer.extract.pages.scripts import latin_word
from indexer.normalize import plain_key

#: the letters that transliterations of one script spell differently (Cyrillic "й" as "j", "y"
#: or "i", "х" as "kh" or "h", "ц" as "ts" or "c", "г" as "g" or "h", Georgian ejectives with
#: or without an apostrophe), each folded to one spelling
_LOOSE = (("kh", "h"), ("ts", "c"), ("g", "h"), ("j", "i"), ("y", "i"), ("w", "v"), ("'", ""))
_REPEATED_I = re.compile(r"i+")
#: how alike two romanised spellings must be (difflib's ratio): "Joyland" / "जॉयलैंड" 0.8,
#: "Naal" / "नाळ" 0.86; "Parasite" / "기생충" (a translation) 0.2
_ALIKE = 0.75
#: the fewest romanised letters of a name compared (shorter ones are alike by chance)
_FEWEST = 3


def loose(roman: str) -> str:
    """A romanised key with the letters transliterations disagree on folded (see _LOOSE)."""
    for spelled, folded in _LOOSE:
        roman = roman.replace(spelled, folded)
    return _REPEATED_I.sub("i", roman)


def _roman(value: str) -> str:
    return loose(plain_key(anyascii(value)).replace(" ", ""))


def other_spelling(winner: Candidate, candidates: Iterable[Candidate]) -> str | None:
    """The first of ``candidates`` that spells ``winner``'s name in the other script (see the
    module), or None."""
    script = latin_word(winner.value)
    roman = _roman(winner.value)
    if script is None or len(roman) < _FEWEST:
        return None
    for candidate in candidates:
        if candidate is winner or candidate.line is None:
            continue
        other = latin_word(candidate.value)
        if other is None or other == script:
            continue
        spelled = _roman(candidate.value)
        if len(spelled) < _FEWEST:
            continue
        if difflib.SequenceMatcher(None, roman, spelled).ratio() >= _ALIKE:
            return candidate.value.strip()
    return None
