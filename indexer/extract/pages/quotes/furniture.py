"""Lines around a quote that make it none: page furniture under a paragraph, a news story's prose.

An unquoted paragraph is a critic's quote only through the source line under it, so that line
has to look like a source: a person's name, an outlet's name, or both. Lines that :func:`.parse`
reads as a name but that a page uses for something else:

- a label and its value ("Programme Type: Film", "Screening Time: Fri, 2017-10-06", "Fonte:
  JN", "Manba: www.daryo.uz"), a credit of the article's origin rather than a critic; the
  value is no person's name, and neither part names a person or a catalogued outlet ("Name:
  Outlet" stays, and so does "Texte: Name", the writer's signature);
- a link with its path ("https://…/channel/", "imdb.com/title/…"): an address to follow,
  while a publication's bare domain ("lenews.ch") may sign a quote;
- a heading in capitals of more than a short acronym ("QUANDO", "LA ROUTE DU PAIN"), no outlet
  the catalogues know and no person's name ("PETER BRADSHAW");
- another film's entry, a name over its year in brackets ("Gnoomit (2017)");
- the name of the publication whose page it is, with no critic ("Polityka" on polityka.pl,
  "Michuzi Blog" on michuzi.co.tz): the article's own credit, not a quote of another outlet.

Only paragraphs outside a press block and with no rating are judged so: inside one, the
block's layout vouches for its sources.

A source of one part written after its text with no capital, in a script that has capitals
("… – teigiamų", "… – expuso"), is a piece of a sentence cut at a dash, no name.

A quotation standing alone with no source is judged by its neighbours the same way
(:func:`amid_prose`): beside a paragraph of a news story's unquoted prose it is the story
quoting someone it names in its sentences, while a page of critics' quotes sets them under
headings, facts or other quotes.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from indexer.extract.pages.quotes import marks
from indexer.extract.pages.quotes.units import BODY, QUOTE, Unit
from indexer.extract.pages.quotes.who import Who, is_person, known_outlet, names_outlet_before
from indexer.extract.pages.titleperson import person_like
from indexer.normalize import key

__all__ = ["amid_prose", "furniture_line", "unsign_furniture"]

#: "Label: value" (not the colon of an address's scheme)
_LABELLED = re.compile(r"^(?P<head>[^:]{1,40}?)\s*:(?!//)\s*(?P<value>.*)$")
#: an address with its scheme, or a domain followed by a path
_LINK = re.compile(r"://|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S")
#: another film's entry: a name over its year in brackets, "Gnoomit (2017)", "(2014 Film4)"
_BRACKETED_YEAR = re.compile(r"\(\s*(?:18|19|20)\d\d\b")
#: how many letters an acronym may have and still be an outlet's ("BBC", "NRK", "ZDF")
_ACRONYM = 4
#: a web address written as a source ("kinokino.de", "lenews.ch")
_DOMAIN = re.compile(r"\w\.[a-z]{2,}\b")


def furniture_line(line: str, site: str = "") -> bool:
    """True when ``line``, under an unquoted paragraph, is page furniture rather than the
    paragraph's source; ``site`` is the first label of the page's host name ("polityka")."""
    text = line.strip(" \t•·*-–—")
    if not text:
        return False
    return (
        _label_and_value(text)
        or _LINK.search(text) is not None
        or _capital_heading(text)
        or _BRACKETED_YEAR.search(text) is not None
        or _own_site(text, site)
    )


def _label_and_value(text: str) -> bool:
    """True for "Label: value" whose value names no person and whose parts name no person
    by a known given name nor a catalogued outlet."""
    match = _LABELLED.match(text)
    if match is None:
        return False
    head, value = match.group("head").strip(), match.group("value").strip()
    if value and is_person(value):
        return False  # "Texte : Name", "Кіно дивилася: Name": the writer's signature
    return not (person_like(head) or known_outlet(head) or (value and known_outlet(value)))


def _capital_heading(text: str) -> bool:
    """True for a line written wholly in capitals, longer than an acronym, that names no
    catalogued outlet and no person."""
    cased = [c for c in text if c.lower() != c.upper()]
    if len(cased) <= _ACRONYM or any(c.islower() for c in cased):
        return False  # a script with no capitals says nothing here
    name = text.strip(" .,;()[]")
    return not (known_outlet(name) or person_like(name.title()))


def _own_site(text: str, site: str) -> bool:
    """True for a line that is the name of the publication whose page it is."""
    if len(site) < 4:
        return False
    joined = key(text).replace(" ", "")
    return joined.startswith(site) and len(joined) <= len(site) + 8


def site_label(url: str | None) -> str:
    """The first label of the host of ``url`` as a key ("https://www.polityka.pl/…" ->
    "polityka"); "" without an address."""
    host = urlparse(url or "").hostname or ""
    return key(host.removeprefix("www.").split(".")[0]).replace(" ", "")


def unsign_furniture(units: list[Unit], lines: tuple[str, ...], url: str | None) -> None:
    """Take the source away from each unquoted paragraph outside a press block that a line
    of furniture under it signed (see the module's docstring)."""
    site = site_label(url)
    for unit in units:
        if unit.kind != BODY or unit.how != "after" or unit.who is None:
            continue
        if unit.press or unit.rated:
            continue
        below = _line_below(unit, lines)
        if below and furniture_line(below, site):
            unit.who, unit.how = None, ""
    for unit in units:
        if unit.how == "inline" and unit.who is not None and _uncased(unit.who, lines[unit.start]):
            unit.who, unit.how = None, ""  # "… pamatė – teigiamų …": a sentence cut at a dash


def _uncased(who: Who, first: str) -> bool:
    """True for a source of one part, a critic or an outlet, written with no capital in a
    script that has capitals after the text on its line (``first``, the unit's first line),
    and no web address nor catalogued outlet ("… – teigiamų", "… – mas", "… 2:00 am"): a
    piece of a sentence cut at a dash or a colon, no name. A periodical that leads its quote
    may write its name so ("film-dienst 3/2006: …")."""
    if bool(who.critic) == bool(who.outlet):
        return False
    if who.outlet and names_outlet_before(who.outlet):
        return False  # "”…”, skriver tidningen": the outlet named before, no cut sentence
    name = who.critic or who.outlet or ""
    if first.lstrip(" \t•·*-–—").startswith(name):
        return False
    cased = [c for c in name if c.lower() != c.upper()]
    if not cased or any(c.isupper() for c in cased):
        return False
    return _DOMAIN.search(name) is None and not known_outlet(name)


def _line_below(unit: Unit, lines: tuple[str, ...]) -> str:
    """The first line with text under ``unit``, within two lines."""
    for k in range(unit.end + 1, min(len(lines), unit.end + 4)):
        if lines[k].strip():
            return lines[k].strip()
    return ""


#: how many words make a paragraph of an article's prose
_PROSE_WORDS = 15


def amid_prose(units: list[Unit], lines: tuple[str, ...]) -> set[int]:
    """The ids of the quotations standing alone, unsigned, outside a press block, with a
    paragraph of unquoted prose right above or right below them: a news article quoting
    someone it names in its own sentences ("Speaking on the film, the producer said …" /
    "“…”"), while a page of critics' quotes sets them under headings, facts or other
    quotes."""
    out: set[int] = set()
    for n, unit in enumerate(units):
        if unit.kind != QUOTE or unit.who is not None or unit.press or unit.rated:
            continue
        around = (units[n - 1] if n else None, units[n + 1] if n + 1 < len(units) else None)
        if any(other is not None and _prose_beside(unit, other, lines) for other in around):
            out.add(id(unit))
    return out


def _prose_beside(unit: Unit, other: Unit, lines: tuple[str, ...]) -> bool:
    """True when ``other`` is a paragraph of unquoted, unsigned prose next to ``unit``, with
    at most two blank lines between them."""
    if other.kind != BODY or other.who is not None or other.press:
        return False
    if marks.words(other.text) < _PROSE_WORDS or other.text.lstrip()[:1] in marks.OPENERS:
        return False
    first, last = sorted((unit, other), key=lambda u: u.start)
    gap = sum(1 for k in range(first.end + 1, last.start) if not lines[k].strip())
    return gap <= 2
