"""Year and runtime by evidence.

Year: a labelled year (6), a year on a fact line (4), a year in parentheses right after the
title ("Kes (1969)", "Past Lives (Celine Song, 2023)": 3.5), a year ending the title's own line
("El espíritu de la colmena. Dir. Victor Erice, 1973.": 3), beside a country with a runtime
after ("France 2017 1h53": 3), a release date (2), a credit sentence (2), a Chinese lead
"2019年臺灣劇情長片" (2), "from" a year after the word for film ("långfilm från 1981": 1.5), a
year of the work ("1968年作品": 1.5), a year in parentheses after the title inflected
("Ohjuksen (2024)" for "Ohjus": 1.5), beside a country without a runtime ("Sweden 1957 d.
Ingmar Bergman": 1.5), a year in parentheses opening a line (1), the page's first citation of
a film ("Title (Name, 2007)": 1), beside the country on a line of facts a credit's label opens
("감독 … / 프랑스 / 2013년": 0.5); when none of these speaks, the year the page writes most,
else the year of a festival that a sentence says the film premiered at (0.5).
Runtime: labelled (6), a fact line (4), a credit sentence (2), minutes or hours and minutes
written anywhere in the prose ("trwa 89 minut", "(124 mins)", "1h 33m", "1 hour, 52 minutes",
"1h35": 1, plausible feature lengths only).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache

from indexer import lang, recache
from indexer.extract.pages import facts as fl
from indexer.extract.pages import sentences
from indexer.extract.pages.countrycells import cell_year
from indexer.extract.pages.evidence import Ballot, Why
from indexer.extract.pages.scripts import INDIC, KANA_HAN, UNCASED_LETTER, UNSPACED
from indexer.extract.pages.spacedfacts import spaced_year
from indexer.extract.pages.text import date_pattern, literal_then, without_dates
from indexer.extract.pages.textlang import text_language
from indexer.extract.pages.yearcredit import year_after_director
from indexer.extract.pages.yeargenre import year_before_genre
from indexer.normalize import (
    EVERYDAY_GENRES,
    hours_minutes_signs,
    parse_runtime,
    parse_year,
    plain_digits,
    runtime_units,
)
from indexer.wordre import alternation, literal_starts, longest_first

#: What follows the title in "Title (2023)", "« Title » (France, 2023)" and, on the title's own
#: line, "Title – Süreyya Duru (1969)".
#: The citation may name several directors ("(Aitor Arregi, Jon Garaño eta Jose Mari Goenaga,
#: 2019)"), or name them after the year ("Super 8 (2011, Abrams)"); a programme's parts may
#: stand between slashes or spaced dashes ("(Other Name - 1947)", "(Name/Bel.-Fra./2017/ 90′)");
#: of two years the first is read ("(2006/2018)": the film's, then a restoration's). Japanese
#: writes full-width parentheses and the year's sign, after the title's corner bracket
#: ("『海の歌』（2019年）").
_YEAR_AFTER = re.compile(
    r"[\s»”\"'’』」]*[(（](?:[^()（）\n]{0,90}?(?:,|/|\s[-–—])\s*)??(\d{4})年?"
    r"(?:(?:[,;/]|\s[-–—])\s*[^()（）\n]{1,80})?[)）]"
)
#: A few words may follow on the title's line ("Curtiz - A magyar, … (2018) online film").
_YEAR_ON_LINE = re.compile(r"[^\n()]{0,60}\((\d{4})\)(?:\s+[^\W\d_]+){0,3}\s*$", re.MULTILINE)
#: The rest of the title's own line up to a year that ends it after a comma or a full stop
#: ("El espíritu de la colmena. Dir. Victor Erice, 1973.", "Parasite, Bong Joon-ho, 2019"),
#: the quoted title's closing mark and a space before the credit too ("“Concierto macabro” de
#: John Brahm, 1945.")
_YEAR_ENDING_LINE = re.compile(
    r"(?:(?:[.,:–—-]|[»”\"’]\s)[^\n()\d]{0,60})?[,.]\s*((?:18[89]|19\d|20\d)\d)\.?[ \t]*$",
    re.MULTILINE,
)
#: After the title on its own line: a comma or a spaced dash, a year, then the line's end or a
#: parenthesis ("Kuolleet lehdet, 2023 (Tuotanto: Sputnik)", "A Pál Utcai Fiúk - 1968").
_YEAR_AFTER_HEADING = re.compile(
    r"(?:\s*,|\s+[-–—])\s*((?:18[89]|19\d|20\d)\d)(?=\.?[ \t]*(?:$|\())", re.MULTILINE
)
#: A title read with its year at the end, after a comma or a spaced dash, or before the year's
#: sign of Chinese, Japanese or Korean ("… (Hanyeo) 1960 년"): the heading's year
_TITLE_ENDS_YEAR = re.compile(
    r"(?:,|\s[-–—])\s*((?:18[89]|19\d|20\d)\d)\s*$|\s((?:18[89]|19\d|20\d)\d)\s?[年년]\s*$"
)
#: A short line that ends with a year in parentheses ("Na głęboką wodę (2018)"), whatever the
#: title was found to be: a heading of the film's name and year.
_HEADING_YEAR = re.compile(r"(?m)^[^\W\d_][^\n()]{0,60}\(((?:18[89]|19\d|20\d)\d)\)[ \t]*$")

#: A year in parentheses right after a quoted name ("《세계의 주인》(2025)", "«Sirāt» (2025)"),
#: maybe other words of a citation after it ("\"Close\" (2022, Lukas Dhont)").
_QUOTED_YEAR = re.compile(
    r"[^\s\d(] ?[»”\"》」』›][ \t]*\(((?:18[89]|19\d|20\d)\d)(?:[,;][ \t]*[^()\n\d]{2,80})?\)"
)


#: a film cited as reviews cite one: in parentheses other words and a year after a comma, a
#: name before them on the line ("El caso Litvinenko (Bunt. Delo Litvinenko, Andréi Nekrasov,
#: 2007)"); the words may give the title in other languages first, each in quotes ("Zangiku
#: monogatari ("…", también titulada "…", Kenji Mizoguchi, 1939)")
_CITATION = re.compile(r"\(([^()\n]{0,160}),\s*((?:18[89]|19\d|20\d)\d)\)")
_LETTER = re.compile(r"[^\W\d_]")


def _first_citation(block: str) -> int | None:
    """The year of the first film cited with a person's name in its parentheses ("Lov u mutnom
    (Vlastimir Radovanović, 1981)"): the film a review names first is most often its own,
    whatever the title was found to be."""
    for match in _CITATION.finditer(block):
        line_start = block.rfind("\n", 0, match.start()) + 1
        named = _LETTER.search(block, line_start, match.start())  # the film's name before it
        if named and any(fl.is_name(part.strip()) for part in match.group(1).split(",")):
            return parse_year(match.group(2))
    return None


_YEAR_ALONE = re.compile(r"[(\[]?(?:18[89]|19\d|20\d)\d[)\]]?\.?")
#: A year of the Thai (Buddhist) era in Thai digits opening a line ("๒๕๒๐ / กำกับโดย …")
_THAI_YEAR = re.compile(r"(?m)^\s*([๐-๙]{4})(?=\s*(?:[/|,]|$))")


def _common_era(thai: str) -> int | None:
    """The common-era year of a Thai Buddhist-era year written in Thai digits (๒๕๒๐ -> 1977)."""
    year = int("".join(str(unicodedata.digit(ch)) for ch in thai)) - 543
    return year if 1888 <= year <= 2099 else None


@cache
def _year_film() -> re.Pattern[str]:
    # up to two lower-case words between ("the 2021 film", "2010 yapımı dram filmi", "2019
    # animated film"), not an article: "in 2019 the film won" is no year of the film's; an
    # ending on the year ("a 2011-es film"), an ordinal's full stop before a lower-case word
    # ("2011. gada filma") or an abbreviated word for year ("2011 m. filmas")
    articles = lang.alternation("outlet_articles")
    return recache.compile(
        rf"(?<![\d/.-])((?:18[89]|19\d|20\d)\d)"
        r"(?:-[^\W\d_]{1,4}|\.(?=\s+[^\W\d_A-ZÀ-ÞА-ЯЁ]))?"
        rf"(?:\s+(?!(?i:{articles})\s)[^\W\d_A-ZÀ-Þ](?:[^\W\d_]*|[^\W\d_]?\.)){{0,2}}"
        rf"\s+(?i:{lang.alternation('film_words')})(?!\w)"
    )


@cache
def _indic_year_film() -> re.Pattern[str]:
    """A year and the word for film in an Indic script, whose vowel signs ``\\w`` leaves out:
    the genitive glued on (after a hyphen or not) or written as a word, up to two words
    between, on one line ("2019ની ગુજરાતી ફિલ્મ", "২০১৯-এর ছবি", "২০১৯ সালের ছবি", "2015 की
    फिल्म": the film of 2019); a date line over a heading is no such phrase."""
    return recache.compile(
        rf"(?<![\d/.-])((?:18[89]|19\d|20\d)\d)-?[{INDIC}]{{0,6}}"
        rf"(?:[ \t]+[{INDIC}]+){{0,2}}[ \t]+(?:{lang.alternation('film_words')})(?!\w)"
    )


@cache
def _year_made() -> re.Pattern[str]:
    """A year, the year's sign and a word of a work made that year ("1968年作品", "2019년 작")."""
    words = alternation(lang.cues("made_words")) or "(?!)"
    # a Korean word ends where no syllable follows ("2019년 작", not "작가", writer)
    return re.compile(rf"(?<!\d)((?:18[89]|19\d|20\d)\d)\s?[年년]\s?(?:{words})(?![가-힣])")


@cache
def _film_from_year() -> re.Pattern[str]:
    """The word for film (a compound too: "långfilm") or for its director, then within the
    sentence "from" and a year ("Svensk långfilm från 1981", "des Regisseurs X aus dem Jahre
    2011")."""
    every = (*lang.cues("film_words"), *lang.cues("director_nouns"))
    # the same longest-first list as a tree of shared beginnings: a plain alternation of
    # hundreds of words is tried word by word at every position of the page
    film = alternation(w for w in longest_first(set(every)) if len(w) >= 4)
    return recache.compile(rf"(?i)(?:{film})\w{{0,4}}(?!\w)[^\n.!?]{{0,80}}?" + _from_a_year())


def _from_a_year() -> str:
    """The word for "from" and a year, or a year and the genitive "of the year" ("картина
    2011 года", "фільм 2011 року"): the end of :func:`_film_from_year`."""
    year = r"((?:18[89]|19\d|20\d)\d)"
    of_year = lang.alternation("year_of") or "(?!)"
    return (
        rf"\s(?:(?:{lang.alternation('year_from')})\s+{year}(?![\d/.-]\d|-[^\W\d_])"
        rf"|(?<![\d.]\s){year}\s?(?:{of_year})(?!\w))"
    )


@cache
def _genre_then_year() -> re.Pattern[str]:
    """A genre word of any language that names a work (no everyday word: "the war from 1980
    to 1988"), inflected, then in the same clause "from" and a year or the year and "of the
    year" ("ratna drama iz 1980.", "dramat wojenny z 1980 roku", "антиутопия 1980 года")."""
    words = [
        w
        for w, genre in lang.genres().items()
        if len(w) >= 5 and genre not in _NOT_WORK_GENRES and not _unspaced_word(w)
    ]
    genre = alternation(longest_first(set(words)))
    return recache.compile(
        rf"(?i)(?<!\w)(?:{genre})\w{{0,4}}(?!\w)[^\n.!?,;]{{0,30}}?" + _from_a_year()
    )


#: genres whose words name a story's events or the world as often as a work ("the war from
#: 1980", "a history from 1945", "the crime of 1980")
_NOT_WORK_GENRES = EVERYDAY_GENRES | {"Crime", "Romance", "Adventure", "Mystery", "Fantasy"}


#: a letter of a script written without spaces (Thai, Lao, Burmese, Khmer, kana, Han)
_UNSPACED_LETTER = re.compile(rf"[{UNSPACED}{KANA_HAN}]")


def _unspaced_word(word: str) -> bool:
    """True for a word of a script written without spaces, which a word boundary never ends."""
    return _UNSPACED_LETTER.search(word) is not None


def _genre_from_year(text: str) -> re.Match[str] | None:
    """The first match of :func:`_genre_then_year` in ``text``, its rare tail looked for
    first (as :func:`_from_year`)."""
    if _year_after_from().search(text) is None:
        return None
    return _genre_then_year().search(text)


@cache
def _year_after_from() -> re.Pattern[str]:
    """The word for "from" and a year, alone."""
    return recache.compile("(?i)" + _from_a_year())


def _from_year(text: str) -> re.Match[str] | None:
    """The first match of :func:`_film_from_year` in ``text``. Its tail, "from" and a year, is
    rare and costs one pass; the word for film before it is common and costs a try at every
    word: look for the tail first."""
    if _year_after_from().search(text) is None:
        return None
    return _film_from_year().search(text)


@cache
def _film_minutes() -> re.Pattern[str]:
    """The film's own minutes inside a runtime that adds other things ("Film: 139 min. + Q&A
    29 min.")."""
    film = lang.alternation("film_words")
    return recache.compile(
        rf"(?i)(?<!\w)(?:{film})\s*[:：]\s*(\d{{2,3}})\s*(?:{runtime_units('minutes')})"
    )


@cache
def _prose_minutes() -> re.Pattern[str]:
    """A number of minutes in prose ("runs 95 min", "a 138-minute film"), or of hours and
    minutes, in any language module's units, a comma or "and" between them, the hours also
    before a colon (Ethiopic's ``፡`` too: "የ1፡38 ደቂቃ"), or "1h35" without the minutes' unit;
    built on first use."""
    hours, minutes = runtime_units("hours"), runtime_units("minutes")
    joined = (
        rf"\.?,?\s*(?:(?:{lang.alternation('conjunctions')})\s+)?"  # "1 hour, 52", "1 час и 46"
    )
    return recache.compile(
        rf"(?<![\d:.,])(?:(?:[1-4]\s*(?:{hours}){joined}\d{{1,2}}|\d{{2,3}}(?:-(?=\D))?"
        rf"|(?P<h>[1-3])[:፡](?P<m>[0-5]\d))\s*(?:{minutes})"
        rf"|(?<![^\W_])[1-4]\s?h\s?[0-5]\d(?!\d)"  # "1h35", the minutes' unit left out
        # "Türkiye / 2014 / Renkli / 196´", "v.o. italiano; 94’ Uno dei film": a minutes' mark,
        # typed as an accent or an apostrophe too
        rf"|(?<![\w.,:])\d{{2,3}}[{_MINUTE_MARKS}](?![\w{_APOSTROPHES}])"
        rf"|{hours_minutes_signs().pattern})",  # "1ч 38м": signs however short, as a pair
        re.IGNORECASE,
    )  # "(124 mins)", "1h 33m", "1 tim 36 min"


#: the marks typed for minutes after a number ("94′", "196´", "133΄", "94’", "94'")
_MINUTE_MARKS = "′´΄ʼ'’"
#: the minutes' marks that are also apostrophes and closing single quotes
_APOSTROPHES = "'’"


def _minutes_in(text: str) -> Iterator[re.Match[str]]:
    """The matches of :func:`_prose_minutes` in ``text``, but for a number that closes a
    quotation in single quotes ("‘Felices 140’", "'Room 237'"): a title's end, no minutes."""
    for match in _prose_minutes().finditer(text):
        mark = match.group(0)[-1]
        if mark not in _APOSTROPHES or not _in_single_quotes(text, match.start(), mark):
            yield match


def _in_single_quotes(text: str, at: int, mark: str) -> bool:
    """True when a single quotation opened earlier on the line of ``at`` is still open there:
    more opening marks than closing ones ("‘" and "’"; a straight "'" opens after a space and
    closes before one, an apostrophe inside a word, "it's", doing neither)."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    if mark == "’":
        return before.count("‘") > before.count("’")
    return len(_OPENS.findall(before)) > len(_CLOSES.findall(before))


_OPENS = re.compile(r"(?<!\w)'(?=\w)")
_CLOSES = re.compile(r"(?<=\w)'(?!\w)")


def year(
    labelled: list[str],
    release: list[str],
    found: fl.Facts,
    prose: fl.Facts,
    block: str,
    title: str,
    address_year: int | None,
    why: Why | None,
    runners: tuple[str, ...] = (),
    directors: tuple[str, ...] = (),
) -> int | None:
    """The film's year, or None; ``address_year`` is the year the page's address writes after
    the film's name ("/linha-de-passe-2008"); ``runners`` are the title vote's runners-up,
    other names the page may give the film ("kumbalangi Nights (2018)" above a title in
    Malayalam); ``directors`` the film's directors as read ("reż. Marek Piwowski, 1970")."""
    ballot = Ballot()
    offset = _era_offset(block)
    own = _own_years(block)

    def read(value: str) -> int | None:  # a year of the common era, or of the language's own
        return parse_year(value) or _own_year(value, own)

    block, title = plain_digits(block), plain_digits(title)  # "۲۰۲۱", "２０１９年" as figures
    if offset:  # "‘นางนาก’ (2542)": a year of the Buddhist era, as the common era's
        block, title = _common_years(block, offset), _common_years(title, offset)
        labelled = [_common_years(plain_digits(value), offset) for value in labelled]
        release = [_common_years(plain_digits(value), offset) for value in release]
    for value in labelled:
        _add_year(ballot, read(_GROUPED_YEAR.sub(r"\1\2", value)), "labelled year", 6.0)
    for rank, number in enumerate(found.years[:3]):
        _add_year(ballot, number, "on a fact line", 4.0 - 0.5 * rank)
    _after_name(ballot, block, title, "in parentheses after the title", 3.5, read)
    _after_inflected(ballot, block, title)
    for value in release:
        _add_year(ballot, parse_year(value), "a release date", 2.0)
    for number in prose.years[:1]:
        _add_year(ballot, number, "in the credit sentence", 2.0)
    _add_year(ballot, sentences.cjk_lead(block)[0], "a Chinese lead line", 2.0)
    _add_year(ballot, cell_year(block), "beside the country on a line of facts", 0.5)
    _add_year(ballot, year_after_director(block, directors), "after the director's name", 2.0)
    before_film = _year_film().search(block) or _indic_year_film().search(block)
    if before_film:  # "the poignant and thought-provoking 2021 film from Celine Sciamma"
        _add_year(ballot, parse_year(before_film.group(1)), "before the word for film", 1.5)
    # "FULL MOON IN PARIS is the 1984 relationship drama": the year before a genre word
    _add_year(ballot, year_before_genre(block[:8000]), "before a genre word", 1.5)
    made = _year_made().search(block[:8000])
    if made:  # "セルジオ・レオーネ監督の1968年作品『…』": a work of that year
        _add_year(ballot, parse_year(made.group(1)), "a year of the work", 1.5)
    undated = without_dates(block[:8000])  # "5 мая 2011 года": a day's date, not the film's
    from_year = _from_year(undated)
    if from_year:
        _add_year(
            ballot,
            parse_year(from_year.group(1) or from_year.group(2)),
            "from a year after the word for film",
            1.5,
        )
    elif genre_year := _genre_from_year(undated):  # "ratna drama iz 1980.", "антиутопия 1980 года"
        _add_year(
            ballot,
            parse_year(genre_year.group(1) or genre_year.group(2)),
            "from a year after a genre word",
            1.0,
        )
    cited = _first_citation(block[:8000])
    _add_year(ballot, cited, "closing the page's first citation of a film", 1.0)
    quoted = _QUOTED_YEAR.search(block[:3000])
    if quoted:  # "윤가은 감독의 신작 《세계의 주인》(2025) 은": the first film the prose names
        _add_year(ballot, parse_year(quoted.group(1)), "in parentheses after a quoted name", 1.0)
    for line in [ln.strip() for ln in block.splitlines() if ln.strip()][:5]:
        if _YEAR_ALONE.fullmatch(line):  # "Title / 2020": the year under the title
            _add_year(ballot, parse_year(line), "alone on a line at the top", 1.0)
            break
    for match in _THAI_YEAR.finditer(block[:3000]):
        _add_year(ballot, _common_era(match.group(1)), "a Buddhist-era year opening a line", 1.5)
        break
    for match in list(_HEADING_YEAR.finditer(block[:3000]))[:1]:
        _add_year(ballot, parse_year(match.group(1)), "in parentheses ending a heading", 1.5)
    for match in re.finditer(r"(?m)^\s*\((\d{4})(?:\)|\s[^()\n]{1,40}\)\s*$)", block):
        _add_year(ballot, parse_year(match.group(1)), "in parentheses opening a line", 1.0)
    # "Alageyik – Süreyya Duru (1969)": the title's own line
    if title.strip() and literal_then(block, title.strip(), _YEAR_ON_LINE):
        on_line = rf"(?m)^[^\n]{{0,20}}{re.escape(title.strip())}" + _YEAR_ON_LINE.pattern
        for match in re.finditer(on_line, block):
            _add_year(ballot, parse_year(match.group(1)), "in parentheses on the title's line", 3.0)
    # "El espíritu de la colmena. Dir. Victor Erice, 1973.": the title's line ends with a year
    if title.strip() and literal_then(block, title.strip(), _YEAR_ENDING_LINE):
        ending = rf"(?m)^\W{{0,3}}{re.escape(title.strip())}" + _YEAR_ENDING_LINE.pattern
        for match in re.finditer(ending, block):
            _add_year(ballot, parse_year(match.group(1)), "ending the title's line", 3.0)
    # "Aki Kaurismäki: Kuolleet lehdet, 2023 (Tuotanto: Sputnik)", "M58. A Pál Utcai Fiúk -
    # 1968": a heading of the film's name and its year, a few words before them
    if title.strip() and literal_then(block, title.strip(), _YEAR_AFTER_HEADING):
        heading = rf"(?m)^[^\n]{{0,40}}{re.escape(title.strip())}" + _YEAR_AFTER_HEADING.pattern
        for match in list(re.finditer(heading, block[:3000]))[:1]:
            _add_year(ballot, parse_year(match.group(1)), "after the title on its heading", 3.0)
    under = _year_under_title(block, title)  # a programme's heading, then the film's facts
    _add_year(ballot, under, "on the fact line under the title's heading", 3.0)
    ends = _TITLE_ENDS_YEAR.search(title)  # "The Housemaid (Hanyeo) 1960 년": a title read whole
    if ends:
        _add_year(ballot, parse_year(ends.group(1) or ends.group(2)), "ending the title read", 1.5)
    _add_year(ballot, address_year, "in the address after the film's name", 1.0)
    for match in _COPYRIGHT.finditer(block):  # "©2024「夜明けのすべて」製作委員会"
        years = _FOUR_DIGIT_YEAR.findall(match.group(1))
        if len(years) == 1 and title.strip() and title.strip().lower() in match.group(1).lower():
            _add_year(ballot, parse_year(years[0]), "a copyright line naming the film", 2.0)
            break
    by_runtime = _year_by_runtime(undated)  # "Česko / Slovensko, 2017, 115 min"
    _add_year(ballot, by_runtime, "beside a runtime on a line", 2.5)
    spaced = spaced_year(block)  # "politique France 2017 1h53 l'imagerie", "(UK 2019 Cert 15)"
    if spaced:
        weight = 3.0 if spaced.runtime else 1.5
        _add_year(ballot, spaced.year, "beside a country, a space between", weight)
    for number in found.dated[:1]:  # "13 juillet 2022 en salle / 1h 54min / Thriller"
        _add_year(ballot, number, "a date on a fact line", 1.0)
    inline = _inline_year_label(block[:8000])  # "… Speelduur 108 minuten Jaar 2006"
    if inline:
        found_year = inline.group(1) or inline.group(2)
        _add_year(ballot, parse_year(found_year), "after a year's label inside a line", 3.0)
    released = _released_on(block[:8000])  # "Released by A24 … on 18 November 2022"
    _add_year(ballot, released, "a date after the word for a release", 1.0)
    released_in = _released_in(undated)  # "released in 1987", "kam 1924 in die Kinos"
    _add_year(ballot, released_in, "a year in prose beside the word for a release", 1.0)
    released_after = _released_after(block[:8000])  # "1987ஆம் ஆண்டு வெளியானது"
    _add_year(ballot, released_after, "a year in prose that the word for a release follows", 1.0)
    # "kumbalangi Nights (2018)" above a title in Malayalam: another name the page may give
    # the film; alone, only on a heading's short line, since in prose it is most often
    # another film cited with its year ("Arcand's The Decline Of The American Empire (1986)")
    named = block if ballot.candidates else _short_lines(block)
    for runner in runners:
        _after_name(ballot, named, plain_digits(runner), "in parentheses after another name", 0.75)
    if not ballot.candidates:
        _add_year(ballot, _most_written_year(block), "the year the page writes most", 0.5)
    if not ballot.candidates:  # "was first released at the prestigious 2013 Cannes Film Festival"
        _add_year(ballot, _festival_premiere(block[:8000]), "a premiere's festival", 0.5)
    if why is not None and ballot.candidates:
        why.record("year", ballot)
    best = ballot.best()
    return int(best.value) if best else None


#: a year standing as a word of its own on a line of facts, not a span of years ("2022-2023")
#: (the year's sign of Chinese, Japanese or Korean may follow it: "2017年全国ロードショー作品")
_LINE_YEAR = re.compile(r"(?<![\w/.,:–-])((?:18[89]|19\d|20\d)\d)(?![^\W年년]|[/–-]|[.,]\d)")
#: how far apart a year and a runtime may stand on one line of facts
_NEAR = 40


def _year_by_runtime(block: str) -> int | None:
    """The year of the first line of facts that writes one year and a runtime close together,
    whatever stands between them ("Drama / Komedie Česko / Slovensko, 2017, 115 min",
    "(2022: Cert.12: Drama: 95 mins)", "(France, 1967) 124 minutes"): credits packed into one
    line, no label needed. A line writing two years is left alone (a span, a second film)."""
    for line in block.splitlines():
        years = _LINE_YEAR.findall(line)
        if not years or len(set(years)) > 1:
            continue
        found = _LINE_YEAR.search(line)
        assert found is not None
        for runtime in _minutes_in(line):
            gap = max(runtime.start() - found.end(), found.start() - runtime.end())
            if gap <= _NEAR:
                return parse_year(found.group(1))
    return None


#: a year of an era that runs ahead of the common era by 500 years or more, as a word
_ERA_YEAR = re.compile(r"(?<![\d.,/-])(2[3-6]\d\d)(?![\d/-]|[.,]\d)")


def _era_offset(block: str) -> int:
    """The years by which the calendar of the page's language runs ahead of the common era
    (``era_offset`` of :mod:`indexer.lang`), 0 when it writes the common era's."""
    code = text_language(block)
    data = lang.language(code) if code else None
    return data.era_offset if data else 0


#: how many lines after a heading of the title its fact line may stand
_UNDER_TITLE = 2


def _year_under_title(block: str, title: str) -> int | None:
    """The year of the film's own entry (:func:`facts_under_title`)."""
    facts = facts_under_title(block, title)
    return facts.years[0] if facts and facts.years else None


def facts_under_title(block: str, title: str) -> fl.Facts | None:
    """The first fact line within two lines under a line that is the title alone ("Daughters
    of the Dust" / "U.S./Germany, 1991"), with a year or a runtime: on a programme of several
    films, the facts of the film's own entry, not those of the film listed before it. Only
    whole fact lines count: a run of facts in a line of prose there is the next entry's."""
    name = title.strip().lower()
    if len(name) < 2 or name not in block.lower():
        return None
    lines = [ln.strip() for ln in block.splitlines() if ln.strip()]
    for at, line in enumerate(lines):
        if line.lower() != name:
            continue
        for below in lines[at + 1 : at + 1 + _UNDER_TITLE]:
            facts = fl.line_facts(below)  # a line of facts, not a run inside the next entry
            if facts and (facts.years or facts.runtimes):
                return facts
    return None


def _own_years(block: str) -> tuple[int, int]:
    """The span of years of the page's language's own calendar that it keeps as written
    (``own_years`` of :mod:`indexer.lang`), (0, 0) for none."""
    code = text_language(block)
    data = lang.language(code) if code else None
    return data.own_years if data else (0, 0)


_FOUR_DIGITS = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def _own_year(value: str, own: tuple[int, int]) -> int | None:
    """The first year of the span ``own`` written in ``value`` ("۱۳۸۳"), or None."""
    for match in _FOUR_DIGITS.finditer(plain_digits(value)):
        if own[0] <= int(match.group(1)) <= own[1]:
            return int(match.group(1))
    return None


def _common_years(text: str, offset: int) -> str:
    """``text`` with each year of the era ``offset`` years ahead written as the common era's,
    when that falls in the years films were made."""

    def common(match: re.Match[str]) -> str:
        year = int(match.group(1)) - offset
        return str(year) if 1888 <= year <= 2099 else match.group(1)

    return _ERA_YEAR.sub(common, text)


def _after_name(
    ballot: Ballot,
    block: str,
    name: str,
    cue: str,
    weight: float,
    read: Callable[[str], int | None] = parse_year,
) -> None:
    """Vote for each year in parentheses right after ``name`` ("STEEKSPEL (2012)" too)."""
    name = name.strip()
    if name and literal_then(block.lower(), name.lower(), _YEAR_AFTER):
        end = 0  # the matches of the name's pattern then the year's do not overlap
        for at in literal_starts(block, name, ignorecase=True):
            match = _YEAR_AFTER.match(block, at + len(name)) if at >= end else None
            if match:
                _add_year(ballot, read(match.group(1)), cue, weight)
                end = match.end()


#: an ending that an inflected language adds to a name, its last letter changed or kept
#: ("Ohjus" -> "Ohjuksen", "Wesele" -> "Wesela"): one to five letters
_ENDING_THEN_YEAR = re.compile(r"(?P<ending>[^\W\d_]{1,5})" + _YEAR_AFTER.pattern)
#: the fewest letters of the title that must stay before an ending: a short name's changed
#: form is too often another word
_INFLECTED_STEM = 4


def _after_inflected(ballot: Ballot, block: str, title: str) -> None:
    """Vote for the year in parentheses after the title in another case, its last letter
    changed or kept and an ending added ("Miia Tervon Ohjuksen (2024) kanssa" for "Ohjus"):
    the way Finnish, Polish or Czech prose cites the film; weaker than the title as written,
    which :func:`_after_name` reads."""
    title = title.strip()
    stem = title[:-1]
    if len(stem) < _INFLECTED_STEM or not literal_then(
        block.lower(), stem.lower(), _ENDING_THEN_YEAR
    ):
        return
    pattern = rf"(?<![^\W\d_]){re.escape(stem)}" + _ENDING_THEN_YEAR.pattern
    for match in re.finditer(pattern, block, re.IGNORECASE):
        if match.group("ending").lower() != title[-1:].lower():  # not the title as written
            cue = "in parentheses after the title inflected"
            _add_year(ballot, parse_year(match.group(2)), cue, 1.5)


#: a year written with a thousands separator ("AÑO: 2.006")
_GROUPED_YEAR = re.compile(r"(?<![\d.,])(1|2)[.,\u00a0 ](\d{3})(?![\d.,]\d)")
_FOUR_DIGIT_YEAR = re.compile(r"(?<!\d)(18[89]\d|19\d\d|20\d\d)(?!\d)")


@cache
def _any_year() -> re.Pattern[str]:
    """A year in prose, alone or with a case or ordinal ending of a language's
    ``year_endings`` glued on after a hyphen ("1968-ci ildə", "1980-ban"), not in a range
    ("1980-1985") nor a decade ("1980-luvulla"); after a hyphen only when a preposition of
    ``year_prefixes`` opens the word ("ב-2019", "fl-2019"; not "film-2019" of an address)."""
    endings = lang.alternation("year_endings") or "(?!)"
    # a hyphen before the year only after a language's ``year_prefixes`` ("ב-2019", "fl-2019"),
    # looked at only where a year's first digits stand (the lookbehinds are many)
    prefixed = "".join(
        rf"|(?<=(?<![^\W\d_]){re.escape(p)}-)" for p in sorted(lang.cue_set("year_prefixes"))
    )
    return recache.compile(
        rf"(?<![\d/.,])(?=1[89]|20)(?:(?<!-){prefixed})(18[89]\d|19\d\d|20\d\d)"
        rf"(?:(?=-(?:{endings})(?!\w))|(?![\d/-]|[.,]\d))"
    )


#: a copyright line: the rights to the film's pictures name its year and its title
_COPYRIGHT = re.compile(r"(?im)^[ \t]*(?:©|ⓒ|Ⓒ|\(c\)|copyright\b)([^\n]{4,120})$")


@cache
def _year_label() -> re.Pattern[str]:
    """A year's label written as labels are, with a capital, then a year, inside a line of
    other credits ("Speelduur 108 minuten Jaar 2006") or run into the value before it
    ("País: USAAño: 2015."); not after a lower-case letter."""
    labels = lang.labels().get("year", ())
    words = [w for w in labels if len(w) >= 3 and w[0].islower()]
    capitals = alternation(w[0].upper() + w[1:] for w in words)
    # a label of a script without capitals, after a bar or the Korean bar-like vowel ("제작년도ㅣ
    # 2014년"); a colon
    uncased = alternation(w for w in labels if len(w) >= 3 and UNCASED_LETTER.match(w)) or "(?!)"
    year = r"((?:18[89]|19\d|20\d)\d)(?![\d/-]|[.,]\d)"
    return recache.compile(
        rf"(?<![^\W\d_A-ZÀ-Þ])(?:{capitals})\s*[:：]?\s*{year}"
        rf"|(?<!\w)(?:{uncased})\s*[:：ㅣ|]\s*{year}"
    )


def _inline_year_label(text: str) -> re.Match[str] | None:
    """The first :func:`_year_label` in ``text`` that is a label, not the noun for "year" in
    prose after an article or a preposition ("um das Jahr 1900", "im Jahr 2018": German writes
    its nouns with a capital as labels are written)."""
    for match in _year_label().finditer(text):
        before = text[max(0, match.start() - 20) : match.start()].split()
        if not before or before[-1] not in _prose_before_noun():
            return match
    return None


@cache
def _prose_before_noun() -> frozenset[str]:
    """The words of every language that open a noun phrase in prose, written in lower case:
    determiners and the function words (articles, prepositions) of the language modules."""
    return lang.cue_set("determiners") | lang.cue_set("function_words")


@cache
def _release_word() -> re.Pattern[str]:
    """A release label's word or a prose word of a release of any language ("Premiär",
    "released", "estreno", "dihasilkan"), inflected or the head of a compound too ("saa
    ensi-iltansa", "ensi-iltapäivä", "Premieren"); a word of Chinese characters or kana
    anywhere ("这部发行于")."""
    return recache.compile(rf"{_spaced_release().pattern}|{_unspaced_release()}")


@cache
def _spaced_release() -> re.Pattern[str]:
    """A word of a release of a script written with spaces, inflected or compounded."""
    words = alternation(
        w for w in _release_words() if len(w) >= 4 and not _CJK.match(w) and not _HANGUL.match(w)
    )
    return recache.compile(rf"(?i)(?<!\w)(?:{words})\w{{0,5}}(?!\w)")


def _release_words() -> tuple[str, ...]:
    """The release labels' words and the prose words of a release of every language."""
    return (*lang.labels().get("release", ()), *lang.cues("release_verbs"))


@cache
def _unspaced_release() -> str:
    """The words of a release in Chinese characters or kana, as one alternation, and those
    of Hangul at a word's start: a Korean word of two syllables is a word, glued to the year's
    sign before it or to an ending after it ("1960년 개봉한")."""
    cjk = alternation(w for w in _release_words() if _CJK.match(w)) or "(?!)"
    hangul = alternation(w for w in _release_words() if _HANGUL.match(w)) or "(?!)"
    return rf"{cjk}|(?<![가-힣])(?:{hangul})"


@cache
def _release_just_before() -> re.Pattern[str]:
    """A release's word in Chinese characters or kana ending at most one letter before the
    end ("发行于", before "1989年"): a year further on in a line without spaces is another
    event's ("於2011年9月首映、2012年3月公映": the premiere, then the release)."""
    return re.compile(rf"(?:{_unspaced_release()})[^\W\d_]?$")


def _released_on(block: str) -> int | None:
    """The year of the first calendar date that a release's word opens, in the same sentence
    and at most 80 characters before ("Released by A24 in the US on 18 November 2022",
    "85 minuter Drama Premiär 7 maj, 2021"): the film's release, close to its year."""
    for match in date_pattern().finditer(block):
        year = _FOUR_DIGIT_YEAR.search(match.group(0))
        if year is None:
            continue
        before = block[max(0, match.start() - 80) : match.start()]
        before = re.split(r"[.!?]\s|\n", before)[-1]
        if _release_word().search(before):
            return parse_year(year.group(1))
    return None


def _released_in(text: str) -> int | None:
    """The first year in prose (``text``, calendar dates taken out) that a release's word
    stands at most two words before ("released in 1987", "estrenada en 1987"), the word for
    "year" aside ("ilmestyi vuonna 1962"), or that a word of a release or a screening
    follows with at most one word between ("kam 1924 in die Kinos")."""
    lowered = text.lower()
    for match in _any_year().finditer(text):
        before = re.split(r"[.!?]\s|\n", text[max(0, match.start() - 40) : match.start()])[-1]
        spaced = _spaced_release().search(" ".join(_without_year_word(before.split())[-3:]))
        if spaced or _release_just_before().search(before):
            return parse_year(match.group(1))
        after = _ONE_WORD.match(lowered, match.end())
        starts: tuple[int, ...] = (after.start(1), after.end()) if after else ()
        if lowered.startswith("年", match.end()):  # "2006年公開": the word after the year's sign
            starts = (match.end() + 1,)
        if any(_release_event().match(lowered, at) for at in starts):
            return parse_year(match.group(1))
    return None


def _without_year_word(words: list[str]) -> list[str]:
    """The words before a year without the word for "year" that ends them ("وإنتاج مصطفى
    بوحلبة سنة", "released in the year"): the release's word stands before it."""
    year_words = lang.cue_set("year_words")
    while words and words[-1].lower() in year_words:
        words = words[:-1]
    return words


_ONE_WORD = re.compile(r"\s+([^\W\d_]+\s+)?")
#: the words after a year that a release's word may stand among: the rest of the clause, a
#: case ending glued to the year ("1980న", "1987ஆம்") being the first
_AFTER_WORDS = 4


@cache
def _year_mark_stop() -> re.Pattern[str]:
    """A language's abbreviated word for "year" and its full stop, right after a year
    (:func:`indexer.lang.year_marks`: "1968թ.", "1968 г.", "2011 m."): no end of a clause."""
    marks = alternation(w for w in lang.year_marks() if w not in "年년") or "(?!)"
    return recache.compile(rf"\s?(?i:{marks})\.(?=\s)")


def _released_after(block: str) -> int | None:
    """The first year in prose, a date's too, that a release's word follows in the same clause
    within :data:`_AFTER_WORDS` words ("27 अक्टूबर, 1957 को रिलीज़ किया गया", "1987ஆம் ஆண்டு
    வெளியானது"): the order of a language that puts its verb last."""
    for match in _any_year().finditer(block):
        rest = block[match.end() : match.end() + 60]
        mark = _year_mark_stop().match(rest)  # "1968թ. Հայաստանում թողարկվեց", "1968 г. вышел"
        clause = re.split(r"[.!?;:]\s|[\n()\[\]|]", rest[mark.end() if mark else 0 :])[0]
        words = clause.split()[:_AFTER_WORDS]
        if words and _release_word().search(" ".join(words)):
            return parse_year(match.group(1))
    return None


@cache
def _release_event() -> re.Pattern[str]:
    """Words of a release that follow its year: the release labels' words, and the event
    words that name the cinema ("in cinemas", "in die Kinos")."""
    media = [w for w in lang.cues("media_words") if len(w) >= 4]
    shown = [
        w.rstrip("*") for w in lang.cues("event_words") if " " in w and any(m in w for m in media)
    ]
    labels = lang.labels().get("release", ())
    words = [w for w in labels if len(w) >= 4 and not _CJK.match(w)]
    unspaced = alternation(w for w in labels if _CJK.match(w)) or "(?!)"  # "公開された" too
    return recache.compile(rf"(?:{alternation([*words, *shown], spaces=True)})(?!\w)|{unspaced}")


#: a word of Chinese characters or kana: two of them are a word ("公開")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]{2}")
#: a word of Hangul: two syllables are a word ("개봉", release)
_HANGUL = re.compile(r"[가-힣]{2}")


#: the most words of a line that may be a heading
_HEADING_WORDS = 12


def _short_lines(block: str) -> str:
    """The lines of ``block`` short enough to be headings, the others left blank."""
    return "\n".join(ln if len(ln.split()) <= _HEADING_WORDS else "" for ln in block.split("\n"))


def _most_written_year(block: str) -> int | None:
    """When no cue names the film's year: the year the page writes most often outside
    calendar dates (a date is the day the page was written or a screening,
    not the film's year), and at least twice. A year written once is as often a prize's, a
    birth's or the site's: on the pages looked at, the film's year in 140 of 142 pages with
    one, but a year on 46 of 132 pages that state none; written twice, 135 and 15. Two years
    written equally often are two events the page tells of (a premiere and a release, two
    films): neither is read."""
    plain = [int(y) for y in _any_year().findall(without_dates(block))]
    if not plain:
        return None
    counts = Counter(plain).most_common(2)
    (best, most), second = counts[0], (counts[1][1] if len(counts) > 1 else 0)
    return best if most >= 2 and most > second else None


#: a year, up to three words, then the word for a festival, the same international word in
#: most languages and scripts ("2013 Cannes Film Festival", "1999 Filmfestspiele", "2015
#: Cannes-i Filmfesztiválon", "2019 кинофестиваля")
_FESTIVAL_YEAR = re.compile(
    r"(?<![\d/.,-])((?:18[89]|19\d|20\d)\d)(?![\d/-]|[.,]\d)(?:\s+\S+){0,3}?\s+\S*"
    r"(?i:fest|фест|fesztiv)"
)


def _festival_premiere(block: str) -> int | None:
    """When no other cue names the film's year: the year of a festival in a sentence that
    says the film was released or premiered there ("Ratcatcher premiered in Un Certain Regard
    during the 1999 Cannes Film Festival"); a festival's year in other sentences is as often
    a later screening's."""
    text = without_dates(block)
    for match in _FESTIVAL_YEAR.finditer(text):
        start = max(0, match.start() - 120)
        before = re.split(r"[.!?]\s|\n", text[start : match.start()])[-1]
        if _release_word().search(before):
            return parse_year(match.group(1))
    return None


def _add_year(ballot: Ballot, value: int | None, cue: str, weight: float) -> None:
    if value:
        ballot.add(str(value), cue, weight)


def runtimes(
    labelled: list[str],
    found: fl.Facts,
    prose: fl.Facts,
    block: str,
    why: Why | None,
    title: str = "",
) -> list[int]:
    """Every runtime the page states for the film, the best-supported first."""
    ballot = Ballot()
    for value in labelled:
        film = _film_minutes().search(value)  # "168 min. (Film: 139 min. + Q&A 29 min.)"
        minutes = int(film.group(1)) if film else parse_runtime(value)
        lead = _LEADING_NUMBER.match(value)  # "Durata: 110 - colore": a number, then the rest
        minutes = minutes or (int(lead.group(1)) if lead else None)
        _add_minutes(ballot, minutes, "labelled runtime", 6.0)
    for number in found.runtimes:
        _add_minutes(ballot, number, "on a fact line", 4.0)
    for number in prose.runtimes:
        _add_minutes(ballot, number, "in the credit sentence", 2.0)
    under = facts_under_title(block, title) if title else None  # a programme of several films
    for number in under.runtimes[:1] if under else []:
        _add_minutes(ballot, number, "on the fact line under the title's heading", 3.0)
    inline = _runtime_label().search(block[:8000])  # "製作:2022年 配給:東宝 時間:104分"
    if inline:
        written = inline.group(1) or inline.group(2)
        _add_minutes(ballot, parse_runtime(written), "after a runtime's label in a line", 3.0)
    if not ballot.candidates:
        for match in _minutes_in(block):
            clock = match.group("h") and int(match.group("h")) * 60 + int(match.group("m"))
            minutes = clock or parse_runtime(match.group(0).replace("-", " ")) or 0
            if 40 <= minutes <= 300:
                _add_minutes(ballot, minutes, "minutes written in the prose", 1.0)
    if why is not None and ballot.candidates:
        why.record("runtime", ballot)
    strong = [int(c.value) for c in ballot.ranked() if c.score >= 4.0]
    best = ballot.best()
    return strong or ([int(best.value)] if best else [])


@cache
def _runtime_label() -> re.Pattern[str]:
    """A runtime's label inside a line, then a colon and a runtime ("… 配給:東宝 時間:104分",
    "Réalisation : X – Durée : 1h 45min – France", or glued to it as a flattened table's cell
    is: "Año2020. Duración110 minutos."): a label of a spaced script after a space or a dash,
    one of a script without spaces after anything."""
    labels = [w for w in lang.labels().get("runtime", ()) if len(w) >= 2]
    spaced = alternation(w for w in labels if not _CJK.match(w + w)) or "(?!)"
    unspaced = alternation(w for w in labels if _CJK.match(w + w)) or "(?!)"
    hours, minutes = runtime_units("hours"), runtime_units("minutes")
    runtime = (
        rf"(\d{{2,3}}\s?(?:{minutes})\.?|[1-4]\s?(?:{hours})\.?\s?(?:\d{{1,2}}\s?(?:{minutes})?)?"
        r"|\d{1,3}:[0-5]\d(?::[0-5]\d)?)"  # "Kestus: 86:00", "Durée : 1:45"
    )
    return recache.compile(
        rf"(?:(?:(?<=[\s–—-]){spaced}|{unspaced})[ \t]*[:：][ \t]*"
        # a spaced script's label glued to its digits ("Duración110"; "2時間21分" is a time)
        rf"|(?<=[\s–—-])(?-i:(?=[A-ZÀ-ÞА-ЯЁ]))(?:{spaced})(?=\d))"
        rf"{runtime}(?!\d)"
        # a spaced dash after a capitalised label in a line of prose ("… Хронометраж - 01:47.
        # Рейтинг PG."): hours and minutes of a film's length, never a time of day
        rf"|(?<=[\s.])(?-i:(?=[A-ZÀ-ÞА-ЯЁ]))(?:{spaced})[ \t]+[-–—][ \t]+"
        rf"(\d{{2,3}}\s?(?:{minutes})\.?|0?[1-4]:[0-5]\d)(?![\d:])",
        re.IGNORECASE,
    )


#: a number of minutes opening a labelled value, before other facts ("110 - colore")
_LEADING_NUMBER = re.compile(r"^\s*(\d{2,3})\s*(?:[-–—,;/|]\s|$)")


def _add_minutes(ballot: Ballot, value: int | None, cue: str, weight: float) -> None:
    if value:
        ballot.add(str(value), cue, weight)
