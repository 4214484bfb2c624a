"""Unlabelled facts: short "fact lines", and what a person's name looks like.

A fact line packs several facts without labels: ``UK | 84mins | 2019 | rated (15)``,
``Germany 2024 Tim Fehlbaum 91m``, ``DRAMA; 1hr 55min (Polish with subtitles)``. It is split
into cells, each cell into spans recognised as a year, a runtime, a country, a genre or a
language; a line counts when it holds at least two such facts and little else (a few more
words when it states several kinds of fact). Credit sentences in prose are read by
:mod:`.sentences` and :mod:`.cues`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from indexer import lang, recache
from indexer.extract.pages.institutions import opens_with_institution
from indexer.extract.pages.labels import CREDIT_FIELDS, field_of
from indexer.extract.pages.synopsiscues import words
from indexer.extract.pages.text import CELL_GAP, date_pattern, without_dates
from indexer.normalize import (
    country_name,
    genre_names,
    hours_minutes_signs,
    key,
    language_name,
    may_name_country,
    may_name_genre,
    nationality_country,
    parse_runtime,
    parse_year,
    plain_digits,
    runtime_units,
)
from indexer.wordre import alternation

#: the kinds of value a :class:`Facts` holds
KINDS = ("years", "runtimes", "countries", "genres", "languages", "dated", "names")


@dataclass
class Facts:
    """What one line or sentence states, values as written."""

    years: list[int] = field(default_factory=list)
    runtimes: list[int] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    genres: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    #: years of the calendar dates on the line ("13 juillet 2022 en salle / 1h 54min"): a
    #: release or a screening, not the film's year, but close to it
    dated: list[int] = field(default_factory=list)
    leftover: int = 0

    def count(self) -> int:
        """How many kinds of fact were found."""
        kinds = (self.years, self.runtimes, self.countries, self.genres, self.languages)
        return sum(1 for values in kinds if values)

    def add(self, other: Facts, kinds: tuple[str, ...] = KINDS, empty_only: bool = False) -> None:
        """``other``'s values of ``kinds`` after these (with ``empty_only``, only in the kinds
        that hold nothing yet)."""
        for name in kinds:
            mine = getattr(self, name)
            if not (empty_only and mine):
                mine.extend(getattr(other, name))


_CELL_SPLIT = re.compile(
    r"\s*(?:[|;,/()\[\]•／｜、，]|\s·\s|\.\s+(?=[^\W_])|\s[-–—]\s?|[-–—]\s|(?<=\d)-|-(?=(?:in|with)\b))\s*",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def runtime_token() -> re.Pattern[str]:
    """A runtime written alone ("95 min", "1h 33", "1h 48'", "133΄"), in any language
    module's units; built on first use, as :func:`indexer.normalize.runtime_units`."""
    hours, minutes = runtime_units("hours"), runtime_units("minutes")
    return recache.compile(
        rf"^(?:\d{{1,3}}\s*(?:{minutes}|'|′|΄|`|’|ʼ|´)\.?"
        rf"|0?[1-4]\s*(?:{hours})\.?\s*\d{{1,2}}\s*(?:{minutes}|'|′|΄|`|’|ʼ|´)?\.?"
        rf"|{hours_minutes_signs().pattern})$",  # "1ч 38м": the short signs as a pair
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _hours_alone() -> re.Pattern[str]:
    """Whole hours alone in a cell ("2 h", "3 heures"): a runtime only on a line that gives the
    year too, for "1 hour ago" dates a news page's articles."""
    return recache.compile(rf"[1-4]\s*(?:{runtime_units('hours')})\.?", re.IGNORECASE)


_ENCLOSED = re.compile(r"[<〈【［〔](.+)[>〉】］〕]")


@lru_cache(maxsize=1)
def _year_token() -> re.Pattern[str]:
    """A year alone, maybe in parentheses, maybe with the year's sign of Chinese, Japanese or
    Korean and a word of a work made that year ("2019年", "2019년", "2019年製作", "2019년 작"),
    or with a language's abbreviated word for year (:func:`indexer.lang.year_marks`: "1978г",
    "1978 г.", "2011 m.")."""
    made = alternation(w for w in lang.cues("made_words") if " " not in w) or "(?!)"
    marks = alternation(w for w in lang.year_marks() if w not in "年년") or "(?!)"
    return re.compile(
        rf"^\(?(18[89]\d|19\d\d|20\d\d)"
        rf"(?:[年년]\s?(?:{made})?|\.?\s?(?i:{marks})\.?)?\)?$"
    )


SUBTITLES = re.compile(r"sub-?tit|sottotit|untertit|sous-tit|subtitul|legendad", re.IGNORECASE)
#: Genre words that are more often a first name or an ordinary word in a credits line.
_AMBIGUOUS_GENRES = frozenset({"christian", "love", "period", "dance", "kids", "children", "sf"})
_NOISE_TOKEN = re.compile(
    r"^(?:u|pg|pg-?13|12a?|15|18|r|m|ma|ma15\+|nr|g|fsk|rated|certificate|classified|"
    r"subtitled|info|cert|\d{1,2}\.?|woche|week|s|(?:[^\W\d_]{1,3}\.){2,}[^\W\d_]{0,3})$",
    re.IGNORECASE,
)


def line_facts(line: str, *, strict: bool = True) -> Facts | None:
    """The facts of a fact line; None when ``line`` is not one (``strict=False`` accepts a
    single fact, for cells that a labelled row already marked as facts)."""
    facts = _line_facts(line, strict)  # the readers of a page ask for the same lines
    return None if facts is None else _copied(facts)


def _copied(facts: Facts) -> Facts:
    """A copy of ``facts`` with lists of its own (a remembered answer is never changed)."""
    lists = {name: list(getattr(facts, name)) for name in KINDS}
    return Facts(**lists, leftover=facts.leftover)


#: a year run into the word before it, as a flattened page joins two cells ("Iceland,
#: Denmark2022"): where a space goes, after three letters at least
_GLUED_YEAR = re.compile(r"(?<=[^\W\d_]{3})(?=(?:18[89]|19\d|20\d)\d(?!\w))")

#: the most words a fact line may leave over (:func:`_allowed_leftover`: one per kind of fact)
_MOST_LEFTOVER = 5


@lru_cache(maxsize=4096)
def _line_facts(line: str, strict: bool) -> Facts | None:
    # Korean pages write the vowel letter ㅣ as a bar between cells ("2017ㅣColorㅣ39분"); a year
    # in other digits is a year ("۲۰۲۱ / ایران")
    line = _GLUED_YEAR.sub(" ", plain_digits(line))
    undated = without_dates(line)
    text = coded_countries(undated.replace("ㅣ", "|").strip())
    enclosed = _ENCLOSED.fullmatch(text)  # "<2019年/日本/33分>": the whole line in brackets
    text = enclosed.group(1).strip() if enclosed else text
    if strict and text.count("|") >= 2:
        return pipe_facts(text)
    if strict and text.count(" I ") >= 2:  # "Brasil I Drama I 2019 I 132min.": a capital I as a bar
        barred = pipe_facts(text.replace(" I ", " | "))
        if barred is not None:
            return barred
    if not text or len(text.split()) > 18 or text.endswith(("?", "!")):
        return None
    facts = Facts()
    hours: list[int] = []
    for cell in _CELL_SPLIT.split(text):
        if cell and _hours_alone().fullmatch(cell.strip(" .:")):
            hours.append(60 * int(cell.strip(" .:")[0]))
        elif cell and cell.strip(" .:"):
            _read_cell(cell.strip(" .:"), facts)
        if strict and facts.leftover > _MOST_LEFTOVER:
            return None  # prose: the cells after cannot make it a fact line
    if hours and facts.years and not facts.runtimes:  # "France, 2016, couleur, 2 h"
        facts.runtimes.append(hours[0])
    else:
        facts.leftover += len(hours)  # "1 oră în urmă": an hour ago, no runtime
    # in capitals a name looks like any other words (a menu's line; a heading: "LA VIE DEVANT
    # SES YEUX" is no name after "LA", Laos's code)
    if facts.names and text.isupper():
        facts.leftover += sum(len(name.split()) for name in facts.names)
    if not strict:
        return facts if facts.count() else None
    if facts.leftover > _allowed_leftover(facts, len(_CELL_SPLIT.split(text))):
        return None
    if undated != line:
        facts.dated = _release_years(line)
    if facts.count() >= 2 or (facts.runtimes and len(text.split()) <= 4):
        return facts
    if facts.names and facts.years and re.search(r"\(\d{4}\)", text) and not facts.leftover:
        return facts
    return facts if facts.languages and SUBTITLES.search(text) else None


_RUN_SPLIT = re.compile(
    r"\s*(?:[,،、，;/|()（）\[\]•／｜—]|\s·\s|\.\s+|\s[-–—]\s|(?<=\d)\s+(?=[^\W\d_]{3,}\s?:\s)"
    r"|(?<=[^\W\d_])-(?=(?:18[89]|19\d|20\d)\d(?!\d)))\s*"
)  # the next label ends a run on a flattened line ("…, Polska, 2003 Reżyseria: …"); an unspaced
# dash parts cells too: "(Italy/1966—directed by Gillo Pontecorvo)", "(Francia-1960) de …"
#: where a run of facts begins: after a quoted name ("«Дядя Саша», Россия"), a parenthesis, a
#: square bracket ("Eva não dorme [Eva no duerme, Argentina, 2015]") or a spaced dash ("Kiedy
#: Paryż wrze – USA; 1964")
_RUN_START = re.compile(r"[»\"”“》」』]\s*[,，،]?\s*[(（\[]?|[(（\[]|\s[-–—]\s")
RUN_KINDS = ("years", "runtimes", "countries")
#: a run anywhere else in a line holds this many facts ("BELFAST (12A) 2022, UK, 98min")
_LONG_RUN = 3


def fact_runs(line: str) -> Facts:
    """Facts packed into a line of other words as a run of short cells of one fact each, of
    at least two kinds: right after a quoted title or in parentheses (``фильм «Дядя Саша»,
    Россия, 2018, 92 мин.``, ``a new film (Japan, 1953, 136 min) by Ozu``), opening the line
    (``Brasil, 2006. Direção de …``), or anywhere when it holds three facts (``Sat 24th
    7.30pm: BELFAST (12A) 2022, UK, 98min, dir Kenneth Branagh``). Cells that say colour, a
    rating or subtitles ("Cores", "(15)", "sub") may stand inside a run. Years, runtimes and
    countries only; "born in Paris, France, 1970" is no run."""
    line = plain_digits(line)
    if not _run_number().search(line):
        return Facts()  # two kinds of fact: a year or a runtime among them
    text = coded_countries(without_dates(line))
    for start in _RUN_START.finditer(text):
        cells = _RUN_SPLIT.split(text[start.end() : start.end() + 120])
        # in parentheses the original title may come first: "(Idem, Brasil, 2010)"
        titled = start.group(0).endswith(("(", "（", "[")) and _original_title(cells[0])
        run = _first_run(cells, _opens_by(1 if titled else 0))
        if run is not None:
            return run
    cells = _RUN_SPLIT.split(text[:400])
    run = _first_run(cells, lambda facts, at: at == 0 or facts >= _LONG_RUN)
    if run is not None:
        return run
    pair = _labelled_pair(text[:400])
    if pair.count():
        return pair
    pair = _enclosed_pair(text[:400])
    return pair if pair.count() else _spaced_run(text[:400])


#: a parenthesis that holds a year and one word beside it, a space between, in either order
#: ("(Russisk 2014)", "(2020年 アメリカ)")
_ENCLOSED_PAIR = re.compile(
    r"[(（]\s*(?:([^\W\d_][\w-]+)\s+((?:18[89]|19\d|20\d)\d)"
    r"|((?:18[89]|19\d|20\d)\d)[年년]?\s+([^\W\d_][\w-]+))\s*[)）]"
)


def _enclosed_pair(text: str) -> Facts:
    """The year and the country of a parenthesis that holds only them, the country written
    as its name or as a nationality with a capital ("(Russisk 2014)" -> Russia, "(2020年
    アメリカ)"): a film cited with its origin, as a citation's run of facts does."""
    for match in _ENCLOSED_PAIR.finditer(text):
        word = match.group(1) or match.group(4)
        year = match.group(2) or match.group(3)
        named = country_name(word) and not word[:1].islower()
        if named or (word[:1].isupper() and nationality_country(word)):
            return Facts(years=[parse_year(year) or 0], countries=[word])
    return Facts()


def _spaced_run(text: str) -> Facts:
    """A country, a year and a runtime side by side with only spaces between, in any order,
    inside a line of other words ("… [ 12 cert. ] 2014 Mauritania 96 Minutes dir: …", "…
    politique France 2017 1h53 l'imagerie …", as a flattened programme writes them): the three
    together, never two, which prose writes too ("Germany 1945")."""
    if not (YEAR_ANYWHERE.search(text) and _minutes_anywhere().search(text)):
        return Facts()
    words = text.split()
    run = Facts()
    i = 0
    while i < len(words):
        size, kind = _spaced_fact(words, i)
        if not size:
            if run.countries and run.years and run.runtimes:
                return run
            run, i = Facts(), i + 1
            continue
        _add(kind, " ".join(words[i : i + size]), run)
        i += size
    return run if run.countries and run.years and run.runtimes else Facts()


#: the marks that part the members of a credit or facts line ("Name, Country, 2023",
#: "A | 2018 | SN")
MEMBER_PARTS = re.compile(r"\s*(?:[,/|;•·]|\s[-–—]\s)\s*")
#: a runtime written as a short member ("77′", "89 mins", "98 min")
RUNTIME_MEMBER = re.compile(r"\d{1,3}[ \t]*(?:['′’]|[^\W\d_]{1,7}\.?)")


#: a year a film may be from (1880-2099), anywhere in a text but not inside a longer number
YEAR_ANYWHERE = re.compile(r"(?<!\d)(?:18[89]|19\d|20\d)\d(?!\d)")


@lru_cache(maxsize=1)
def _minutes_anywhere() -> re.Pattern[str]:
    """A number of minutes, or of hours and minutes ("1h53"), somewhere in a line."""
    hours, minutes = runtime_units("hours"), runtime_units("minutes")
    return recache.compile(rf"\d\s*(?:{minutes}|(?:{hours})\s*\d)", re.IGNORECASE)


def _spaced_fact(words: list[str], i: int) -> tuple[int, str]:
    """The size and kind of the year, runtime or country (capitalised) that opens
    ``words[i:]``, or (0, "")."""
    for size in (3, 2, 1):
        span = " ".join(words[i : i + size])
        if i + size > len(words) or not span[:1].isalnum():
            continue
        kind = _kind(span)
        if kind in ("year", "runtime") or (kind == "country" and span[0].isupper()):
            return size, kind
    return 0, ""


#: short codes in capitals joined by slashes, then a year, opening a line or a cell: "D 2017",
#: "F/D 2019", "; E 2022;" (not "FRANCE I 2022 I 1H54", where the letter parts the cells)
_CODES_YEAR = re.compile(
    r"(?:^|(?<=[:;,|(\[•·])|(?<=[:;,|(\[•·] )|(?<=[-–—] ))"
    r"((?:[^\W\d_a-zß-ÿ]{1,3}/)*[^\W\d_a-zß-ÿ]{1,3})"
    r"(?=,?\s+(?:18[89]|19\d|20\d)\d\s*(?:$|[;,|)\]•·.]|[-–—]\s))"
)

#: what :data:`_CODES_YEAR` needs after its codes, found far faster than the codes
_YEAR_AFTER_SPACE = re.compile(r"\s(?:18[89]|19\d|20\d)\d")


def coded_countries(text: str) -> str:
    """``text`` with the short country codes written before a year ("D 2017", "F/D 2019",
    "Ö 2022, 113 min": :func:`indexer.lang.country_codes`) put as ISO codes, which name the
    country as a cell of a fact line does ("DE 2017", "FR/DE 2019"); other text unchanged."""
    if not _YEAR_AFTER_SPACE.search(text) or not _CODES_YEAR.search(text):
        return text  # the first, a plain scan, skips most lines: no year after a space

    def iso(match: re.Match[str]) -> str:
        codes = [_short_code(part) for part in match.group(1).split("/")]
        return "/".join(codes) if all(codes) else match.group(0)  # type: ignore[arg-type]

    return _CODES_YEAR.sub(iso, text)


def _short_code(part: str) -> str | None:
    """The ISO code of a short code before a year: a language's own ("D", "Ö", "ALE"), or one
    that names a country as written ("USA", "BRA", "GB"), kept; None for any other."""
    code = lang.country_codes().get(part.lower())
    if code:
        return code
    return part if len(part) >= 2 and country_name(part) else None


def _opens_by(last: int) -> Callable[[int, int], bool]:
    """A run's test (see :func:`_first_run`): it opens at cell ``last`` or before."""
    return lambda facts, at: at <= last


def _original_title(cell: str) -> bool:
    """A cell that reads as a film's original title opening a parenthesis before its facts:
    one to six words, the first with a capital, no digits ("Idem", "The Father"; "born in
    Paris" is none)."""
    words = cell.split()
    return 1 <= len(words) <= 6 and words[0][:1].isupper() and not re.search(r"\d", cell)


#: up to three words and a year right before a label, however short ("… Schweiz 2020 R: …",
#: "…; E 2022; R: …")
_PAIR_BEFORE_LABEL = re.compile(
    r"((?:[^\W\d_][\w.'-]*\s){1,3})((?:18[89]|19\d|20\d)\d)[;,]?\s+[^\W\d_]{1,12}\s?:\s"
)


def _labelled_pair(text: str) -> Facts:
    """A country and its year that a credit label follows, in a line of other words
    ("… setzen.- NZZ Schweiz 2020 R: Bettina Oberli"): the label closes the pair as a cell."""
    for match in _PAIR_BEFORE_LABEL.finditer(text):
        words = match.group(1).split()
        for size in (3, 2, 1):
            pair = _country_and_year(f"{' '.join(words[-size:])} {match.group(2)}")
            if len(words) >= size and pair:
                return pair
    return Facts()


@lru_cache(maxsize=1)
def _run_number() -> re.Pattern[str]:
    """A year or a number of minutes somewhere in a line."""
    minutes = runtime_units("minutes")
    return recache.compile(
        rf"(?<!\d)(?:18[89]\d|19\d\d|20\d\d)(?!\d)|\d\s*(?:{minutes}|'|′|΄|’|ʼ)", re.IGNORECASE
    )


def _first_run(cells: list[str], enough: Callable[[int, int], bool]) -> Facts | None:
    """The first run of fact cells (with noise cells inside) of two kinds or more for which
    ``enough(number of facts, index of its first cell)`` holds."""
    run: list[Facts] = []
    begin = None  # a run opens with its first cell, a noise cell too ("Spielfilm, …")
    for at, cell in enumerate([*cells, "\0"]):
        one = _run_cell(cell)
        if one is not None:
            begin = at if begin is None else begin
            if one.count():
                run.append(one)
            continue
        facts = sum(len(getattr(item, name)) for item in run for name in RUN_KINDS)
        if _run_kinds(run) >= 2 and enough(facts, begin or 0):
            found = Facts()
            for item in run:
                found.add(item, (*RUN_KINDS, "genres"))
            return found
        run, begin = [], None
    return None


def _run_kinds(run: list[Facts]) -> int:
    return len({name for item in run for name in RUN_KINDS if getattr(item, name)})


def _run_cell(cell: str) -> Facts | None:
    """One fact of :data:`RUN_KINDS` read from a cell, an empty :class:`Facts` for a cell
    of noise (colour, rating, subtitles), None for any other cell."""
    if runtime_token().match(cell.strip(" .:;")):  # "127’": the mark is the minutes' unit
        return _one_fact(cell.strip(" .:;"))
    words = cell.strip(" .:;«»\"“”„‟'’‘")
    if not words:
        return None if cell == "\0" else Facts()
    if _is_noise_cell(words) or (len(words.split()) <= 2 and says_film(words.split()[-1])):
        return Facts()  # "Spielfilm", "Feature film": the kind of work
    if len(words.split()) <= 2 and _kind(words) == "genre":
        return Facts(genres=[words])  # "Česko 2019, drama, 90 min.": a genre inside a run
    if len(words.split()) > 3:
        return None
    found = _one_fact(words) or _country_and_year(words)
    if found is None and (is_name(words) or _byline(words)) and not words.isupper():
        # "2020. Ben Shani, 75 min. IL", "(Dir. by Charles Burnett, 1977, USA, 80 mins.)": the
        # director's name inside the run
        return Facts()
    return found


def _byline(words: str) -> bool:
    """A name after the word that credits a director ("by Charles Burnett", "de Jean Vigo")."""
    first, _, rest = words.partition(" ")
    return first.casefold() in lang.cue_set("by") and is_name(rest)


def _country_and_year(words: str) -> Facts | None:
    """A country's name and the year after it in one cell ("Polska 2018", "Litauen 2021",
    "Japan 2023"): two facts of a run ("Dutch 2008" after a dash in prose is none)."""
    head, _, last = words.rpartition(" ")
    if not head or not _year_token().match(last):
        return None
    if not country_name(head) or head[0].islower():  # a country's name, no nationality
        return None
    return Facts(years=[parse_year(last) or 0], countries=[head])


@lru_cache(maxsize=4096)
def _one_fact(words: str) -> Facts | None:
    """The one fact a whole cell states, or None (the same cells come back on every line:
    read once; callers copy the values, never change them). A country is written with a
    capital ("suomi" after "Suomi, 2023, 81 min" is the language)."""
    one = Facts()
    if _year_token().match(words):
        _add("year", words, one)
    elif runtime_token().match(words):
        _add("runtime", words, one)
    elif not words[0].islower() and len(words) > 1 and _kind(words) == "country":
        _add("country", words, one)
    elif not words[0].islower() and " " not in words:
        one.countries.extend(joined_countries(words))  # "Sweden-France-UK-Germany"
    return one if one.count() else None


@lru_cache(maxsize=4096)
def _is_noise_cell(words: str) -> bool:
    folded = words.casefold()
    if folded in _colour_words() or SUBTITLES.match(folded):
        return True
    conjunctions = lang.cue_set("conjunctions")
    if all(w in _colour_parts() or w in conjunctions for w in folded.split()):
        # "alb/negru şi color" split at the slash: colour words and a conjunction
        return any(w in _colour_parts() for w in folded.split())
    if SUBTITLES.search(folded) and len(words.split()) <= 5:
        return True  # "Japanese with English subtitles", "in Dari mit dt. Untertiteln"
    tokens = words.split()
    rating = len(tokens) == 2 and _RATING_WORD.match(tokens[0]) is not None  # "cert 12A"
    return all(_NOISE_TOKEN.match(w.strip(".()")) for w in tokens) and (len(words) <= 5 or rating)


_RATING_WORD = re.compile(r"(?i)(?:rated|certificate|cert|fsk)$")


@lru_cache(maxsize=1)
def _colour_words() -> frozenset[str]:
    return frozenset(lang.cues("colour_words"))


@lru_cache(maxsize=1)
def _colour_parts() -> frozenset[str]:
    """The words of the colour words, of three letters or more ("alb", "negru" of "alb-negru";
    "noir", "blanc" of "noir et blanc")."""
    return frozenset(p for w in _colour_words() for p in re.split(r"[\s/&-]+", w) if len(p) >= 3)


def _release_years(line: str) -> list[int]:
    """The years of the dates on a line that words of a release or a screening follow ("13
    juillet 2022 en salle"); a date alone may be any day the page was written or shown."""
    lowered = line.lower()
    years = []
    for match in date_pattern().finditer(line):
        after = re.match(r"\s*", lowered[match.end() :])
        start = match.end() + (after.end() if after else 0)
        if words("event_words").match(lowered, start):
            years.append(parse_year(match.group(0)) or 0)
    return [year for year in years if year]


def _allowed_leftover(facts: Facts, cells: int) -> int:
    """Words a fact line may hold besides facts ("v.o. s-t fr.", "15세 관람가", "en salle"):
    more when the line states more kinds of fact in more cells."""
    if facts.count() >= 3:
        return facts.count()
    if facts.count() == 2 and cells >= 3:
        return 2
    return 1


def pipe_facts(line: str, minimum: int = 2) -> Facts | None:
    """Facts of a ``a | b | c`` line, read cell by cell; cells with other words are skipped
    ("AVEC DAMIEN BONNARD", "PRIX DU JURY, CANNES 2019")."""
    facts = Facts()
    for cell in without_dates(line).split("|"):
        one = line_facts(cell, strict=False) if cell.strip() else None
        if one and one.leftover and CELL_GAP.search(cell.strip()):
            # "Two Days, One Night [Deux jours]     Belgium / France 2014": a flattened table's
            # columns, the title's before a wide gap and the facts' after it
            last = CELL_GAP.split(cell.strip())[-1]
            one = line_facts(last, strict=False)
        if one and not one.leftover:
            facts.add(one, KINDS[:-1])  # the names of a cell of other words are not its
        elif is_name(cell.strip()):
            facts.names.append(cell.strip())  # "Wim Wenders | JP 2023 | 123 min"
    return facts if facts.count() >= minimum else None


_IN_LANGUAGE = re.compile(r"^in\s+\w+$", re.IGNORECASE)  # "in Hindi"


def _read_cell(cell: str, facts: Facts) -> None:
    if SUBTITLES.search(cell):
        spoken = re.match(r"^(?:in\s+)?(.+?)\s+(?:with|con|mit|avec)\b", cell, re.IGNORECASE)
        before = _BEFORE_IN.fullmatch(spoken.group(1)) if spoken else None
        if before and language_name(before.group(2)):
            _read_cell(before.group(1), facts)  # "Denmark / Iceland In Icelandic with …"
            cell = cell[before.start(2) :]
            spoken = re.match(r"^(.+?)\s+(?:with|con|mit|avec)\b", cell, re.IGNORECASE)
        name = language_name(spoken.group(1)) if spoken else None
        if name:
            facts.languages.append(spoken.group(1) if spoken else cell)
            return
        # "France 86 mins Subtitled": the other words of the cell are still facts
        cell = re.sub(r"\S*(?:" + SUBTITLES.pattern + r")\S*", " ", cell, flags=re.I).strip()
        if not cell:
            return
    if _IN_LANGUAGE.match(cell) and language_name(cell[3:]):
        facts.languages.append(cell[3:])
        return
    if cell.strip(" .;:()").casefold() in _colour_words():
        return  # "Noir et blanc": the colour of the print, no "noir" film
    words = cell.split()
    i = 0
    pending: list[str] = []
    while i < len(words):
        joined = joined_countries(words[i])
        if joined:  # "Sweden-France-UK-Germany": a co-production's countries
            _flush(pending, facts)
            pending = []
            facts.countries.extend(joined)
            i += 1
            continue
        size, kind = _longest_span(words, i)
        if kind == "genre" and _in_name(pending):
            size = 0  # "La Rose du crime": a name's words, no genre among facts
        if kind == "country" and _opens_name(words, i + size):
            size = 0  # "Columbia Pictures", "Dominique Gautier": a company's or a person's
        if not size:
            pending.append(words[i])
            i += 1
            continue
        _flush(pending, facts)
        pending = []
        _add(kind, " ".join(words[i : i + size]), facts)
        i += size
    _flush(pending, facts)


def _opens_name(words: list[str], at: int) -> bool:
    """Whether the word at ``at``, right after a country's name, goes on a name that the
    country's name opens: a word of letters only with a capital and small letters that is
    no fact, no colour and no noise ("Columbia Pictures", "Dominique Gautier"; not "France
    Drama", "USA Color")."""
    if at >= len(words):
        return False
    nxt = words[at]
    return (
        nxt.isalpha()
        and nxt[:1].isupper()
        and not nxt.isupper()
        and not _kind(nxt)
        and nxt.casefold() not in _colour_words()
        and not _is_noise_cell(nxt)
        and not says_film(nxt)
    )


#: the facts of another cell before a subtitled film's language, a flattened page's cells run
#: together ("Iceland In Icelandic with English subtitles"): the words before "in"
_BEFORE_IN = re.compile(r"(.*\S)\s+in\s+(\S.*)", re.IGNORECASE)


def joined_countries(word: str) -> list[str]:
    """The countries of a word that joins two or more of them with hyphens
    ("Sweden-France-UK-Germany"); [] for any other word ("Guinea-Bissau" is one country)."""
    if "-" not in word:
        return []
    parts = word.strip(",.;").split("-")
    if len(parts) < 2 or _kind(word.strip(",.;")) == "country":
        return []
    return parts if all(p and _kind(p) == "country" for p in parts) else []


def _longest_span(words: list[str], i: int) -> tuple[int, str]:
    for size in (3, 2, 1):
        if i + size > len(words):
            continue
        kind = _kind(" ".join(words[i : i + size]))
        if kind:
            return size, kind
    return 0, ""


@lru_cache(maxsize=8192)  # the same words come back in every cell of every fact line
def _kind(span: str) -> str:
    if _year_token().match(span):
        return "year"
    if runtime_token().match(span):
        return "runtime"
    # "fr" in "s-t fr." is no country, nor "år" (Swedish "year") folded to "ar", Argentina's code
    folded = key(span)
    short_code = (
        len(span) <= 3
        and not span.isupper()
        and (span.isascii() or (len(folded) == 2 and folded.isascii()))
    )
    # "2022, 86min., NR", "PG - Drama": a rating's letters, not Nauru's or Papua New Guinea's code
    rating = len(span) == 2 and _NOISE_TOKEN.match(span) is not None
    spaced = span.replace("_", " ")
    # most spans hold no word of any country's name nor of any genre phrase: both lookups skipped
    if (
        len(span) > 1
        and not short_code
        and not rating
        and may_name_country(spaced)
        and country_name(spaced)
    ):
        return "country"
    if (
        may_name_genre(span)
        and genre_names(span)
        and span.lower() not in _AMBIGUOUS_GENRES
        and not _name_part(span)
    ):
        return "genre"
    if len(span) > 2 and " " not in span and span[0].isupper() and language_name(span):
        return "language"
    if len(span) > 4 and " " not in span and not language_name(span):
        # a nationality among facts ("דרמה, ישראלי, קומדיה", "Drama, Brazilian, 2012")
        return "country" if nationality_country(span) and not is_name(span) else ""
    return ""


#: the marks that open or close a quoted name, and the words that join the words of a name
#: ("La Rose du crime"), which never open a genre
_QUOTE_MARKS = frozenset("\"“”«»„‘’'「」『』《》")
_NAME_LINKS = frozenset({"du", "de", "des", "of", "the", "di", "del", "da", "do", "von", "van"})


def _name_part(span: str) -> bool:
    """A span that is part of a name, not a genre: quoted (\"War and Peace\", another film's
    name among the facts) or opened by a word that joins a name's words ("du crime")."""
    return bool(_QUOTE_MARKS & set(span)) or span.split()[0].casefold() in _NAME_LINKS


def _in_name(before: list[str]) -> bool:
    """True when the words ``before`` a genre word end with a word that joins a name's words
    after a word that is not the word for film ("La Rose du crime"; not "película de terror")."""
    return (
        len(before) >= 2
        and before[-1].casefold() in _NAME_LINKS
        and not says_film(before[-2].strip(",.;:"))
    )


def _add(kind: str, span: str, facts: Facts) -> None:
    if kind == "year":
        facts.years.append(parse_year(span) or 0)
    elif kind == "runtime":
        minutes = parse_runtime(span)
        if minutes:
            facts.runtimes.append(minutes)
    elif kind == "country":
        facts.countries.append(span)
    elif kind == "genre":
        facts.genres.append(span)
    else:
        facts.languages.append(span)


def _flush(words: list[str], facts: Facts) -> None:
    if not words:
        return
    span = " ".join(words)
    if len(words) <= 2 and says_film(words[-1]):
        return  # "Игран филм", "Feature film", "Spielfilm": the kind of work, no other words
    if span.casefold() in _colour_words() or _FORMAT.fullmatch(span):
        return  # "колор", "Cores", "DCP", "35mm": how the film is shown
    if is_name(span):
        facts.names.append(span)
        return
    if (
        len(words) >= 3
        and words[0].casefold() in lang.cue_set("by")
        and is_name(span[len(words[0]) :])
    ):
        facts.names.append(span[len(words[0]) :].strip())  # "di Lukas Dhont": a byline
        return
    if span.casefold().strip(" :") in _fact_labels():
        return  # "durata 105 min", "Year 2013": the label of the fact after it
    facts.leftover += sum(1 for w in words if not _NOISE_TOKEN.match(w.strip(".()")))


@lru_cache(maxsize=1)
def _fact_labels() -> frozenset[str]:
    """The labels of every language for the facts a fact line states."""
    labels = lang.labels()
    kinds = ("year", "runtime", "countries", "genres", "languages")
    return frozenset(w.casefold() for kind in kinds for w in labels.get(kind, ()))


_FORMAT = re.compile(r"(?i)dcp|дцп|(?:16|35|70)\s?mm|blu-?ray|dvd|4k|2k|hd|vhs")


@lru_cache(maxsize=4096)
def says_film(word: str) -> bool:
    """A word for film, alone or ending a compound ("филм", "Spielfilm", "långfilm")."""
    return bool(_film_end().search(word.strip(".,").casefold()))


@lru_cache(maxsize=1)
def _film_end() -> re.Pattern[str]:
    words = sorted((w for w in lang.cues("film_words") if " " not in w), key=len, reverse=True)
    return recache.compile(rf"(?:^|\w)(?:{'|'.join(re.escape(w) for w in words)})$")


PARTICLES = frozenset(
    [
        "de",
        "da",
        "di",
        "do",
        "du",
        "del",
        "della",
        "van",
        "von",
        "der",
        "den",
        "le",
        "la",
        "y",
        "bin",
        "al",
        "el",
        "dos",
        "das",
        # the same particles in Greek letters ("Αλάουντα Ρουίθ ντε Αθούα", "Λαρς φον Τρίερ")
        "ντε",
        "ντι",
        "ντα",
        "ντελ",
        "ντου",
        "φον",
        "βαν",
        "ντερ",
    ]
)


_CJK_NAME = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,5}")
_NOT_IN_NAME = re.compile(r"\d|[!?;:\"“”()]")


