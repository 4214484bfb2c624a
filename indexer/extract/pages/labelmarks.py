"""Where a label ends at a colon inside a line of several "label: value" pairs.

Pages run their credits and facts on one line and part the pairs by spaces ("导演: 冯凯
演员: 柯有伦 / 黄鸿升"), by a mark ("■監督:山本薩夫/脚本:新藤兼人/撮影:佐藤昌道",
"Regie: Hans Weber · Land: Deutschland | Laufzeit: 95 Min.") or by nothing at all, the
label glued to the value before it ("2007País:", "山本薩夫脚本:"). :func:`label_before`
finds the label that ends at a colon, whatever the script: the known label of one to three
words after the last space or parting mark, else a known label glued to the word before it.
A label never reaches back over another colon: that one ends a label of its own.
"""

from __future__ import annotations

import re

from indexer.extract.pages.labels import field_of
from indexer.extract.pages.scripts import CJK

#: marks that part one pair from the next inside a line, like a space does
SEPARATORS = "/■□◆◇◼◻▲△▶▷►●○◎•·・|｜;；、,，"
_SEPARATOR = re.compile(rf"[{re.escape(SEPARATORS)}]")
#: where a label glued to the value before it begins ("2007País", "актёреРежиссер")
_GLUE = re.compile(r"(?<=[^\W_A-ZÀ-ÞА-ЯЁ])(?=[A-ZÀ-ÞА-ЯЁ])|(?<=\d)(?=[^\W\d_])")
#: a word of CJK letters at a word's end: a label may be glued to the name before it
_CJK_TAIL = re.compile(rf"[{CJK}]{{3,}}$")
#: the longest label glued to a CJK name, in letters
_CJK_LABEL = 4
#: a word no language knows as a label that still ends the value before its colon: three
#: letters or more, or two of a CJK script ("照明:")
_UNKNOWN_LABEL = re.compile(rf"[^\W\d_]{{3,20}}|[{CJK}]{{2}}")
#: how far before its colon a label may begin
_REACH = 60


def label_before(text: str, colon: int) -> tuple[int | None, tuple[str, ...]]:
    """Where the label that ends at ``colon`` begins and its fields: one to three words a
    language knows after a space or a parting mark (the last one maybe glued to the value
    before it), or one word of letters no language knows (fields ``()``); (None, ()) when
    no label ends there."""
    offset = max(0, colon - _REACH, *(text.rfind(c, 0, colon) + 1 for c in ":："))
    words = list(re.finditer(r"\S+", text[offset:colon]))
    for size in (3, 2, 1):
        if len(words) < size or (size > 1 and _unit(text, words[-size], offset)):
            continue  # "90 min., režie:": the number's unit is no label joined to the next
        found = _known(text, offset + words[-size].start(), colon)
        if found[0] is not None:
            return found
    last = _after_separator(words[-1].group(0)) if words else ""
    if _UNKNOWN_LABEL.fullmatch(last):
        return colon - len(last), ()
    return None, ()


def _unit(text: str, word: re.Match[str], offset: int) -> bool:
    """Whether ``word`` is a number's unit ending its cell ("90 min.,"): right after a digit,
    a stop or a comma after it."""
    before = text[max(0, offset + word.start() - 20) : offset + word.start()]
    return bool(re.search(r"\d\s*$", before)) and word.group(0)[-1] in ".,"


def _known(text: str, start: int, colon: int) -> tuple[int | None, tuple[str, ...]]:
    """The known label that ends at ``colon`` and starts at ``start`` or, when its first word
    holds parting marks, after the last of them that a value comes before ("山本薩夫/脚本",
    "勅使河原宏/原作・脚本", but "制片国家/地区" whole), or where a label is glued inside
    that word; (None, ()) if none."""
    label = text[start:colon]
    first = label.split()[0] if label.split() else label
    cut = start + _labels_from(first)
    if cut > start:
        fields = field_of(text[cut:colon])
        if fields:
            return cut, fields
    fields = field_of(label)
    if fields:
        return start, fields
    for glue in reversed(list(_GLUE.finditer(first))):
        fields = field_of(text[start + glue.start() : colon])
        if fields:
            return start + glue.start(), fields
    if " " not in label:
        return _glued_cjk(text, start, colon)
    return None, ()


def _glued_cjk(text: str, start: int, colon: int) -> tuple[int | None, tuple[str, ...]]:
    """A label of two to four CJK letters glued to the name before it ("新藤兼人撮影:"), the
    longest first; (None, ()) if none."""
    tail = _CJK_TAIL.search(text, start, colon)
    if not tail:
        return None, ()
    for size in range(min(_CJK_LABEL, tail.end() - tail.start() - 1), 1, -1):
        fields = field_of(text[colon - size : colon])
        if fields:
            return colon - size, fields
    return None, ()


def _after_separator(word: str) -> str:
    """What follows the last parting mark inside ``word`` (all of it if none)."""
    marks = list(_SEPARATOR.finditer(word))
    return word[marks[-1].end() :] if marks else word


def _labels_from(word: str) -> int:
    """Where the run of labels that ends ``word`` begins, its parts parted by marks
    ("勅使河原宏/原作・脚本" -> at "原作"): 0 when every part is a label or none is."""
    ends = [0, *(m.end() for m in _SEPARATOR.finditer(word))]
    if len(ends) == 1:
        return 0
    at = len(word)
    stops = [len(word), *reversed([e - 1 for e in ends[1:]])]
    for begin, end in zip(reversed(ends), stops, strict=True):
        part = word[begin:end]
        if not part or not field_of(part):
            break
        at = begin
    return 0 if at == len(word) else at
