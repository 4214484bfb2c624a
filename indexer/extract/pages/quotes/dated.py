"""A critics' list signed by dates: review excerpts each followed by the day it was written.

An aggregator's reviews tab may set its excerpts with no source at all, only the date of each
review on the line right under it, sometimes beside the critic's own score ("Obasi bolsters
gorgeous visuals …" / "| Original Score: 4/5 | May 15, 2024" / "A probe into power …" / "|
Jan 3, 2024"). One paragraph over a date may be a post of a blog; three or more in a row, each
with its date line right under it and nothing else between them, are a list of critics'
excerpts. A date line is no source: a score beside the date ("Original Score: B+") names no
critic. A line that holds a time of day besides its date is a visitor's comment posted then,
never a review's date.
"""

from __future__ import annotations

import re

from indexer.extract.pages.quotes import marks
from indexer.extract.pages.quotes.units import BODY, Unit
from indexer.extract.pages.text import date_pattern

#: at least this many dated excerpts in a row make a critics' list
_RUN = 3
#: an excerpt is a sentence or a few, never a whole article nor a heading
_FEWEST_WORDS, _MOST_WORDS = 8, 120
#: the parts of a date line: separated by bars or middle dots
_PARTS = re.compile(r"\s*[|·•]\s*")
#: a score beside the date: "Original Score: 3/5", "Rating: B+", "4/5"
_SCORE = re.compile(
    r"^(?:[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s?:\s?)?"
    r"(?:\d+(?:[.,]\d+)?\s*/\s*\d+|[A-F][+-]?|\d+(?:[.,]\d)?|[★☆½*]+)$"
)
#: a time of day: "4:15 pm", "21.30" (a comment's posting time)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b", re.IGNORECASE)
#: a date line has at most this many words besides the date ("Posted Dec 4, 2019")
_OTHER_WORDS = 1


def is_date_line(line: str) -> bool:
    """True for a line that only dates a review: a calendar date, perhaps after one word
    ("Posted") and beside a score, parts separated by bars ("| Original Score: 3/5 | Sep 3,
    2024", "Dezember 31, 2015"); no time of day."""
    text = line.strip()
    if not text or len(text) > 80 or _TIME.search(text):
        return False
    dated = False
    for part in filter(None, _PARTS.split(text.strip("|·• "))):
        found = date_pattern().search(part)
        rest = (part[: found.start()] + part[found.end() :]).strip(" ,") if found else part
        if found and len(rest.split()) <= _OTHER_WORDS and not any(c.isdigit() for c in rest):
            dated = True
        elif not _SCORE.match(part):
            return False
    return dated


def dated_excerpts(units: list[Unit], lines: tuple[str, ...]) -> set[int]:
    """The ids of the paragraph units of ``units`` that are excerpts of a dated critics'
    list (at least three in a row, each with a date line right under it); their source, if
    read from that date line, is dropped."""
    found: set[int] = set()
    run: list[Unit] = []

    def close() -> None:
        if len(run) >= _RUN:
            for unit in run:
                if unit.how == "after":
                    unit.who, unit.how = None, ""  # "Original Score: B+" is no critic
                found.add(id(unit))
        run.clear()

    for unit in units:
        if _excerpt(unit, lines):
            run.append(unit)
        elif not (unit.start == unit.end and is_date_line(lines[unit.start])):
            close()
    close()
    return found


def _excerpt(unit: Unit, lines: tuple[str, ...]) -> bool:
    """True for a paragraph with a date line right under it, no blank line between."""
    below = unit.end + 1
    return (
        unit.kind == BODY
        and below < len(lines)
        and is_date_line(lines[below])
        and _FEWEST_WORDS <= marks.words(unit.text) <= _MOST_WORDS
    )
