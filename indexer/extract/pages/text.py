"""Page text before parsing: checks for unusable input, markup stripping, the ``Source:`` line,
and a classifier for the lines that are page furniture (menus, tickets, share buttons, dates).
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from indexer import lang, recache
from indexer.wordre import alternation

#: a run of white space, for the readers that fold it to one space or step over it
SPACES = re.compile(r"\s+")

#: Pages are a few kilobytes; anything past this is not a film page worth reading in full.
MAX_CHARS = 200_000

_TAG = re.compile(r"<(?:!--.*?--|[a-zA-Z/!][^<>]{0,2000})>", re.DOTALL)
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_SOURCE = re.compile(r"^\ufeff?\s*Source:\s*(\S+)\s*$")


@dataclass(frozen=True)
class PageText:
    """The text of a page ready for parsing: its lines, the address it came from, and any
    problem found while preparing it (``error`` means nothing usable is left)."""

    lines: tuple[str, ...]
    url: str | None = None
    error: str | None = None
    warning: str | None = None


def prepare(text: object) -> PageText:
    """Check, clean and split raw page text into lines; never raises."""
    if not isinstance(text, str):
        return PageText((), error="page text is not a string")
    warning = None
    if len(text) > MAX_CHARS:
        warning = f"page is {len(text):,} characters long; only the first {MAX_CHARS:,} were read"
        text = text[:MAX_CHARS]
    if not text.strip():
        return PageText((), error="empty page: no text")
    if _looks_binary(text):
        return PageText((), error="binary content, not page text")
    text, stripped_markup = _strip_markup(text)
    if not text.strip():
        kind = "only HTML markup, no text" if stripped_markup else "empty page: no text"
        return PageText((), error=kind)
    lines = [_clean_line(line) for line in text.splitlines()]
    url = None
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None:
        match = _SOURCE.match(lines[first])
        if match:
            url = match.group(1)
            lines[first] = ""
    if not any(line.strip() for line in lines):
        return PageText((), url=url, error="empty page: no text after the Source line")
    return PageText(tuple(lines), url=url, warning=warning)


def _looks_binary(text: str) -> bool:
    sample = text[:4000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    replacement = sample.count("\ufffd")
    return "\x00" in sample or (controls + replacement) > max(8, len(sample) // 20)


def _strip_markup(text: str) -> tuple[str, bool]:
    """Text without HTML tags and entities when the page is an HTML document; True when it
    was. Page *text* that merely contains markup-looking words (a synopsis quoting
    ``<a href=…>`` or ``{{7*7}}``) is kept verbatim: escaping is the web layer's job."""
    if not is_html_document(text):
        return text, False
    text = _SCRIPT.sub(" ", text)
    text = re.sub(r"<(?:br|/p|/div|/li|/tr|/h\d)\b[^>]*>", "\n", text, flags=re.IGNORECASE)
    text = _TAG.sub(" ", text)
    return html.unescape(text), True


_DOCUMENT = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.IGNORECASE)


def is_html_document(text: str) -> bool:
    """True for an HTML document (a doctype or html/head/body element, or text that is mostly
    tags), False for plain page text that only quotes a few tags."""
    sample = text[:50_000]
    if _DOCUMENT.search(sample[:5_000]):
        return True
    tags = re.findall(r"<[a-zA-Z/!][^<>]{0,2000}>", sample)
    return len(tags) >= 12 and sum(map(len, tags)) > 0.15 * len(sample.strip())


#: the Hangul vowel letter "ㅣ" standing alone beside Hangul, as Korean pages write a bar
#: between a label and its value ("감독ㅣ 박준범", "2023ㅣ드라마ㅣ96분"); a letter alone is no word
_HANGUL_BAR = recache.compile(r"(?<=[\uac00-\ud7a3\d)])[ ]?\u3163[ ]?(?=[\uac00-\ud7a3\w(])")


#: the date a page's capture writes before the page's first line ("date 2019-11 Het
#: International …"): the day the page was stored, no word of the page
CAPTURE_DATE = re.compile(r"^date\s+\d{4}-\d{2}(?:-\d{2})?\s+")


