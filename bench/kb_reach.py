"""How far the catalogues could help the page extractor: the reach of a knowledge base.

Issue 8 lists "the corpus as a knowledge base" as optional evidence: a candidate title, director or
actor that the catalogues in ``../shared/data`` already know would count for more than one they do
not. Before building it, this measures its ceiling on labelled pages: for each field, how many
pages the extractor misses (the official scorer's rule, as in :mod:`bench.pages_anatomy`), and of
those how many have a label the catalogues know (title: the title, original or an alternative
title is a catalogue title; year: a catalogue film of that title has that year; directors: a
labelled director is a catalogue director; cast: two labelled actors, or the only one, are
catalogue people). A knowledge base can at best turn those misses right, and only when the right
value is among the extractor's candidates.

Run: ``.venv/bin/python -m bench.kb_reach [--set dev|…] [--pages DIR --labels FILE]``.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.pages_anatomy import labelled_pages, scored_pages
from bench.pages_score import SHARED
from indexer.extract.catalogue import extract_catalogue
from indexer.normalize import key

DATA = SHARED / "data"
CATALOGUES = ("rt_movies.jsonl", "streaming_movies.jsonl", "wikipedia_movies.jsonl.gz")
FIELDS = ("title", "year", "directors", "cast")


@dataclass
class Known:
    """What the catalogues know, folded: titles with their years, directors, all people."""

    years: dict[str, set[int]] = field(default_factory=dict)
    directors: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)


def load(data: Path = DATA) -> Known:
    """The films of every catalogue in ``data``."""
    known = Known()
    for name in CATALOGUES:
        path = data / name
        raw = path.read_bytes()
        text = (gzip.decompress(raw) if name.endswith(".gz") else raw).decode("utf-8")
        for film in extract_catalogue(text, name).films:
            for title in (film.title, film.original_title, *film.alt_titles):
                if title:
                    years = known.years.setdefault(key(title), set())
                    if film.year:
                        years.add(film.year)
            known.directors.update(key(d) for d in film.directors)
            known.people.update(key(p) for p in (*film.directors, *film.cast))
    return known


def knows(known: Known, label: dict[str, Any], field_name: str) -> bool:
    """Whether the catalogues know the labelled value of ``field_name``."""
    titles = [label.get("title"), label.get("original_title"), *(label.get("alt_titles") or [])]
    keys = [key(t) for t in titles if t]
    if field_name == "title":
        return any(k in known.years for k in keys)
    if field_name == "year":
        return any(label.get("year") in known.years.get(k, ()) for k in keys)
    if field_name == "directors":
        return any(key(d) in known.directors for d in label.get("directors") or [])
    cast = (label.get("cast") or [])[:6]
    hits = sum(key(c) in known.people for c in cast)
    return bool(cast) and hits >= min(2, len(cast))


def reach(known: Known, labels: dict[str, Any], pages: Path) -> dict[str, list[int]]:
    """Per field [labelled, known, missed, missed and known] over the pages."""
    out = {f: [0, 0, 0, 0] for f in FIELDS}
    for _, label, _, tally in scored_pages(labels, pages):
        for field_name in FIELDS:
            scored, right = tally.get(field_name, (0, 0))
            if not scored:
                continue
            hit = knows(known, label, field_name)
            row = out[field_name]
            row[0] += 1
            row[1] += hit
            row[2] += right < scored
            row[3] += hit and right < scored
    return out


def main() -> None:
    """Command line: which pages, then one line per field."""
    which, chosen, pages = labelled_pages(__doc__.splitlines()[0])
    known = load()
    print(
        f"[{which}] {len(chosen)} pages; catalogues: {len(known.years)} titles, "
        f"{len(known.directors)} directors, {len(known.people)} people"
    )
    print("field      labelled  known  missed  missed+known")
    for field_name, (labelled, hit, missed, both) in reach(known, chosen, pages).items():
        print(f"{field_name:10s} {labelled:8d} {hit:6d} {missed:7d} {both:13d}")


if __name__ == "__main__":
    main()
