"""Who wrote a quote: a critic's name, an outlet's name, or both, read from a short text.

Forms: ``Name, Outlet``, ``Name: Outlet``, ``Name (Outlet)``, ``(Outlet)``, ``Outlet par Name``,
``by Name``, ``Outlet review:``, ``– Name,`` / ``Outlet,`` / ``date`` over several lines, and
dates, ratings and dashes around any of them. What a person's name looks like: two to four
capitalised words with name particles, no outlet word. What an outlet looks like: a word
outlets use (``Times``, ``Zeitung``), a web address, a leading article, an acronym, or a
capitalised phrase where a person's name does not fit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from indexer import lang, recache
from indexer.diskcache import cldr_table
from indexer.extract.pages.quotes.lang import (
    ACCORDING,
    BY_WORDS,
    COMMENT_HEADINGS,
    CRITIC_ROLES,
    HONORIFICS,
    IN_WORDS,
    MEDIA_WORDS,
    NAME_SUFFIXES,
    OUTLET_ANAPHORA,
    OUTLET_ENDINGS,
    OUTLET_KINDS,
    OUTLET_PRONOUNS,
    OUTLET_WORDS,
    PLAYS,
    REVIEW_WORDS,
    SECTION_HEADINGS,
    SENTENCE_WORDS,
    SPEECH_VERBS,
    phrase_pattern,
)
from indexer.extract.pages.quotes.marks import strip_rating
from indexer.extract.pages.scripts import glued_initial
from indexer.extract.pages.text import HEADING_MARKS, SPACES
from indexer.extract.pages.titleperson import person_like
from indexer.normalize import country_code, genre_names, key, nationality_country

_PARTICLES = frozenset(
    re.findall(
        r"\S+",
        "van von de da di du del della der den le la bin ibn el al ter ten dos das y e zu mc af "
        "d' d’ of",
    )
)
_JOINERS = _PARTICLES | frozenset(
    re.findall(r"\S+", "à au aux en et und and y of the on im am sur")
)
_ARTICLE = re.compile(
    r"^(?:(?:the|le|la|les|il|lo|der|die|das|el|los|las|de|het|o|a|os|"
    r"η|ο|το|οι|τα|της|του|των)\s+|l['’])",
    re.IGNORECASE,
)
#: a web address: a name, a dot and a top-level domain in lower case ("kommersant.ru")
_DOMAIN = re.compile(r"[^\W\d_]{2}\.(?:com|net|org|info|co\.uk|[a-z]{2})(?![\w.])")
_MONTH = (
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    r"july|august|september|october|november|december|janvier|février|mars|avril|mai|juin|"
    r"juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|"
    r"dezember"
)
_DATE = recache.compile(
    rf"(?:\(\s*\d{{4}}\s*\)|\b\d{{1,2}}\.?\s*(?:{_MONTH})\.?\s*\d{{4}}|"
    rf"\b(?:{_MONTH})\.?\s*\d{{1,2}},?\s*\d{{4}}|\b(?:{_MONTH})\.?\s+\d{{4}}|"
    rf"\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\b\d{{1,2}}/[^\W\d_]{{3,9}}\.?/\d{{2,4}}\b|"
    # a spaced day and month ("9. 9. 1992"), an issue and its year ("22/1992")
    rf"\b\d{{1,2}}\.\s\d{{1,2}}\.\s(?:19|20)\d\d\b|\b\d{{1,3}}/(?:19|20)\d\d\b|"
    rf",?\s*\b(?:19|20)\d\d\b)",
    re.IGNORECASE,
)
_BY = re.compile(rf"^(?:{phrase_pattern(BY_WORDS)})\s*:?\s+", re.IGNORECASE)
_MID_BY = re.compile(r"^(?P<outlet>.+?)\s+(?:par|by|von|por|di|door|av|przez)\s+(?P<who>.+)$")
_REVIEW_END = re.compile(rf"\s+(?:{phrase_pattern(REVIEW_WORDS)})$", re.IGNORECASE)
#: "according to" before a source: "Selon Le Journal du Dimanche :", "According to Variety"
_ACCORDING = re.compile(rf"^(?:{phrase_pattern(ACCORDING)})\s+(?=\S)", re.IGNORECASE)
_EMPHASIS = re.compile(r"^[*_]+(?=[^\W_])|(?<=[^\W_]|[.)])[*_]+$")
_IN_LEAD = recache.compile(rf"^(?:{phrase_pattern(IN_WORDS)})\s+(?=\S)", re.IGNORECASE)
#: a critic and an outlet joined by a word for "at/in/for" ("Name hjá Moviezine", "Name i DN")
_QUOTED_OUTLET = recache.compile(
    rf"(?P<in>\s(?:{phrase_pattern(IN_WORDS)})\s)[«„“\"](?P<name>[^«»„“”\"]+)[»“”\"]?$"
)
_IN_JOIN = recache.compile(rf"^(?P<who>.+?)\s+(?:{phrase_pattern(IN_WORDS)})\s+(?P<outlet>\S.*)$")
_SAYS_END = recache.compile(rf"\s+(?:{phrase_pattern(SPEECH_VERBS)})\s*:$", re.IGNORECASE)
#: a verb of saying alone ("“…” – ocenia."): the critic named before goes on, no source
_VERBS = frozenset(v.lower() for v in SPEECH_VERBS)
_COMMENTS = frozenset(h.lower() for h in COMMENT_HEADINGS)
#: vertical bars a page may set between a quote and its source ("» ⎥ Télérama")
_BARS = "|¦│┃⎥⎢▏‖"
_LEAD_DASH = re.compile(r"^(?:--|[–—―~-]|/(?=\s))+\s*")  # "– Outlet", "/ Outlet"
#: a dash that closes a source set off by dashes: "-Bande à part - Olivier Bombarda -."
_TRAIL_DASH = re.compile(r"\s+[-–—]+\s*[.,;]?\s*$")
_END_MARKS = re.compile(
    r"\s*(?:[★☆✩✪⭐✭✮½]|\*(?=\*))+$|\s*[-–—:]?\s*\d(?:[.,]\d)?\s*/\s*(?:4|5|10|100)\b\W*$"
)
#: a rating in words before or after a source ("4 stars - The Guardian", "The Times, five stars")
_STARS = (
    r"(?:\d(?:[.,]5)?|one|two|three|four|five)\s+(?:stars?|étoiles?|sterne?|estrellas?|stelle|"
    r"sterren|stjerner|stjärnor|gwiazdki|gwiazdek|hvězdičky|звезды|звёзд|звезд)"
)
_STAR_WORDS = recache.compile(rf"^\s*{_STARS}\b\W*|\W*\b{_STARS}\W*$", re.IGNORECASE)
_ROLE_FIRST = recache.compile(
    rf"^(?:film\s+|movie\s+)?(?i:{phrase_pattern(CRITIC_ROLES)})"
    r"(?:\s*[・:：]\s*|\s+)(?P<name>[^\s,;:()・][^,;:()]*)$"
)
_ROLE_MID = recache.compile(
    rf"^(?P<outlet>[^,;:()]{{2,40}}?)\s*(?i:film\s+|movie\s+)?(?i:{phrase_pattern(CRITIC_ROLES)})"
    r"(?:\s*[・:：]\s*|\s+)(?P<name>[^\s,;:()・][^,;:()]*)$"
)
_BY_LABEL = re.compile(r"^[^:,]{2,30}:\s*(?=(?:by|par|por|von|di)\s)", re.IGNORECASE)
_SPACED_BAR = re.compile(rf"\s+[{_BARS}]\s+")
#: the slash between a critic and an outlet: spaced, or glued between two words ("Time/Name")
_SLASH = re.compile(r"\s+/\s+|(?<=[^\W\d])/(?=[^\W\d_])")
_RATED = re.compile(r"\s*\(\s*(?:[★☆✩✪⭐✭✮½*]+|\d(?:[.,]\d)?\s*/\s*(?:4|5|10))\s*\)")
_DIGIT = re.compile(r"\d")
#: an outlet in quotation marks after a critic's name and a comma: "Антон Долин, «Медуза»"
_QUOTED_LAST = re.compile(r"^(?P<head>[^«»„“”\"]+,\s*)[«„“\"](?P<name>[^«»„“”\"]+)[»“”\"]$")
_LETTER = re.compile(r"[^\W\d_]")
#: a name in square brackets at the end, read like one in round brackets
_SQUARE_END = re.compile(r"\s*\[([^\[\]()]+)\]\s*$")
_END_DASH = re.compile(r"\s+[-–—~]$")
_NOT_FIRST = frozenset(
    w
    for w in (*BY_WORDS, *SENTENCE_WORDS, "in", "for", "from", "dans", "pour", "für", "writing")
    if " " not in w and len(w) > 2
) | {"by", "at", "in", "as"}
_SUFFIXES = frozenset(w.rstrip(".") for w in NAME_SUFFIXES)
_SUFFIX_END = re.compile(rf",?\s+(?i:{phrase_pattern(NAME_SUFFIXES)})\.?$")
_AFTERWORD = re.compile(r"\s*\([^()]*\)\s*$")
_INITIALS = re.compile(r"^(?:[A-Z]\.\s?){1,3}[A-Z]?\.?$")
#: a critic's signature of initials in any cased script, each one or two letters and a full
#: stop ("T.V.", "A.Lo.", "Δ.Π.", "Ж.К."): newspapers sign their reviewers so
_PIECES = re.compile(r"\.\s?")
_SIGNATURE = re.compile(r"(?:[^\W\d_][^\W\d_]?\.\s?){1,3}[^\W\d_][^\W\d_]?\.?")
#: the one-word critic roles of every language ("critic", "kritik", "crítica") and their plural
#: and adjective ("Critics", "Kritiken", "Critical"): the press's words, never a person's name's
_ROLE_FORMS = frozenset(
    r.lower() + end
    for r in CRITIC_ROLES
    if " " not in r
    for end in ("", "s", "es", "en", "al", "ism")
)
#: the one-word words for a kind of publication of every language ("filmmagasinet",
#: "tidningen", "revista", "نشریه"): never a word of a person's name, they head an outlet's
_KIND_WORDS = frozenset(k.lower() for k in OUTLET_KINDS if " " not in k)


@dataclass(frozen=True)
class Who:
    """An attribution: the critic and the outlet as written (either may be None), and whether
    the text had the shape of one beyond doubt (a name, an outlet word, both, a web address)."""

    critic: str | None
    outlet: str | None
    strong: bool

    def merged(self, other: Who) -> Who:
        """This attribution with the parts it lacks taken from ``other``."""
        return Who(
            self.critic or other.critic, self.outlet or other.outlet, self.strong or other.strong
        )


#: the attribution of a quote that goes on from the critic named before it ("- czytamy")
DITTO = Who(None, None, True)


#: a text wholly between quotation marks
_WHOLLY_QUOTED = re.compile(r"[«„“‘《][^«»„“”‘’\"《》]+[»“”’》]")


def clean(text: str) -> str:
    """``text`` without ratings, dashes, brackets, quotation marks, dates, a trailing "- headline"
    and end punctuation around it."""
    return _clean(text, _PAGE_OUTLETS.get())


@lru_cache(maxsize=8192)  # keyed by the page's own outlets too, on which its reading rests
def _clean(text: str, _outlets: frozenset[str]) -> str:
    text = text.replace("（", "(").replace("）", ")")  # full-width brackets: （朝日新聞）
    text = _SQUARE_END.sub(r"(\1)", text)  # "Irish Times [Donald Clarke]"
    text = strip_rating(text.strip().strip(_BARS + "•·*\"“”'"))[0]
    text = _SPACED_BAR.sub(", ", _RATED.sub("", text))  # "Name | Outlet (★★★★)"
    text = _LEAD_DASH.sub("", _STAR_WORDS.sub("", text)).strip()
    text = _ACCORDING.sub("", text)
    text = _EMPHASIS.sub("", text)  # "_Variety_", "**The Guardian**": marked-up emphasis
    text = _TRAIL_DASH.sub("", _END_MARKS.sub("", text))
    text = _SAYS_END.sub("", text)
    text = _BY_LABEL.sub("", text)
    text = _headline_cut(text)
    bare = text.strip(" .,;")  # "… regarder» (Name, Outlet, 1962).", "…”. (Name)"
    if bare.startswith("(") and bare.endswith(")") and bare.count("(") == 1:
        text = strip_rating(bare[1:-1])[0]  # "(★★★★★ Empire)"
    text = _slashed(text)
    if _DIGIT.search(text):
        text = _DATE.sub(" ", text)
    text = _END_DASH.sub("", SPACES.sub(" ", text)).strip(' ,;.:|"“”')
    if _WHOLLY_QUOTED.fullmatch(text):
        text = text[1:-1]  # an outlet in quotation marks: («Афиша»), „Kino”
    text = _QUOTED_LAST.sub(r"\g<head>\g<name>", text)  # "Антон Долин, «Медуза»"
    return text.replace("()", "").strip()


def _slashed(text: str) -> str:
    """ "Name / Outlet" and "Outlet/Name" (one slash, spaced or not) as "Name, Outlet" or
    "Outlet, Name"; any other slash ("Titolo / The Moon and the Stars", "Travel/Road Movie")
    is left as written."""
    parts = [part.strip(" :;,") for part in _SLASH.split(text)]
    if len(parts) != 2 or not all(parts):
        return text
    first, second = parts
    if _slashed_outlet(first, second) or (is_person(second) and _outlet_first(first)):
        return f"{first}, {second}"
    if _given_second(first, second) or _given_second(second, first):
        return f"{first}, {second}"  # "Vozevuc Vuf-Rakoc/Roger Ebert": the outlet, then its critic
    return text


def _slashed_outlet(name: str, outlet: str) -> bool:
    """True for "Name / Outlet": a person's name, then an outlet beyond doubt or one word
    written as a name that is no person's ("Renan Cros / CinemaTeaser")."""
    if not is_person(name):
        return False
    if outlet_evidence(outlet) >= 2:
        return True
    return len(outlet.split()) == 1 and outlet[:1].isupper() and outlet_name(outlet) == outlet


