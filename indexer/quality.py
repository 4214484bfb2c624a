"""Data quality of a merged corpus: what ``cinedex check`` reports beside the problems.

How many films know their director (and how many of those only from a synopsis), how many
directors are still spelled two ways, which films the identity rules joined across sources
and with what evidence, and what was cleaned from the sources (counted from the problems the
extractors report).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from indexer.merge import MergeResult
from indexer.people import person_key
from indexer.records import Film, Problem

#: problem messages that report a cleaned artefact, by what was cleaned
_CLEANED = {
    "title_year": "title ended with its year",
    "people_list_items": "people list item dropped",
    "rows_without_title": "skipped, no title",
}


def spelling_groups(films: Sequence[Film]) -> list[list[str]]:
    """Directors written more than one way across ``films`` (one list of spellings each)."""
    spellings: dict[str, set[str]] = {}
    for film in films:
        for name in film.directors:
            spellings.setdefault(person_key(name) or name, set()).add(name)
    return sorted(sorted(s) for s in spellings.values() if len(s) > 1)


def cleaned(problems: Sequence[Problem]) -> dict[str, int]:
    """Rows cleaned of each kind of artefact, summed from the catalogues' counted problems."""
    out = dict.fromkeys(_CLEANED, 0)
    for problem in problems:
        for name, text in _CLEANED.items():
            if text in problem.message:
                match = re.match(r"(\d+) rows?:", problem.message)
                out[name] += int(match.group(1)) if match else 1
    return out


def quality(merged: MergeResult, problems: Sequence[Problem]) -> dict[str, Any]:
    """The data-quality summary of a merged corpus."""
    films = merged.films
    prose_only = [
        f
        for f in films
        if f.directors
        and all(x.prose == x.sources for x in f.facts if x.field == "directors")
        and any(x.field == "directors" for x in f.facts)
    ]
    return {
        "films": len(films),
        "films_with_director": sum(1 for f in films if f.directors),
        "films_with_director_from_prose_only": len(prose_only),
        "director_spelling_groups": len(spelling_groups(films)),
        "identity_joins": dict(Counter(j.rule for j, _ in merged.joins)),
        "cleaned": cleaned(problems),
    }


def joins_json(merged: MergeResult) -> list[dict[str, str]]:
    """Every identity join as ``{film, rule, evidence}``."""
    return [{"film": fid, "rule": j.rule, "evidence": j.evidence} for j, fid in merged.joins]


def index_quality(folder: Path) -> dict[str, Any]:
    """The data quality of the films of a built index (``folder``: one build), read from their
    stored records: films with a director, from prose only, director spelling groups, and
    films made from several sources."""
    from whoosh import index as whoosh_index  # here: ``cinedex check`` never opens an index

    from indexer import schema

    directors: list[list[str]] = []
    prose_only = several = 0
    with whoosh_index.open_dir(str(folder)).searcher() as searcher:
        for fields in searcher.documents(**{schema.KIND: schema.FILM}):
            film = json.loads(fields[schema.PAYLOAD])
            directors.append(film["directors"])
            facts = [f for f in film["facts"] if f["field"] == "directors"]
            prose_only += bool(facts) and all(
                f.get("read_from_prose") == f["sources"] for f in facts
            )
            several += len({s.split("#")[0] for s in film["sources"]}) > 1
    return {
        "films": len(directors),
        "films_with_director": sum(1 for d in directors if d),
        "films_with_director_from_prose_only": prose_only,
        "director_spelling_groups": len(
            spelling_groups([Film("", directors=tuple(d)) for d in directors])
        ),
        "films_from_several_documents": several,
    }
