"""What the page-extraction tests share: one page's film, and a synopsis to pad a page with."""

from __future__ import annotations

from indexer.extract.pages import extract_page
from indexer.records import Film

#: a plain synopsis paragraph, long enough to be read as the page's synopsis
BLURB = " ".join(["A quiet story of two sisters who keep a mill running through a winter."] * 3)


def film_of(text: str, source: str = "page.txt") -> Film:
    """The one film extracted from ``text`` (fails with the problems met when none is)."""
    result = extract_page(text, source)
    assert result.films, result.problems
    return result.films[0]
