"""Cast lists wrapped onto the next line: a page cut at a fixed width breaks a list where its
line is full, inside a name or after a comma ("Pemain Film : A, B, Boris Bokir" then
"Manullang, Gita Bhebhita Butar-butar, Lolox, dan Indra Jegel.").

The list's own separators tell that the next line goes on with it: that line holds two parts
or more between commas or words for "and", each a name's shape, and nothing else. Its first
part is the rest of the name the line break cut, unless the list's line ended with a comma.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from indexer import lang, recache
from indexer.extract.pages.facts import is_name, is_uncased_name

#: a stop or a closing word's punctuation after a list's last name
_END = " \t.;…"
#: the most words of the rest of a name the line break cut
_REST_WORDS = 3
#: the most words of a list's closing words in lower case ("and others", "dan lain-lain lagi")
_CLOSING_WORDS = 3


def continued(block: str, listed: Sequence[str]) -> list[str]:
    """``listed`` with the names of the next line after the line it ends, where that line goes
    on with the list; or with the names after its last name where the break fell inside that
    name ("…, Nabila" / "Huda, Pekin Ibrahim, Sabrina Ali dan lain-lain lagi."); empty when
    ``block`` writes its last name so followed nowhere."""
    if not listed:
        return []
    last = listed[-1]
    broken = _broken_name(block, last)
    if broken is not None:
        parts = _parts(block[broken : _line_end(block, broken)], separated=True)
        return [*listed, *parts] if len(parts) >= 2 else []
    if len(listed) < 2:
        return []
    for match in _line_ends_after(block, last):
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


#: the end of a list's line after its last name: a comma maybe, then the line break
_LINE_END = re.compile(r"(?P<comma>[ \t]*,)?[ \t]*\n")
#: a line break between two words of a name, with the spaces around it
_BREAK = re.compile(r"[ \t]*\n[ \t]*")
_LETTER = re.compile(r"[^\W\d_]")


def _line_ends_after(block: str, name: str) -> Iterator[re.Match[str]]:
    """Each end of a line right after ``name`` (:data:`_LINE_END`), in page order and not
    overlapping, as ``re.finditer`` of the name then that pattern gives them (the name is
    looked for as it is written; no pattern is compiled for it)."""
    at = block.find(name)
    while at >= 0:
        match = _LINE_END.match(block, at + len(name))
        at = block.find(name, match.end() if match else at + 1)
        if match:
            yield match


def _broken_name(block: str, name: str) -> int | None:
    """Where the line goes on after ``name`` written with a line break between two of its
    words (its next word not inside a longer one), or None: the first such place, as
    ``re.search`` of the words and the break between them finds it."""
    words = name.split()
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        at = block.find(head)
        while at >= 0:
            gap = _BREAK.match(block, at + len(head))
            end = gap.end() + len(tail) if gap else -1
            if gap and block.startswith(tail, gap.end()) and not _LETTER.match(block, end):
                return end
            at = block.find(head, at + 1)
    return None


def _line_end(block: str, at: int) -> int:
    """Where the line holding ``at`` ends."""
    end = block.find("\n", at)
    return end if end >= 0 else len(block)


def _parts(line: str, separated: bool = False) -> list[str]:
    """The parts of ``line`` between commas and words for "and" when each but the first is a
    name's shape (the first may be the rest of one), else none; with ``separated``, the line
    opens with a separator and every part is a name. A last part in lower case closes the
    list ("dan lain-lain lagi", "and others") and is dropped."""
    ands = lang.alternation("conjunctions")
    pattern = recache.compile(rf"\s*,\s*(?:(?:{ands})\s+)?|\s+(?:{ands})\s+")
    text = line.rstrip().rstrip(_END)
    if separated:
        opening = pattern.match(text)
        if opening is None or opening.end() == 0:
            return []
        text = "x" + text[opening.start() :]  # a first part to stand for the name before
    parts = [p.strip() for p in pattern.split(text.strip())]
    if len(parts) > 2 and parts[-1].islower() and len(parts[-1].split()) <= _CLOSING_WORDS:
        parts.pop()
    if not all(parts) or not all(map(_name_part, parts[1:])):
        return []
    return parts[1:] if separated else parts


def _name_part(part: str) -> bool:
    """True for a name's shape: a full name, a name of a script without capitals, or one
    capitalised word of letters ("Lolox": a stage name)."""
    if is_name(part) or is_uncased_name(part):
        return True
    return " " not in part and part.isalpha() and part[0].isupper()
