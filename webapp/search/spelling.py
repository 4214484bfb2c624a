"""Typo correction against the words the index holds (unstemmed: titles, names, texts).

Suggesting from the unstemmed fields means a correction is a real word ("return"), never a
stem ("retur"). Candidates are found with RapidFuzz's optimal-string-alignment distance, so a
swap of two letters ("retrun") costs one edit; among the closest, the most frequent word wins.
"""

from __future__ import annotations

from rapidfuzz import process
from rapidfuzz.distance import OSA

from webapp.search.readers import Readers
from webapp.search.state import SPELLING_FIELDS, SegmentCache


def max_edits(word: str) -> int:
    """Edits allowed for a word of this length: none below 5 letters, 1 up to 8, then 2."""
    return 0 if len(word) < 5 else 1 if len(word) < 9 else 2


#: corrections of one word searched together (the query says the first)
ALTERNATIVES = 3


class Speller:
    """Known-word checks and corrections for one index generation (built lazily; each
    thread reads through its own reader)."""

    def __init__(self, readers: Readers, cache: SegmentCache) -> None:
        self.readers = readers
        self.cache = cache
        self._ranges: dict[tuple[int, int], list[str]] = {}
        self._memo: dict[str, list[str]] = {}

    def known(self, word: str) -> bool:
        """Whether any document holds ``word`` (folded) in a title, name or text."""
        reader = self.readers.reader()
        return any((f, word) in reader for f in SPELLING_FIELDS)

    def frequency(self, word: str) -> int:
        """Documents holding ``word`` in any spelling field."""
        reader = self.readers.reader()
        return sum(reader.doc_frequency(f, word) for f in SPELLING_FIELDS)

    def correct(self, word: str) -> str | None:
        """The closest known word within :func:`max_edits`, or None (memoised per generation)."""
        found = self.alternatives(word)
        return found[0] if found else None

    def alternatives(self, word: str) -> list[str]:
        """The known words closest to ``word`` (at most :data:`ALTERNATIVES`, the most frequent
        first): "mssage" may be "message" or "massage"."""
        found = self._memo.get(word)
        if found is None:
            if len(self._memo) > 50_000:
                self._memo.clear()
            found = self._memo[word] = self._correct(word)
        return found

    def _correct(self, word: str) -> list[str]:
        edits = max_edits(word)
        if not edits or not word.isalpha():
            return []
        found = process.extract(
            word,
            self._candidates(len(word), edits),
            scorer=OSA.distance,
            score_cutoff=edits,
            limit=8,
        )
        if not found:
            return []
        closest = min(m[1] for m in found)
        ranked = sorted(
            (m for m in found if m[1] == closest), key=lambda m: (-self.frequency(m[0]), m[0])
        )
        return [str(m[0]) for m in ranked[:ALTERNATIVES]]

    def _candidates(self, length: int, edits: int) -> list[str]:
        """Known words whose length is within ``edits`` of ``length`` (one list, kept). The
        words of each segment are read once, so a new generation reads only its new ones."""
        found = self._ranges.get((length, edits))
        if found is None:
            segments = [
                self.cache.words(leaf.segment().segment_id(), leaf)
                for leaf, _ in self.readers.leaves()
            ]
            lengths = range(length - edits, length + edits + 1)
            found = list(dict.fromkeys(w for b in segments for n in lengths for w in b.get(n, ())))
            self._ranges[(length, edits)] = found
        return found
