"""Title pieces that the title chooser (:mod:`.titlevote`) works with, and the other films a
page lists after its own.

Heading-like lines near the top (:func:`candidates`); a heading line cleaned of certificates
("(15)", "12A"), week counters, pull quotes and "– dir. Name", a parenthesised or
dash-separated second title becoming the original title (:func:`clean_heading`); two titles at
one slash (:func:`two_titles`); the address slug's words and how the page writes them
(:func:`slug_words`, :func:`from_slug`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote, urlparse

from anyascii import anyascii

from indexer import lang, recache
from indexer.extract.pages import text as page_text
from indexer.extract.pages.facts import is_name, line_facts
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.titlefurniture import AGE_MARK
from indexer.normalize import TranslateCache, genre_names, key, parse_year
from indexer.wordre import alternation, caseless, is_word, literal_starts
from indexer.wordre import folded as folded_text

_PULL_QUOTE = re.compile(r"^(?P<title>.+?)\s+[–—-]\s+[\"“«‘](?P<quote>.{8,})[\"”»’]$")
_DIR_SUFFIX = re.compile(r"\s+[–—-]\s+(?:dir\.|directed by|by|de|di|von|réal\.)\s.*$", re.I)
#: a talk after the screening that a heading adds to the name: "Parasite + Bong Joon-ho Q&A",
#: "PETITE MAMAN Q&A WITH CÉLINE SCIAMMA"
_TALK_SUFFIX = re.compile(r"\s+(?:\+\s[^+]{0,60}?\s)?Q\s?&\s?A\b.*$", re.IGNORECASE)
_CERT = re.compile(
    r"(?:\s*[(\[](?:U|PG|PG-13|12A?|15|18|R|NC-17|M|MA15\+|\d{1,2}\+?)[)\]]"
    r"|(?<=\))\s+(?:U|PG|PG-13|12A?|15|18|R|M)|\s+\d+\.\s*(?:Woche|week)|\s+FSK\s*\d+"
    rf"|\s+{AGE_MARK})\s*$",  # "Фильм, фильм, фильм 18+": an age after the name
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _month() -> re.Pattern[str]:
    """A month name of any language module, as a word (a vowel sign may end it)."""
    return recache.compile(rf"(?<!\w)(?:{page_text.months()})(?!\w)\.?", re.IGNORECASE)


_LETTER = re.compile(r"[^\W\d_]")
_EDITION = re.compile(r"collection|edition|dvd|blu-?ray|restored|remaster|4k", re.IGNORECASE)
_GENERIC_PAREN = {"film", "movie", "documentary", "short", "short film", "película", "ταινία"}
_SLUG_STOP = {
    "index",
    "film",
    "films",
    "movie",
    "movies",
    "review",
    "reviews",
    "critique",
    "critiques",
    "estreno",
    "trailer",
    "program",
    "programme",
    "prog",
    "view",
    "details",
    "en",
    "de",
    "es",
    "fr",
    "it",
    "pt",
    "club",
    "whatson",
    "whats",
    "on",
    "events",
    "event",
    "agenda",
    "filme",
    "news",
    "cinema",
    "critics",
    "html",
    "php",
    "page",
    "wiki",
    "category",
    "tag",
    "archive",
}

#: words an address puts before a film's name ("trailer-nevdecne-bytosti", "review-…")
_LEADING = frozenset(["trailer", "estreno", "review", "reviews", "critique", "critics", "preview"])


@dataclass(frozen=True)
class Title:
    """The title found, where it came from and what its line also said."""

    title: str
    original: str | None = None
    alt: str | None = None
    line: int | None = None
    pull_quote: str | None = None
    #: the runners-up of the vote, best first: other names the page may give the film
    runners: tuple[str, ...] = ()
    #: the heading with the part after its dash, when that part was taken for the original
    #: title ("Kingsman - A titkos szolgálat": a local title may hold a dash)
    whole: str | None = None

    def keys(self) -> frozenset[str]:
        """The folded keys of every name found for the film (title, original, alternative)."""
        return frozenset(key(t) for t in (self.title, self.original, self.alt) if t)


def unmarked(line: str) -> str:
    """A line without the bullets and emphasis marks around it: "• X", "*X*", "# X", and a
    pair of underscores, plain text's emphasis ("_X_"; not one alone: "X_", an identifier)."""
    text = line.strip().strip("•*#").strip()
    if len(text) > 2 and text[0] == text[-1] == "_":
        text = text.strip("_").strip()
    return text