@lru_cache(maxsize=8192)
def is_name(text: str) -> bool:
    """True for a person's name as pages write it: 2-5 capitalised words ("LEE Chang-dong",
    "José Luis De Villalonga", "Ντάνι Μπόιλ"); one word for CJK names."""
    words = text.strip().split()
    if len(words) == 1 and _CJK_NAME.fullmatch(text):
        return True
    if len(words) >= 3 and is_lower_suffix(words[-1]):
        words = words[:-1]  # "Bobur Sher oʻgʻli": a patronymic in lower case ends the name
    if not 2 <= len(words) <= 5 or _NOT_IN_NAME.search(text):
        return False
    if words[0].casefold() in _determiners():
        return False  # "Das Fest", "The Room": an article opens a noun phrase, no name
    capitals = [w for w in words if w[0].isupper()]
    rest_ok = all(w[0].isupper() or w.lower() in PARTICLES for w in words)
    return rest_ok and len(capitals) >= 2 and words[0][0].isupper()


def is_lower_suffix(word: str) -> bool:
    """True for a word in lower case written after a name as part of it: a patronymic
    ("oʻgʻli", "qızı")."""
    return word.islower() and word.rstrip(",.;") in _lower_suffixes()


@lru_cache(maxsize=1)
def _lower_suffixes() -> frozenset[str]:
    return frozenset(lang.cues("patronymics"))


