"""Where the page extractor's misses lie: per field, right / no value at all / a wrong value.

The official scorer (``../shared/tools/score_pages.py``) says how many pages a field gets right;
this says how the others go wrong, which decides what kind of work can help: a field that mostly
gives *nothing* needs more readers (recall); one that mostly gives a *wrong* value needs a better
choice among its candidates (precision). It uses the scorer's own ``pick`` and ``score``
functions (read from its source, its command-line code left out), so "right" is the official
count. For quotes the unit is a labelled quote, and "nothing" means the page gave no quote.

Run: ``.venv/bin/python -m bench.pages_anatomy [--set dev|holdout|…] [--pages DIR --labels FILE]``.
"""

from __future__ import annotations

import argparse
import ast
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.pages_score import PAGES, SCORER, SETS, _fake_run

#: the record's key that holds each scored field's value
FIELD_KEYS = {
    "title": "title",
    "year": "year",
    "directors": "directors",
    "countries": "countries",
    "genres": "genres",
    "cast": "cast",
    "runtime": "runtime_minutes",
    "synopsis": "synopsis",
    "quotes": "quotes",
}


def scorer_functions(path: Path = SCORER) -> dict[str, Any]:
    """The official scorer's imports and functions (``pick``, ``score``, …) without running its
    command line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    keep = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom | ast.FunctionDef)]
    namespace: dict[str, Any] = {"VERBOSE": False}
    exec(compile(ast.Module(body=keep, type_ignores=[]), str(path), "exec"), namespace)
    return namespace


def scored_pages(
    labels: dict[str, Any], pages: Path
) -> Iterator[tuple[str, dict[str, Any], dict[str, Any], dict[str, tuple[int, int]]]]:
    """Each labelled page in ``pages`` (file name order) extracted and scored by the official
    scorer: its name, label, the record the scorer picks and the scorer's tally of the page
    (field -> (scored, right))."""
    official = scorer_functions()
    for name, label in sorted(labels.items()):
        if name == "seeds_merged":
            continue
        run = _fake_run(["cinedex", "extract", str(pages / name), "--json"])
        found = json.loads(run.stdout) if run.returncode == 0 else []
        records = found if isinstance(found, list) else found.get("films", [found])
        record = official["pick"](records, label) or {}
        tally: dict[str, tuple[int, int]] = {}
        official["score"](record, label, tally, name)
        yield name, label, record, tally


def anatomy(labels: dict[str, Any], pages: Path) -> dict[str, list[int]]:
    """Per field [right, nothing, wrong] over the labelled pages in ``pages``."""
    out = {field: [0, 0, 0] for field in FIELD_KEYS}
    for _, _, record, tally in scored_pages(labels, pages):
        for field, (scored, right) in tally.items():
            empty = not record.get(FIELD_KEYS[field])
            missed = scored - right
            out[field][0] += right
            out[field][1 if empty else 2] += missed
    return out


def labelled_pages(description: str) -> tuple[str, dict[str, Any], Path]:
    """The command line of the scripts that read labelled pages one by one (``--set``,
    ``--pages``, ``--labels``): the set's name, its labels by file name and the pages' folder."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--set", default="dev", choices=sorted(SETS))
    parser.add_argument("--pages", type=Path, default=PAGES, help="another folder of pages")
    parser.add_argument("--labels", type=Path, help="their labels (default: PAGES/expected.json)")
    args = parser.parse_args()
    labels = json.loads((args.labels or args.pages / "expected.json").read_text(encoding="utf-8"))
    chosen = {k: v for k, v in labels.items() if k != "seeds_merged" and SETS[args.set](k)}
    return args.set, chosen, args.pages


def main() -> None:
    """Command line: which pages, then one line per field."""
    which, chosen, pages = labelled_pages(__doc__.splitlines()[0])
    print(f"[{which}] {len(chosen)} pages: field right / no value / wrong value")
    for field, (right, nothing, wrong) in anatomy(chosen, pages).items():
        print(f"{field:10s} {right:5d} {nothing:5d} {wrong:5d}")


if __name__ == "__main__":
    main()
