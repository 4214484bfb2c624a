"""The benchmark's query log: title words, two-word title fragments and quote fragments.

Made deterministically (fixed seed) from the films and quotes being indexed, so that every
engine answers the same queries and two runs on the same data compare. Saved as
``bench/queries.txt``, one ``kind<TAB>query`` a line.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

SEED = 20240611
FILM, QUOTE = "film", "quote"

#: Words that make poor queries on their own (English plus the commonest title particles).
_STOP = """a an and are as at be but by de del der des di die do du el en for from has have he her
    his how i if in into is it its la le les los me my no not of on or our she so than that the
    their them then there they this to too un una une up us was we what when who why will with
    you your"""
STOP_WORDS = frozenset(_STOP.split())
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@dataclass(frozen=True)
class QueryLog:
    """Film queries and quote fragments, in the order they are run."""

    films: tuple[str, ...]
    quotes: tuple[str, ...]

    def save(self, path: Path, note: str = "") -> None:
        """Write the log as ``kind<TAB>query`` lines after a comment header."""
        lines = [f"# cinedex bench query log (seed {SEED}){': ' + note if note else ''}"]
        lines += [f"{FILM}\t{q}" for q in self.films] + [f"{QUOTE}\t{q}" for q in self.quotes]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> QueryLog:
        """Read a log written by :meth:`save`."""
        kinds: dict[str, list[str]] = {FILM: [], QUOTE: []}
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                kind, _, text = line.partition("\t")
                kinds[kind].append(text)
        return cls(tuple(kinds[FILM]), tuple(kinds[QUOTE]))


def words(text: str) -> list[str]:
    """Lower-case words of ``text`` (letters, inner apostrophes kept)."""
    return [w.casefold() for w in _WORD.findall(text)]


def _good(word: str) -> bool:
    return len(word) >= 3 and word not in STOP_WORDS


def title_candidates(titles: Sequence[str]) -> tuple[list[str], list[str]]:
    """Single title words and adjacent word pairs, neither of them a stop-word, in order."""
    singles: dict[str, None] = {}
    pairs: dict[str, None] = {}
    for title in titles:
        ws = words(title)
        singles.update((w, None) for w in ws if _good(w))
        pairs.update((f"{a} {b}", None) for a, b in itertools.pairwise(ws) if _good(a) and _good(b))
    return list(singles), list(pairs)


def quote_fragments(texts: Sequence[str], count: int, rng: random.Random) -> list[str]:
    """``count`` fragments of three consecutive words from quotes of six words or more."""
    long_enough = [ws for ws in (words(t) for t in texts) if len(ws) >= 6]
    fragments: dict[str, None] = {}
    for _ in range(count * 20):
        if len(fragments) >= count or not long_enough:
            break
        ws = rng.choice(long_enough)
        start = rng.randrange(len(ws) - 2)
        fragments[" ".join(ws[start : start + 3])] = None
    return list(fragments)


def make_query_log(
    titles: Sequence[str], quotes: Sequence[str], films: int = 200, seed: int = SEED
) -> QueryLog:
    """``films`` title queries (half single words, half two-word fragments) and one quote
    fragment for every ten film queries (at least five), drawn with a fixed seed."""
    rng = random.Random(seed)
    singles, pairs = title_candidates(sorted(titles))
    n_pairs = min(films // 2, len(pairs))
    chosen = rng.sample(pairs, n_pairs) + rng.sample(singles, min(films - n_pairs, len(singles)))
    rng.shuffle(chosen)
    return QueryLog(tuple(chosen), tuple(quote_fragments(sorted(quotes), max(5, films // 10), rng)))