@lru_cache(maxsize=1)
def _determiners() -> frozenset[str]:
    return frozenset(w.casefold() for w in lang.cues("determiners"))


@lru_cache(maxsize=1)
def _name_ending() -> re.Pattern[str]:
    endings = "|".join(re.escape(w) for w in lang.cues("name_endings")) or "(?!)"
    return re.compile(rf"(?<=[^\W\d_])['’](?:{endings})$")


def without_ending(word: str) -> str:
    """A name's word without the case ending a language writes after an apostrophe
    ("Ceylan’ın" -> "Ceylan", "Sözen'in" -> "Sözen"; "O'Brien" stays)."""
    return _name_ending().sub("", word)


def is_uncased_name(text: str) -> bool:
    """One to three words of a script without capitals (Arabic, Hindi, Thai, CJK, Korean); a
    Hebrew letter may carry its geresh ("לייזרוביץ'": the sound of a foreign name)."""
    words = text.split()
    if not 1 <= len(words) <= 3 or len(text) > 30:
        return False
    return all(
        (ch.isalpha() and not ch.isascii() and not ch.isupper() and not ch.islower())
        or ch in " ·・"
        or unicodedata.category(ch) in ("Mn", "Mc")
        or (ch in _GERESH and i > 0 and text[i - 1] in _GERESH_LETTERS)
        for i, ch in enumerate(text)
    )


