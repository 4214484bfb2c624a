"""A block's sources read by their place: what its other sources are, a lone name is too.

A press block signs its quotes the same way one after another ("…" / "Outlet", "… – Outlet"):
a name alone in that place is an outlet where the block's other lone sources are outlets
("The Guardian", "Observer (UK)", an outlet word, a web address), even when the name, unknown
to the catalogues, has a person's shape ("Mogiz Tahecenat"). A name whose first word is a given
name the language data knows ("Peter Bradshaw") stays a critic, and a block that signs a quote
with such a critic alone is read as it is written.
"""

from __future__ import annotations

import re

from indexer.extract.pages.quotes.blocks import quote_blocks
from indexer.extract.pages.quotes.lang import OUTLET_ARTICLES, phrase_pattern
from indexer.extract.pages.quotes.units import BODY, QUOTE, Unit
from indexer.extract.pages.quotes.who import Who
from indexer.extract.pages.titleperson import person_like

#: a block needs this many quotes signed by an outlet alone to tell its lone names' place
_OUTLETS = 2


def outlets_alone(units: list[Unit]) -> None:
    """Read as outlets the names alone that sign quotes as critics not known by a given name,
    in each block where two quotes or more are signed by an outlet alone and none by a critic
    alone whose name opens with a known given name."""
    for block in quote_blocks(units):
        lone = [u.who for u in block if u.kind in (QUOTE, BODY) and _alone(u.who)]
        outlets = sum(1 for who in lone if who and who.outlet)
        if outlets < _OUTLETS or any(
            who and who.critic and person_like(who.critic) for who in lone
        ):
            continue
        read = {
            id(who): Who(None, who.critic, who.strong)
            for who in lone
            if who is not None and who.critic
        }
        for unit in units:  # the source line keeps the attribution it gave its text
            if id(unit.who) in read:
                unit.who = read[id(unit.who)]


def _alone(who: Who | None) -> bool:
    """True for a source that names one part only: a critic or an outlet."""
    return who is not None and bool(who.critic) != bool(who.outlet)


#: the articles that stand before an outlet's name, not those that are prepositions as well
#: ("de", "a": "un film de Kleber Mendonça", "a Peter")
_ARTICLES = tuple(a for a in OUTLET_ARTICLES if a not in ("de", "a"))


def articled(name: str | None, page: str) -> str | None:
    """``name`` with the article the page writes right before it ("The Dirabak Zemit noted"),
    when ``name``, read as a critic alone, opens with no known given name: a person's name takes
    no article, an outlet's does; None when the page never writes it so."""
    if not name or person_like(name) or not _ARTICLES:
        return None
    found = re.search(
        rf"(?<!\w)({phrase_pattern(_ARTICLES)})\s+{re.escape(name)}(?!\w)", page, re.IGNORECASE
    )
    return f"{found.group(1)} {name}" if found else None
