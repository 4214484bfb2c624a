"""Credits written into prose: "directed by …", "written and directed by …", "starring …".

One implementation for every kind of document: the page extractor reads credit sentences with
it, and catalogue records whose synopsis names their director ("The Godfather is a 1972 American
crime film directed by Francis Ford Coppola") get their people from it too. The cue words come
from the page extractor's language data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from indexer.extract.pages import facts as fl


@dataclass
class ProseCredits:
    """People named in prose, by role, as written."""

    directors: list[str] = field(default_factory=list)
    writers: list[str] = field(default_factory=list)
    cast: list[str] = field(default_factory=list)


def prose_credits(text: str, language: str | None = None, title: str = "") -> ProseCredits:
    """The directors, writers and cast that ``text`` names with a credit cue."""
    credits = ProseCredits()
    director, offset = fl.strong_director(text, title)
    if director:
        credits.directors.append(director)
        if offset >= 0:
            credits.cast.extend(fl.prose_cast(fl.sentence_at(text, offset)))
    return credits
