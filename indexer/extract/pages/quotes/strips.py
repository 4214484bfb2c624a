"""Press quotes run together on one line, each signed after a dash: a strip of blurbs whose
line breaks the page's text lost ("Voor ‘…’ lijkt het woord … uitgevonden ★★★★☆ - De
Standaard Het gaat even heerlijk … lucht. ★★★★★ - De Volkskrant 'Voor de Meisjes' is …").

A line is such a strip when two signatures or more in it follow a rating in stars ("★★★★☆ -
Name"): that shape is no sentence of prose. Its other signatures follow a sentence's end or a
word ("… Lanthimos. - Filmkrant Voor de meisjes: …", "… drama - vpro cinema" at the line's
end). A source is one capitalised word, or an article and the word after it ("De
Standaard"); the words after it open the next quote. At the line's end, the source is what is
left of it (up to three words, in any case: "vpro cinema").
"""

from __future__ import annotations

import re

from indexer.extract.pages.quotes import marks
from indexer.extract.pages.quotes.lang import OUTLET_ARTICLES, UPPER, phrase_pattern
from indexer.extract.pages.quotes.who import Who, parse

__all__ = ["press_strip"]

_STARS = rf"[{marks.STAR_SIGNS}]+"
_ARTICLES = phrase_pattern(tuple(a.title() for a in OUTLET_ARTICLES))
_NAME = rf"(?:(?:{_ARTICLES})\s+)?[{UPPER}][\w.&’'-]*"
#: a signature: a rating in stars or a sentence's end (or a word), a dash, a capitalised
#: source and the next quote's first words; or the line's last words after a dash
_SIGNATURE = re.compile(
    rf"(?P<stars>\s*{_STARS})?\s+[-–—]\s+(?:(?P<who>{_NAME})(?=\s+\S)|(?P<last>\S+(?:\s+\S+){{0,2}})\s*$)"
)
#: the fewest signatures after a rating that make a line a strip
_RATED = 2


def press_strip(text: str) -> list[tuple[str, Who]]:
    """The quotes of a line of press quotes run together and their sources, in order; [] for
    any other text."""
    if "\n" in text.strip():
        return []
    signatures = list(_SIGNATURE.finditer(text))
    if sum(1 for s in signatures if s.group("stars")) < _RATED:
        return []
    found: list[tuple[str, Who]] = []
    start = 0
    for signature in signatures:
        quote = text[start : signature.start()].strip()
        outlet = _source(signature.group("who"), signature.group("last"))
        if outlet is None or marks.words(quote) < 4:
            return []  # a person's name, a sentence: no strip of outlets' blurbs
        found.append((quote, Who(None, outlet, True)))
        start = signature.end()
    return found if not text[start:].strip() else []


def _source(named: str | None, last: str | None) -> str | None:
    """The outlet a signature names: a capitalised name read as an outlet's, or the line's
    last words when they are letters only, none of them a sentence's ("vpro cinema")."""
    if named is not None:
        who = parse(named)
        return who.outlet if who is not None and not who.critic else None
    last = (last or "").strip()
    if not _LAST.fullmatch(last):
        return None
    who = parse(last)
    if who is None:
        return last  # "vpro cinema": no capitals, no person
    return who.outlet if not who.critic else None


#: the line's last words as a source: letters only, three words at most
_LAST = re.compile(r"[^\W\d_][\w.&’'-]*(?: [^\W\d_][\w.&’'-]*){0,2}")
