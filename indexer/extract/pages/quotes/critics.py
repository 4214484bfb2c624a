"""A critics' list without a heading: review excerpts each headed by its own source.

An aggregator's critics tab sets its excerpts one after another, each under a line that
names its source and maybe beside the source's score, with no quotation marks and often under
no press heading ("• 100" / "The Hollywood Reporter" / "Both a powerful allegory …" / "• 100"
/ "Slant Magazine" / "Christian Petzold never luxuriates …"). One paragraph under a source
line may be a section of an article under its heading; three or more in a row, each under a
different source beyond doubt (an outlet word, a known outlet, a person's name) with nothing
but source lines and scores between them, are a list of critics' excerpts. A line that speaks
of the critics ("The Critics Comment") heads the list and is no source of the paragraph below.
"""

from __future__ import annotations

from indexer.extract.pages.quotes import marks
from indexer.extract.pages.quotes.press import names_critics
from indexer.extract.pages.quotes.units import BODY, OTHER, WHO, Unit
from indexer.extract.pages.quotes.who import known_outlet
from indexer.normalize import key

#: at least this many excerpts in a row make a critics' list
_RUN = 3
#: an excerpt is a few sentences, never a whole article
_MOST_WORDS = 120
#: a line between two excerpts (a score, "Read more") has at most this many words
_BETWEEN_WORDS = 4


def headed_excerpts(units: list[Unit]) -> set[int]:
    """The ids of the paragraph units of ``units`` that are excerpts of a critics' list: runs
    of at least three paragraphs, each headed by a different source beyond doubt, with only
    source lines and short lines between them."""
    found: set[int] = set()
    run: list[Unit] = []
    sources: set[str] = set()

    def close() -> None:
        if len(run) >= _RUN:
            found.update(id(unit) for unit in run)
        run.clear()
        sources.clear()

    for unit in units:
        if _excerpt(unit):
            source = key(unit.who.outlet or unit.who.critic or "") if unit.who else ""
            if source in sources:
                close()
            run.append(unit)
            sources.add(source)
        elif unit.kind == WHO or (unit.kind == OTHER and marks.words(unit.text) <= _BETWEEN_WORDS):
            continue
        else:
            close()
    close()
    return found


def _excerpt(unit: Unit) -> bool:
    """True for a paragraph headed by a source beyond doubt on the line above it."""
    who = unit.who
    return (
        unit.kind == BODY
        and unit.how == "before"
        and who is not None
        and who.strong
        and bool(who.outlet or who.critic)
        and not _heading(who.outlet if not who.critic else None)
        and 4 <= marks.words(unit.text) <= _MOST_WORDS
    )


def _heading(outlet: str | None) -> bool:
    """True for an outlet alone that is the list's heading ("The Critics Comment"), not a
    source: it speaks of the critics and is no outlet known by name."""
    return outlet is not None and names_critics(outlet) and not known_outlet(outlet)
