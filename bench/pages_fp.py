"""False positives of the page extractor: labelled pages whose label says the page does not show
a field, but where cinedex gives one. The official scorer does not count them; users see them.

Run: ``.venv/bin/python -m bench.pages_fp [--pages DIR ...]``. Without ``--pages`` it reads the
sets rules may be written from: the dev pages (never the held-out ones, numbered 3 mod 5), every
look-at folder of :data:`bench.ranking.LOOK_SETS` and ``2026-12-05-s32``. For each page the film
compared is the one the official scorer would pick (the best title match); a field counts when
its label is empty (``null`` or ``[]``) and the film's value is not; quotes count when the label
has none and the page gives any. Prints, per field, such pages over the pages whose label is
empty.

A second line counts the wrong names of list fields that the scorer, counting the labelled names
found, never sees: names cinedex gives that the label does not hold, where the label is the
whole list (directors, countries, genres, a genre held by any word it shares with a labelled
one; cast only where the label lists fewer than the six names it keeps), over every name given
on those pages. A change that adds names (joining lists)
shows there.
"""

from __future__ import annotations

import argparse
import difflib
import json
from pathlib import Path
from typing import Any

from bench.pages_score import PAGES, ROOT, is_holdout
from bench.ranking import LOOK_SETS
from indexer.extract.pages import extract_page
from indexer.records import film_to_json

#: field -> (label key, key of the film's JSON)
FIELDS = {
    "year": ("year", "year"),
    "directors": ("directors", "directors"),
    "countries": ("countries", "countries"),
    "genres": ("genres", "genres"),
    "cast": ("cast", "cast"),
    "runtime": ("runtime_min", "runtime_minutes"),
    "quotes": ("quotes", "quotes"),
}


def _norm(text: Any) -> str:
    """The scorer's folding, closely enough to pick the same film."""
    import re
    import unicodedata

    folded = unicodedata.normalize("NFKD", str(text or "").casefold())
    bare = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"\W+", " ", bare).strip()


def pick(films: list[dict[str, Any]], label: dict[str, Any]) -> dict[str, Any] | None:
    """The film whose titles match the label's best (the official scorer's choice)."""
    want = [label.get("title"), label.get("original_title"), *(label.get("alt_titles") or [])]

    def match(film: dict[str, Any]) -> float:
        have = [film.get("title"), film.get("original_title"), *(film.get("alt_titles") or [])]
        return max(
            (
                difflib.SequenceMatcher(None, _norm(h), _norm(w)).ratio()
                for h in have
                for w in want
                if h and w
            ),
            default=0.0,
        )

    return max(films, key=match, default=None)


#: list field -> (label keys, key of the film's JSON); the first label key is the whole list
LISTS = {
    "directors": (("directors", "directors_nominative"), "directors"),
    "countries": (("countries_en",), "countries"),
    "genres": (("genres_en",), "genres"),
    "cast": (("cast",), "cast"),
}
#: the cast names a label keeps: a label this long may leave out names the page shows
CAST_KEPT = 6


def _same(a: Any, b: Any, field: str) -> bool:
    """The scorer's rule for one name of ``field``; genres held when a word of each starts with
    the same five letters ("Drama" is no wrong name beside a labelled "psychological drama")."""
    a, b = _norm(a), _norm(b)
    if field == "genres":
        return bool({w[:5] for w in a.split()} & {w[:5] for w in b.split()})
    return bool(a and b) and (a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.85)


def extra_names(film: dict[str, Any], label: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """Per list field whose label is the whole list: (names given that the label does not
    hold, names given)."""
    found = {}
    for field, (keys, given) in LISTS.items():
        whole = [w for w in label.get(keys[0]) or [] if w]
        if not whole or (field == "cast" and len(whole) >= CAST_KEPT):
            continue
        wanted = [w for key in keys for w in label.get(key) or [] if w]
        names = [n for n in film.get(given) or [] if n]
        wrong = sum(not any(_same(n, w, field) for w in wanted) for n in names)
        found[field] = (wrong, len(names))
    return found


def count(
    pages: Path,
    labels: dict[str, Any],
    tally: dict[str, list[int]],
    extra: dict[str, list[int]] | None = None,
) -> None:
    """Add each labelled page of ``pages`` to ``tally`` (field -> [given, label empty]) and to
    ``extra`` (list field -> [names not in the label, names given])."""
    for name, label in sorted(labels.items()):
        if not isinstance(label, dict) or not (pages / name).exists():
            continue
        result = extract_page((pages / name).read_text(encoding="utf-8"), name)
        film = pick([film_to_json(f) for f in result.films], label) or {}
        for field, (wanted, given) in FIELDS.items():
            if label.get(wanted):
                continue
            tally[field][1] += 1
            value = (result.quotes or film.get("quotes")) if field == "quotes" else film.get(given)
            tally[field][0] += bool(value)
        if extra is not None:
            for field, (wrong, names) in extra_names(film, label).items():
                extra[field][0] += wrong
                extra[field][1] += names


def read_sets() -> list[tuple[Path, dict[str, Any]]]:
    """The dev pages without the held-out ones, the look-at folders and s32."""
    dev = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    chosen = [(PAGES, {k: v for k, v in dev.items() if k != "seeds_merged" and not is_holdout(k)})]
    for folder in (*LOOK_SETS, "2026-12-05-s32"):
        path = ROOT / "bench" / "pages" / folder
        chosen.append((path, json.loads((path / "expected.json").read_text(encoding="utf-8"))))
    return chosen


def main() -> None:
    """Command line: the read sets, or the folders given."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pages", type=Path, action="append", help="a folder of labelled pages")
    args = parser.parse_args()
    sets = (
        [(p, json.loads((p / "expected.json").read_text(encoding="utf-8"))) for p in args.pages]
        if args.pages
        else read_sets()
    )
    tally = {field: [0, 0] for field in FIELDS}
    extra = {field: [0, 0] for field in LISTS}
    for pages, labels in sets:
        count(pages, labels, tally, extra)
    print(" ".join(f"{field} {given}/{empty}" for field, (given, empty) in tally.items()))
    print("names not in a whole label: " + " ".join(f"{f} {w}/{n}" for f, (w, n) in extra.items()))


if __name__ == "__main__":
    main()
