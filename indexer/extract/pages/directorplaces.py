"""Where a director candidate stands on the page, measured without a cue word of any language.

Shapes that any site shares, read by :func:`.people.collect_directors` as candidate sources
of the directors chooser (:mod:`.directormodel`), each its own kind of vote:

- a line that opens with a name and its year in parentheses, then more facts after a dash
  ("PASCAL PLANTE (2023) – FICTION – 118 MINUTES"): the name is a credit, not a title,
  :func:`name_year_lines`;
- a line that opens with a name, or with the film's own title and then a name, then the
  film's countries or runtime and its year, or the year alone, run into the text ("Eugénie
  Metala, Cameroun, 2023 SYNOPSIS …"), :func:`name_country_year_heads`;
- names alone in parentheses after the film's own title on a line of the page's head
  ("Cenicienta (Kenneth Branagh)"), :func:`names_after_title`.
"""

from __future__ import annotations

import re

from indexer import lang, recache
from indexer.extract.pages.facts import MEMBER_PARTS, RUNTIME_MEMBER
from indexer.extract.pages.titleperson import opens_with_given_name
from indexer.normalize import country_name, key

#: a line that opens with a name, its year in parentheses, then a dash or a bar and more
_NAME_YEAR_LINE = recache.compile(
    r"(?m)^[ \t]*(?P<name>[^\W\d_][^\W\d_.'’-]*(?:[ \t-][^\W\d_][^\W\d_.'’]*){1,3})"
    r"[ \t]*\((?:1[89]|20)\d\d\)[ \t]*[-–—|/][ \t]*\S"
)


def name_year_lines(block: str, titles: frozenset[str], limit: int = 15) -> list[str]:
    """The names that open one of the first ``limit`` lines with their year in parentheses
    and more facts after a dash ("PASCAL PLANTE (2023) – FICTION – …"); not the film's own
    title written so."""
    head = "\n".join(block.split("\n")[:limit])
    return [
        m.group("name")
        for m in _NAME_YEAR_LINE.finditer(head)
        if key(m.group("name")) not in titles
    ]


#: a member that is a year, or opens with one ("2023 SYNOPSIS Une tombe …")
_YEAR_MEMBER = re.compile(r"(?:1[89]|20)\d\d(?:[\s:.;].*)?")
#: a name of two to four words, no digits, no sentence marks
_NAME_SHAPE = re.compile(r"[^\W\d_][^\W\d_.'’-]*(?:[ \t-][^\W\d_][^\W\d_.'’]*\.?){1,3}")
#: "Title (Name)", "Title (Name, Name)": the film's own title and names alone in parentheses
_TITLE_PARENS = re.compile(r"(?P<title>.+?)\s*\((?P<names>[^()\d]{5,80})\)\s*")


#: the most country or runtime members between the name and the year
_MOST_FACTS = 4


def name_country_year_heads(
    lines: tuple[str, ...], titles: frozenset[str], own: list[str], limit: int = 15
) -> list[str]:
    """The names that open one of the first ``limit`` lines, or follow the film's own title
    (``own``) opening it, then the film's country, its runtime or both and its year, or the
    year alone ("Eugénie Metala, Cameroun, 2023 SYNOPSIS …", "IDIL IBRAHIM, 2018, SN",
    "«Perros sin cola», Carolina Quezada, 77′, 2019: …"), whatever the rest of the line says:
    a credit line run into the text."""
    out = []
    for line in [line.strip(" \t•·*–—-") for line in lines if line.strip()][:limit]:
        members = MEMBER_PARTS.split(_past_title(line, own)[:120])
        if len(members) < 2 or not _NAME_SHAPE.fullmatch(members[0]):
            continue
        if key(members[0]) in titles or not _name_not_title(members[0]):
            continue
        if _facts_then_year(members[1 : 2 + _MOST_FACTS]):
            out.append(members[0])
    return out


def _past_title(line: str, own: list[str]) -> str:
    """``line`` past the film's own title that opens it, in quotes or not, and the marks
    after it; else the line."""
    bare = line.lstrip(_OPENING_QUOTES)
    for title in (t.strip() for t in own if t and t.strip()):
        if bare.casefold().startswith(title.casefold()):
            return bare[len(title) :].lstrip(_CLOSING_QUOTES + " \t,:|/–—-")
    return line


_OPENING_QUOTES = "\"“„«‘'"
_CLOSING_QUOTES = "\"”“»’'"


def _facts_then_year(members: list[str]) -> bool:
    """True when ``members`` are countries or runtimes up to a year ("Cameroun", "2023 …")."""
    for member in members:
        if _YEAR_MEMBER.fullmatch(member):
            return True
        if not (country_name(member) or RUNTIME_MEMBER.fullmatch(member)):
            return False
    return False


def _name_not_title(text: str) -> bool:
    """True when ``text`` opens with a known given name or holds no function word of any
    language after its first word ("Lions For Lambs, 2007": a title)."""
    return opens_with_given_name(text) or not holds_function_word(text, 1)


def holds_function_word(text: str, start: int = 0) -> bool:
    """True when a word of ``text`` from its ``start``-th, of two letters or more, is a
    frequent function word of any language ("La Longue Route": a title's shape, no name's)."""
    return any(
        len(w) > 1 and w in lang.cue_set("function_words") for w in key(text).split()[start:]
    )


def names_after_title(
    lines: tuple[str, ...], titles: list[str], limit: int = 15
) -> list[list[str]]:
    """The names a line of the page's head writes alone in parentheses after the film's own
    title ("Cenicienta (Kenneth Branagh)"), the first opening with a known given name (not an
    original title: "After Life (Wandafuru Raifu)"), co-directors together."""
    own = {key(t) for t in titles if t}
    out = []
    for line in [line.strip() for line in lines if line.strip()][:limit]:
        found = _TITLE_PARENS.fullmatch(line)
        if not found or key(found.group("title")) not in own:
            continue
        names = [n.strip() for n in re.split(r"\s*(?:,|&|\+|/)\s*", found.group("names"))]
        if all(_NAME_SHAPE.fullmatch(n) for n in names) and opens_with_given_name(names[0]):
            out.append(names)
    return out
