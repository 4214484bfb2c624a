"""Where the page extractor misses, by the page's language: per language and field, how many
labelled pages the official scorer counts right.

Languages are data in cinedex (one module each under ``indexer/lang``): a language whose pages
miss more than the others most often lacks words in its module (labels, cue words, units) or
writes names in a way the readers do not expect (without capitals, family name first,
inflected). This table says which languages to take next. The language is the one the extractor
detects for the page (:func:`indexer.extract.pages.textlang.text_language`), "?" when none; the
right counts are the official scorer's (:func:`bench.pages_anatomy.scored_pages`). Quotes count
per labelled quote, the other fields per page.

Run: ``.venv/bin/python -m bench.pages_languages [--sets dev,look,held,…] [--least N]``
(default: the dev pages one may read, number not 3 mod 5, and every folder of
:data:`bench.ranking.LOOK_SETS`; the N languages with the most misses, 30 by default).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable

from bench.pages_anatomy import FIELD_KEYS, scored_pages
from bench.ranking import DEV, LabelledSet, look_sets
from indexer.extract.pages.textlang import text_language

#: a language's tally: per field [right, scored]
Tally = dict[str, list[int]]


def by_language(sets: Iterable[LabelledSet]) -> dict[str, Tally]:
    """Per detected language, per field, [right, scored] over the readable labelled pages of
    ``sets`` (:meth:`~bench.ranking.LabelledSet.names`)."""
    out: dict[str, Tally] = {}
    for chosen in sets:
        labels = json.loads(chosen.labels.read_text(encoding="utf-8"))
        readable = {name: labels[name] for name in chosen.names()}
        for name, _, _, tally in scored_pages(readable, chosen.pages):
            text = (chosen.pages / name).read_text(encoding="utf-8", errors="replace")
            fields = out.setdefault(text_language(text) or "?", {})
            for field, (scored, right) in tally.items():
                counts = fields.setdefault(field, [0, 0])
                counts[0] += right
                counts[1] += scored
    return out


def misses(tally: Tally) -> int:
    """How many scored pages (and quotes) a language's tally gets wrong."""
    return sum(scored - right for right, scored in tally.values())


def table(found: dict[str, Tally], least: int = 30) -> list[str]:
    """Markdown rows, the languages with the most misses first: the language, its pages' fields
    right of scored in all, then each field's."""
    fields = list(FIELD_KEYS)
    rows = [
        "| language | right | " + " | ".join(fields) + " |",
        "| --- | --- | " + " | ".join("---" for _ in fields) + " |",
    ]
    for code, tally in sorted(found.items(), key=lambda kv: (-misses(kv[1]), kv[0]))[:least]:
        right = sum(r for r, _ in tally.values())
        scored = sum(s for _, s in tally.values())
        cells = [f"{tally[f][0]}/{tally[f][1]}" if f in tally else "" for f in fields]
        rows.append(f"| {code} | {right}/{scored} | " + " | ".join(cells) + " |")
    return rows


def main(argv: list[str] | None = None) -> list[str]:
    """Command line: which read sets, how many languages; prints the table and returns it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    every = [DEV, *look_sets()]
    parser.add_argument(
        "--sets", default=",".join(s.group for s in every), help="dev and look-at set names"
    )
    parser.add_argument("--least", type=int, default=30, help="how many languages to list")
    args = parser.parse_args(argv)
    chosen = [s for name in args.sets.split(",") for s in every if s.group == name]
    rows = table(by_language(chosen), args.least)
    print("\n".join(rows))
    return rows


if __name__ == "__main__":
    main()