#: the geresh, as Hebrew writes it or as an apostrophe, and the letters it turns into sounds
#: of foreign names ("ג'" j, "ז'" zh, "צ'" ch)
_GERESH = "'׳’"
_GERESH_LETTERS = "גזצץ"


_BULLET = re.compile(r"^[\s•*·▪-]+")


def fact_block(lines: tuple[str, ...], used: set[int]) -> tuple[Facts, list[str]]:
    """Countries, genres and years written alone on a line, and a person's name alone on a line,
    when they stand in a block of short lines that states at least two kinds of fact
    ("Aki Kaurismäki / (2023, Finland)", "Gavin Hood / South Africa / A, B, C"): a film's
    credit block. A lone country in a menu of countries is no fact; the block is."""
    found, names = Facts(), []
    run: list[tuple[str, Facts | str]] = []
    before = ""  # the line before, a label that may name this line's field
    for i, line in enumerate([*lines, "\0"]):
        text = _BULLET.sub("", line).strip()
        if not text:
            continue
        kind = _block_line(text, i in used)
        if isinstance(kind, Facts) and kind.countries and _language_value(before):
            kind = Facts(years=kind.years, runtimes=kind.runtimes, genres=kind.genres)
            kind = kind if kind.count() else "label"
        before = text
        if kind is not None:
            run.append((text, kind))
            continue
        kinds = {k for _, item in run for k in _kinds(item)}
        if kinds == {"country", "credit"}:
            # a country alone beside a credit's label ("South Africa" / "4.5*" / "Director:")
            for text_, item in run:
                if isinstance(item, Facts) and not _coded(item, text_):
                    found.countries.extend(item.countries)
        elif len(kinds - {"credit"}) >= 2:
            dated = bool(kinds & {"country", "runtime"})  # "USA / 2023 / 133 min.", no byline
            # genres and short capitalised lines alone are a menu of categories ("Anime Talk",
            # "Horror DVDs", "Silent DVD"), no credit block
            factual = bool(kinds - {"genre", "name", "names"})
            numbered = bool(kinds & {"year", "runtime"})
            for text_, item in run:
                if not isinstance(item, Facts):
                    continue
                kept = numbered or not _coded(item, text_)
                found.countries.extend(item.countries if kept else ())
                found.genres.extend(item.genres if factual else ())
                found.years.extend(item.years if dated else ())
            names.extend([text_ for text_, item in run if item == "name"][:1])
        run = []
    return found, names


