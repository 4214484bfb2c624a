"""The language a page is written in (ISO 639-1), to pick a stemmer later.

Scripts decide first: a script that one language writes names it (Hangul -> ko, kana -> ja,
Georgian -> ka, Thai -> th, Tamil -> ta, …), Han -> zh, Greek -> el, and Cyrillic goes by the
letters each of its languages alone uses (ҷ/ӯ -> tg, җ -> tt, қ/ә/ұ -> kk, ң with ө/ү -> ky,
ө/ү -> mn, ў with қ/ғ/ҳ -> uz, і/ї/є -> uk unless Russian's ы/э/ъ/ё outnumber them, ў -> be,
ђ/ћ -> sr, ѓ/ќ/ѕ -> mk, else ru). A script shared by two languages names the one whose own
letters it writes (ৰ/ৱ -> as in Bengali script; the letters of Uyghur, Sorani, Pashto and Sindhi
in Arabic script; ə -> az, oʻ/gʻ -> uz, ĉ/ŝ -> eo, ħ/ġ -> mt and the like in Latin script, for
languages langdetect does not know). Latin text, and Arabic and Devanagari (each written by
several languages that langdetect tells apart), go to ``langdetect`` with a fixed seed so
results are repeatable, unless the frequent function words of one language clearly win.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import numpy as np
from langdetect import DetectorFactory, LangDetectException
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY
from langdetect.utils.ngram import NGram

from indexer import lang

DetectorFactory.seed = (
    0  # langdetect is random without a seed; the same page must give the same answer
)

_SAMPLE = 700


@lru_cache(maxsize=1)
def _function_sets() -> dict[str, frozenset[str]]:
    """Each language's frequent function words (:attr:`indexer.lang.base.Language.
    function_words`), by code: a clear vote for one spares the slower statistical detector."""
    return {d.code: frozenset(d.function_words) for d in lang.languages() if d.function_words}


@lru_cache(maxsize=1)
def _competing() -> frozenset[str]:
    """The languages whose function words only keep another from a clear vote."""
    return frozenset(d.code for d in lang.languages() if d.function_words_block)


_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
_SCRIPTS = {
    "ko": re.compile(r"[\uac00-\ud7af]"),
    "ja": re.compile(r"[\u3040-\u30ff]"),
    "zh": re.compile(r"[\u4e00-\u9fff]"),
    "el": re.compile(r"[\u0370-\u03ff]"),
    "cyr": re.compile(r"[\u0400-\u04ff]"),
}
_MACEDONIAN = re.compile(r"[ѓќљњџѕј]")
#: Scripts that one language of langdetect's or ours writes: enough of the sample in one names
#: the language (langdetect knows no Georgian or Armenian and called such pages Estonian).
_ONE_LANGUAGE_SCRIPTS = (
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("hy", re.compile(r"[\u0531-\u058f]")),
    ("bn", re.compile(r"[\u0980-\u09ff]")),
    ("pa", re.compile(r"[\u0a00-\u0a7f]")),
    ("gu", re.compile(r"[\u0a80-\u0aff]")),
    ("ta", re.compile(r"[\u0b80-\u0bff]")),
    ("te", re.compile(r"[\u0c00-\u0c7f]")),
    ("kn", re.compile(r"[\u0c80-\u0cff]")),
    ("ml", re.compile(r"[\u0d00-\u0d7f]")),
    ("si", re.compile(r"[\u0d80-\u0dff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("lo", re.compile(r"[\u0e80-\u0eff]")),
    ("my", re.compile(r"[\u1000-\u109f]")),
    ("ka", re.compile(r"[\u10a0-\u10ff\u1c90-\u1cbf]")),
    ("am", re.compile(r"[\u1200-\u139f]")),
    ("km", re.compile(r"[\u1780-\u17ff]")),
    ("or", re.compile(r"[\u0b00-\u0b7f]")),
    ("bo", re.compile(r"[\u0f00-\u0fff]")),
)
#: Letters that one language alone writes within a script shared with another language of
#: :data:`_ONE_LANGUAGE_SCRIPTS` or of langdetect's: (the shared script's language, the
#: language, its letters). Assamese ৰ and ৱ in Bengali script, Tigrinya's ቐ and ኸ rows in
#: Ethiopic, Yiddish's pointed and doubled letters in Hebrew, and the Arabic letters of
#: Sorani Kurdish, Pashto, Sindhi, then Uyghur (ې, which Pashto writes too, and ۈ) and Kazakh
#: as China writes it (ۇ, ۋ without Uyghur's): none of Arabic, Persian or Urdu writes them.
_OWN_LETTERS = (
    ("bn", "as", re.compile(r"[\u09f0\u09f1]")),
    ("am", "ti", re.compile(r"[\u1250-\u125d\u12b8-\u12bf]")),
    ("he", "yi", re.compile(r"[\u05f0-\u05f2]|[\u05d0\u05e4][\u05b7\u05b8\u05bc]")),
    ("ar", "ckb", re.compile(r"[\u06b5\u0695\u06ce]")),
    ("ar", "ps", re.compile(r"[\u067c\u0681\u0685\u0689\u0693\u0696\u069a\u06ab\u06bc\u06cd]")),
    (
        "ar",
        "sd",
        re.compile(
            r"[\u067a\u067b\u067d\u067f\u0680\u0683\u0684\u0687\u068a\u068c\u068d\u068f\u0699\u06a6\u06aa\u06b3\u06b1]"
        ),
    ),
    ("ar", "ug", re.compile(r"[\u06c8\u06d0]")),
    ("ar", "kk", re.compile(r"[\u06c7\u06cb]")),
)
#: Latin letters that one language alone writes among langdetect's and ours, for languages
#: langdetect does not know (it calls Azerbaijani Turkish, Uzbek Indonesian, Esperanto
#: Lithuanian), and how many of them in the sample name it. Kurmanji writes ê with Turkish ş,
#: often: a Turkish page that names a Kurdish film writes a few.
_LATIN_OWN_LETTERS = (
    ("az", re.compile(r"[əƏ]"), 3),
    ("uz", re.compile(r"[oOgG][ʻ‘]"), 3),
    ("ha", re.compile(r"[ɗƙɓƊƘƁ]"), 3),
    ("yo", re.compile(r"[ṣṢ]"), 3),
    ("ig", re.compile(r"[ṅṄ]"), 3),
    ("eo", re.compile(r"[ĉĝĥĵŝĈĜĤĴŜ]"), 3),
    ("mt", re.compile(r"[ħĦġĠċĊ]"), 3),
    ("ku", re.compile(r"ê(?=.*[şŞ])", re.S), 6),
)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_RUSSIAN_ONLY = re.compile(r"[ыэЫЭ]")
#: Russian letters Ukrainian never writes: a Russian page that quotes a Ukrainian name or
#: heading ("Кінотеатр "Україна"") writes more of them than of Ukrainian's own
_RUSSIAN_LETTERS = re.compile(r"[ыэъёЫЭЪЁ]")
_NO_RUSSIAN_LETTERS = frozenset({"uk"})
#: Cyrillic letters that one language alone uses, most telling first; Russian otherwise.
_CYRILLIC_LETTERS = (
    ("tg", re.compile(r"[ҷӯӣҶӮӢ]")),
    ("tt", re.compile(r"[җҖ]")),
    ("uz", re.compile(r"[ўЎ](?=.*[қғҳҚҒҲ])|[қғҳҚҒҲ](?=.*[ўЎ])", re.S)),
    ("kk", re.compile(r"[әғқұһӘҒҚҰҺ]")),
    ("ky", re.compile(r"[ңҢ](?=.*[өүӨҮ])|[өүӨҮ](?=.*[ңҢ])", re.S)),
    ("mn", re.compile(r"[өүӨҮ]")),
    ("be", re.compile(r"[ўЎ]")),
    ("uk", re.compile(r"[їєґЇЄҐ]|[іІ](?![^\W\d_]*[ыэёЫЭЁ])")),
    ("sr", re.compile(r"[ђћЂЋ]")),
    ("mk", re.compile(r"[ѓќѕЃЌЅ]")),
)
_NOT_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


@lru_cache(maxsize=4)  # the film's record and the people readers ask for the same page
def text_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when it cannot tell."""
    sample = text[:_SAMPLE]
    letters = _LETTER.findall(sample)
    if len(letters) < 20:
        return None
    counts = {script: len(pattern.findall(sample)) for script, pattern in _SCRIPTS.items()}
    share = {k: v / len(letters) for k, v in counts.items()}
    if share["ko"] > 0.2:
        return "ko"
    if share["ja"] > 0.05:
        return "ja"
    if share["zh"] > 0.2:
        return "zh"
    if share["el"] > 0.3:
        return "el"
    if share["cyr"] > 0.3:
        return _cyrillic_language(sample)
    for code, pattern in _ONE_LANGUAGE_SCRIPTS:
        if len(pattern.findall(sample)) / len(letters) > 0.3:
            return _own_letters(code, sample)
    if len(_ARABIC.findall(sample)) / len(letters) > 0.3:
        own = _own_letters("ar", sample)
        if own != "ar":  # Arabic, Persian and Urdu are langdetect's to tell apart
            return own
    for code, pattern, least in _LATIN_OWN_LETTERS:
        if len(pattern.findall(sample)) >= least:
            return code
    vote = _vote(sample)
    if vote:
        return vote
    latin = _NOT_LATIN.sub("", sample)
    try:
        code = detect(latin)
    except LangDetectException:
        return None
    return code.split("-")[0]


def _own_letters(script: str, sample: str) -> str:
    """The language of :data:`_OWN_LETTERS` whose letters ``sample`` writes twice or more in
    the script of language ``script``; ``script`` otherwise."""
    for shared, code, pattern in _OWN_LETTERS:
        if shared == script and len(pattern.findall(sample)) >= 2:
            return code
    return script


def _cyrillic_language(sample: str) -> str:
    """The language of Cyrillic text by the letters one language alone uses; a letter seen
    once may be a loan word, so two are asked of each; Macedonian and Serbian letters shared
    (ј, љ, њ, џ) name Macedonian, as before."""
    russian = len(_RUSSIAN_LETTERS.findall(sample))
    for code, pattern in _CYRILLIC_LETTERS:
        own = len(pattern.findall(sample))
        if own >= 2 and (code not in _NO_RUSSIAN_LETTERS or own > russian):
            return code
    if sample.count("ъ") >= 2 and not _RUSSIAN_ONLY.search(sample):
        return "bg"  # Bulgarian writes ъ as a vowel, and no ы or э
    return "mk" if _MACEDONIAN.search(sample) else "ru"


def detect(text: str) -> str:
    """``langdetect.detect(text)``: the same answer, about twice as fast (:class:`_Detector`)."""
    detector = _Detector(_factory())
    detector.append(text)
    return str(detector.detect())


@lru_cache(maxsize=1)
def _factory() -> DetectorFactory:
    """langdetect's profiles, loaded on first use as ``langdetect.detect`` loads them."""
    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    return factory


class _Detector(Detector):
    """langdetect's detector with the probabilities of its 55 languages held in a NumPy array.

    Its loops over the languages were the cost; NumPy does each step with the same
    arithmetic on each language (an addition, then a product or a quotient, in double
    precision), and the sum that normalises is still Python's, taken in the same order, so
    every probability and the answer are the same (``tests/test_textlang.py``)."""

    def _extract_ngrams(self) -> list[str]:
        """langdetect's n-grams of the text (:class:`NGram`'s ``add_char`` written out, each
        character normalised once per process): the same list, in the same order."""
        table = self.word_lang_prob_map
        found: list[str] = []
        grams, capital = " ", False
        for ch in map(_normal, self.text):
            last = grams[-1]
            if last == " ":
                grams, capital = " ", False
                if ch == " ":
                    continue
            elif len(grams) >= NGram.N_GRAM:
                grams = grams[1:]
            grams += ch
            if ch.isupper():
                if last.isupper():
                    capital = True
            else:
                capital = False
            if capital:
                continue
            # the one, two and three last characters (langdetect's loop over n, unrolled)
            one = grams[-1:]
            if one != " " and one in table:
                found.append(one)
            if len(grams) >= 2:
                if grams[-2:] in table:
                    found.append(grams[-2:])
                if len(grams) >= 3 and grams[-3:] in table:
                    found.append(grams[-3:])
        return found

    def _init_probability(self) -> np.ndarray:
        return np.array(super()._init_probability())

    def _update_lang_prob(self, prob: np.ndarray, word: str | None, alpha: float) -> bool:
        if word is None or word not in self.word_lang_prob_map:
            return False
        prob *= alpha / self.BASE_FREQ + _word_probabilities(self.word_lang_prob_map, word)
        return True

    def _normalize_prob(self, prob: np.ndarray) -> float:
        prob /= sum(prob.tolist())
        return max(0.0, float(prob.max()))


@cache
def _normal(ch: str) -> str:
    """``NGram.normalize(ch)``, remembered: a page has a few dozen different characters."""
    return str(NGram.normalize(ch))


_ARRAYS: dict[str, np.ndarray] = {}


def _word_probabilities(table: dict[str, list[float]], word: str) -> np.ndarray:
    """An n-gram's probability in each language, as an array (made on first use)."""
    found = _ARRAYS.get(word)
    if found is None:
        found = _ARRAYS[word] = np.array(table[word])
    return found


def function_word_language(text: str) -> str | None:
    """The language whose frequent function words (its module's ``function_words``: en, es,
    fr, de, it, pt, eu, is, ga name a page) ``text``'s opening clearly uses, or None: a guess
    that costs microseconds, for catalogue synopses that come without a declared language."""
    return _vote(text[:_SAMPLE])


def _vote(sample: str) -> str | None:
    words = _WORD.findall(sample.lower())
    sets, competing = _function_sets(), _competing()
    counts = {code: sum(1 for w in words if w in table) for code, table in sets.items()}
    # a tie goes to the language that may name the page
    best, top = max(counts.items(), key=lambda item: (item[1], item[0] not in competing))
    if top < 8 or best in competing:
        return None
    clear = all(
        top >= 2 * count or (code in competing and _apart(words, best, code))
        for code, count in counts.items()
        if code != best
    )
    return best if clear else None


def _apart(words: list[str], best: str, other: str) -> bool:
    """Whether ``words`` use the words ``best`` writes and ``other`` does not at least twice as
    often as the reverse (four at least): Spanish text writes Catalan's "el la de que en" too,
    but "los", "y", "con" and not "els", "i", "amb"."""
    mine, theirs = _function_sets()[best], _function_sets()[other]
    own = sum(1 for w in words if w in mine and w not in theirs)
    foreign = sum(1 for w in words if w in theirs and w not in mine)
    return own >= 4 and own >= 2 * foreign
