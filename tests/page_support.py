"""What the page-extraction tests share: one page's film, the quotes of a small page, and a
synopsis to pad a page with."""

from __future__ import annotations

from indexer.extract.pages import extract_page, titlevote
from indexer.records import Film

#: a plain synopsis paragraph, long enough to be read as the page's synopsis
BLURB = " ".join(["A quiet story of two sisters who keep a mill running through a winter."] * 3)


#: a small synthetic film page in parts: its title, a lede about the film, the story (for the
#: synopsis chooser's tests)
WINTER_TITLE = "Winter Harbour"
WINTER_LEDE = (
    "Winter Harbour is the second feature of a young director from the north, a quiet and "
    "patient drama that opened the festival in the old harbour town last night."
)
WINTER_STORY = (
    "A young woman returns to the island where she grew up to sell her late father's boat "
    "and finds that the fishermen who knew him want to keep it in the harbour for one more "
    "winter."
)


def film_of(text: str, source: str = "page.txt") -> Film:
    """The one film extracted from ``text`` (fails with the problems met when none is)."""
    result = extract_page(text, source)
    assert result.films, result.problems
    return result.films[0]


#: one quote as the tests compare it: text, critic, outlet
Found = tuple[str, str | None, str | None]


def quotes(body: str, source: str = "") -> list[Found]:
    """The quotes the page extractor finds on a small page around ``body`` (with a ``Source:``
    line when ``source`` is given)."""
    head = f"Source: {source}\n" if source else ""
    page = f"{head}Title: Heat\nDirector: Michael Mann\n\n{body}\n"
    films = extract_page(page, "q.txt").films
    assert len(films) == 1
    return [(q.text, q.critic, q.outlet) for q in films[0].quotes]


def voted_title(text: str, url: str | None) -> str | None:
    """The title the title vote alone gives a page's text (lines split at newlines) and its
    address, or None when no candidate wins."""
    lines = tuple(text.split("\n"))
    ballot, headings = titlevote.vote(lines, set(), len(lines), set(), url)
    won = titlevote.decide(ballot, headings, lines)
    return won.title if won else None
