"""The director written beside the film's own title on a heading line, as a credit tuple:
"Whisky Galore! (Gillies Mackinnon)", "Alexandra's Project (Rolf de Heer, Australia, 2003,
100 minutes)", "L'institutrice - Nadav Lapid", "Toni Erdmann, Maren Ade, 2016", or before it
with a colon, as Hungarian headlines and critics' lists write a film ("Fábri Zoltán: Az ötödik
pecsét"). Every other member of the tuple is one of the film's facts (its year, country,
runtime) or nothing: a line that says anything else is no credit.
"""

from __future__ import annotations

import re
from functools import cache

from indexer import lang
from indexer.extract.pages import facts as fl
from indexer.extract.pages.titleperson import opens_with_given_name
from indexer.normalize import country_name, key

#: the lines of the page's head read for a heading (a title line sits near the top)
HEAD_LINES = 40
#: the longest heading read
_LONGEST = 160
#: quotes around a title
_QUOTES = "\"“”«»„‘’'「」『』《》"
#: a tuple after the title: in parentheses or brackets, the rest of the line after them (a
#: sentence's stop after the brackets is no member: "IF.... (Lindsay Anderson, UK 1968).")
_ENCLOSED = re.compile(r"[(\[]([^()\[\]\n]{3,120})[)\]]\s*(.*?)[.,;:]?")
#: a tuple after the title: after a dash, a comma, a slash or a bar
_SEPARATED = re.compile(r"(?:[-–—|/,]|::?)\s*(.+)")
#: the members of a tuple (parted by commas, slashes, bars, bullets or spaced dashes)
_MEMBERS = re.compile(r"\s*(?:[,/|;•·]|\s[-–—]\s|[–—])\s*")
#: the end of a heading's prefix before the title ("EIFF 2016 –", "Review:")
_PREFIX_END = "-–—:|/"
#: before the title: a name and a colon
_NAME_COLON = re.compile(r"(.{4,60}?)\s*[:：]")


#: a label's abbreviation opening a member ("Dir. Archana Atul Phadke"), not an initial
_LABELLED = re.compile(r"[^\W\d_]{2,}[.:]\s")


def _is_fact(member: str) -> bool:
    """True for one of the film's facts alone: a year, a country, a runtime ("100 minutes",
    "97'")."""
    found = fl.line_facts(member, strict=False)
    return bool(
        found
        and not found.leftover
        and not found.names
        and (found.years or found.countries or found.runtimes)
    )


#: a year alone, the first of a tuple's facts written right after the name
_YEAR = re.compile(r"(?:18|19|20)\d\d")
#: a rating after a tuple ("9,15", "4/5", "★★★"): no fact of the film, and no other word
_RATING = re.compile(r"\d{1,2}(?:[.,/]\d{1,3})?|[★☆*]+")


@cache
def _not_name_words() -> frozenset[str]:
    """Words of a heading's furniture in every language, no word of a name ("Review Film:",
    "Featured Movie Review:", "Film Reviews:", a venue's "Cinéma Utopia")."""
    kinds = (
        *("review_words", "film_words", "media_words"),
        *("press_nouns", "outlet_kinds", "cinema_words"),
    )
    return frozenset(w.casefold() for kind in kinds for w in lang.cue_set(kind))


def _furniture(name: str) -> bool:
    """True when a word of ``name`` is a word of page furniture (or its plural in -s)."""
    words = _not_name_words()
    return any(w in words or w.removesuffix("s") in words for w in name.casefold().split())


#: the most co-directors a tuple lists before its facts ("Rob Alexander/Steve Read, 2016")
_MOST_NAMES = 3


def _tuple_name(members: list[str], facts: int = 0) -> str | None:
    """The name that opens a tuple whose other members are all facts (``facts`` of them at
    least), or None."""
    names = _tuple_names(members, facts)
    return names[0] if names else None