def _outlet_first(text: str) -> bool:
    """True for the part before a dash and a person's name that is the outlet: one beyond
    doubt, or a name no person has (a number or a word in lower case in it: "20 minutes",
    "France info")."""
    if outlet_evidence(text) >= 2:
        return True
    return not is_person(text) and outlet_name(text) == text and len(text.split()) <= 4


#: a spaced dash not inside brackets
_DASH_OUTSIDE_BRACKETS = re.compile(r"\s+[-–—]\s+(?![^()]*\))")


def _headline_cut(text: str) -> str:
    """ "Name - Outlet" and "Outlet - Name" (an outlet beyond doubt) as "Name, Outlet"; "Name,
    Outlet - headline" without the headline."""
    parts = _DASH_OUTSIDE_BRACKETS.split(text)  # not inside brackets: "X (KPCC - NPR)"
    if len(parts) > 1 and "," not in parts[0] and is_person(parts[0]) and len(parts[1]) < 40:
        return f"{parts[0]}, {parts[1]}"
    if len(parts) == 2 and signature(parts[0]) and outlet_name(parts[1]):
        return f"{parts[0]}, {parts[1]}"  # "T.V. – Kvikmyndir.is": initials sign for a person
    if len(parts) == 2 and is_person(parts[1]) and _outlet_first(parts[0]):
        return f"{parts[1]}, {parts[0]}"  # "Variety — Peter Debruge", "France info - Name"
    if len(parts) == 2 and uncased_person(parts[0]) and outlet_evidence(parts[1]) >= 2:
        return f"{parts[0]}, {parts[1]}"  # "카일 터너 - Slant Magazine": a name without capitals
    return parts[0]