#: the gap between a table row's cells inside a line: three spaces or more, or a tab with
#: the blanks around it ("Dir: A B    Subtitles"; :func:`_clean_line` writes a page's tabs and
#: no-break spaces as spaces, so only the spaces reach the extractor)
CELL_GAP = re.compile(r"[ \t]*\t[ \t]*| {3,}")


def _clean_line(line: str) -> str:
    line = line.replace("\u00a0", " ").replace("\u200b", "").replace("\t", " ")
    if "\u3163" in line:
        line = _HANGUL_BAR.sub(" | ", line)
    return line.rstrip()


# --------------------------------------------------------------------------- noise

_NOISE = recache.compile(
    r"^(?:skip to (?:main )?content|menu|main menu|search|close this search box\.?|top of page|"
    r"purchase|book (?:tickets|now)|buy tickets|get tickets|tickets|show ?times|now showing|"
    r"coming soon|share|tweet|follow us|subscribe|newsletter|log ?in|sign ?in|register|home|"
    r"read (?:full|more|the full) (?:article|review)?|read more|see more|view trailer|"
    r"watch trailer|trailer|fbpx|comments powered by disqus|leave a (?:comment|reply)|"
    r"%d bloggers like this:?|see what.s playing|additional images|rating|our score|"
    r"schedule|screening schedule|no physical screenings scheduled\.?|played at|"
    r"recommended movies.*|related (?:films|posts)|back|next|previous|more information|"
    r"mehr informationen|outras informa[çc][õo]es|\W*|[-–—•·*|]+|"
    # a blog's archive page: "Tag Archives: X", "Archives de catégorie : X", "Schlagwort-Archiv:"
    r"(?:(?:tag|category|author|monthly|daily|yearly)\s+archives?"
    r"|archives? (?:de|du|des)\b[^:]{0,20}|archivo (?:de|del)\b[^:]{0,20}"
    r"|(?:schlagwort|kategorie)-?archiv\w*)\s*:.*)$",
    re.IGNORECASE,
)
_NOISE_IN = re.compile(
    # the first characters of the alternatives, looked at first: one test turns away most
    # positions of a line before ten alternatives are tried there
    r"(?=[hw©cbsgn.])(?:"
    r"https?://|www\.|©|\bcopyright\b|\bcookies?\b|\bbook now\b|\bshowtimes?\b|"
    r"\bget tickets\b|\bno showtimes\b|\.jpe?g\b|\.png\b)",
    re.IGNORECASE,
)

#: A month name followed by a number: the word here is one run of non-spaces (no month name
#: holds a space), then spaces and a digit. Checked before the month alternation, which
#: would otherwise try every month of every language at every word of a line.
_NEXT_IS_NUMBER = r"(?=\S+\s+\d)"


# The patterns built from every language module's months and weekdays are made on first use,
# not at import: a command that reads no page (serve, search, a refused build) starts at once.
@lru_cache(maxsize=1)
def months() -> str:
    """Month names of every language module (:mod:`indexer.lang`), as one alternation."""
    return alternation(lang.months())