def _joined_names(member: str) -> list[str]:
    """A member's names joined by "+", "&" or a language's "and" ("Tyler Nilson + Michael
    Schwartz"), or the member alone."""
    parts = [p.strip() for p in _joiner().split(member)]
    return parts if all(_lone_name(p) for p in parts) else [member]


@cache
def _joiner() -> re.Pattern[str]:
    """A plus, an ampersand or a word for "and" between two names."""
    return re.compile(rf"\s+(?:[+&]|{lang.alternation('conjunctions')})\s+")


def _lone_name(member: str) -> bool:
    """True when ``member`` is a person's name of two words or more: not in capitals, not a
    country, no label and no word of page furniture."""
    return bool(
        fl.is_name(member)
        and not member.isupper()
        and not country_name(member)
        and ". " not in member  # "Roman Polanski. França": no name alone
        and not _furniture(member)
        and not _LABELLED.match(member)  # "Dir. A B": a labelled credit, which the labels read
        and " " in member  # one word: in Han script as often a title or a label ("中文片名")
        and "_" not in member
    )


def _tuple_names(members: list[str], facts: int = 0) -> list[str]:
    """The names that open a tuple, its co-directors (up to three, "Rob Alexander/Steve Read,
    2016", "Tyler Nilson + Michael Schwartz, 2019"), when the other members are all facts
    (``facts`` of them at least); else none."""
    members = [m.strip() for m in members if m.strip()]
    words = members[0].split() if members else []
    if len(words) > 2 and (country_name(words[-1]) or _YEAR.fullmatch(words[-1])):
        # "Christian Petzold Germany", "Dylan Kidd 2004": the first fact glued to the name
        members = [" ".join(words[:-1]), words[-1], *members[1:]]
    names = _joined_names(members[0]) if members else []
    if not names or not all(_lone_name(n) for n in names):
        return []
    rest = members[1:]
    while rest and len(names) < _MOST_NAMES and not _is_fact(rest[0]):
        more = _joined_names(rest[0])
        if not all(_lone_name(n) for n in more) or (
            len(more) == 1 and not opens_with_given_name(more[0])
        ):
            break  # after a comma or a slash alone, a co-director opens with a given name
        names.extend(more)
        rest.pop(0)
    rest = [m for m in rest if not _RATING.fullmatch(m)]
    if len(rest) < facts or not all(_is_fact(m) for m in rest):
        return []
    return names[:_MOST_NAMES]


def _after(rest: str, block: str, host: str = "") -> list[str]:
    """The names of the tuple that follows a title on its line. After a comma the tuple
    states a fact too ("Toni Erdmann, Maren Ade, 2016"); after a dash a name alone
    ("L'institutrice - Nadav Lapid") when no word of it is a word of the page's address
    (``host``): a heading's part after a dash is as often the site's name; "Movie Review" is
    furniture. In parentheses alone, a name that the page's text names again by its surname:
    else it is as often the film's original title ("After Life (Wandafuru Raifu)")."""
    enclosed = _ENCLOSED.fullmatch(rest)
    if enclosed:
        inside = _MEMBERS.split(enclosed.group(1))
        after = _MEMBERS.split(enclosed.group(2)) if enclosed.group(2) else []
        names = _tuple_names([*inside, *after])
        if names and (_tuple_names([*inside, *after], facts=1) or _named_again(names[0], block)):
            return names
        return []
    separated = _SEPARATED.fullmatch(rest)
    if separated:
        parts = _MEMBERS.split(separated.group(1))
        members = [m for part in parts for m in _opened(part)]
        names = _tuple_names(members, facts=1)
        if names and len(members) > len(parts) and not opens_with_given_name(names[0]):
            return []  # "Eternity - Para Sempre (2025)": a title in another language, no name
        if not names and host and rest[0] in _DASHES and len(members) == 1:
            name = _tuple_name(members)
            if not name or name[-1] in ".!?" or _host_words(name, host):
                return []  # "The Burial of Kojo - Truly Refreshing Audiovisual Experience."
            return [name]
        return names
    return []