def _language_value(before: str) -> bool:
    """The line before is a language's label ("Språk" / "Svenska"): this line is its value,
    a language, never a country."""
    return "languages" in field_of(before.rstrip(" :："))


def _coded(facts: Facts, text: str) -> bool:
    """The one country of a line is a code, short capitals alone ("DJ Live Sets", "EST", "IN
    COMPETITION"): abbreviations of every kind spell so; it names a country only in a block
    that states a year or a runtime too ("2024." / "EUA." / "113'."), or in parentheses
    after a name ("Call Me By Your Name (USA)")."""
    code = facts.countries[0] if len(facts.countries) == 1 else ""
    return 0 < len(code) <= 3 and code.isupper() and f"({code})" not in text


#: lower-case ASCII words
_LOWER_ASCII_WORDS = re.compile(r"[a-z][a-z .'-]*")


def _block_line(text: str, used: bool) -> Facts | str | None:
    """What one line of a credit block is: facts, ``name``, ``names``, ``label`` (a short
    line kept by a label, or "Release Year:"), or None when it ends the block."""
    cells = len(_RUN_SPLIT.split(text))  # a list of countries runs longer than a line of prose
    words = sum(1 for w in text.split() if any(ch.isalnum() for ch in w))
    if (
        len(text) > (100 if cells >= 4 else 60)
        or words > max(8, cells + 3)
        or _LOWER_ASCII_WORDS.fullmatch(text)
    ):
        # prose, or a lower-case menu word; a cast line may be long ("Merlin Rose, Joel Basman, …")
        return "names" if not used and _names_line(text) else None
    # a value kept by the wrong label ("Release Year:" over "South Africa") is still a fact
    # "UK: November 04 2022" is a label's line: its country names a release, not the film;
    # a line of facts alone, strict or not, has nothing left over
    facts = line_facts(text) if ":" in text else line_facts(text, strict=False)
    if facts and not facts.leftover:
        return facts
    if text.endswith((":", "：")) and len(text.split()) <= 4:
        return (
            "credit" if set(field_of(text.rstrip(" :：").casefold())) & CREDIT_FIELDS else "label"
        )
    if used or _RATING.fullmatch(text):
        return "label"
    if not without_dates(text).strip(" ,.;"):
        return "label"  # a date alone: a screening or release, no film fact but no prose
    # not a byline, nor a programme's heading ("Short Film Presentation")
    if is_name(text) and text.split()[0].lower() not in lang.cues("by") and not _filmed(text):
        return "name"
    return "names" if _names_line(text) else None


