"""Search-as-you-type: film titles from the edge n-gram title field, people from the facets.

Titles: the words typed so far must all be in the title, the last one as a prefix (the
``title_prefix`` field holds edge n-grams of every title word). People: directors' names from
the facet column, found by the start of any of their words and ranked by how many films they
directed; built once per index generation.
"""

from __future__ import annotations

import bisect
import json
import threading

import numpy as np
from whoosh import query as wq
from whoosh.searching import Searcher

from indexer import analysis, schema
from indexer.normalize import key
from webapp.search.state import Generation
from webapp.search.types import Suggestion

MAX_PREFIX = 100


class Suggester:
    """Completions for one index generation."""

    def __init__(self, state: Generation) -> None:
        self.state = state
        self._names: list[tuple[str, str, int]] | None = None
        self._lock = threading.Lock()

    def suggest(self, searcher: Searcher, prefix: str, limit: int = 8) -> list[Suggestion]:
        """Up to ``limit`` titles and names completing ``prefix``."""
        folded = key(prefix[:MAX_PREFIX])
        if len(folded) < 2:
            return []
        titles = self._titles(searcher, folded, limit)
        people = self._people(folded, max(2, limit - len(titles)))
        return (
            (titles + people)[:limit] if len(titles) < limit else titles[: limit - 2] + people[:2]
        )

    def _titles(self, searcher: Searcher, folded: str, limit: int) -> list[Suggestion]:
        words = folded.split()
        parts: list[wq.Query] = [wq.Term(schema.KIND, schema.FILM)]
        for word in words[:-1]:
            parts += [
                wq.Term(schema.TITLE, t)
                for t, _, _ in analysis.tokens(analysis.name_analyzer(), word, "query")
            ]
        last = words[-1][:15]
        parts.append(wq.Term(schema.TITLE_PREFIX, last))
        results = searcher.search(wq.And(parts), limit=limit)
        out = []
        for hit in results:
            data = json.loads(hit[schema.PAYLOAD])
            out.append(Suggestion("title", data["title"], data["id"], data["year"]))
        return out

    def _people(self, folded: str, limit: int) -> list[Suggestion]:
        names = self._name_index()
        i = bisect.bisect_left(names, (folded, "", 0))
        found: dict[str, int] = {}
        while i < len(names) and names[i][0].startswith(folded) and len(found) < 200:
            found.setdefault(names[i][1], names[i][2])
            i += 1
        ranked = sorted(found.items(), key=lambda item: (-item[1], item[0]))
        return [Suggestion("person", name, None, None, count) for name, count in ranked[:limit]]

    def _name_index(self) -> list[tuple[str, str, int]]:
        if self._names is None:
            with self._lock:
                if self._names is None:
                    column = self.state.columns[schema.DIRECTOR_FACET]
                    counts = column.count(self.state.films)
                    entries = []
                    for ordinal in np.nonzero(counts)[0]:
                        name = column.ordinals.values[ordinal]
                        words = key(name).split()
                        for i in range(len(words)):
                            entries.append((" ".join(words[i:]), name, int(counts[ordinal])))
                    self._names = sorted(entries)
        return self._names
