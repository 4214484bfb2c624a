"""Character classes of the scripts the credit readers tell apart: those written without
spaces between words, and those without capital letters."""

from __future__ import annotations

import re

from indexer import recache

#: Han (a character class body): the characters of Chinese, and of Japanese beside kana
HAN = r"\u3400-\u9fff"
#: kana and Han (a character class body): Chinese and Japanese
KANA_HAN = r"\u3040-\u30ff" + HAN
#: the Arabic script (a character class body): Arabic, Persian, Urdu, Kurdish, their
#: supplement and presentation forms
ARABIC = r"\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
#: a word of the Arabic script, its zero-width non-joiner inside ("می‌شود")
ARABIC_WORD = recache.compile(rf"[{ARABIC}\u200c]+")
#: kana, Han and Hangul: scripts written without spaces between words (a character class body)
CJK = KANA_HAN + r"\uac00-\ud7af"
#: Thai, Lao, Myanmar and Khmer: scripts written without spaces between words, like CJK
UNSPACED = r"\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
#: the Indic scripts, Devanagari to Sinhala, letters and vowel signs (a character class body),
#: less the danda and double danda, the full stops of their prose
INDIC = r"\u0900-\u0963\u0966-\u0dff"
#: Scripts without capitals whose vowel signs ``\w`` leaves out, as whole blocks (Indic, Thai,
#: Lao, Myanmar, Ethiopic, Khmer), less their own full stops and commas.
UNCASED_SIGNS = r"\u0900-\u0dff\u0e00-\u0eff\u1000-\u1049\u104c-\u109f\u1200-\u135f\u1780-\u17d3"
#: the marks of the Arabic script that spell a word rather than voice it, written in prose
#: without the short vowels: the shadda (a doubled consonant, "كيّال", "محمّد"), the hamza
#: above or below and the superscript alef. ``\w`` leaves them out, yet they sit inside a
#: word. The short vowels are left out: prose writes them on a verb to tell its voice
#: ("يُعرَض", "is shown"), seldom on a name.
POINTS = r"\u0651\u0654\u0655\u0670"
UNCASED_WORD = recache.compile(
    rf"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u10a0-\u10ff{UNCASED_SIGNS}]"
    rf"[\w{UNCASED_SIGNS}{POINTS}\u200c\u200d'’-]*"
)

#: a foreign name written in katakana, its parts joined by a middle dot ("リム・カーワイ")
DOTTED_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]+(?:・[\u30a1-\u30fa\u30fc]+)+")

#: the first letter of a word of a script without capitals (Hangul, CJK, Arabic, Thai…): a
#: letter that is not Latin, Greek, Cyrillic or Armenian
UNCASED_LETTER = re.compile(r"[^\W\d_](?<![A-Za-zÀ-ɏͰ-ӿ])")

#: capital letters of the cased alphabets, Latin, Greek, Cyrillic and Armenian (a character class
#: body): "филма Мрак" names a film as "the film Kes" does
CAPITALS = "".join(c for c in map(chr, range(0x41, 0x587)) if c.isupper())

#: Latin letters written inside Cyrillic or Greek words, by what they stand for: the letter of
#: that script that looks the same ("Pежија": P for Р), and the one a Latin transliteration
#: writes with it ("Rежија": R for Р, as Serbian and Macedonian write both alphabets)
_LOOKS = {
    "cyrillic": str.maketrans("AaBCcEeHKkMOoPpTXxyYiIjJsS", "АаВСсЕеНКкМОоРрТХхуУіІјЈѕЅ"),
    "greek": str.maketrans("ABEHIKMNOoPTXYZvi", "ΑΒΕΗΙΚΜΝΟοΡΤΧΥΖνι"),
}
_SOUNDS = {
    "cyrillic": str.maketrans(
        "AaBbVvGgDdEeZzIiJjKkLlMmNnOoPpRrSsTtUuFfHhCc",
        "АаБбВвГгДдЕеЗзИиЈјКкЛлМмНнОоПпРрСсТтУуФфХхЦц",
    ),
}
_LATIN = re.compile(r"[A-Za-z]")
_OTHER = {"cyrillic": re.compile(r"[\u0400-\u04ff]"), "greek": re.compile(r"[\u0370-\u03ff]")}