def _filmed(text: str) -> bool:
    """True when a word of ``text`` is the word for film of any language, or its plural."""
    words = lang.cue_set("film_words") | lang.cue_set("film_plurals")
    return any(word in words for word in text.lower().split())


#: a comma of a list
_LIST_COMMA = re.compile(r"[,、]")


def _names_line(text: str) -> bool:
    """Three or more people's names and nothing else, split by commas."""
    parts = [p.strip() for p in _LIST_COMMA.split(text)]
    return len(parts) >= 3 and all(is_name(p) for p in parts)


#: a critic's rating in stars, alone on a line ("4.5*", "★★★★☆", "***")
_RATING = re.compile(r"\d(?:[.,]\d)?\s?[*★]|[*★☆✩✭]{1,5}(?:\s?\d(?:[.,]\d)?\s?/\s?\d{1,2})?")


def _kinds(item: Facts | str) -> set[str]:
    if isinstance(item, str):
        return set() if item == "label" else {item}
    kinds = {"year": item.years, "runtime": item.runtimes, "country": item.countries}
    kinds |= {"genre": item.genres, "language": item.languages}
    return {k for k, values in kinds.items() if values}


UNSPACED_CHARS = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
#: a run of those characters
_UNSPACED_RUN = re.compile(f"[{UNSPACED_CHARS}]+")


