"""A line that only dates a review: "2023-11-20", "| Original Score: 3/5 | Sep 3, 2024".

Aggregators and press pages set the day a review was written on a line of its own, under the
excerpt (:mod:`.dated`) or inside the source block over it (:mod:`.units`). A time of day
beside the date makes it a visitor's comment posted then, never a review's date.
"""

from __future__ import annotations

import re

from indexer.extract.pages.text import date_pattern

__all__ = ["is_date_line"]

#: the parts of a date line: separated by bars or middle dots
_PARTS = re.compile(r"\s*[|·•]\s*")
#: a score beside the date: "Original Score: 3/5", "Rating: B+", "4/5"
_SCORE = re.compile(
    r"^(?:[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s?:\s?)?"
    r"(?:\d+(?:[.,]\d+)?\s*/\s*\d+|[A-F][+-]?|\d+(?:[.,]\d)?|[★☆½*]+)$"
)
#: a time of day: "4:15 pm", "21.30" (a comment's posting time), not a dotted date's day
#: and month ("20.11.2023")
_TIME = re.compile(
    r"(?<!\d[./])\b\d{1,2}[:.]\d{2}\b(?![./]\d)|\b\d{1,2}\s?[ap]\.?m\b", re.IGNORECASE
)
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
