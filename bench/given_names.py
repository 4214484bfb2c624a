"""Generate the list of given names the title chooser reads a person's name by.

Reads the film catalogues of ``../shared/data`` (as :mod:`bench.kb_reach` does: directors and
cast of every film) and the critics of ``critic_quotes.jsonl``, and writes
``indexer/extract/pages/given_names.txt``: every first word (as a key: lower case, no accents)
of a person's name of two words or more that opens at least ``--min-people`` names (3) and opens
names at least ``--ratio`` (2) times as often as the catalogues' titles hold it as a word
("peter", "agnes", "sangeetha"; not "the", "les", "happy", "don"), one a line, sorted. A title
candidate shaped as a person's name whose first word is listed speaks for a person, not a film
(:mod:`indexer.extract.pages.titleperson`).

Run: ``.venv/bin/python -m bench.given_names [--min-people N] [--ratio R]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
from collections import Counter
from pathlib import Path

from indexer.extract.catalogue import extract_catalogue
from indexer.normalize import key

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
CATALOGUES = ("rt_movies.jsonl", "streaming_movies.jsonl", "wikipedia_movies.jsonl.gz")
OUT = ROOT / "indexer" / "extract" / "pages" / "given_names.txt"


def counts(data: Path) -> tuple[Counter[str], Counter[str]]:
    """How many distinct people's names each word opens, and how often titles hold it."""
    people: set[str] = set()
    title_words: Counter[str] = Counter()
    for name in CATALOGUES:
        raw = (data / name).read_bytes()
        text = (gzip.decompress(raw) if name.endswith(".gz") else raw).decode("utf-8")
        for film in extract_catalogue(text, name).films:
            for title in (film.title, film.original_title, *film.alt_titles):
                title_words.update(key(title or "").split())
            people.update(key(p) for p in (*film.directors, *film.cast))
    with (data / "critic_quotes.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            people.add(key(json.loads(line).get("critic_name") or ""))
    first = Counter(k.split()[0] for k in people if len(k.split()) >= 2)
    return first, title_words


def given_names(data: Path, min_people: int, ratio: float) -> list[str]:
    """The first words of people's names that open ``min_people`` names or more and open names
    ``ratio`` times as often as titles hold them, alphabetic and two letters or more."""
    first, title_words = counts(data)
    return sorted(
        w
        for w, n in first.items()
        if n >= min_people and n >= ratio * title_words[w] and len(w) >= 2 and w.isalpha()
    )


def main() -> None:
    """Command line: write the list."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--min-people", type=int, default=3)
    parser.add_argument("--ratio", type=float, default=2.0)
    args = parser.parse_args()
    names = given_names(args.data, args.min_people, args.ratio)
    OUT.write_text("".join(f"{n}\n" for n in names), encoding="utf-8")
    logging.basicConfig(level=logging.INFO)
    log.info("%d given names written to %s", len(names), OUT.relative_to(ROOT))


if __name__ == "__main__":
    main()
