"""Chinese names in running text found by their family name. Chinese prose writes a name
glued to the words around it ("是由窦骁主演", "有裴正南飾演": "it is by …", "there is …"), and
any run of two to four Han characters has a name's length ("阵容坚强", a strong line-up;
"情节简单", a simple plot). The family names of the language data (``surnames``) tell a name's
start: characters written before a name (``glued_before_name``) go where a family name
follows them, and a run that opens with no family name is held as a name only where the page
gives it another sign of one."""

from __future__ import annotations

import re
from functools import cache

from indexer import lang

#: a run of Han characters, as a whole
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{3,4}")
#: the fewest characters of a Chinese name (a family name and a given name)
_SHORTEST = 2
#: how many glued characters opening a run with no family name make it no name ("則在劇中")
_GLUED_NO_NAME = 2


@cache
def _surnames() -> frozenset[str]:
    return lang.cue_set("surnames")


@cache
def _glued() -> frozenset[str]:
    return lang.cue_set("glued_before_name")


def from_family_name(run: str) -> str:
    """``run`` (Han characters that end where a name does) from its family name on, where the
    characters before it are all written glued before names: "是由窦骁" is "窦骁", "與蘇明明"
    "蘇明明"; as written otherwise (a run that opens with a family name, a foreign name)."""
    if not _HAN_RUN.fullmatch(run) or run[0] in _surnames():
        return run
    for i in range(1, len(run) - _SHORTEST + 1):
        if run[i - 1] not in _glued():
            break
        if run[i] in _surnames():
            return run[i:]
    return run


def glued_words(run: str) -> bool:
    """True for a run of Han characters with no family name that opens with two characters
    written glued before names ("則在劇中": "then, in the film"): words, no name ("是枝裕和"
    opens with one only)."""
    if not _HAN_RUN.fullmatch(run) or any(c in _surnames() for c in run):
        return False
    return all(c in _glued() for c in run[:_GLUED_NO_NAME])


def lone_phrase(name: str, text: str, start: int = 0) -> bool:
    """True for four Han characters with no family name first, written once in ``text`` (at or
    after ``start``) and closed by a clause's comma or stop, on a page with no kana: read alone
    after a cue ("演员阵容坚强,": the cast's line-up is strong), a phrase. A foreign name in
    Han is written again or listed with "、"; a Japanese page writes its own names so."""
    if len(name) != 4 or not _HAN_RUN.fullmatch(name) or name[0] in _surnames():
        return False
    at = text.find(name, start)
    if at < 0 or text.count(name) > 1 or _KANA.search(text):
        return False
    return text[at + len(name) : at + len(name) + 1] in _CLAUSE_ENDS


#: hiragana or katakana: a Japanese page
_KANA = re.compile(r"[\u3041-\u30fa]")
#: what closes a clause after a phrase in Chinese prose
_CLAUSE_ENDS = frozenset(",，。;；")