def clean_heading(line: str) -> Title:
    """Title, original title and pull quote from a heading line."""
    text = unmarked(line)
    quote = None
    match = _PULL_QUOTE.match(text)
    if match:
        text, quote = match.group("title"), match.group("quote")
    text = without_date(without_date_head(text).split(" | ")[0].strip())
    text = without_tail(text)
    text = _DIR_SUFFIX.sub("", text)
    text = _TALK_SUFFIX.sub("", text)
    bracket = re.fullmatch(r"[『「《«\"“](.+?)[』」》»\"”]", text)
    if bracket:
        text = bracket.group(1)
    for _ in range(2):
        text = _CERT.sub("", text).strip()
    year = re.search(r"\s*\(\d{4}\).*$", text)
    if year:
        text = text[: year.start()]
    original = None
    paren = re.fullmatch(r"(.+?)\s*\(\s*[‘'\"“]?(.+?)[’'\"”]?\s*\)", text)
    if paren:
        text = paren.group(1)
        if key(paren.group(2)) not in _GENERIC_PAREN and line_facts(paren.group(2)) is None:
            original = paren.group(2)  # not "( U 2H 15 Min)", "(France, 2011)": the film's facts
    whole = None
    parts = _SPACED_DASH.split(text, maxsplit=1)
    if len(parts) == 2 and not _the_film(parts[1]):
        # "– 18/12/25": a date without a letter is no other title
        # "– How is the film?": the headline's comment, a sentence, is no other title
        if (
            not (_EDITION.search(parts[1]) or _ends_like_sentence(parts[1]))
            and original is None
            and _LETTER.search(parts[1])
        ):
            original = parts[1]
            if not _kind_words(parts[1]):  # "– Film Review": the page's kind, no subtitle
                whole = text.strip(" :-–—")  # or the dash holds a title and its subtitle
        text = parts[0]
    text, alt = two_titles(text)
    return Title(text.strip(" :-–—"), original, alt=alt, pull_quote=quote, whole=whole)


def _kind_words(text: str) -> bool:
    """Whether ``text`` is only words for film and for a review ("Film Review", "Kritik")."""
    words = [key(anyascii(w)) for w in text.split()]
    return bool(words) and all(w in review_words() for w in words)


def _the_film(text: str) -> bool:
    """ "Il film", "The Movie", "Der Film": the article and the word for film that end a title
    after a dash ("Boris - Il film", "Star Trek – The Motion Picture" is not: three words)."""
    words = text.split()
    return len(words) == 2 and len(words[0]) <= 3 and key(words[1]) in film_word_keys()


def ends_the_film(text: str) -> bool:
    """Whether a title ends in a dash and "Il film", "The Movie" ("Boris - Il film")."""
    parts = re.split(r"\s+[-–—]\s+", text)
    return len(parts) >= 2 and _the_film(parts[-1])


@lru_cache(maxsize=1)
def film_word_keys() -> frozenset[str]:
    """The words for film of every language, as :func:`~indexer.normalize.key` folds them."""
    return frozenset(key(w) for w in lang.cues("film_words"))


#: a name, then its other name in square brackets ("GODLAND [Vanskabte land]"); brackets that
#: hold a number hold facts ("Kes [Loach, 1969]", "[MA15+]"), not a name
_BRACKETED = re.compile(r"([^\[\]]+?)\s*\[([^\[\]\d]+)\]")


#: what parts two titles: a slash spaced on one side or both ("La Gomera/ The Whistlers"), "aka"
_AKA = re.compile(r"\s*/\s+|\s+/\s*|\s+(?:aka|a\.k\.a\.)\s+")


def two_titles(text: str) -> tuple[str, str | None]:
    """ "Dýrið / Lamb", 'L'ingorgo aka "Le grand embouteillage"', "Godland [Vanskabte land]":
    a title and its other-language title, one slash or "aka" between two short names, or the
    other in square brackets (three or more parts are a list, not two titles)."""
    bracketed = _BRACKETED.fullmatch(text.strip())
    parts = list(bracketed.groups()) if bracketed else _AKA.split(text)
    parts = [p.strip().strip("\"“”«»'") for p in parts]
    if len(parts) == 2 and all(
        1 <= len(p.split()) <= 8 and re.search(r"[^\W\d_]", p) for p in parts
    ):
        return parts[0].strip(), parts[1].strip(" :-–—")
    return text, None


def runs_in_address(text: str, url: str | None) -> bool:
    """Whether the words of ``text``, as the address writes them (folded, in Latin letters),
    run in the path of ``url`` ("22 Menit" in "review-film-22-menit-memukau.html", "“Cha
    cõng con”" in ".../cha-cong-con"): a name the address spells too."""
    words = re.sub(r"[\W_]+", " ", key(anyascii(text))).split()
    path = re.sub(r"[\W_]+", " ", unquote(urlparse(url or "").path).lower())
    return bool(words) and f" {' '.join(words)} " in f" {path} "


def slug_words(url: str | None, folders: bool = False) -> list[str]:
    """The words of the address's last meaningful path segment ("un-mundo-normal-estreno-
    11-sep-2020" -> ["un", "mundo", "normal"]); a folder's one word ("/culture/178941") only
    with ``folders``."""
    segments = _segments(url)
    if len(segments) >= 2 and segments[-2].lower() in _TAXONOMY:
        return []  # "/tag/desencanto/", "/search/label/drama": a blog's tag, not the film
    for at, segment in reversed(list(enumerate(segments))):
        # "trailer-nevdecne-bytosti.A260128_162800_filmvideo": an article code after the name
        segment = re.sub(r"^([^.]*-[^.]*)[.~].*$", r"\1", segment).strip("~")
        if "." in segment or re.search(r"[a-z][A-Z]|_\d|\d_", segment):
            continue
        if at < len(segments) - 1 and len(_words(segment)) < 2 and not folders:
            # "/culture/178941", "/e/24209074", "/reviewers/275": one word before a record's
            # number or another segment is the site's folder, not a film's name
            continue
        words = _trim_slug(_words(segment))
        if words:
            return words
    return []


