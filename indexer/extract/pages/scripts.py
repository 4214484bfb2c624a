"""Character classes of the scripts the credit readers tell apart: those written without
spaces between words, and those without capital letters."""

from __future__ import annotations

import re

#: kana, Han and Hangul: scripts written without spaces between words (a character class body)
CJK = r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
#: Thai, Lao, Myanmar and Khmer: scripts written without spaces between words, like CJK
UNSPACED = r"\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
#: Scripts without capitals whose vowel signs ``\w`` leaves out, as whole blocks (Indic, Thai,
#: Lao, Myanmar, Ethiopic, Khmer), less their own full stops and commas.
UNCASED_SIGNS = r"\u0900-\u0dff\u0e00-\u0eff\u1000-\u1049\u104c-\u109f\u1200-\u135f\u1780-\u17d3"
UNCASED_WORD = re.compile(
    rf"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u10a0-\u10ff{UNCASED_SIGNS}]"
    rf"[\w{UNCASED_SIGNS}\u200c\u200d'’-]*"
)
