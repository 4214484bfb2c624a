"""Measure similar films on a labelled set: sequels, remakes, the same director's films.

The labels (``bench/similar_labels.json``) name, for each of 32 films of
``../shared/data/wikipedia_movies.jsonl.gz``, the films a visitor expects among its similar
films. The script indexes those films with a fixed random sample of the other films of the
same file as distractors (``--distractors``, 8,000 by default, seed 12), then scores the
similar films shown on each film page (the top 6) against the labels:

- *recall@6*: the share of a film's labelled films found in its top 6 (at most 6 expected);
- *hit@6*: the share of films with at least one labelled film in the top 6;
- *MRR*: the mean reciprocal rank of the first labelled film (0 when none is in the top 6);
- *ms_per_film*: the time to find one film's similar films (the page's: with its record).

It compares the page's similar films (:mod:`webapp.search.similar`) with the synopsis words
alone (``rank.similar``, what the page used before).

Run: ``.venv/bin/python -m bench.similar_eval [--distractors 8000] [--work DIR] [--verbose]``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from indexer import schema
from indexer.build import build
from indexer.merge import slug
from webapp.search import SearchService, hits, rank

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "wikipedia_movies.jsonl.gz"
LABELS = Path(__file__).resolve().parent / "similar_labels.json"
TOP = 6

Key = tuple[str, int]
Finder = Callable[[SearchService, str], list[Key]]


def film_id(title: str, year: int) -> str:
    """The id the indexer gives a film of this title and year (when no other film claims it)."""
    return f"{slug(title)}-{year}"


def write_corpus(folder: Path, labels: list[dict[str, Any]], distractors: int) -> int:
    """The labelled films and a fixed sample of the others, as one catalogue; returns its size."""
    wanted = {tuple(x) for entry in labels for x in [entry["film"], *entry["related"]]}
    with gzip.open(DATA, "rt", encoding="utf-8") as data:
        rows = [json.loads(line) for line in data]
    labelled = [r for r in rows if (r["title"], r["year"]) in wanted]
    others = [r for r in rows if (r["title"], r["year"]) not in wanted and r.get("extract")]
    chosen = labelled + random.Random(12).sample(others, min(distractors, len(others)))
    folder.mkdir(parents=True, exist_ok=True)
    with gzip.open(folder / "wikipedia_movies.jsonl.gz", "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in chosen)
    return len(chosen)


def page_similar(service: SearchService, fid: str) -> list[Key]:
    """The similar films the film page shows."""
    page = service.film(fid)
    return [(s.title, s.year or 0) for s in page.similar] if page else []


def words_similar(service: SearchService, fid: str) -> list[Key]:
    """The synopsis-words-only similar films (the page's former method)."""
    with service._reading() as (live, searcher):
        docnum = live.state.docnum_of(fid)
        if docnum is None:
            return []
        film = hits.payload(searcher, docnum)
        text = " ".join([film["synopsis"], *film["genres"], *film["directors"]])
        try:
            terms = searcher.key_terms_from_text(schema.EXACT, text, numterms=12)
        except (ValueError, ZeroDivisionError):
            return []
        found = rank.similar(live.state, terms, live.state.films, docnum, top=TOP)
        return [(d["title"], d["year"] or 0) for d in (hits.payload(searcher, n) for n in found)]


def score(
    service: SearchService, labels: list[dict[str, Any]], find: Finder, verbose: bool
) -> dict[str, float]:
    """recall@6, hit@6 and MRR of ``find`` over the labelled films found in the index."""
    recalls, found_any, reciprocal, seconds = [], [], [], 0.0
    for entry in labels:
        title, year = entry["film"]
        related = {tuple(x) for x in entry["related"]}
        started = time.perf_counter()
        shown = find(service, film_id(title, year))
        seconds += time.perf_counter() - started
        good = [i for i, key in enumerate(shown[:TOP]) if key in related]
        recalls.append(len(good) / min(len(related), TOP))
        found_any.append(1.0 if good else 0.0)
        reciprocal.append(1.0 / (good[0] + 1) if good else 0.0)
        if verbose:
            log.info("%s (%s): %s", title, year, "; ".join(f"{t} ({y})" for t, y in shown))
    n = max(1, len(labels))
    return {
        "films": len(labels),
        "recall@6": round(sum(recalls) / n, 3),
        "hit@6": round(sum(found_any) / n, 3),
        "mrr": round(sum(reciprocal) / n, 3),
        "ms_per_film": round(seconds / n * 1000, 1),
    }


def main() -> None:
    """Build the evaluation index and print both methods' figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--distractors", type=int, default=8000)
    parser.add_argument("--work", type=Path, default=None, help="keep the corpus and index here")
    parser.add_argument("--verbose", action="store_true", help="log each film's similar films")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    labels = json.loads(LABELS.read_text("utf-8"))["films"]
    work = args.work or Path(tempfile.mkdtemp(prefix="cinedex-similar-"))
    size = write_corpus(work / "corpus", labels, args.distractors)
    if not (work / "index").exists():
        build([work / "corpus"], work / "index", full=True)
    service = SearchService(work / "index")
    missing = [e["film"] for e in labels if service.film(film_id(*e["film"])) is None]
    present = [e for e in labels if e["film"] not in missing]
    result = {
        "corpus_films": size,
        "missing": missing,
        "words_only": score(service, present, words_similar, args.verbose),
        "signals": score(service, present, page_similar, args.verbose),
    }
    print(json.dumps(result, indent=2))  # the figures are this tool's output


if __name__ == "__main__":
    main()