def uncased_person(text: str) -> bool:
    """True for two to four words of a script without capitals and nothing else ("카일 터너",
    "알렉산드라 헬러-니콜라스", "ريتشارد روبر"): the shape a person's name takes there; only
    beside an outlet beyond doubt does it name a critic."""
    words = text.split()
    if not 2 <= len(words) <= 4:
        return False
    letters = [c for c in text if c not in " -'’.·"]
    return all(caseless_letter(c) for c in letters)


def caseless_letter(c: str) -> bool:
    """True for a letter, or a letter's mark, of a script without capital and small letters
    ("م", "한", "त" and its vowel signs)."""
    return unicodedata.category(c)[0] in "LM" and not (c.isupper() or c.islower())


@lru_cache(maxsize=8192)
def bylined(text: str) -> bool:
    """True for a line that names its person after a word for "by" ("por Júlio Cavani",
    "Yazar: Uğur Vardan")."""
    return _BY.match(text.strip()) is not None


def parse(text: str, *, person: bool = False) -> Who | None:
    """The attribution ``text`` holds, or None when it does not look like one."""
    return _parse_cached(text, person, _PAGE_OUTLETS.get())


@lru_cache(maxsize=4096)  # keyed by the page's own outlets too (see :func:`page_outlets`)
def _parse_cached(text: str, person: bool, _outlets: frozenset[str]) -> Who | None:
    if section_heading(text):
        return None  # "Mon avis", "Latest News": a heading where a source could stand
    who = _parse(text, person=person)
    if who is None or not who.critic:
        # "And David Ehrlich at IndieWire:": the next source of a round-up
        who = _after_conjunction(text) or who
    return _without_headings(who)


#: the marks around a heading written alone on its line ("Mon avis :", "» Verdict", "Review -"):
#: a heading line's own, and the stops and brackets of one written where a source stands
#: ("Our take.", "(Review)")
_HEADING_MARKS = HEADING_MARKS + ".;,!›()[]"


def section_heading(text: str | None) -> bool:
    """True for ``text`` made only of a section's heading of any language ("Mein Eindruck",
    "Our take:", "Posted on"), which names no critic and no outlet."""
    if not text:
        return False
    return SPACES.sub(" ", text.strip(_HEADING_MARKS)).lower() in SECTION_HEADINGS


def _without_headings(who: Who | None) -> Who | None:
    """``who`` without a critic or an outlet that is a section's heading ("Henri Cassin,
    Review"); None when nothing else is left."""
    if who is None or not (section_heading(who.critic) or section_heading(who.outlet)):
        return who
    critic = None if section_heading(who.critic) else who.critic
    outlet = None if section_heading(who.outlet) else who.outlet
    return Who(critic, outlet, who.strong) if critic or outlet else None


#: a comma not inside brackets
_COMMA_OUTSIDE_BRACKETS = re.compile(r",(?![^()]*\))")
#: a count then one word
_COUNT_THEN_WORD = re.compile(r"^(?:[4-9]\d|[12]\d\d)\s+\w+$")
#: a text then an aside in brackets
_WITH_ASIDE = re.compile(r"^(?P<a>[^()]+?)\s*\((?P<b>[^()]+)\)$")
#: a year opening the text
_YEAR_OPENS = re.compile(r"^\s*(?:19|20)\d\d\s")
#: what no name holds: a question's mark, a quote, a runtime, " as "
_NO_NAME_SIGNS = re.compile(r"[!?]$|[\"“”«»「」『』]|\d\s*(?:m|min|mins|h)\b|\sas\s")


