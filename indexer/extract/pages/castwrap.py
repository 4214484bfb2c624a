"""Cast lists wrapped onto the next line: a page cut at a fixed width breaks a list where its
line is full, inside a name or after a comma ("Pemain Film : A, B, Boris Bokir" then
"Manullang, Gita Bhebhita Butar-butar, Lolox, dan Indra Jegel.").

The list's own separators tell that the next line goes on with it: that line holds two parts
or more between commas or words for "and", each a name's shape, and nothing else. Its first
part is the rest of the name the line break cut, unless the list's line ended with a comma.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from indexer import lang, recache
from indexer.extract.pages.facts import is_name, is_uncased_name

#: a stop or a closing word's punctuation after a list's last name
_END = " \t.;…"
#: the most words of the rest of a name the line break cut
_REST_WORDS = 3


def continued(block: str, listed: Sequence[str]) -> list[str]:
    """``listed`` with the names of the next line after the line it ends, where that line goes
    on with the list; empty when no line of ``block`` ends with its last name so followed."""
    if len(listed) < 2:
        return []
    last = listed[-1]
    for match in re.finditer(rf"{re.escape(last)}(?P<comma>[ \t]*,)?[ \t]*\n", block):
        end = block.find("\n", match.end())
        parts = _parts(block[match.end() : end if end >= 0 else len(block)])
        if len(parts) < 2:
            continue
        if match["comma"]:
            return [*listed, *parts] if _name_part(parts[0]) else []
        whole = f"{last} {parts[0]}"
        if len(parts[0].split()) <= _REST_WORDS and _name_part(whole):
            return [*listed[:-1], whole, *parts[1:]]
        return []
    return []


def _parts(line: str) -> list[str]:
    """The parts of ``line`` between commas and words for "and" when each but the first is a
    name's shape (the first may be the rest of one), else none."""
    ands = lang.alternation("conjunctions")
    pattern = recache.compile(rf"\s*,\s*(?:(?:{ands})\s+)?|\s+(?:{ands})\s+")
    parts = [p.strip() for p in pattern.split(line.strip().rstrip(_END))]
    if not all(parts) or not all(map(_name_part, parts[1:])):
        return []
    return parts


def _name_part(part: str) -> bool:
    """True for a name's shape: a full name, a name of a script without capitals, or one
    capitalised word of letters ("Lolox": a stage name)."""
    if is_name(part) or is_uncased_name(part):
        return True
    return " " not in part and part.isalpha() and part[0].isupper()