@lru_cache(maxsize=1)
def _unspaced_film() -> re.Pattern[str]:
    words = [w for w in lang.cues("film_words") if re.match(f"[{UNSPACED_CHARS}]", w)]
    film = alternation(words) or "(?!)"  # a tree: the same matches, faster
    # Korean spaces words: "한국 영화" (a Korean film)
    return re.compile(rf"([{UNSPACED_CHARS}]{{2,6}}) ?(?:{film})")


def unspaced_nationalities(block: str, limit: int = 3) -> list[str]:
    """Countries written right before the word for film in a script without spaces
    ("韓国映画初の", "中国电影"), or one or two characters before it ("美國新電影", "美國獨立電影":
    an American new, independent film): the longest run of two to four characters that
    names a country, the nearest first; in Thai and Lao, right after it (:func:`_after_film`)."""
    found = _after_film(block, limit)
    for match in _unspaced_film().finditer(block[:8000]):
        if _names_institution(block, match.end()):
            continue  # "英国映画協会", "中国电影资料馆": the country of an institution's name
        before = match.group(1)
        spans = (before[: len(before) - gap][-n:] for gap in (0, 1, 2) for n in (4, 3, 2))
        name = next((span for span in spans if len(span) >= 2 and country_name(span)), None)
        if name and name not in found:
            found.append(name)
        if len(found) >= limit:
            break
    return found