def _parse(text: str, *, person: bool = False) -> Who | None:
    if _YEAR_OPENS.match(text):
        return None  # "2007 The Summer Solstice": a filmography, not a source
    if fact_line(text):
        return None  # "Goodbye Pork Pie, New Zealand, 1981": a film's country and year
    dated = bool(_DIGIT.search(text) and _DATE.search(text))
    if glued_initial(text):
        text = f"{text[:2]} {text[2:]}"  # "P.Szygalski": a signature, "P. Szygalski"
    text = _QUOTED_OUTLET.sub(r"\g<in>\g<name>", clean(text))  # "Иван Петров в «Коммерсанте»"
    if text.lower() in _VERBS or text.lower() in _COMMENTS:
        return None  # "Post a Comment" under a paragraph: a link, no source
    if _COUNT_THEN_WORD.match(text):
        return None  # "149 minuuttia": a runtime, while "20 Minutes" is a newspaper
    if not text or len(text) > 90 or _NO_NAME_SIGNS.search(text):
        return None
    honoured = _honoured(text)
    if honoured:
        return Who(honoured, None, True)  # "이동진 씨", "山田太郎さん": a person
    glued = _glued_pair(text)
    if glued:
        return glued
    by = _BY.match(text)
    if by:
        return _by_person(text[by.end() :], outlet=None)
    mid = _MID_BY.match(text)
    if mid and is_person(mid.group("outlet")) and outlet_evidence(mid.group("who")) >= 2:
        return Who(mid.group("outlet"), outlet_name(mid.group("who")), True)  # "X von The Y"
    if mid and len(mid.group("who").split()) <= 4:
        outlet = outlet_name(mid.group("outlet"))
        if outlet:
            return _by_person(mid.group("who"), outlet=outlet)
    parts = _suffixed([p.strip() for p in _COMMA_OUTSIDE_BRACKETS.split(text) if p.strip()])
    joined = _joined(parts[0]) if parts else None
    if joined:
        return joined  # "Name hjá Moviezine, stærsta kvikmyndatímariti Svía"
    if 2 <= len(parts) <= 3:
        return _pair(parts[0], parts[1])
    if ":" in text:
        return _colon(text)
    paren = _WITH_ASIDE.match(text)
    role = _ROLE_FIRST.match(text) or _ROLE_MID.match(text)
    name = role.group("name") if role else ""
    if role and (is_person(name) or (len(name) <= 12 and caseless_outlet(name))):
        outlet = role.groupdict().get("outlet")  # "《纽约时报》影评人 曼诺拉·达吉斯"
        if outlet and outlet.islower():
            outlet = None  # "writes film critic Jane Doe": a verb, in lower case, no outlet
        return Who(name, outlet_name(outlet) or caseless_outlet(outlet) if outlet else None, True)
    if paren and clean(paren.group("b")).lower().endswith(CRITIC_ROLES):
        return Who(paren.group("a").strip(), None, True)  # "山田太郎（映画評論家）"
    if paren and (glossed := _glossed(paren.group("a").strip(), clean(paren.group("b")))):
        return glossed  # "믹 라살레 (Mick LaSalle, San Francisco Chronicle)"
    if paren:
        who = _pair(paren.group("a"), clean(paren.group("b")))
        if who and not who.critic and who.outlet == outlet_name(paren.group("a")):
            return Who(None, text, who.strong)  # "FilmWeek (KPCC - NPR Los Angeles)"
        return who
    if len(parts) != 1 or len(text.split()) > 7:
        return None
    return _single(text, person, dated)


#: a year written alone, not inside a date ("1981", "(2019)"; not "02.03.2009")
_LONE_YEAR = re.compile(r"(?<![\d./-])(?:18|19|20)\d\d(?![\d./-])")
#: the pieces of a fact line: between commas, bars, brackets, slashes, dots and dashes
_FACT_PIECES = re.compile(r"[,;|()\[\]/·•–—]|\s-\s|(?<![\d./-])(?:18|19|20)\d\d(?![\d./-])")


def fact_line(text: str) -> bool:
    """True for a line of a film's facts rather than a source: a year written alone and a
    country's name (not a two- or three-letter code, "UK" and "GQ" being outlets' too) as one
    of its pieces ("New Zealand 1994", "(México, 2019) por Name", "Keteke – Name, 64′ (Ghana) –
    2017"). A source names a country with no year ("Jake Wilson, The Age, Australia") or a
    year with no country ("Bosley Crowther, 1960, New York Times")."""
    if not _LONE_YEAR.search(text):
        return False
    pieces = (p.strip(" .:") for p in _FACT_PIECES.split(text))
    return any(len(p) > 3 and country_code(p) for p in pieces)


#: a lower-case letter glued to a capital: where a page flattened two elements into one line
_CASE_JOIN = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])")


def signature(text: str) -> bool:
    """True for a critic's initials ("T.V.", "A.Lo.", "Δ.Π."): two to four pieces of one
    capital (and maybe one small letter) each closed by a full stop; not a known outlet
    written so ("B.T.")."""
    text = text.strip()
    if len(text) > 14 or "." not in text or not _SIGNATURE.fullmatch(text) or known_outlet(text):
        return False
    pieces = [p for p in _PIECES.split(text) if p]
    return 2 <= len(pieces) <= 4 and all(
        p[0].isupper() and (len(p) == 1 or p[1].islower()) for p in pieces
    )


def _honoured(text: str) -> str | None:
    """The name before an honorific of a person ending ``text`` ("이동진 씨" -> "이동진"), a name
    of one to three words with no digit; None when there is none."""
    if not HONORIFICS or not text.endswith(HONORIFICS) or _DIGIT.search(text):
        return None
    name = text[: -len(next(h for h in HONORIFICS if text.endswith(h)))].strip()
    return name if name and len(name.split()) <= 3 and not known_outlet(name) else None


#: a comma, a colon, a bar, a slash or a spaced dash
_PART_BREAK = re.compile(r"[,;:|/]|\s[-–—]\s")


