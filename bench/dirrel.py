"""Does a run's relation to the page (the film's title, its surname written alone, the shape
around it) tell the director among a page's names where the hand readers miss? A measurement
on top of :mod:`bench.dirgen` (nothing of it is in the extractor).

Run: ``.venv/bin/python -m bench.dirrel [--cache FILE]`` (the pages, sets and cache of
:mod:`bench.dirgen`: the dev pages, never their held-out ones, the look-at sets, ``s32``,
``s43``, ``s45``; no blind set; about 10 minutes from the cache on a loaded machine).

Each generated run gets, beside dirgen's generic features, its relations (:data:`RELATIONS`):
the film's title (the extractor's) within 40 characters after or before it, or on its line;
its last word written alone elsewhere (count, any); an apostrophe right after it (a
possessive or a case ending: "Eric Rohmer’s", "Fatih Akın’ın"); a parenthesis after or before
it; ", 2016" after it; at a line's or a sentence's start; the page's most repeated run.

Figures, session 50 (dirrel50; the 3,224 pages of dirgen49, 2,761 naming a director, 528 of
them where the hand readers output no right director):

1. What the hand readers output where they are wrong (:func:`misses`): nobody on 306 pages
   (a generated run right on 183), a name sharing a word with the label's on 54 (a boundary
   error, "Frank Rajah" for "Frank Rajah Arase", "Aki Kaurismäkis Arbeitertrilogie", or one of
   several directors without the others; a run right on 25), another person on 168 (a run
   right on 128; on 69 of those the extractor's title is not the label's either: mostly the
   director of another film of a listing or a review, a title problem). The title relation's
   ceiling: on 92 of the 336 pages with a right run, a right run is written within 40
   characters of the extractor's title (on 73 of them the title is right); on the pages the
   hand readers leave empty, 49.
2. The hand rule "the run nearest the title is the director" (:func:`title_rule`), used
   where the hand readers output nobody: within 5 characters 7 right, 32 wrong, 51 pages
   naming no director given one; within 15: 13, 52, 75; within 40: 26, 81, 122. Every
   "TITLE by NAME", "TITLE de NAME", "NAME’s TITLE" the page writes is already read by the
   hand readers: what is left beside the title is mostly other people.
3. The learned choice (dirgen's softmax over the runs and "no director", fitted
   leave-one-set-out on the pages the hand readers leave empty, used only there): dirgen's
   features net +10 (l2 1: 21 right, 11 naming no director given one), +4, +6, +0 (l2 1 and
   10, "no director" raised 0 and 1); with the relations +11 (25, 14), +13 (17, 4), +14 (19,
   5; s43 +2, s45 +3) and +2. The relations add +1 to +4: the weights read a cue on the same
   line, a given name, against an actor and a late first mention, as before; of the new ones
   only "the most repeated run" (+0.75), "the title on its line" (+0.65) and "the surname
   alone" (+0.57) speak for a run, "a parenthesis before" (-0.98) against.
4. Hand rules tried on the same pages (not kept in this script): a run with a given name
   beside a directing word on its paragraph 27 right, 11 given to pages naming nobody; in
   its sentence within 3 words 14 right, 11 (with a given name: 8, 3); trimming a name's
   last word that opens the title, or a first or last word the page writes in lower case,
   changes no right or wrong output (the hand readers' boundaries already do it).

Below the gate to build it in (+25 net on the read sets, false positives up by less than 5):
the best setting gains 14 pages on the read sets of which s43 and s45 hold 5, and gives 5
pages labelled without a director one. The relation to the title does not tell the director:
on the pages where the hand readers miss, the title's neighbours are as often an actor, an
author or another film's director. Most of the remaining wrong outputs come with a wrong
title (a listing or a review naming several films).
"""

from __future__ import annotations

import argparse
import math
import re
from collections import Counter
from pathlib import Path

import numpy as np

from bench import dirgen, ranking
from bench.dirgen import Read, Tally
from bench.fit_directors import right_for
from bench.ranking import Page
from indexer.normalize import key

