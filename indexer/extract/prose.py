"""Credits written into prose: "directed by …", "written and directed by …", "starring …".

One implementation for every kind of document: the page extractor reads credit sentences with
the same cue machinery (:mod:`indexer.extract.pages.cues`, cue words from the language modules
of :mod:`indexer.lang`), and catalogue records whose synopsis names their people ("The
Godfather is a 1972 American crime film directed by Francis Ford Coppola … It stars Marlon
Brando") get them from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from indexer.extract.pages import cues, sentences
from indexer.extract.pages.evidence import Ballot
from indexer.normalize import dedupe


@dataclass
class ProseCredits:
    """People named in prose, by role, as written."""

    directors: list[str] = field(default_factory=list)
    writers: list[str] = field(default_factory=list)
    cast: list[str] = field(default_factory=list)


def prose_credits(text: str, language: str | None = None, title: str = "") -> ProseCredits:
    """The directors, writers and cast that ``text`` names with a credit cue (cues of
    ``language`` only when it is given, else of every language module)."""
    if not isinstance(text, str) or not text.strip():
        return ProseCredits()
    text = text[:20_000]
    return ProseCredits(
        directors=_directors(text, language, title),
        writers=_listed(text, "written_by", language),
        cast=_cast(text, language),
    )


def _directors(text: str, language: str | None, title: str) -> list[str]:
    ballot = Ballot()
    name, _ = sentences.strong_director(text, title) if language in (None, "en") else (None, -1)
    if name:  # the page extractor's own patterns ("un film italiano di", "Title by Name")
        ballot.add(name, "after a 'directed by' cue", 3.0)
    for mention in cues.mentions(text, "directed_by", code=language):
        ballot.add(mention.name, f"after '{mention.cue}'", 3.0, mention.at)
        for more in cues.names_from(text, text.find(mention.name, mention.at))[1:4]:
            ballot.add(more, f"listed after '{mention.cue}'", 3.0, mention.at)
    for mention in cues.mentions(text, "director_nouns", code=language):
        ballot.add(mention.name, f"after the role noun '{mention.cue}'", 1.5, mention.at)
    for mention in cues.director_before(text, code=language):
        ballot.add(mention.name, f"before the role word '{mention.cue}'", 1.5, mention.at)
    strong = [c.value for c in ballot.ranked() if c.score >= 3.0]
    if strong:
        return strong
    best = ballot.best()
    return [best.value] if best else []


def _listed(text: str, kind: str, language: str | None) -> list[str]:
    names: list[str] = []
    for mention in cues.mentions(text, kind, code=language):
        names.extend(cues.names_from(text, text.find(mention.name, mention.at))[:4])
    return dedupe(names)


def _cast(text: str, language: str | None) -> list[str]:
    lists = [*cues.cast_lists(text, code=language), *cues.cast_before(text, code=language)]
    if not lists:
        return []
    longest = max(lists, key=lambda m: (m.name.count(";"), -m.at))
    return longest.name.split("; ")
