"""The language a page is written in (ISO 639-1), to pick a stemmer later.

Scripts decide first (Hangul -> ko, kana -> ja, Han -> zh, Greek -> el, Cyrillic -> ru or
mk); Latin text goes to ``langdetect`` with a fixed seed so results are repeatable.
"""

from __future__ import annotations

import re

from langdetect import DetectorFactory, LangDetectException, detect

DetectorFactory.seed = (
    0  # langdetect is random without a seed; the same page must give the same answer
)

_SAMPLE = 3000


def text_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when it cannot tell."""
    sample = text[:_SAMPLE]
    letters = re.findall(r"[^\W\d_]", sample)
    if len(letters) < 20:
        return None
    counts = {
        "ko": len(re.findall(r"[\uac00-\ud7af]", sample)),
        "ja": len(re.findall(r"[\u3040-\u30ff]", sample)),
        "zh": len(re.findall(r"[\u4e00-\u9fff]", sample)),
        "el": len(re.findall(r"[\u0370-\u03ff]", sample)),
        "cyr": len(re.findall(r"[\u0400-\u04ff]", sample)),
    }
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
        return "mk" if re.search(r"[ѓќљњџѕј]", sample) else "ru"
    latin = re.sub(
        r"[\u0370-\u03ff\u0400-\u04ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", "", sample
    )
    try:
        code = detect(latin)
    except LangDetectException:
        return None
    return code.split("-")[0]