#: the relational features added to dirgen's generic ones
RELATIONS = (
    "title_near", "title_line", "title_after", "title_before", "surname_log", "surname_any",
    "apostrophe", "paren_after", "paren_before", "comma_year", "sentence_start", "line_start",
    "name_count_rank1",
)  # fmt: skip
FEATURES = (*dirgen.FEATURES, *RELATIONS)
_YEAR = re.compile(r"\s*,\s*(?:1[89]|20)\d\d\b")
_APOSTROPHE = ("'", "’", "`")


def _title_spans(text: str, title: str) -> list[tuple[int, int]]:
    title = title.strip()
    if len(title) < 2:
        return []
    folded = text.casefold()
    t = title.casefold()
    return [(m.start(), m.start() + len(t)) for m in re.finditer(re.escape(t), folded)]


def relations(read: Read, value: str, starts: list[int], counts: Counter[str]) -> list[float]:
    """A run's relational features in the order of :data:`RELATIONS`."""
    text = read.text
    titles = [
        s for s in _title_spans(text, read.title) if value.casefold() not in read.title.casefold()
    ]
    row = dict.fromkeys(RELATIONS, 0.0)
    for at in starts:
        end = at + len(value)
        after = text[end : end + 12]
        before = text[max(at - 3, 0) : at]
        row["apostrophe"] = max(row["apostrophe"], float(after.startswith(_APOSTROPHE)))
        row["paren_after"] = max(row["paren_after"], float(after.lstrip(" ").startswith("(")))
        row["paren_before"] = max(row["paren_before"], float(before.rstrip(" ").endswith("(")))
        row["comma_year"] = max(row["comma_year"], float(bool(_YEAR.match(after))))
        prev = text[:at].rstrip(" \t")
        row["line_start"] = max(row["line_start"], float(not prev or prev.endswith("\n")))
        row["sentence_start"] = max(
            row["sentence_start"], float(prev.endswith((".", "!", "?", "\n")) or not prev)
        )
        for s, e in titles:
            if e <= at:
                gap = text[e:at]
                if len(gap) <= 40:
                    row["title_near"] = 1.0
                    row["title_after"] = 1.0
            elif s >= end:
                gap = text[end:s]
                if len(gap) <= 40:
                    row["title_near"] = 1.0
                    row["title_before"] = 1.0
            else:
                continue
            if "\n" not in gap:
                row["title_line"] = 1.0
    words = value.split()
    if len(words) >= 2:
        surname = words[-1]
        alone = len(re.findall(rf"(?<!\w){re.escape(surname)}(?!\w)", text)) - len(starts)
        row["surname_log"] = math.log1p(max(alone, 0))
        row["surname_any"] = float(alone > 0)
    top = max(counts.values()) if counts else 0
    row["name_count_rank1"] = float(counts.get(value, 0) == top and top > 1)
    return [row[f] for f in RELATIONS]


def candidates(read: Read) -> Page:
    """dirgen's page with the relational features appended to each run (zero for "no
    director")."""
    page = dirgen.candidates(read)
    found = dirgen.runs(read.text)
    counts = Counter({v: len(s) for v, s in found.items()})
    rows = [relations(read, v, found[v], counts) for v in page.values[:-1]]
    rows.append([0.0] * len(RELATIONS))
    x = np.hstack([page.x, np.array(rows, dtype=float).reshape(len(rows), len(RELATIONS))])
    return Page(page.name, page.values, x, page.lines, page.right, page.always, page.group)


def leave_one_set_out(
    reads: list[Read],
    pages: list[Page],
    l2: float,
    shift: float = 0.0,
    keep: tuple[str, ...] = FEATURES,
) -> dict[str, Tally]:
    """dirgen's leave-one-set-out (fitted on the pages the hand readers leave empty in all
    other sets, used on those of the set left out) with the features of ``keep`` only."""
    cols = [FEATURES.index(f) for f in keep]
    sub = [Page(p.name, p.values, p.x[:, cols], p.lines, p.right, p.always, p.group) for p in pages]
    return dirgen.leave_one_set_out(reads, sub, l2, shift)


def miss_kind(read: Read) -> str:
    """What the hand readers output on a page naming a director they get wrong: ``empty``
    (nobody), ``near`` (a name sharing a word with the label's: a boundary error, or one of
    several directors without the others) or ``other`` (another person)."""
    if not read.hand:
        return "empty"
    out = {w.casefold() for h in read.hand for w in h.split()}
    labelled = {w.casefold() for d in read.label["directors"] for w in d.split()}
    return "near" if out & labelled else "other"