@lru_cache(maxsize=1)
def weekdays() -> re.Pattern[str]:
    """Weekday names of every language module (from CLDR), as one word pattern."""
    return recache.compile(rf"\b(?:{alternation(lang.weekdays())})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def date_pattern() -> re.Pattern[str]:
    """Calendar dates ("12 févr. 2021", "July 4, 1999", a span of days "May 21-24, 2015",
    "2021-03-04", "4.3.21"); weekdays are left to :func:`is_schedule`: an optional prefix
    slows every search."""
    month = months()
    # every date opens with a digit or a month's first letter: tested once at each position
    # before the five forms, two of which look ahead over the whole word first
    first = "".join(dict.fromkeys(re.escape(m[0]) for m in lang.months()))
    return recache.compile(
        rf"(?=[\d{first}])"
        rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:de\s+|del\s+|d['’])?(?:{month})(?!\w)\.?,?"
        rf"(?:\s+(?:de\s+)?\d{{4}})?"
        rf"|\b{_NEXT_IS_NUMBER}(?:{month})(?!\w)\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
        rf"(?:\s?[-–]\s?\d{{1,2}}(?:st|nd|rd|th)?\b(?![:.h]\d))?,?(?:\s+\d{{4}})?"
        rf"|\b{_NEXT_IS_NUMBER}(?:{month})(?!\w)\.?\s+\d{{4}}"
        r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b)",
        re.IGNORECASE,
    )


_DIGITS = re.compile(r"\d+")


def date_matches(text: str) -> list[re.Match[str]]:
    """``date_pattern().finditer(text)``: the same matches, the pattern tried only where a
    date may open. Every form of :func:`date_pattern` opens at a word's edge (``\\b``) with a
    digit, or with a month whose run of non-spaces is followed by spaces and a digit (its
    look-ahead ``_NEXT_IS_NUMBER``): the pattern is tried at those places only, the first
    digit of each run of digits and each word's edge in the run of non-spaces before one, in
    page order, where ``finditer`` tries the long month alternation at every word (a date is
    never empty)."""
    places: list[int] = []
    for run in _DIGITS.finditer(text):
        start = gap = run.start()
        while gap > 0 and text[gap - 1].isspace():  # ``\s`` is ``str.isspace``
            gap -= 1
        if gap < start:
            word = gap
            while word > 0 and not text[word - 1].isspace():
                word -= 1
            first = max(word, places[-1] + 1) if places else word
            places.extend(at for at in range(first, gap) if _word_edge(text, at))
        if not places or places[-1] < start:
            places.append(start)  # inside a run of digits is no word's edge
    pattern = date_pattern()
    found: list[re.Match[str]] = []
    end = 0
    for at in places:
        if at >= end and (match := pattern.match(text, at)) is not None:
            found.append(match)
            end = match.end()
    return found


def _word_edge(text: str, at: int) -> bool:
    """Whether ``\\b`` holds before ``text[at]`` (a word character is ``str.isalnum`` or "_")."""
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    return before != (text[at].isalnum() or text[at] == "_")


def _without_date_matches(text: str) -> str:
    """``date_pattern().sub(" ", text)``, by :func:`date_matches`."""
    matches = date_matches(text)
    if not matches:
        return text
    parts: list[str] = []
    end = 0
    for match in matches:
        parts += [text[end : match.start()], " "]
        end = match.end()
    parts.append(text[end:])
    return "".join(parts)


#: an hour of the day, 0 to 23
_HOUR_OF_DAY = r"(?:[01]?\d|2[0-3])"
#: an hour of the day and its minutes ("19:30", "7.30", "20h30")
CLOCK = rf"{_HOUR_OF_DAY}[:.h][0-5]\d"
#: a time of day: a :data:`CLOCK` or an hour before "am" or "pm" ("7:30pm", "8 pm", "8 a.m.")
TIME_OF_DAY = rf"(?:{CLOCK}|{_HOUR_OF_DAY}\s?[ap]\.?m\b)"
#: a schedule's time, looser than :data:`TIME_OF_DAY` (any two digits after the mark, "Uhr"),
#: no word after it; no word edge before it either: a reader puts its own (case ignored)
SCHEDULE_TIME = r"\d{1,2}[:.h]\d{2}\s*(?:am|pm|uhr|h)?(?!\w)|\d{1,2}\s*(?:am|pm)(?!\w)"
#: a :data:`SCHEDULE_TIME` not inside a word: for :func:`is_schedule` a line of such number
#: pairs ("Widescreen 1.66:1") is furniture too
_TIME = re.compile(rf"\b(?:{SCHEDULE_TIME})", re.I)


_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@lru_cache(maxsize=8192)  # a page's lines are asked about by the title, people, quotes…
def is_noise(line: str) -> bool:
    """True for page furniture: menus, buttons, ticket links, dates and times on their own."""
    stripped = line.strip(" •·*-–—|>")
    if _NOISE.match(stripped) or _NOISE_IN.search(stripped) or is_link_line(stripped):
        return True
    return is_schedule(stripped)


#: the marks a heading line may open or end with: a bullet, a bar, an arrow, a dash, a colon
HEADING_MARKS = " \t•·*#|>»«–—-:：→►▶▸"


def heading_words(line: str) -> str:
    """The words of a heading line without the marks that open and end it ("» Lire aussi :"
    -> "Lire aussi", "▶ Related" -> "Related")."""
    return line.strip(HEADING_MARKS)


@lru_cache(maxsize=1 << 12)  # the line readers ask about the same lines in turn
def is_link_line(line: str) -> bool:
    """True for a line that links to another article of the site ("Read also: …", "Baca juga :
    …", "» Lire aussi"): furniture even where its head looks like a critic's name before a
    colon."""
    return _read_also().match(heading_words(line)) is not None


@lru_cache(maxsize=1)
def _read_also() -> re.Pattern[str]:
    """A link to another article of the site, in any language module's words, before a colon
    or alone ("Read also: …", "Baca juga : …", "Lire aussi")."""
    return recache.compile(rf"(?:{lang.alternation('read_also')})\s*(?:[:：]|$)", re.IGNORECASE)


def is_schedule(line: str) -> bool:
    """True for a line made only of dates, times, weekdays and venue-ish short words."""
    if not _DIGIT.search(line):
        return False
    # a time, a year or a weekday: the weekday, a long alternation, is looked for last
    if not (_TIME.search(line) or _YEAR.search(line) or weekdays().search(line)):
        return False
    rest = _without_date_matches(line)
    rest = _TIME.sub(" ", rest)
    rest = weekdays().sub(" ", rest)
    if rest == line:
        return False
    # vowel signs and other combining marks are no word characters for `\w`: a Telugu or
    # Hindi word would split into runs too short to count as words
    rest = "".join(ch for ch in rest if not unicodedata.category(ch).startswith("M"))
    leftover = re.findall(r"[^\W\d_]{3,}", rest)
    return len(leftover) <= 2 and not re.search(r"[^\W\d_]{3,}\s+[^\W\d_]{3,}\s+\S", rest)


@lru_cache(maxsize=8192)  # the fact, sentence and heading readers ask for the same lines
def without_dates(text: str) -> str:
    """``text`` with calendar dates removed (they hold years that are not the film's year)."""
    if not any(map(str.isdigit, text)):
        return text  # every date form holds a digit: spare the long month alternation
    return _without_date_matches(text)


def literal_then(text: str, literal: str, tail: re.Pattern[str]) -> bool:
    """True when ``literal`` occurs in ``text`` followed by a match of ``tail``: what any
    match of a pattern ``re.escape(literal) + tail.pattern`` needs. A page's title makes a new
    pattern per page; checking this first compiles it only when it can match."""
    at = text.find(literal)
    while at >= 0:
        if tail.match(text, at + len(literal)):
            return True
        at = text.find(literal, at + 1)
    return False


def _shape_of(line: str) -> tuple[int, bool] | None:
    text = line.strip()
    if not text or len(text.split()) > 3 or len(text) > 30:
        return None
    return len(text.split()), text.isupper()


def in_a_list(lines: tuple[str, ...], i: int) -> bool:
    """True when line ``i`` is one of three or more consecutive short lines of one shape
    ("PRAG" / "BRÜNN" / "OLMÜTZ", a menu), blank lines between them allowed."""
    shape = _shape_of(lines[i])
    if shape is None:
        return False
    run = [j for j in range(max(0, i - 6), min(len(lines), i + 7)) if lines[j].strip()]
    at = run.index(i)
    same = 1
    for step in (-1, 1):
        k = at + step
        while 0 <= k < len(run) and _shape_of(lines[run[k]]) == shape:
            same += 1
            k += step
    return same >= 3


@lru_cache(maxsize=8192)
def letter_script(char: str) -> str:
    """The script a letter belongs to, the first word of its Unicode name ("LATIN", "HANGUL")."""
    return unicodedata.name(char, "").split(" ", 1)[0]
