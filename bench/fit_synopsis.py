"""Fit the synopsis chooser's weights on the labelled development pages, and say how well they
choose on pages they were not fitted on.

Run: ``.venv/bin/python -m bench.fit_synopsis [--write] [--l2 1.0] [--dump candidates.jsonl]``.

Every development page (``../shared/pages``, number not 3 mod 5: the held-out pages are never
read) with a labelled synopsis is extracted once; the synopsis candidates with their features
(:mod:`indexer.extract.pages.synopsismodel`) are kept, and each is marked right when the
synopsis it would give (with its lead-in and the paragraphs that continue it) holds the
label's start by the official scorer's rule. The model and its fit are those of the title
(:mod:`bench.ranking`): a softmax ranking over each page's candidates with an L2 penalty (1.0,
set before the grid was run, as for the title), cues held to weights >= 0 and penalties to
<= 0. It reports oracle recall, leave-one-page-out accuracy for each penalty of a fixed grid,
each collection of dev pages chosen by weights fitted on the other, and the hand-set weights
on the same candidates (tuned on these pages, so optimistic).

With ``--also LABELS:SET`` (repeatable) the labelled pages of another folder join the dev
pages: those of ``LABELS`` whose number is in ``SET`` (``odd`` or ``all``, as
``bench.pages_score --set``), read from the ``pages`` folder beside ``LABELS``; pages numbered
551 or above are never read (they are set aside). E.g. ``--also ../fresh/labels-fresh1.json:odd
--also ../fresh/labels-fresh2.json:all`` fits and reports on every look-at page.

With ``--write`` the weights fitted on the pages read go to
``indexer/extract/pages/synopsis_weights.json``. Deterministic: no sampling, a fixed start.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any
from unittest import mock

import numpy as np

from bench import ranking
from bench.fit_title import norm
from bench.pages_score import PAGES, SETS, is_holdout, page_number
from bench.ranking import Limits, Page, chooses_right
from indexer.extract.pages import extract_page, synopsis
from indexer.extract.pages.synopsismodel import FEATURES, WEIGHTS_FILE

NAMES = sorted(FEATURES)
GRID = (0.1, 0.3, 1.0, 3.0, 10.0)
#: the hand-set weights the fitted ones replace, on the same features (for the comparison)
HAND = {
    "labelled": 6.0, "paragraph": 2.0, "later_paragraph": -0.4, "names_film": 0.2,
    "ends_like_prose": 0.2, "opens_like_quotation": -1.0, "signed_like_quote": -1.5,
    "opens_with_rating": -1.0, "furniture": -2.0, "list_of_items": -1.5, "short_fragments": -1.0,
}  # fmt: skip
#: cues speak for a candidate (weight >= 0), penalties against it (<= 0); the place and shape
#: measures may go either way
FOR = {
    "labelled", "names_film", "ends_like_prose", "story_words", "most_story_words", "story_head",
    "defines_film",
}  # fmt: skip
AGAINST = {
    "opens_like_quotation", "signed_like_quote", "opens_with_rating", "furniture",
    "list_of_items", "short_fragments", "showtimes", "address", "event_words", "notice",
    "opens_with_date", "event_not_story",
}  # fmt: skip
#: pages from this number on are set aside: never read by a fit
ASIDE = 551
#: weights set, not fitted: a synopsis the page labels as such decides (the hand value); too
#: few dev pages have one to learn from (the report counts them)
PINNED = {"labelled": 6.0}


def bounds() -> Limits:
    """Lower and upper bounds of each weight, from :data:`FOR`, :data:`AGAINST`, :data:`PINNED`."""
    return ranking.bounds(NAMES, FOR, AGAINST, PINNED)


def starts(label: dict[str, Any]) -> list[str]:
    """The label's synopsis starts as the scorer compares them (normalised, 40 characters)."""
    wanted = [label.get("synopsis_start"), *(label.get("synopsis_starts") or {}).values()]
    return [norm(s)[:40] for s in wanted if s]


def page_candidates(name: str, label: dict[str, Any], folder: Path = PAGES) -> Page:
    """Extract one page, keeping its synopsis candidates, their features and rightness."""
    text = (folder / name).read_text(encoding="utf-8")
    seen: list[tuple[Any, tuple[str, ...], set[int]]] = []
    collect = synopsis.collect

    def spy(labelled: str, lines: tuple[str, ...], used: set[int], title: str) -> Any:
        seen.append((collect(labelled, lines, used, title), lines, set(used)))
        return seen[-1][0]

    with mock.patch.object(synopsis, "collect", spy):
        extract_page(text, name)
    wanted = starts(label)
    values, rows, lines, right = [], [], [], []
    if seen:
        ballot, page_lines, used = seen[0]
        for c in ballot.candidates.values():
            given = norm(synopsis.compose(c, page_lines, used))
            values.append(c.value)
            rows.append([c.features.get(f, 0.0) for f in NAMES])
            lines.append(c.line if c.line is not None else 1e6)
            right.append(any(w in given for w in wanted))
    x = np.array(rows, dtype=float).reshape(len(rows), len(NAMES))
    return Page(name, values, x, lines, np.array(right, dtype=bool), False)