#: address folders whose next segment names a blog's tag or category, not a film
_TAXONOMY = frozenset(
    re.findall(
        r"\S+",
        "tag tags category categories label labels author etiqueta etiquetas categoria "
        "kategorie kategoria rubrique rubriek",
    )
)


def slug_year(url: str | None, names: tuple[str, ...] = ()) -> int | None:
    """The year an address writes right after the film's name ("linha-de-passe-2008",
    "steekspel-2012"), not a date's ("estreno-11-sep-2020"). With the ``names`` the page may
    give the film (the title read, the vote's runners-up), in a script an address writes as
    it is, the word before the year is one of a name's and the year none of its: a festival's
    edition ("…-at-diff-2015", "tiff-2021-reviews") or a title's own year ("estiu-1993") is
    not the film's."""
    segments = _segments(url)
    words = _words(segments[-1]) if segments else []
    for i, word in enumerate(words):
        if word.isdigit() or _month().fullmatch(word):
            year = parse_year(word) if len(word) == 4 else None
            if not (i >= 1 and year and not _code(words[i - 1])):
                return None
            named = [key(name).split() for name in names]
            return year if not names or any(_after(words[i - 1], word, n) for n in named) else None
    return None


def _after(before: str, year: str, named: list[str]) -> bool:
    """True when the address's word ``before`` the ``year`` may end a name of the film whose
    words are ``named`` (a name in letters an address writes as they are, a-z): one of its
    words, the year none."""
    if not any(re.search("[a-z]", w) for w in named):
        return True  # "uspekh-year-1984" for "Успех": the address transliterates the title
    return before in named and year not in named


def _segments(url: str | None) -> list[str]:
    """The address's path segments, decoded, without a page's file ending (".html", ".php")."""
    if not url:
        return []
    try:
        path = unquote(urlparse(url).path)
    except ValueError:
        return []
    return [_PAGE_ENDING.sub("", s) for s in path.split("/") if s]


_PAGE_ENDING = re.compile(r"\.(?:html?|php|aspx?|jsp|dll)$", re.IGNORECASE)


def _words(segment: str) -> list[str]:
    return [w for w in re.split(r"[-_+~\s]+", segment.lower()) if w]


def _trim_slug(words: list[str]) -> list[str]:
    stop = _SLUG_STOP | review_words()
    # "film~14703203~troll~": a section's words and a record number before the name
    code = next((i for i, w in enumerate(words) if w.isdigit() and len(w) >= 5), None)
    if code is not None and code + 1 < len(words) and all(w in stop for w in words[:code]):
        words = words[code + 1 :]
    words = _without_leading_date(words)
    for i, word in enumerate(words):
        if i and (word.isdigit() or (_month().fullmatch(word) and _dated(words, i))):
            words = words[:i]
            break
    while len(words) > 1 and (words[-1] in stop or words[-1].isdigit() or _code(words[-1])):
        words = words[:-1]
    leading = 0
    while len(words) > 1 and words[0] in _LEADING | review_words():  # "movie-review-pencipta-…"
        words = words[1:]
        leading += 1
    if leading and len(words) > 1 and words[0] in lang.cues("review_of"):
        words = words[1:]  # "movie-review-of-gully-boy"
    # "shamshera-review-it-is-an-outdated-story": a news address writes the name, the word for
    # a review, then the headline
    at = next((i for i, w in enumerate(words) if i and w in _review_only()), None)
    if at is not None:
        words = words[:at]
        while len(words) > 1 and words[-1] in stop:  # "…-movie-review-…"
            words = words[:-1]
    if all(w in stop or w.isdigit() for w in words):
        return []
    return words


@lru_cache(maxsize=1)
def _review_only() -> frozenset[str]:
    """The words for a review (not those for film) of every language, as an address writes
    them."""
    keys = (key(anyascii(w)) for w in lang.cues("review_words") if " " not in w.strip())
    return frozenset(k for k in keys if len(k) >= 4) - {
        key(anyascii(w)) for w in lang.cues("film_words")
    }


def _without_leading_date(words: list[str]) -> list[str]:
    """An address's words without the date a programme writes before the name
    ("december-27-smultronstallet", "30-jan-the-cranes-are-flying"): a month's name beside a
    day's number, and the days after it ("jan-30-31-…"); kept when nothing would follow."""
    pair = words[:2]
    dated = len(pair) == 2 and bool(
        (_month().fullmatch(pair[0]) and _day_number(pair[1]))
        or (_day_number(pair[0]) and _month().fullmatch(pair[1]))
    )
    at = 2 if dated else 0
    while at and at < len(words) and _day_number(words[at]):
        at += 1
    return words[at:] if at and at < len(words) else words


def _day_number(word: str) -> bool:
    """Whether an address's word is a day of the month ("27", "08", "1st")."""
    return bool(re.fullmatch(_DAY, word))


def _dated(words: list[str], i: int) -> bool:
    """True when the month word at ``i`` is part of a date ("11-sep-2020"), not of a name
    ("fyra-veckor-i-juni")."""
    return words[i - 1].isdigit() or (i + 1 < len(words) and words[i + 1].isdigit())


@lru_cache(maxsize=1)
def review_words() -> frozenset[str]:
    """The words for film and for a review in every language module, as an address writes
    them ("kritik", "recenze", "movie", "elokuva"): a section of a site, not a film's name."""
    words = [*lang.cues("review_words"), *lang.cues("film_words")]
    keys = (key(anyascii(w)) for w in words if " " not in w.strip())
    return frozenset(k for k in keys if k and " " not in k)


