"""Cast rows under a line that is the cast's label alone, each row a name and an aside after it.

A cast list written one actor a line often adds something to each name: the name in another
script between slashes ("Виктор Вержбицкий /Victor Verjbickiy/"), a nickname or the character
in brackets, and the character after it ("จิรายุ ละอองมณี (เก้า) รับบทเป็น เป็ด"). A reader of the
label takes its first row only, and a reader of pairs takes the aside for the name; the rows
read here are the whole list, each cut before its aside. The layout is typographic (a label
line, then rows that open with a name and a bracketed or slashed aside), so it holds in any
language whose cast label is known.
"""

from __future__ import annotations

import re

from indexer.extract.pages.facts import is_name, is_uncased_name
from indexer.extract.pages.labels import field_of

#: a row: a bullet, the name, an aside in brackets or between slashes, a short tail (the
#: character after a word for playing) without sentence punctuation
_ROW = re.compile(
    r"(?:[-•*·▪]\s*)?(?P<name>[^\W\d_][^()/\[\]|:;,.!?\d]{1,50}?)\s*"
    r"(?:\((?P<paren>[^()\n]{1,40})\)|\[(?P<square>[^\[\]\n]{1,40})\]|/(?P<slash>[^/\n]{1,40})/)"
    r"(?P<tail>[^.!?;:|\n]{0,40})"
)

#: fewest rows that make a list
_FEWEST = 2

#: most lines read under one label
_MOST = 60

#: what may close a label line: a colon, a bar, spaces
_LABEL_END = ":：| \t"


def aside_rows_under_label(block: str) -> list[list[str]]:
    """The actors of two or more rows "Name (aside) …" or "Name /aside/" right under a line
    that is the cast's label alone ("актеры |", "นำแสดง :"), each name cut before its aside;
    a row whose aside is a crew label ("… (Director)") ends the list."""
    lines = [line.strip() for line in block.splitlines()]
    found = []
    for i, line in enumerate(lines[:-2]):
        label = line.rstrip(_LABEL_END)
        if not label or len(label) > 30 or field_of(label) != ("cast",):
            continue
        rows = []
        for text in lines[i + 1 : i + 1 + _MOST]:
            name = _row_name(text)
            if name is None:
                break
            rows.append(name)
        if len(rows) >= _FEWEST:
            found.append(rows)
    return found


def _row_name(text: str) -> str | None:
    """The name of a row "Name (aside) …", or None for a line of another shape."""
    row = _ROW.fullmatch(text)
    if row is None:
        return None
    name = row.group("name").strip()
    aside = next(g for g in (row.group("paren"), row.group("square"), row.group("slash")) if g)
    if set(field_of(aside.strip())) - {"cast"}:
        return None  # the crew's rows begin
    return name if is_name(name) or is_uncased_name(name) else None