#: the characters after the word for film and before an institution's noun in the name it
#: opens ("映画協会", "电影资料馆", "영화감독조합상", "映画優秀賞")
_INSTITUTION_GAP = 2


def _names_institution(block: str, end: int) -> bool:
    """Whether the word for film ending at ``end`` opens an institution's or an award's name
    written without spaces: its noun begins within two characters of the same run
    ("英国映画協会", "中国电影资料馆", "한국영화감독조합상"): the country before it is the
    institution's."""
    run = _UNSPACED_RUN.match(block, end)
    return bool(run and opens_with_institution(run.group(0)[:12], _INSTITUTION_GAP))


#: Thai and Lao: written without spaces, a noun before the words that qualify it
_AFTER_CHARS = "\u0e00-\u0eff"


@lru_cache(maxsize=1)
def _film_then() -> re.Pattern[str]:
    words = [w for w in lang.cues("film_words") if re.match(f"[{_AFTER_CHARS}]", w)]
    film = alternation(words) or "(?!)"
    return re.compile(rf"(?:{film}) ?([{_AFTER_CHARS}]{{2,16}})")


def _after_film(block: str, limit: int) -> list[str]:
    """Countries written right after the word for film in Thai or Lao, which put a noun's
    qualifier after it ("หนังไทย", a Thai film; "ภาพยนตร์ญี่ปุ่น", a Japanese film): the
    longest start of the run of letters after it that names a country."""
    found: list[str] = []
    for match in _film_then().finditer(block[:8000]):
        run = match.group(1)
        starts = (run[:n] for n in range(len(run), 1, -1))
        name = next((start for start in starts if country_name(start)), None)
        if name and name not in found:
            found.append(name)
        if len(found) >= limit:
            break
    return found