def _code(word: str) -> bool:
    """An address's record code, not a word: letters without a vowel ("ptwr") or letters and
    digits mixed ("a7x2k")."""
    return bool(
        re.fullmatch(r"[b-df-hj-np-tv-xz]{3,}", word)
        or (re.search(r"\d", word) and re.search(r"[a-z]", word) and len(word) >= 5)
    )


def candidates(lines: tuple[str, ...], used: set[int], stop: int, people: set[str]) -> list[int]:
    """Indexes of heading-like lines among the first lines of the page."""
    found: list[int] = []
    seen = 0
    after_quote = False
    rows: set[int] | None = None  # read only when a line with a digit could be one
    for i, line in enumerate(lines[:stop]):
        text = line.strip()
        if not text:
            continue
        seen += 1
        if seen > 14 or (found and len(text.split()) >= 25):
            break
        if i not in used and not after_quote and heading_like(text, people):
            if rows is None and any(ch.isdigit() for ch in line):
                rows = table_rows(lines)
            if rows is None or i not in rows:
                found.append(i)
        after_quote = bool(re.search(r"[\"”»’]\s*$", text)) and len(text.split()) > 5
    return found


def table_rows(lines: tuple[str, ...]) -> set[int]:
    """Lines of a table: three or more lines with numbers that read the same once their
    numbers, weekdays and months are set aside ("Cinema One Sat, Nov 5, 2022 7:30 PM", "… Sun,
    Nov 6, 2022 2:30 PM"): a page's showings, not its headings."""
    shapes: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if any(ch.isdigit() for ch in line):
            shapes.setdefault(_row_shape(line), []).append(i)
    return {i for rows in shapes.values() if len(rows) >= 3 for i in rows}


def _row_shape(line: str) -> str:
    shape = re.sub(r"\d+", "0", line.strip().casefold())
    shape = page_text.weekdays().sub("", _month().sub("", shape))
    return re.sub(r"\s+", " ", shape)


def heading_like(text: str, people: set[str]) -> bool:
    """True for a line shaped like a heading: short, not a sentence, a label, a date or a name."""
    text = without_tail(without_date(without_date_head(text).split(" | ")[0].strip()))
    words = text.split()
    if not re.search(r"[^\W\d_]", text) or len(words) > 14 or page_text.is_noise(text):
        return False
    if re.fullmatch(r"[A-Za-z]{1,2}", text) or re.match(r"[a-z]", text):
        return False
    if re.fullmatch(r"\S*[a-z0-9]_[a-z0-9]\S*", text):  # "211652_close_icon": an identifier
        return False
    if _month().fullmatch(text) or text.endswith(":"):
        return False
    if not _CERT.sub("", f" {text}").strip():  # "FSK 12", "(15)": a certificate alone
        return False
    if _sentence(text) or text.startswith(("-", "–", "—")):
        return False
    if re.match(r"^(?:by|von|par|por|di)\s", text, re.IGNORECASE) or key(text) in people:
        return False
    if text[0] in '"“„«‘' or _fact_line(text) or _genre_list(text):
        return False
    return not re.match(r"^\(.*\)$", text)


#: a spaced dash that sets a heading's parts apart ("Name – Film review – Worth it?")
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
#: the most words of a line ending like a sentence that is still a heading, and of a name
#: before a spaced dash whose comment after it ends like a sentence
_SENTENCE_LEAST, _HEAD_MOST = 3, 5


def _sentence(text: str) -> bool:
    """Whether a line reads as a sentence: it ends like one and has more than three words,
    unless a short head stands before a spaced dash: the question or sentence after the dash
    is the headline's comment on the name before it ("Thunivu – Film review – How is it?")."""
    if not _ends_like_sentence(text):
        return False
    head = _SPACED_DASH.split(text, maxsplit=1)[0]
    return head == text or len(head.split()) > _HEAD_MOST or head.endswith((".", "?", "!"))


def _ends_like_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence and has more than three words."""
    return text.endswith((".", "?", "!")) and len(text.split()) > _SENTENCE_LEAST


#: an ordinal's ending after a day's number
_ORDINAL_ENDING = re.compile(r"(?<=\d)(?:st|nd|rd|th|er|e|º|ª)(?!\w)")


def is_date_word(text: str) -> bool:
    """True for a month or weekday name alone, or a date ("Oktober", "अक्टूबर", "martes"): a
    blog's archive heading, not a name."""
    text = text.strip(" .,")
    if _month().fullmatch(text) or page_text.weekdays().fullmatch(text):
        return True
    rest = page_text.weekdays().sub("", _month().sub("", text))
    rest = _ORDINAL_ENDING.sub("", rest)  # "8th July 2019"
    return rest != text and not re.search(r"[^\W\d_]", rest)


#: the date a page's capture writes before its first line ("date 2024-04-19 EVIL DOES NOT
#: EXIST"; one word after it is the site's section as often: "date 2026-01-14 Kulttuuri"), and
#: the rating in stars after a review's heading ("… ★★★½")
_CAPTURE_DATE = re.compile(page_text.CAPTURE_DATE.pattern + r"(?=\S+\s+\S)")
_STAR_RATING = re.compile(r"(?<=\S)\s+[★☆½]+$")


