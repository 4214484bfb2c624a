"""Title cues from the page's layout: the line that heads a film's credits (the title over
"Deutschland 2008 / 128 min" and "Regie: …"), wherever it stands on the page, so that a
title below a long menu or rating legend is reached too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer import lang
from indexer.extract.pages import titles
from indexer.extract.pages.facts import line_facts
from indexer.extract.pages.text import in_a_list

_BACK = 3  # non-empty lines looked back over


@lru_cache(maxsize=1)
def _by() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in lang.cues("by"))
    return re.compile(rf"^(?i:{words})\s+\S")


def heads_credits(
    lines: tuple[str, ...], used: set[int], stop: int, people: set[str]
) -> int | None:
    """The nearest heading-like line before the first credit label or fact line (credit
    lines such as "De Michele Pennetta" skipped; an item of a menu, a person's name or a
    sentence ends the search), or None."""
    at = _first_credit(lines, used, stop)
    if at is None:
        return None
    seen = 0
    for i in range(at - 1, -1, -1):
        text = lines[i].strip()
        if not text:
            continue
        seen += 1
        if seen > _BACK:
            return None
        if i in used or line_facts(text) is not None or _by().match(text):
            continue  # a credit or a fact line of the same block
        if not titles.heading_like(text, people) or in_a_list(lines, i):
            return None
        return i
    return None


def _first_credit(lines: tuple[str, ...], used: set[int], stop: int) -> int | None:
    for i, line in enumerate(lines[: stop + 1]):
        text = line.strip()
        if i == stop or (text and i not in used and line_facts(text) is not None):
            return i if i < len(lines) else None
    return None