def title_right(read: Read) -> bool:
    """Whether the extractor's title is the label's (or its original title), as keys."""
    titles = {key(t) for t in (read.label.get("title"), read.label.get("original_title")) if t}
    return bool(read.title) and key(read.title) in titles


def misses(reads: list[Read], pages: list[Page]) -> Counter[tuple[str, bool, bool, bool]]:
    """The pages naming a director the hand readers get wrong, by :func:`miss_kind`, whether a
    generated run is right, whether the title is right, and whether a right run is written
    within 40 characters of the title."""
    out: Counter[tuple[str, bool, bool, bool]] = Counter()
    near = FEATURES.index("title_near")
    for read, page in zip(reads, pages, strict=True):
        if not read.named or right_for(read.label, read.hand):
            continue
        ok = page.right[:-1]
        beside = bool(ok.any() and (page.x[:-1][ok][:, near] > 0).any())
        out[(miss_kind(read), bool(ok.any()), title_right(read), beside)] += 1
    return out


def nearest_title_run(read: Read, page: Page, most: int) -> int | None:
    """The run written nearest the title (at most ``most`` characters between, on one line;
    neither an actor, a critic, all capitals nor uncased), or None."""
    text = read.text
    spans = _title_spans(text, read.title)
    found = dirgen.runs(text)
    barred = [FEATURES.index(f) for f in ("actor", "critic", "all_caps", "uncased")]
    best: tuple[int, int] | None = None
    for j, value in enumerate(page.values[:-1]):
        if page.x[j, barred].any() or value.casefold() in read.title.casefold():
            continue
        for at in found[value]:
            end = at + len(value)
            for s, e in spans:
                gap = text[e:at] if e <= at else text[end:s] if s >= end else None
                if gap is None or "\n" in gap or len(gap) > most:
                    continue
                if best is None or len(gap) < best[0]:
                    best = (len(gap), j)
    return None if best is None else best[1]


def title_rule(reads: list[Read], pages: list[Page], most: int) -> Counter[str]:
    """The hand rule "the run nearest the title is the director", used where the hand readers
    output nobody: ``right``, ``wrong`` (a page naming another director) and ``false`` (a page
    naming none given one)."""
    out: Counter[str] = Counter()
    for read, page in zip(reads, pages, strict=True):
        if not dirgen.uses(read):
            continue
        j = nearest_title_run(read, page, most)
        if j is not None:
            out["false" if not read.named else "right" if page.right[j] else "wrong"] += 1
    return out


def main() -> None:
    """Command line: the misses' table, the title rule, leave-one-set-out of both feature
    sets, the weights fitted on every page."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cache", type=Path, help="dirgen's cache of the extracted pages")
    args = parser.parse_args()
    reads = dirgen.cached_reads(args.cache)
    pages = [candidates(r) for r in reads]
    print("misses: output, a run right, title right, a right run beside the title: pages")
    for row, n in sorted(misses(reads, pages).items()):
        print(f"  {row}: {n}")
    for most in (5, 15, 40):
        print(f"nearest title run within {most}: {dict(title_rule(reads, pages, most))}")
    for name, keep in (("dirgen", dirgen.FEATURES), ("dirrel", FEATURES)):
        for l2 in (1.0, 10.0):
            for shift in (0.0, 1.0):
                t = dirgen.total(leave_one_set_out(reads, pages, l2, shift, keep))
                print(
                    f"{name} l2 {l2:<4g} shift {shift:<3g} right {t.turned_right} wrong "
                    f"{t.turned_wrong} still {t.still_wrong} net {t.net:+d}",
                    flush=True,
                )
    print("\n".join(dirgen.table(leave_one_set_out(reads, pages, 10.0, 0.0))))
    limits = (np.full(len(FEATURES), -np.inf), np.full(len(FEATURES), np.inf))
    w = ranking.fit([p for r, p in zip(reads, pages, strict=True) if dirgen.uses(r)], 1.0, limits)
    for name, value in sorted(zip(FEATURES, w, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {value:+.3f}  {name}")


if __name__ == "__main__":
    main()