def load_dev(also: tuple[str, ...] = ()) -> list[Page]:
    """Every development page's candidates (held-out pages are not opened), and those of the
    look-at pages of each ``LABELS:SET`` of ``also``."""
    labels = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    names = [n for n in sorted(labels) if n != "seeds_merged" and not is_holdout(n)]
    pages = [page_candidates(n, labels[n]) for n in names if labels[n].get("synopsis_start")]
    for spec in also:
        pages.extend(load_more(spec))
    return pages


def load_more(spec: str) -> list[Page]:
    """The labelled pages of ``LABELS:SET`` (pages in the folder ``pages`` beside ``LABELS``)
    whose number is in ``SET`` and below :data:`ASIDE`."""
    path, _, chosen = spec.rpartition(":")
    labels_file = Path(path)
    labels = json.loads(labels_file.read_text(encoding="utf-8"))
    keep = SETS[chosen]
    names = [n for n in sorted(labels) if 0 <= page_number(n) < ASIDE and keep(n)]
    folder = labels_file.parent / "pages"
    return [page_candidates(n, labels[n], folder) for n in names if labels[n].get("synopsis_start")]


def fit(pages: list[Page], l2: float) -> np.ndarray:
    """Softmax ranking weights within :func:`bounds`."""
    return ranking.fit(pages, l2, bounds())


def as_vector(weights: dict[str, float]) -> np.ndarray:
    """A weight table as a vector in the order of :data:`NAMES`."""
    return ranking.as_vector(weights, NAMES)


def report(pages: list[Page], l2: float) -> None:
    """Print the oracle recall, the hand and fitted figures and the kept weights."""
    n = len(pages)
    sizes = [len(p.values) for p in pages]
    print(f"dev pages with a synopsis label: {n}; candidates per page: median "
          f"{int(np.median(sizes))}, max {max(sizes)}")  # fmt: skip
    labelled = sum(bool(p.x[:, NAMES.index("labelled")].any()) for p in pages)
    print(f"pages with a labelled synopsis candidate: {labelled}")
    reachable = [p for p in pages if p.right.any()]
    print(f"oracle recall (a right candidate): {len(reachable)}/{n}")
    for p in pages:
        if p not in reachable:
            print(f"  no right candidate: {p.name}")
    hand = sum(chooses_right(p, as_vector(HAND)) for p in pages)
    print(f"hand weights, chosen on the pages they were tuned on: {hand}/{n}")
    for penalty in GRID:
        loo = ranking.leave_one_out(pages, penalty, bounds())
        low, high = ranking.wilson(loo, n)
        inside = sum(chooses_right(p, fit(pages, penalty)) for p in pages)
        mark = "  (kept)" if penalty == l2 else ""
        print(f"l2 {penalty:<5g} leave-one-page-out {loo}/{n} (95% {low:.0%}-{high:.0%}); "
              f"fitted on all, same pages {inside}/{n}{mark}")  # fmt: skip
    for train, test, label in ranking.collections(pages):
        right = sum(chooses_right(p, fit(train, l2)) for p in test)
        print(f"fitted on {label[0]}, chosen on {label[1]}: {right}/{len(test)}")
    print("leave-one-page-out misses:")
    print("\n".join(ranking.misses(pages, l2, bounds())))


def main() -> None:
    """Command line: report, and with --write keep the weights fitted on the pages read."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--also", action="append", default=[], metavar="LABELS:SET")
    args, rest = parser.parse_known_args()
    sys.argv[1:] = rest  # the shared command line reads the other options

    def load() -> list[Page]:
        return load_dev(tuple(args.also))

    ranking.command_line(
        __doc__ or "", "bench/fit_synopsis.py", WEIGHTS_FILE, NAMES, load, report, fit, 120
    )
    if args.also and "--write" in rest:
        _say_which_pages(args.also)


def _say_which_pages(also: list[str]) -> None:
    """Name the look-at pages the weights were fitted on besides the dev pages (the shared
    writer names the dev pages only); folders as the command line gave them, by name."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    sets = ", ".join(f"{Path(p).name} ({s})" for p, _, s in (a.rpartition(":") for a in also))
    data["about"] = (
        f"fitted by bench/fit_synopsis.py on the dev pages (number not 3 mod 5) and the "
        f"look-at pages of {sets}, numbers below {ASIDE}"
    )
    WEIGHTS_FILE.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