#: a day of the month as a programme writes it ("6", "08", "7th", "13.", "1er")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|e|º|ª)?\.?(?!\d)"
#: the days of a showing on several days after the month ("Jan. 30, 31", "May 4 & 5", "June
#: 7-8"): a comma, an ampersand or a slash between days, or an unspaced dash (a spaced one
#: goes before the name: "Jan 30 – 12 Angry Men")
_DAYS = rf"{_DAY}(?:\s*[,&/]\s*{_DAY}|[-–]{_DAY})*"


@lru_cache(maxsize=1)
def _date_head() -> re.Pattern[str]:
    """The date, weekday or time a cinema's programme writes before a film's name on one line
    ("6 Feb The Great Escaper", "Sep. 08Playtime", "JUEVES 13: Salón México", "Friday 16th
    June – THE QUIET GIRL", "Sat 24th Sept 7.30pm: BELFAST"): month and weekday names of every
    language (CLDR), a day's number beside one of them (or after a weekday), then perhaps a
    year, a time and a colon or a dash."""
    month = rf"(?:{page_text.months()})(?!\w)\.?"
    weekday = rf"(?:{alternation(lang.weekdays())})(?!\w)\.?,?"
    date = (
        rf"(?:{weekday}\s*)?(?:{_DAY}\s*(?:de\s+|del\s+)?{month}|{month}\s*{_DAYS})"
        rf"(?:,?\s+(?:19|20)\d\d(?!\d))?|{weekday}\s*{_DAY}|{weekday}(?=\s*[:–—-])"
    )
    return recache.compile(
        rf"^(?:{date})(?:\s*,?\s*(?:{page_text.SCHEDULE_TIME}))?\s*(?:[:|–—-]\s*)?(?=\S)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4096)  # the title readers ask again about the same lines
def without_date_head(text: str) -> str:
    """A line without the date a programme writes before the film's name (:func:`_date_head`),
    when what follows reads as a name: it opens with a letter not in lower case (or a quote)
    and is no date itself; a time after the name goes too."""
    head = _date_head().match(text)
    if not head:
        return text
    rest = text[head.end() :]
    first = rest[:1]
    if not (first in "\"“„«‘'" or (first.isalpha() and not first.islower())):
        return text
    if len(re.findall(r"[^\W\d_]", rest)) < 2 or is_date_word(rest):
        return text
    return _CLOCK_END.sub("", rest)


#: the time of the showing after the name on a programme's line ("Woman at War     7.30")
_CLOCK_END = re.compile(rf"\s+(?:[|–—-]\s*)?(?:{page_text.SCHEDULE_TIME})\s*$", re.IGNORECASE)


#: a spaced dash or bar
_SPACED_DASH = re.compile(r"\s+[-–—|]\s+")


def without_date(text: str) -> str:
    """A heading without the date a dash or bar puts after it ("Le Mépris (Contempt) – 8th
    July 2019": a programme's line) or a programme writes before it ("6 Feb The Great
    Escaper"), the capture's date before it or the stars after it."""
    text = _STAR_RATING.sub("", _CAPTURE_DATE.sub("", text))
    text = without_date_head(text)
    parts = _SPACED_DASH.split(text)
    if len(parts) > 1 and is_date_word(parts[-1]):
        return text[: text.rfind(parts[-1])].rstrip(" -–—|")
    return text


@lru_cache(maxsize=1)
def _tail() -> re.Pattern[str]:
    """What a programme or a blog glues after the name on its heading line: a date or a
    weekday after a dash, a bar or a spaced "I" ("PINK MOON I Maandag 3 juni om 20.30 uur",
    "Lebanon - Sunday 26th September 5pm"), a weekday and a day's number ("… domingo 7"), a
    date in brackets ("(Ab 18. Oktober)"), a director's label and what follows it ("Beach
    Rats Dir: Eliza Hittman"); month, weekday and label words of every language."""
    month = rf"(?:{page_text.months()})(?!\w)\.?"
    weekday = rf"(?:{alternation(lang.weekdays())})(?!\w)\.?,?"
    date = rf"(?:{_DAY}\s*(?:de\s+)?{month}|{month}\s*{_DAY}|{weekday}\s*{_DAY})"
    label = alternation(lang.labels()["directors"])
    return recache.compile(
        rf"\s+(?:[|–—-]|(?-i:I))\s+(?:{date}|{weekday})(?!\w).*$"
        rf"|\s+{weekday}\s*{_DAY}(?!\w).*$"
        rf"|\s*\((?=[^()]*?(?<!\w){date})[^()]*\)\s*$"
        rf"|\s+(?:{label})\s*:\s*\S.*$",
        re.IGNORECASE,
    )


#: the most words of a tail: a longer one is a sentence's rest ("… nesta sexta-feira, 12 de
#: outubro. E o principal lançamento …"), not what a heading glues after the name
_TAIL_WORDS = 10


def without_tail(text: str) -> str:
    """A heading without the date, weekday or director's label glued after the name
    (:func:`_tail`), when a name of two letters or more stands before it."""
    match = _tail().search(text)
    if match is None or len(re.findall(r"[^\W\d_]", text[: match.start()])) < 2:
        return text
    if len(match.group(0).split()) > _TAIL_WORDS:
        return text
    return text[: match.start()].rstrip(" ,:;-–—|")


def _genre_list(text: str) -> bool:
    """A list of three or more items, half of them genre words ("Αισθηματική, Κομεντί, Κωμωδία,
    Πολιτική, Σάτιρα"): a post's tags, not its heading."""
    items = [item.strip() for item in re.split(r"[,/]", text) if item.strip()]
    return len(items) >= 3 and 2 * sum(bool(genre_names(item)) for item in items) >= len(items)


def _fact_line(text: str) -> bool:
    """A line of facts ("France, 2021, 105 min"); a name and a year alone ("Pila Balde
    (1999)") are a heading's title and year as often as a director's."""
    facts = line_facts(text)
    if facts is None:
        return False
    return bool(facts.runtimes or facts.countries or facts.genres or facts.languages) or not (
        facts.names and facts.years
    )


#: what parts the address's words where the text writes them: spaces and punctuation. "’"
#: stands apart from the class: ``re`` builds a class holding a character past 255 as a table
#: of 65,536 entries, and these patterns are compiled for each page
_SLUG_GAP = r"(?:[\s\-_,.:;!?']|(?=’).)+"
#: the same with up to two short words an address leaves out between: "portrait-jeune-fille-
#: feu" for "Portrait de la jeune fille en feu" (articles and prepositions dropped)
_SLUG_GAP_RUN = re.compile(_SLUG_GAP)
_SLUG_GAP_DROPPED = rf"{_SLUG_GAP}(?:[^\W\d_]{{1,3}}{_SLUG_GAP}){{0,2}}"


def from_slug(slug: list[str], body: str) -> Title | None:
    """The slug words as the page text writes them (longest leading run found), else the slug
    words themselves."""
    folded = _fold(body)  # "surer" finds "Sürer": same length, so spans carry over
    slug = without_number(slug)
    # a word the text cannot hold is found without a pattern: one is compiled for each page
    present = _slug_words_in(slug, caseless(folded))
    first = slug and present[0] and _slug_span(slug[:1], folded) is not None
    for size in range(len(slug), 0, -1) if first else ():  # every run begins with that word
        match = _slug_run_in(slug[:size], folded) if all(present[:size]) else None
        text = body[match[0] : match[1]] if match else ""
        if match and (size == len(slug) or size >= 2 or _written_as_name(text)):
            if text.isupper() and len(text) > 3:
                text = text.capitalize()
            return Title(text)
    if slug and len(slug) <= 8:
        text = " ".join(slug)
        return Title(text[0].upper() + text[1:])
    return None


def _slug_run_in(words: list[str], folded: str) -> tuple[int, int] | None:
    """Where the folded text writes ``words`` in a run: as the address has them, else with up
    to two short words between each two that the address left out, the address's words after
    the first all in lower case or all capitalised (not "… en feu de Céline": a name's words
    run on into a person's)."""
    span = _slug_span(words, folded)
    if span or len(words) < 2:
        return span
    spelled = _SLUG_GAP_DROPPED.join(f"({slug_word(w)})" for w in words)
    for match in re.finditer(rf"(?<!\w){spelled}(?!\w)", folded, re.IGNORECASE):
        capitals = {match.group(g)[:1].isupper() for g in range(2, len(words) + 1)}
        if len(capitals) == 1:
            return match.span()
    return None


def _slug_span(words: list[str], folded: str) -> tuple[int, int] | None:
    """The span of the first run of ``words`` in the folded text, case ignored: what
    ``re.search`` of the words' :func:`slug_word` patterns joined by :data:`_SLUG_GAP` finds
    as a whole (not inside a longer word). A page's words need no pattern when they are ASCII
    letters and digits without a digraph: a gap is then every mark up to the next word."""
    lowered = folded_text(folded)
    if lowered is None or not words or not all(_plain_slug_word(w) for w in words):
        run = _SLUG_GAP.join(slug_word(w) for w in words)
        match = re.search(rf"(?<!\w){run}(?!\w)", folded, re.IGNORECASE)
        return match.span() if match else None
    for start in literal_starts(folded, words[0], ignorecase=True):
        if start and is_word(folded[start - 1]):
            continue  # inside a longer word
        end = _slug_run_end(words, folded, lowered, start)
        if end is not None:
            return start, end
    return None


def _slug_run_end(words: list[str], text: str, lowered: str, start: int) -> int | None:
    """Where the run of ``words`` that begins at ``start`` of ``text`` (the first word found
    there) ends: each next word after a gap, the last one not inside a longer word; None when
    the run breaks. ``lowered`` is :func:`~indexer.wordre.folded` of ``text``."""
    end = start + len(words[0])
    for word in words[1:]:
        gap = _SLUG_GAP_RUN.match(text, end)
        if gap is None or not lowered.startswith(word.lower(), gap.end()):
            return None
        end = gap.end() + len(word)
    return None if end < len(text) and is_word(text[end]) else end


def _plain_slug_word(word: str) -> bool:
    """Whether ``slug_word(word)`` is ``word`` itself: ASCII letters and digits, no digraph."""
    return (
        word.isascii()
        and word.isalnum()
        and not any(d in word for d in _DIGRAPHS)
        and not _elidable(word)
    )


def with_written_number(slug: list[str], url: str | None, body: str) -> list[str]:
    """The address words with the words that follow them in the address up to a number, when
    the page writes the name with them ("estiu-1993" and "Estiu 1993",
    "cleo-de-5-a-7" and "Cléo de 5 à 7": the slug was cut at the number); a year the page
    never writes after the name ("rams-2015") stays cut."""
    if not slug:
        return slug
    folded = _fold(body)
    for segment in _segments(url):
        words = _words(segment)
        n = len(slug)
        for i in range(len(words) - n):
            if words[i : i + n] != slug:
                continue
            rest = words[i + n : i + n + _MOST_SLUG_WORDS]
            # "…-estreno-11-sep-2020", "…-jeudi-3-avril": a section's word or a date's
            at = next((j for j, w in enumerate(rest) if _kind_or_date(w)), len(rest))
            rest = rest[:at] if not is_date_word(slug[-1]) else []
            for end in range(len(rest), 0, -1):
                if not rest[end - 1].isdigit():
                    continue  # the name ends on the number: "Estiu 1993", "Cléo de 5 à 7"
                if _slug_span([*slug, *rest[:end]], folded) is not None:
                    return [*slug, *rest[:end]]
            return slug
    return slug


#: the most address words after the slug that may be the rest of the name
_MOST_SLUG_WORDS = 6


def _kind_or_date(word: str) -> bool:
    """An address word for a kind of page or a review ("estreno", "review"), or a month's or
    a weekday's name."""
    long_stop = word in _SLUG_STOP and len(word) > 2  # "de", "en" join a name's words
    return long_stop or word in review_words() or is_date_word(word)


def without_number(slug: list[str]) -> list[str]:
    """The slug without a leading record number ("172-om-det-oaendliga": a site's article
    number before the name); a number before one or two words may be the name's own."""
    return slug[1:] if len(slug) >= 3 and slug[0].isdigit() and len(slug[0]) >= 3 else slug


_DIGRAPHS = {"ae": "(?:ae|a)", "oe": "(?:oe|o)", "ue": "(?:ue|u)", "aa": "(?:aa|a)"}


def slug_word(word: str) -> str:
    """A pattern for a slug word in folded text: an address spells "ä", "ö", "ü", "å" as "ae",
    "oe", "ue", "aa" as often as "a", "o", "u" ("oaendliga" finds "oändliga"), and leaves
    out the apostrophe of an elided word ("dune" finds "d’une", "lestiu" "l'estiu")."""
    pattern = _SLUG_TOKEN.sub(lambda m: _DIGRAPHS.get(m.group(0), re.escape(m.group(0))), word)
    return f"{word[0]}['’]?{pattern[1:]}" if _elidable(word) else pattern


def _elidable(word: str) -> bool:
    """Whether an address word may open with a word a language elides ("dune": "d’une")."""
    return len(word) >= _ELIDED_WORD and word[0] in elided_letters() and word[1].isalpha()


#: the fewest letters of an address word read as an elided word and the next one
_ELIDED_WORD = 4


@lru_cache(maxsize=1)
def elided_letters() -> frozenset[str]:
    """The one-letter words the languages elide before a vowel ("d'", "l'"), as letters."""
    kinds = ("by", "film_of", "name_articles", "determiners")
    words = (w for kind in kinds for w in lang.cues(kind))
    return frozenset(w[0].lower() for w in words if len(w) == 2 and w[1] in "'’")


_SLUG_TOKEN = re.compile("ae|oe|ue|aa|.")  # the tokens slug_word writes a pattern for


def slug_pieces(word: str) -> list[str]:
    """What any text that ``slug_word(word)`` matches holds as written: the runs of letters up
    to each digraph's first letter ("oaendliga" -> "oa", "ndliga"), both readings of a digraph
    beginning with it."""
    if _elidable(word):
        return [word[0], *slug_pieces(word[1:])]
    pieces, run = [], ""
    for token in _SLUG_TOKEN.findall(word):
        run += token[0]
        if len(token) == 2:
            pieces.append(run)
            run = ""
    return [p for p in [*pieces, run] if p]


def _slug_words_in(slug: list[str], text: str) -> list[bool]:
    """For each slug word, False when a text (:func:`~indexer.wordre.caseless` of it:
    ``text``) cannot hold ``slug_word(word)`` even ignoring case: a piece in ASCII is missing
    from it."""
    return [all(p.lower() in text for p in slug_pieces(w) if p.isascii()) for w in slug]


def _fold(text: str) -> str:
    """``text`` with each Latin letter that has one plain letter as its transcription
    replaced by it (ü -> u, ł -> l, ı -> i); every other character kept, so positions match."""
    return text.translate(_FOLDED)


#: ``_fold_char`` by code point for ``str.translate``: one look-up a character in C
_FOLDED = TranslateCache(lambda code: _fold_char(chr(code)))


def _fold_char(ch: str) -> str:
    if ch.isascii() or not unicodedata.name(ch, "").startswith("LATIN"):
        return ch
    plain = anyascii(ch)
    return plain if len(plain) == 1 and plain.isalpha() else ch


def _written_as_name(text: str) -> bool:
    """A single address word the page writes capitalised ("aftersun-starts-89w4p" and
    "Aftersun draws you in"): a name, where a common word of the address ("detail", "kino")
    is written in lower case."""
    return len(text) >= 4 and text[:1].isupper() and not text.isupper()


def other_films(
    lines: tuple[str, ...], title: Title, repeat_line: int | None
) -> tuple[list[str], int | None]:
    """Titles of other film entries after the main one, and the line where the next begins
    (``repeat_line`` is where the first credit label of the page recurs)."""
    starts: list[tuple[int, str]] = []
    if title.line is not None:
        starts.extend(_same_shape(lines, title))
    if repeat_line is not None:
        back = _heading_before(lines, repeat_line, title.line)
        if back is not None:
            starts.append((back, clean_heading(lines[back]).title))
    starts = [(i, t) for i, t in starts if t and key(t) != key(title.title)]
    if not starts:
        return [], None
    starts.sort()
    names = list(dict.fromkeys(t for _, t in starts))
    return names, starts[0][0]


def _same_shape(lines: tuple[str, ...], title: Title) -> list[tuple[int, str]]:
    assert title.line is not None
    line = lines[title.line].strip()
    at = line.find(title.title)
    found: list[tuple[int, str]] = []
    if at >= 0 and line != title.title:
        pattern = re.compile(
            "^" + _shape(line[:at]) + r"(?P<t>.+?)" + _shape(line[at + len(title.title) :]) + "$"
        )
        last = title.line
        for j in range(title.line + 1, len(lines)):
            match = pattern.match(lines[j].strip())
            if not match or len(match.group("t").split()) > 10:
                continue
            listed, last = j == last + 1, j  # "• бягство-" / "• село-": a list of tags
            name = clean_heading(lines[j]).title
            if _facts_line(match.group("t")):
                continue  # "• Annemarie Jacir / Palestina/ 2017/ 96′": the film's own facts
            if not listed and not _section_or_person(name, lines) and not _about(name, title):
                found.append((j, name))
        if _people_column([name for _, name in found]):
            # "Kata Péter | |" over "Zsolt Anger | |", …: a cast's column, no other films
            found = [(j, name) for j, name in found if not is_name(name)]
    prev = next((j for j in range(title.line - 1, -1, -1) if lines[j].strip()), None)
    if prev is not None and re.fullmatch(r"[\d\s./-]{6,}", lines[prev].strip()):
        shape = re.compile("^" + _shape(lines[prev].strip()) + "$")
        for j in range(title.line + 1, len(lines)):
            if shape.match(lines[j].strip()):
                nxt = next((k for k in range(j + 1, len(lines)) if lines[k].strip()), None)
                if nxt is not None:
                    found.append((j, clean_heading(lines[nxt]).title))
    return found


#: the fewest headings of the film's shape, people's names, that make a column of people
_PEOPLE_COLUMN = 3
#: the share of those headings that must be shaped as people's names
_PEOPLE_SHARE = 0.8


def _people_column(names: list[str]) -> bool:
    """True when the lines of the film's heading's shape after it are mostly (four in five)
    shaped as people's names, three or more, a third of them or more opening with a known given
    name: a cast or crew written as a column of rows (the title chosen one of its names), not
    a list of other films."""
    from indexer.extract.pages.titleperson import person_like  # titleperson reads titles

    people = [n for n in names if is_name(n)]
    return (
        len(people) >= _PEOPLE_COLUMN
        and len(people) >= _PEOPLE_SHARE * len(names)
        and 3 * sum(person_like(n) for n in people) >= len(people)
    )


def _facts_line(text: str) -> bool:
    """A line shaped like the film's heading that is a line of facts with a year or a runtime
    (under "• Wajib", "• Annemarie Jacir / Palestina/ 2017/ 96′"): no other film's heading."""
    facts = line_facts(text)
    return facts is not None and bool(facts.years or facts.runtimes)


def _about(name: str, title: Title) -> bool:
    """A heading shaped like the film's that names the film after words of its own: a
    section about it ("De pers over Cine Expat: Druk" under "Cine Expat: Druk")."""
    folded, own = key(name), key(title.title)
    return bool(own) and folded != own and folded.endswith(" " + own)


def _section_or_person(name: str, lines: tuple[str, ...]) -> bool:
    """A heading shaped like the film's that heads a section of its page, not another film:
    a label's word or the press's ("• Pressestimmen" under "• Die Jagd"), or a person's name
    the page writes in its sentences too ("• Thomas Vinterberg": his biography)."""
    folded = key(name)
    if field_of(name) or folded in _press_headings():
        return True
    if not is_name(name):
        return False
    in_prose = sum(1 for line in lines if name in line and len(line.split()) > 12)
    return in_prose >= 2


@lru_cache(maxsize=1)
def _press_headings() -> frozenset[str]:
    return frozenset(key(w) for w in lang.cues("press_headings"))


def _shape(text: str) -> str:
    """A pattern for a heading's decoration: numbers and certificate-like codes ("12A",
    "PG") vary, words stay literal."""
    parts = re.findall(r"\d+|[^\W\d_]+|\s+|.", text)
    return "".join(_shape_part(p) for p in parts)


def _shape_part(part: str) -> str:
    if part.isspace():
        return r"\s+"
    if part.isdigit():
        return r"\d+[A-Za-z]?"
    if re.fullmatch(r"[A-Z]{1,3}", part):
        return r"[A-Z]{0,3}"
    return re.escape(part)


def _heading_before(lines: tuple[str, ...], j: int, main: int | None) -> int | None:
    for k in range(j - 1, max(j - 30, (main or -1)), -1):
        text = lines[k].strip()
        if text and heading_like(text, set()):
            return k
    return None