def _glued_pair(text: str) -> Who | None:
    """A critic's name glued to the outlet after it, where the page set them in two elements
    with no space between ("Stephen RomeiThe Australian", "Helen O'HaraEmpire Magazine"): the
    split after a lower-case letter that leaves a person before and an outlet after, preferring
    one that leaves no such join inside the outlet's first word ("Mary McNamaraLos Angeles
    Times" is not split after "Mc", nor "Jim MacDonaldLos…" after "Mac")."""
    found: list[tuple[bool, Who]] = []
    if _PART_BREAK.search(text):
        return None  # a separator says where the name ends: "Moira MacDonald, Seattle Times"
    for match in _CASE_JOIN.finditer(text):
        name, outlet = text[: match.start()].strip(), text[match.start() :].strip()
        if " " not in name or len(name.split()[-1]) < 3 or not is_person(name):
            continue
        if re.search(r"[a-zà-ÿ]{4}[A-ZÀ-Ý]", name):
            continue  # "Peter DebrugeIndie": glued itself; a name joins after "Mc", "Mac", "De"
        label = outlet_name(outlet)
        if not label or is_person(label):
            continue
        if outlet_evidence(label) >= 2 or known_outlet(label) or " " in label:
            found.append((bool(_CASE_JOIN.search(label.split()[0])), Who(name, label, True)))
    return min(found, key=lambda f: f[0])[1] if found else None


def _suffixed(parts: list[str]) -> list[str]:
    """``parts`` with a generation joined to the name before it ("Marcel Štefančič", "jr." ->
    "Marcel Štefančič, jr.")."""
    out: list[str] = []
    for part in parts:
        if out and part.lower().rstrip(".") in _SUFFIXES and is_person(out[-1]):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


def _joined(text: str) -> Who | None:
    """A critic and an outlet joined by a word for "at", "in" or "for" ("Andreas Samuelson hjá
    Moviezine", "Orvar Säfström i Filmkrönikan", "Mark Kermode in the Observer")."""
    match = _IN_JOIN.match(text)
    if match is None or not is_person(match.group("who")):
        return None
    outlet = outlet_name(match.group("outlet"))
    if not outlet:
        return None
    return Who(match.group("who"), outlet, outlet_evidence(outlet) >= 2)  # not "Portal X no Y"


def _by_person(text: str, outlet: str | None) -> Who | None:
    parts = [p.strip() for p in re.split(r",\s*", clean(text)) if p.strip()]
    if not parts or not (is_person(parts[0]) or _INITIALS.match(parts[0])):
        return None
    if outlet is None and len(parts) > 1:
        outlet = outlet_name(parts[1])
    return Who(parts[0], outlet, True)


def _colon(text: str) -> Who | None:
    left, right = (p.strip() for p in text.split(":", 1))
    if not right:
        return None
    if is_person(left) and outlet_name(right):
        return Who(left, outlet_name(right), True)
    if is_person(right) and outlet_evidence(left) >= 2 and outlet_name(left):
        return Who(right, outlet_name(left), True)  # "IndieWire: David Ehrlich"
    return parse(right)


def _single(text: str, person: bool, dated: bool) -> Who | None:
    """A name alone: a person's when it looks like one (two or three words, no date after it,
    not a known outlet), else an outlet's ("Little White Lies", "Culture Wars 2007"); "Mark
    Kermode Observer" is both."""
    words = text.split()
    if known_outlet(text):
        return Who(None, text, True)  # "New York Times", not "New York" of the "Times"
    if _clause(words):
        return None
    rest = " ".join(words[1:])
    if (
        len(words) > 1
        and signature(words[0])
        and (len(words) > 2 or outlet_evidence(rest) >= 2)
        and (outlet := outlet_name(rest))
    ):
        return Who(words[0], outlet, True)  # "F.E. Rás 2"; not "A.V. Club"
    if signature(text):
        return Who(text, None, True)  # "Δ.Π." under a review: the critic's initials
    for cut in (2, 3):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if not tail or not is_person(head):
            continue
        articled = _ARTICLE.match(tail) is not None
        if not articled and _generic(tail) and not person_like(head):
            continue  # "San Diego Reader", "South China Morning Post": one outlet's name
        if outlet_evidence(tail) >= 2 and outlet_name(tail):
            return Who(head, tail, True)  # "Manohla Dargis The New York Times"
        if articled and outlet_name(tail) == tail:
            return Who(head, tail, False)  # "Rory O'Connor The Film Stage"
    if person or (is_person(text) and len(words) <= 3 and not dated and not known_outlet(text)):
        return Who(text, None, person)
    outlet = outlet_name(text)
    if not outlet:
        return None
    return Who(None, outlet, dated or outlet_evidence(outlet) >= 2)


def _generic(text: str) -> bool:
    """True for words that are all words of outlets' names ("Reader", "Morning Post"), which
    end a place's outlet ("San Diego Reader") as often as they follow a critic's name."""
    return all(w.lower().strip(".,") in OUTLET_WORDS for w in text.split())


#: the one-word linking words ("on", "in", "at") between a name and its outlet
_IN_ONE = frozenset(w.lower() for w in IN_WORDS if " " not in w)


def _clause(words: list[str]) -> bool:
    """True for a line that is a clause, not a name: a person's name, a word of four letters
    or more in lower case that links no outlet (a verb, not "the" or "de") and a name ("Jane
    Roe told Variety": words said to a journalist), or one word that names no outlet and then
    a linking word and a web address ("View on example.com": a link)."""
    for cut in (2, 3):
        if (
            len(words) > cut + 1
            and len(words[cut]) >= 4
            and words[cut].isalpha()
            and words[cut].islower()
            and words[cut] not in _IN_ONE
            and words[cut + 1][:1].isupper()
            and is_person(" ".join(words[:cut]))
        ):
            return True
    return (
        len(words) > 2
        and words[1] in _IN_ONE
        and _DOMAIN.search(" ".join(words[2:])) is not None
        and outlet_evidence(words[0]) < 2
    )


#: the words that name an outlet named before, with and without their article ("the paper",
#: "paper", "die Zeitung", "Zeitung")
_ANAPHORA = (
    frozenset(key(w) for w in OUTLET_ANAPHORA)
    | frozenset(key(w).split()[-1] for w in OUTLET_ANAPHORA if len(key(w).split()) == 2)
    | frozenset(key(w) for w in OUTLET_PRONOUNS)  # "‘…,’ it said": no person says it
)


def names_outlet_before(outlet: str) -> bool:
    """True for a source that names again the outlet named before it ("framhåller tidningen",
    "이 신문은 “…”", "says the paper"); not the same words written as a name, every word
    capitalised ("El Periódico", "The Paper"): a publication called so."""
    return key(outlet) in _ANAPHORA and not _titled(outlet)