def unmixed(word: str) -> list[str]:
    """A word that mixes Latin letters into a Cyrillic or Greek word, written in that script
    alone: the look-alike reading first, then the transliterated one ("Rежија" -> "Режија");
    [] for a word in one script."""
    if word.isascii() or not _LATIN.search(word):
        return []
    for script, letters in _OTHER.items():
        if len(letters.findall(word)) >= max(2, len(_LATIN.findall(word))):
            tables = [_LOOKS[script], *([_SOUNDS[script]] if script in _SOUNDS else [])]
            return list(dict.fromkeys(word.translate(t) for t in tables))
    return []


#: a film in CJK brackets written before an actor's name, as Chinese and Japanese credits tell
#: what each actor is known for: "【時時刻刻】妮可基曼", "「blank13」のリリー・フランキー", a
#: word of the kind of work between: "「ちはやふる」シリーズの松岡茉優" (the series)
WORK_BEFORE = re.compile(
    r"[ \t]*[【「『《〈][^】」』》〉\n]{1,40}[】」』》〉]"
    r"(?:[\u30a1-\u30fa\u30fc\u3400-\u9fff]{0,4}(?:の|的))?\s?"
)


def latin_word(word: str) -> bool | None:
    """True for a word (or a name) whose letters are all Latin, False for one with letters of
    another script only, None for one without letters or mixing both."""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return None
    latin = [c.isascii() or "\u00c0" <= c <= "\u024f" or "\u1e00" <= c <= "\u1eff" for c in letters]
    return True if all(latin) else False if not any(latin) else None


def glued_initial(word: str) -> bool:
    """True for a capital initial glued by its full stop to a capitalised name of three letters
    or more, in any cased script ("Ж.Сэнгэдорж", "K.Vildžiūnas", "P.Szygalski")."""
    initial, stop, rest = word.partition(".")
    return (
        len(initial) == 1
        and initial.isupper()
        and bool(stop)
        and len(rest) >= 3
        and rest.isalpha()
        and rest[0].isupper()
    )


def first_script_run(name: str) -> str:
    """``name`` up to the first word of another script, Latin or not: a page writes a name
    in its own script and then as the Latin alphabet spells it ("كاثرين هاردويك Catherine
    Hardwicke", "テオ・モントーヤ Theo Montoya"), one person written twice."""
    words = name.split()
    kinds = [latin_word(w) for w in words]
    first = next((k for k in kinds if k is not None), None)
    for i, kind in enumerate(kinds):
        if i and kind is not None and first is not None and kind != first:
            return " ".join(words[:i])
    return name


#: what may stand between a name and its other name in another script: spaces, or a dash or a
#: bar with or without them ("Όλες οι Κυριακές-Los Domingos", "MONSTER มอนสเตอร์")
_HALVES_BETWEEN = re.compile(r"\s*[-–—|]\s*|\s+")
#: the fewest letters of each of the two names
_HALF_LETTERS = 2
#: marks that open or close what they hold: a name between them is written whole
_MARKS = '《》「」『』【】“”„«»"()[]'


def latin_halves(name: str) -> tuple[str, str] | None:
    """A name written once in Latin letters and once in another script, one after the other
    ("Όλες οι Κυριακές-Los Domingos", "MONSTER มอนสเตอร์"): the two names; None when its
    letters change between Latin and not at no place, or at more than one, or when a half
    opens in lower case."""
    if any(m in name for m in _MARKS):
        return None
    letters = [(i, latin_word(c)) for i, c in enumerate(name) if c.isalpha()]
    switches = [k for k in range(1, len(letters)) if letters[k][1] != letters[k - 1][1]]
    if len(switches) != 1 or min(switches[0], len(letters) - switches[0]) < _HALF_LETTERS:
        return None
    end, start = letters[switches[0] - 1][0] + 1, letters[switches[0]][0]
    halves = name[:end].strip(), name[start:].strip()
    if not _HALVES_BETWEEN.fullmatch(name[end:start]) or any(h[0].islower() for h in halves):
        return None  # "Live στο στέκι": a name and words of a sentence
    return halves
