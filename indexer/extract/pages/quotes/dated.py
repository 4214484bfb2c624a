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

from indexer.extract.pages.quotes import marks
from indexer.extract.pages.quotes.datelines import is_date_line
from indexer.extract.pages.quotes.units import BODY, Unit

__all__ = ["dated_excerpts"]

#: at least this many dated excerpts in a row make a critics' list
_RUN = 3
#: an excerpt is a sentence or a few, never a whole article nor a heading
_FEWEST_WORDS, _MOST_WORDS = 8, 120


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