def _titled(text: str) -> bool:
    """True for two words or more in a cased script, each opening with a capital."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


#: the outlets the page being read marks as such in its own words, as keys (:func:`page_outlets`)
_PAGE_OUTLETS: ContextVar[frozenset[str]] = ContextVar("page_outlets", default=frozenset())


@contextmanager
def page_outlets(names: Iterable[str]) -> Iterator[None]:
    """Read one page knowing ``names`` as outlets besides the listed ones: the names the page
    itself marks as outlets ("the American website Mogiz", "tờ Mogiz"), which count wherever
    the page writes them ("Mogiz: “…”")."""
    token = _PAGE_OUTLETS.set(frozenset(_outlet_key(n) for n in names) - {""})
    try:
        yield
    finally:
        _PAGE_OUTLETS.reset(token)


def known_outlet(text: str) -> bool:
    """True for an outlet that the quotes catalogue cites often (:func:`listed_outlet`), or
    that the page being read marks as one (:func:`page_outlets`)."""
    outlets = _PAGE_OUTLETS.get()
    return listed_outlet(text) or (bool(outlets) and _outlet_key(text) in outlets)


@lru_cache(maxsize=4096)  # the quote readers ask about the same names
def listed_outlet(text: str) -> bool:
    """True for an outlet that the quotes catalogue cites often ("Time Out", "Total Film");
    the list is generated by ``bench/quote_outlets.py``. A listed name that is also an
    ordinary word or phrase of some language ("Premiere", "Sin" of "Sin Magazine", "Now
    Playing") counts only with more evidence than its words: written in full as listed
    ("Premiere Magazine") or in the list's own unusual case ("TIME" of "TIME Magazine")."""
    name = _outlet_key(text)
    if name not in _known_outlets():
        return False
    if name not in _ordinary_words() and _full_key(text) not in _ordinary_words():
        return True
    if _full_key(text) in _listed_names() and " " in _full_key(text):
        return True
    bare = re.sub(r"^(?i:the)\s+|\s+(?i:magazine)$", "", text.strip())
    return any(c.isupper() for w in bare.split() for c in w[1:]) and bare in _listed_cases()


def ordinary_name(name: str | None) -> bool:
    """True for a source's name that is also prose: an ordinary word or phrase of some
    language as a whole ("Premiere", "Now Playing"; not "El País") or one whose
    first word opens sentences ("Sin embargo", "When Maria"), and no outlet the quote
    catalogues know as written. Such a name names an outlet only with a mark around it (a
    dash, brackets, a line of its own), not in the run of a sentence."""
    if not name or known_outlet(name):
        return False
    first = name.split()[0].strip(".,:;").lower()
    return _full_key(name) in _ordinary_words() or first in _OPENERS


#: the words that open sentences in some language ("sin", "when", "aber")
_OPENERS = frozenset(w.lower() for w in SENTENCE_WORDS if " " not in w)


@cache
def _listed() -> tuple[str, ...]:
    path = Path(__file__).with_name("outlets.txt")
    return tuple(n.strip() for n in path.read_text(encoding="utf-8").splitlines() if n.strip())


def listed_outlets() -> tuple[str, ...]:
    """The outlets the quote catalogues cite often, as listed."""
    return _listed()


@cache
def _known_outlets() -> frozenset[str]:
    return frozenset(_outlet_key(n) for n in _listed())


@cache
def _listed_names() -> frozenset[str]:
    """The listed names in full, with their "The" and "Magazine" ("premiere magazine")."""
    return frozenset(_full_key(n) for n in _listed())


@cache
def _listed_cases() -> frozenset[str]:
    """The listed names as the list writes them, without "The" and "Magazine" ("TIME")."""
    return frozenset(re.sub(r"^(?i:the)\s+|\s+(?i:magazine)$", "", n) for n in _listed())


def ordinary_words() -> frozenset[str]:
    """Every word and phrase of every language module, in lower case."""
    return _ordinary_words()


@cache
@cldr_table  # kept on disk: 30,000 entries folded cost a new process 50 ms
def _ordinary_words() -> frozenset[str]:
    """Every word and phrase of every language module (labels, cue words, sentence words,
    determiners, genre and month names, …), in lower case without a trailing "*": a known
    outlet's name among them ("premiere", "sin", "time") is also a word of prose."""
    return frozenset(_full_key(entry.strip("*")) for entry in lang.data_entries())


_NON_WORDS = re.compile(r"\W+")
_THE_MAGAZINE = re.compile(r"^the\s+|\s+magazine$")  # "The Film Stage", "Empire Magazine"


#: the full stops of an initialism: "A.V. Club" is the catalogue's "AV Club", "B. T." its "B.T."
_INITIALISM = re.compile(r"(?<![^\W\d_])([^\W\d_])\.\s?(?=[^\W\d_](?![^\W\d_]))")


def _without_initialism_stops(text: str) -> str:
    """``text`` less the full stops of its initialisms ("a.v. club" -> "av club")."""
    # the catalogue's 30,000 ordinary words come through here once: most hold no full stop
    return _INITIALISM.sub(r"\1", text) if "." in text else text


def _full_key(text: str) -> str:
    return _NON_WORDS.sub(" ", _without_initialism_stops(text.strip().lower())).strip()


def _outlet_key(text: str) -> str:
    text = _THE_MAGAZINE.sub("", _without_initialism_stops(text.strip().lower()))
    return _NON_WORDS.sub(" ", text).strip()


def _pair(first: str, second: str) -> Who | None:
    words = first.split()
    if (
        len(words) >= 3
        and known_outlet(f"{words[-1]} {second}")
        and is_person(" ".join(words[:-1]))
    ):
        first, second = (
            " ".join(words[:-1]),
            f"{words[-1]} {second}",
        )  # "Name Sydney, Morning Herald"
    second = second.strip('„«»"“”‚‘’ ')  # "Janusz Wróblewski, „Polityka”": a quoted outlet
    if _given_second(first, second) and (outlet := outlet_name(first)):
        return Who(second, outlet, True)  # "Kultura Liberalna, Krzysztof Siwoń"
    if is_person(first):
        outlet = outlet_name(second) or outlet_name(_AFTERWORD.sub("", second))
        return Who(first, outlet, True)  # "Jessica Kiang, Variety (Berlinale 2024)"
    if uncased_person(first) and outlet_evidence(second) >= 2 and (outlet := outlet_name(second)):
        return Who(first, outlet, True)  # "ريتشارد روبر ، Chicago Sun-Times"
    if signature(first) and (outlet := outlet_name(second)):
        return Who(first, outlet, True)  # "H.K., Bylgjan": a critic's initials
    if is_person(second) and outlet_name(first):
        return Who(second, outlet_name(first), True)
    if outlet_evidence(second) >= 2 and outlet_name(second) and _surname_of_outlet_word(first):
        return Who(first, outlet_name(second), True)  # "Jay Stone, National Post"
    outlet = outlet_name(first)
    if outlet and len(second.split()) <= 4:
        return Who(None, outlet, outlet_evidence(outlet) >= 2)
    return None


def _after_conjunction(text: str) -> Who | None:
    """The critic and outlet after a conjunction opening the line, in any language ("And
    Name at Outlet", "Et Name du Monde") that reads as no source with a critic whole; None
    unless both are named after it."""
    head, _, rest = text.strip().partition(" ")
    if not head[:1].isupper() or key(head) not in _conjunctions() or len(rest.split()) < 3:
        return None
    if len(head) < 2:
        return None  # "A Director Takes …", "I …": an article or a pronoun elsewhere
    who = parse(rest)
    return who if who is not None and who.critic and who.outlet else None


@cache
def _conjunctions() -> frozenset[str]:
    """Every language's conjunctions of one word, as keys ("and", "y", "et", "und")."""
    return frozenset(k for w in lang.cues("conjunctions") if len((k := key(w)).split()) == 1)


def _given_second(first: str, second: str) -> bool:
    """True when of two parts that both have a name's shape only the second opens with a
    given name ("Kultura Liberalna, Krzysztof Siwoń"): the outlet first, then its critic."""
    if not (is_person(first) and is_person(second)):
        return False
    return person_like(second) and not person_like(first)


def _glossed(name: str, gloss: str) -> Who | None:
    """A critic's name followed in brackets by the same name in Latin letters and the outlet
    ("믹 라살레 (Mick LaSalle, San Francisco Chronicle)", "Иван Петров (Ivan Petrov, Variety)"):
    the name as the page writes it, and the outlet. The name before the brackets is a short
    run of words with no digit, a letter of another script than the gloss's among them."""
    parts = [p.strip() for p in gloss.split(",")]
    if len(parts) != 2 or not is_person(parts[0]) or not 1 <= len(name.split()) <= 4:
        return None
    if _DIGIT.search(name) or not re.search(r"[^\W\d_A-Za-z\u00c0-\u024f]", name):
        return None
    outlet = outlet_name(parts[1])
    return Who(name, outlet, True) if outlet and not is_person(parts[1]) else None


def _surname_of_outlet_word(text: str) -> bool:
    """True for a person's name whose last word only is also a word of outlets' names ("Jay
    Stone", "Emma Post"), written before a comma and an outlet beyond doubt: the critic."""
    words = text.split()
    if not 2 <= len(words) <= 3 or words[-1].lower() not in OUTLET_WORDS:
        return False
    if any(w.lower() in OUTLET_WORDS or nationality_country(w) for w in words[:-1]):
        return False  # "Irish Independent"
    if known_outlet(text):
        return False
    return is_person(" ".join([*words[:-1], "Name"]))


#: the words that end an outlet's name, written as a word of their own ("Ekstra Bladet"), but
#: for the word for a review, which heads one ("Film Review", "Review Summary")
_PAPER_WORDS = frozenset(OUTLET_ENDINGS) - {w.lower() for w in lang.cues("review_words")}


def _initials_lead(words: list[str]) -> bool:
    """True for a name led by three or four capitals with no vowel but at either end, the
    other words in lower case after their capital ("IGN Greece", "DNA India", "BBC Culture"):
    an outlet's initials; not two initials written without stops ("AO Scott"), a surname set
    in capitals before or after the given name ("KIM Ki-duk", "Jean-Michel FRODON") or a line
    in capitals."""
    head = words[0]
    if not (_CAPITALS_ONLY.fullmatch(head) and 3 <= len(head) <= 4):
        return False
    if any(c in _VOWELS for c in head[1:-1]):
        return False  # "KIM Ki-duk", "WANG Bing": a surname set in capitals before the name
    return all(w[1:].islower() for w in words[1:] if len(w) > 1)


#: what a person's name never holds
_NOT_IN_NAME = re.compile(r"\d|[!?;:\"“”()&/]")


def is_person(text: str) -> bool:
    """True for a person's name: 2-4 capitalised words (name particles allowed) and no outlet
    word, no digit, no leading article, not an outlet the quote catalogues cite."""
    words = _SUFFIX_END.sub("", text).replace("\u00a0", " ").split()
    if not 2 <= len(words) <= 4 or _NOT_IN_NAME.search(text) or _DOMAIN.search(text):
        return False
    if _ARTICLE.match(text) and words[0].lower() not in ("de", "da", "le", "la", "el", "van"):
        return False
    if len(words) == 2 and _ARTICLE.match(text):
        return False  # "De Morgen", "La Stampa": an article and one name are an outlet's
    if not words[0][0].isupper() or not words[-1][0].isupper():
        return False
    if _initials_lead(words):
        return False  # "IGN Greece", "DNA India": an outlet's initials lead its name
    if any(w.endswith(("'s", "’s")) for w in words[:-1]):
        return False  # "Guardian’s Peter Bradshaw"
    lowered = [w.strip(".,").lower() for w in words]
    parts = {p for w in lowered for p in w.split("-")}  # "Chicago Sun-Times"
    if (
        parts & OUTLET_WORDS
        or parts & MEDIA_WORDS
        or parts & _PAPER_WORDS
        or lowered[0] in _NOT_FIRST
    ):
        return False
    if parts & _ROLE_FORMS:
        return False  # "Critical Eye", "Critics Corner": a name of the critics' words
    if set(lowered) & _KIND_WORDS:
        return False  # "Filmmagasinet Ekko": a word for the publication's kind and its name
    if not all(w[0].isupper() or w.lower() in _PARTICLES for w in words):
        return False
    if genre_names(text) or (
        genre_names(words[-1]) and all(nationality_country(w) for w in words[:-1])
    ):
        return False  # "British Drama", "Romantic Comedy": a genre line under the source
    return not known_outlet(text)  # "Time Out", "Little White Lies"


#: a question's or an exclamation's mark
_QUESTION_MARKS = re.compile(r"[!?]")


def outlet_name(text: str) -> str | None:
    """``text`` as an outlet's name (leading "in"/"no"/"dans" and a trailing "review" removed),
    or None when it does not have the shape of one."""
    return _outlet_name(text, _PAGE_OUTLETS.get())


@lru_cache(maxsize=8192)  # keyed by the page's own outlets too (see :func:`page_outlets`)
def _outlet_name(text: str, _outlets: frozenset[str]) -> str | None:
    text = _REVIEW_END.sub("", clean(text))
    if not known_outlet(text):  # "San Francisco Chronicle": "san" is not "in" there
        lead = _IN_LEAD.match(text)
        if lead and _leads_in(lead.group().strip(), text[lead.end() :]):
            text = text[lead.end() :]
        text = text.strip(" ,.")
    words = text.split()
    if not words or len(words) > 7 or _QUESTION_MARKS.search(text) or not _LETTER.search(text):
        return None  # "27/03" is a date
    if text.count("(") != text.count(")"):
        return None  # "(Alexi": a source the page cut off inside its brackets
    if len(words) == 1:
        longest = 40 if _DOMAIN.search(text) else 25  # "splitscreen-blog.blogspot.pt"
        return (
            text
            if 2 <= len(text) <= longest and not re.search(r"^\d+$|[。！？、，]", text)
            else None
        )
    if _ARTICLE.match(text) and len(words) <= 2:
        return text
    content = [w for w in words if w.lower() not in _JOINERS and w not in ("&", "-", "–")]
    capitals = [w for w in content if w[0].isupper() or w[0].isdigit()]
    if not (words[0][0].isupper() or words[0][0].isdigit() or _ARTICLE.match(text)):
        return None
    lower = len(content) - len(capitals)
    return text if content and 2 * len(capitals) >= len(content) and lower <= 1 else None


def _leads_in(word: str, rest: str) -> bool:
    """True when ``word``, a word for "in" opening a source, is that word and no part of the
    outlet's name: written in lower case ("in The Guardian"), short ("Im Spiegel"), before one
    word ("Bei Filmstarts") or an article; not a place's first word capitalised within one
    name of capitalised words ("San Diego Reader", the Irish "san" being "in the")."""
    if not word[:1].isupper() or len(word) <= 2:
        return True
    return len(rest.split()) < 2 or not _titled(rest) or _ARTICLE.match(rest) is not None


class WordBefore:
    r"""Whether a text writes a name after one of ``words`` and spaces: the answer of
    ``re.search(rf"(?<!\w)(?i:{alternatives})\s+{re.escape(name)}(?!\w)", text)``, without a
    pattern compiled for each name (a page's names pushed the static patterns out of ``re``'s
    cache, and each compilation holds the whole list). ``alternatives`` is the list as a
    pattern (:func:`phrase_pattern`). Each place the name is written with no letter after it
    is looked at, and a word of the list is looked for right before the spaces before it:
    no word ends in a space, and case is ignored letter by letter, so a match is as long as
    its word."""

    def __init__(self, words: tuple[str, ...], alternatives: str) -> None:
        self._ending = recache.compile(rf"(?<!\w)(?i:{alternatives or '(?!)'})\Z")
        self._longest = max(map(len, words), default=0)

    def __call__(self, name: str, text: str) -> bool:
        at = text.find(name)
        while at != -1:
            if not _WORD_CHAR.match(text, at + len(name)):
                word_end = len(text[:at].rstrip())  # str.isspace is re's \s
                start = max(0, word_end - self._longest)
                if word_end < at and self._ending.search(text, start, word_end):
                    return True
            at = text.find(name, at + 1)
        return False


_WORD_CHAR = re.compile(r"\w")
_AFTER_PLAYS = WordBefore(PLAYS, phrase_pattern(PLAYS))


def played(name: str, page: str) -> bool:
    """True for a character's name: the page writes it after a word for "as" or "plays" after
    an actor ("Robert De Niro as Neil McCauley"), so a line it heads is dialogue."""
    return _AFTER_PLAYS(name, page)


def written_as_name(text: str) -> bool:
    """False for words that read as the start of a sentence, a pronoun or verb contracted
    with an apostrophe ("It’s absol", "Don't", "C’est"; not "L’Express", "Ebert's"), which
    the page cut off after a paragraph's last sentence: no source's name."""
    return not any(_CONTRACTION.fullmatch(w) for w in text.split())


#: a contracted word: a short word, an apostrophe and a short ending in lower case
_CONTRACTION = re.compile(r"[^\W\d_]{1,4}['’](?:s|t|re|ve|ll|d|m|est|était)")


def caseless_outlet(text: str) -> str | None:
    """A source after a dash or in brackets in a script without capitals ("- صحيفة الشرق
    الأوسط", "— दैनिक भास्कर"): up to five words, no sentence end, no cased letter."""
    text = clean(text)
    if not _LETTER.search(text) or any(c.isupper() or c.islower() for c in text):
        return None
    if len(text.split()) > 5 or re.search(r"[.!?。！？؟।]", text):
        return None
    return text


#: spaces or hyphens between words
_SPACES_OR_HYPHENS = re.compile(r"[\s\-]+")


def outlet_evidence(text: str | None) -> int:
    """How surely ``text`` names an outlet: 2 for an outlet word, a web address or an acronym;
    1 for a capitalised name (with or without an article); 0 for nothing."""
    if not text:
        return 0
    if _DOMAIN.search(text):
        return 2
    lowered = {w.strip(".,'’").lower() for w in _SPACES_OR_HYPHENS.split(text)}
    if lowered & OUTLET_WORDS:
        return 2
    if any(w.endswith(OUTLET_ENDINGS) and (len(w) > 6 or w in _PAPER_WORDS) for w in lowered):
        return 2  # "Dagbladet", "Ekstra Bladet": a paper's word, alone or ending a compound
    if known_outlet(text):
        return 2
    if _acronym(_ARTICLE.sub("", text).replace(" ", "")):
        return 2
    return 1


#: the letters that make a capitalised word pronounceable
_VOWELS = frozenset("AEIOUYÀÁÂÃÄÅÆÈÉÊËÌÍÎÏÒÓÔÕÖØÙÚÛÜÝ")


#: two to six capitals
_CAPITALS_ONLY = re.compile(r"[A-Z]{2,6}")


def _acronym(text: str) -> bool:
    """True for an outlet's initials or short name in capitals ("AP", "NPR", "KPCC", "DELO"):
    two or three capitals, or four to six with no more vowels than other letters, where a
    word set in capitals ("VIDEO", "AUDIO") has more."""
    if not _CAPITALS_ONLY.fullmatch(text):
        return False
    return len(text) <= 3 or 2 * sum(c in _VOWELS for c in text) <= len(text)
