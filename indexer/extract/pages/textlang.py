"""The language a page is written in (ISO 639-1), to pick a stemmer later.

Scripts decide first (Hangul -> ko, kana -> ja, Han -> zh, Greek -> el, Cyrillic -> ru or
mk); Latin text goes to ``langdetect`` with a fixed seed so results are repeatable.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from langdetect import DetectorFactory, LangDetectException
from langdetect.detector import Detector
from langdetect.detector_factory import PROFILES_DIRECTORY

DetectorFactory.seed = (
    0  # langdetect is random without a seed; the same page must give the same answer
)

_SAMPLE = 700

#: Frequent function words that tell Latin-script languages apart; a clear vote spares the
#: slower statistical detector.
_FUNCTION_WORDS = {
    "en": tuple(re.findall(r"\S+", "the and of to is in that with for his her this are was")),
    "es": tuple(re.findall(r"\S+", "el la los las de que y en un una es por con del para se")),
    "fr": tuple(re.findall(r"\S+", "le la les des et est un une du dans que qui pour sur au")),
    "de": tuple(re.findall(r"\S+", "der die das und ist mit von den ein eine nicht zu sich im")),
    "it": tuple(re.findall(r"\S+", "il lo la gli di che è e un una per con del della non si")),
    "pt": tuple(re.findall(r"\S+", "o os as de que é um uma do da em para com não se ao")),
}
_FUNCTION_SETS = {code: frozenset(words) for code, words in _FUNCTION_WORDS.items()}
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
        return "mk" if _MACEDONIAN.search(sample) else "ru"
    vote = _vote(sample)
    if vote:
        return vote
    latin = _NOT_LATIN.sub("", sample)
    try:
        code = detect(latin)
    except LangDetectException:
        return None
    return code.split("-")[0]


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


_ARRAYS: dict[str, np.ndarray] = {}


def _word_probabilities(table: dict[str, list[float]], word: str) -> np.ndarray:
    """An n-gram's probability in each language, as an array (made on first use)."""
    found = _ARRAYS.get(word)
    if found is None:
        found = _ARRAYS[word] = np.array(table[word])
    return found


def function_word_language(text: str) -> str | None:
    """The language whose frequent function words ``text``'s opening clearly uses (en, es,
    fr, de, it, pt), or None: a guess that costs microseconds, for catalogue synopses that
    come without a declared language."""
    return _vote(text[:_SAMPLE])


def _vote(sample: str) -> str | None:
    words = _WORD.findall(sample.lower())
    counts = {lang: sum(1 for w in words if w in table) for lang, table in _FUNCTION_SETS.items()}
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if top >= 8 and top >= 2 * second else None