#: a member's facts in parentheses after its name: "Peter Bogdanovich (1985)"
_TRAILING_BRACKETS = re.compile(r"(.+?)\s*[(\[]([^()\[\]]+)[)\]]")


def _opened(member: str) -> list[str]:
    """A member and the members its trailing parentheses hold, as members of the tuple
    ("Peter Bogdanovich (1985)" -> "Peter Bogdanovich", "1985"), or the member alone."""
    found = _TRAILING_BRACKETS.fullmatch(member.strip())
    return [found.group(1), *_MEMBERS.split(found.group(2))] if found else [member]


#: the dashes that set a heading's credit after its title ("L'institutrice - Nadav Lapid")
_DASHES = "-–—"


def _host_words(name: str, host: str) -> bool:
    """True when a word of ``name`` (four letters or more), or the name run together, is a
    word of the page's address: the site's own name after a heading's dash."""
    address = {w for w in re.split(r"[\W_]+", host.casefold()) if w}
    words = [w for w in re.split(r"[\W_]+", name.casefold()) if w]
    joined = "".join(words)
    return any(len(w) >= 4 and (w in address or any(w in a for a in address)) for w in words) or (
        any(joined in a for a in address)
    )


def _named_again(name: str, block: str) -> bool:
    """True when the page names ``name`` again by its surname alone ("Mackinnon's film")."""
    words = name.split()
    before = re.escape(words[-2])
    alone = rf"(?<!{before} )(?<![^\W\d_]){re.escape(words[-1])}(?![^\W\d_])"
    return re.search(alone, block) is not None


def _before(head: str, rest: str) -> list[str]:
    """The names before a colon that opens the line of a title ("Fábri Zoltán: Az ötödik
    pecsét"), the rest of the line facts or nothing."""
    named = _NAME_COLON.fullmatch(head)
    if not named:
        return []
    tail = _MEMBERS.split(rest.strip(" ()[]")) if rest.strip(" ()[]") else []
    return _tuple_names([named.group(1), *tail])


def names_beside_title(
    lines: tuple[str, ...], titles: list[str], block: str, host: str = ""
) -> list[str]:
    """The first name of each credit of :func:`credits_beside_title`."""
    return [names[0] for names in credits_beside_title(lines, titles, block, host)]


def credits_beside_title(
    lines: tuple[str, ...], titles: list[str], block: str, host: str = ""
) -> list[list[str]]:
    """The names a heading line of the page's head writes beside the film's own title as a
    credit (see the module's text), in page order, each credit's co-directors together;
    ``host``: the page's address, whose words are no director's. ``titles`` start with the
    film's title: a name that only the other titles hold is a heading's credit read as an
    original title ("Cenicienta (Kenneth Branagh)")."""
    wanted = [t.strip().casefold() for t in titles if t and len(t.strip()) >= 2]
    found: list[list[str]] = []
    if not wanted:
        return found
    keys = {key(titles[0])}  # "Goodbye Pork Pie" under its own heading
    head = [line.strip() for line in lines[:HEAD_LINES]]
    for i, line in enumerate(head):
        if not line or len(line) > _LONGEST:
            continue
        folded = line.casefold()
        for title in wanted:
            at = folded.find(title)
            if at < 0:
                continue
            before = line[:at].rstrip().rstrip(_QUOTES).rstrip()
            after = line[at + len(title) :].lstrip(_QUOTES).strip()
            names = _before(before, after) if before else []
            # "EIFF 2016 – Whisky Galore! (Gillies Mackinnon)": a heading's prefix first
            if not names and after and (not before or before[-1] in _PREFIX_END):
                names = _after(after, block, host)
            if not names:  # "Wong Kar-Wai, Hong Kong/France 2000, 98 minutes" under the title
                below = next((n for n in head[i + 1 : i + 3] if n), "")
                names = _tuple_names(_MEMBERS.split(below), facts=1) if below else []
            if names and key(names[0]) not in keys and all(f[0] != names[0] for f in found):
                found.append(names)
            break
    return found
