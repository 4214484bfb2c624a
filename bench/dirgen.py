"""Would a generic, learned director-candidate generator reach the directors the hand readers
miss? A measurement (nothing of it is in the extractor).

Run: ``.venv/bin/python -m bench.dirgen [--cache FILE]`` (reads the dev pages, never their
held-out ones, the look-at sets of :data:`bench.ranking.LOOK_SETS`, ``s32``, ``s43`` and ``s45``;
no blind set; about 6 minutes, 3 with the cache). Each page is extracted once (``--cache``
keeps what is read, a pickle); the hand readers' outcome is taken as :mod:`bench.fit_directors`
takes it (the candidates of ``people.collect_directors``, the directors the extractor outputs).

The generator (:func:`runs`): every person-name-shaped run of the page, in any language: in
cased scripts every window of 2-4 capitalised words (name particles such as "de", "van" may sit
inside); in uncased scripts the 1-3 tokens (or, without spaces, 2-4 characters) just after and
just before each cue word for directing of the language data (``lang.labels()["directors"]`` and
the cues ``directed_by``, ``director_nouns``, ``directed_after``). Each distinct run is
described by generic features (:data:`FEATURES`): the nearest cue (before or after, within 3 or
10 tokens, on the same line, the log of the distance), on a line of its own or after a label,
how often the page writes it, its first position, whether the extractor's other readers make it
an actor, a writer or a critic, whether its first word is a given name (``given_names.txt``),
its number of words, all capitals, inside the title. A run is right by the official scorer's
rule (:func:`bench.fit_directors.right_for` with the run alone).

The choice (:func:`choose`): a softmax ranking (:func:`bench.ranking.fit`, free bounds) over a
page's runs and "no director", fitted on the pages of all sets but one where the hand readers
output no director, and used only on such pages of the set left out (leave-one-set-out).

Figures, session 49 (dirgen49; 3,224 pages read, 2,761 naming a director; the hand readers
output a right director on 2,233 and have a right candidate on 2,289):

1. Generation. Of the 472 pages naming a director on which no hand candidate is right, the
   generated runs hold the labelled director on 283 (60%; 41 of the 472 name several
   directors, which one run cannot cover). The noise: 55,269 runs, median 13 a page (mean 17,
   max 165; median 12 on the missed pages). Of the 283, 180 are pages where the hand readers
   output no director (the choice's reach); on 103 they output a wrong name.
2. Choice, used only where the hand readers output no director (677 pages: 306 naming a
   director, 183 of them with a right run; 371 naming none). Leave-one-set-out, l2 1: 21 pages
   turned right, 11 labelled with no director given one (turned wrong), 27 still wrong: net
   +10 (per set between -2 and +3; s43 +2, s45 +3). With "no director" raised (shift 0.5-3)
   or other penalties (0.3, 10): net +0 to +11, false positives 0-12; lowered (shift -1, -2):
   net 0 and -64. Fitted on every page (not only the empty ones): net -4 to -163.

Below the gate for building it in (+40 net leave-one-set-out, false positives up by less than
10): the generator reaches the directors, but the generic features do not tell the director
among the page's other names (as in session 23, where name-shaped runs added to the hand
candidates lowered the choice). The fitted weights say what little they read: against an
actor, a late first mention, uncased and all-capital runs, 4 words; for a given name and a cue
on the same line.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from bench import ranking
from bench.fit_directors import right_for, watch_directors
from bench.ranking import DEV, LabelledSet, Page
from indexer import lang
from indexer.extract.pages import people
from indexer.normalize import key

EXTRA_SETS = ("2026-12-05-s32", "2026-12-07-s43", "2026-12-07-s45")
GIVEN_NAMES = Path(people.__file__).with_name("given_names.txt")
#: lowercase words that may sit inside a name ("Guillermo del Toro", "Lars von Trier")
PARTICLES = frozenset(
    ("de", "del", "della", "der", "den", "di", "da", "das", "dos", "du", "la", "le", "van", "von",
     "y", "bin", "ibn", "al", "el")
)  # fmt: skip
FEATURES = (
    "none", "cue_before_3", "cue_after_3", "cue_10", "cue_same_line", "cue_log_distance",
    "no_cue", "own_line", "after_label", "log_count", "first_position", "actor", "writer",
    "critic", "given_name", "words_2", "words_3", "words_4", "all_caps", "in_title", "uncased",
)  # fmt: skip
L2 = 1.0


@dataclass
class Read:
    """One page as the extractor reads it: its text, label, set, the hand readers' output and
    whether one of their candidates is right (oracle), and the other readers' people."""

    name: str
    group: str
    label: dict[str, Any]
    text: str
    title: str
    hand: list[str]
    hand_oracle: bool
    actors: list[str] = field(default_factory=list)
    writers: list[str] = field(default_factory=list)
    critics: list[str] = field(default_factory=list)

    @property
    def named(self) -> bool:
        """Whether the label names a director (the pages the scorer counts)."""
        return bool(self.label.get("directors"))


def read_page(name: str, label: dict[str, Any], folder: Path, group: str) -> Read:
    """Extract one page, keeping the hand readers' candidates and output."""
    text = (folder / name).read_text(encoding="utf-8")
    watched = watch_directors(text, name)
    result, seen, decided = watched.result, watched.seen, watched.decided
    film = result.films[0] if result.films else None
    block = seen[0][1] if seen else text
    if not seen:
        oracle = right_for(label, [])
    elif seen[0][0].labelled:
        oracle = right_for(label, decided[0])
    else:
        votes = seen[0][0]
        oracle = any(
            right_for(label, people.given(votes, c.value, block))
            for c in votes.ballot.candidates.values()
        ) or right_for(label, [])
    critics = [q.critic for q in (film.quotes if film else ()) if q.critic]
    return Read(
        name, group, label, block, film.title if film else "",
        list(film.directors) if film else [], oracle,
        list(film.cast) if film else [], list(film.writers) if film else [], critics,
    )  # fmt: skip


def read_sets() -> list[LabelledSet]:
    """The read sets: the dev pages, the look-at sets, s32, s43 and s45 (never a blind set)."""
    root = ranking.ROOT / "bench" / "pages"
    extra = [LabelledSet(root / n, root / n / "expected.json", "all") for n in EXTRA_SETS]
    return [DEV, *ranking.look_sets(), *extra]


def load(sets: list[LabelledSet]) -> list[Read]:
    """Every readable page of ``sets``, extracted once."""
    out = []
    for chosen in sets:
        labels = json.loads(chosen.labels.read_text(encoding="utf-8"))
        for n in chosen.names():
            out.append(read_page(n, labels[n], chosen.pages, chosen.group))
    return out


# -- the generator -------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?")
_POSSESSIVE = re.compile(r"['’]s?$")
_STOP = re.compile(r"[\n,;:()\[\]|/•·—–\"“”«»!?。，、：；（）]")


@cache
def cue_pattern() -> re.Pattern[str]:
    """Every word for directing of the language data, longest first: cased words whole,
    uncased ones anywhere."""
    words = {
        w.casefold()
        for w in (
            *lang.labels()["directors"],
            *lang.cues("directed_by"),
            *lang.cues("director_nouns"),
            *lang.cues("directed_after"),
        )
        if len(w) > 2 or not _cased(w)
    }
    parts = [
        re.escape(w) if not _cased(w) else rf"(?<!\w){re.escape(w)}(?!\w)"
        for w in sorted(words, key=len, reverse=True)
    ]
    return re.compile("|".join(parts), re.IGNORECASE)


@cache
def given_names() -> frozenset[str]:
    """The first names of ``given_names.txt``."""
    return frozenset(GIVEN_NAMES.read_text(encoding="utf-8").split())


def _cased(word: str) -> bool:
    return any(c.upper() != c.lower() for c in word)


def _capital(word: str) -> bool:
    return word[0].isupper()


def cased_runs(text: str) -> Iterator[tuple[str, int]]:
    """Every window of 2-4 capitalised words (particles inside) on one line, with its start."""
    for line_start, line in _lines(text):
        words = [(m.group(), m.start()) for m in _WORD.finditer(line)]
        i = 0
        while i < len(words):
            j = i
            while j + 1 < len(words) and _joins(line, words[j], words[j + 1]):
                j += 1
            run = words[i : j + 1]
            for a in range(len(run)):
                for b in range(a + 1, min(a + 4, len(run))):
                    if _capital(run[a][0]) and _capital(run[b][0]) and _cased(run[a][0]):
                        end = run[b][1] + len(run[b][0])
                        value = _POSSESSIVE.sub("", line[run[a][1] : end].rstrip("."))
                        yield value, line_start + run[a][1]
            i = j + 1


def _joins(line: str, here: tuple[str, int], nxt: tuple[str, int]) -> bool:
    """Whether a run goes on from word ``here`` to ``nxt``: one space between them, no full
    stop after ``here`` (but an initial's), ``nxt`` capitalised or a particle."""
    if line[here[1] + len(here[0]) : nxt[1]] != " ":
        return False
    if here[0].endswith(".") and len(here[0]) > 2:
        return False
    return _capital(nxt[0]) or nxt[0] in PARTICLES


def uncased_runs(text: str) -> Iterator[tuple[str, int]]:
    """Around each cue word in an uncased script: the 1-3 tokens (or 2-4 characters without
    spaces) just after it and just before it, within its clause."""
    for m in cue_pattern().finditer(text):
        if _cased(m.group()):
            continue
        after = re.split(_STOP, text[m.end() :].lstrip(" :：-–·"), maxsplit=1)[0]
        before = re.split(_STOP, text[: m.start()][::-1].lstrip(" :：-–·"), maxsplit=1)[0][::-1]
        for seg, at, forward in ((after, m.end(), True), (before, m.start() - len(before), False)):
            seg = seg.strip()
            if not seg:
                continue
            tokens = seg.split()
            pieces = (
                [" ".join(tokens[:k] if forward else tokens[-k:]) for k in (1, 2, 3)]
                if len(tokens) > 1
                else [seg[:k] if forward else seg[-k:] for k in (2, 3, 4)]
            )
            for piece in dict.fromkeys(pieces):
                if piece and not _cased(piece):
                    yield piece, max(text.find(piece, max(at - 40, 0)), 0)


def _lines(text: str) -> Iterator[tuple[int, str]]:
    at = 0
    for line in text.split("\n"):
        yield at, line
        at += len(line) + 1


def runs(text: str) -> dict[str, list[int]]:
    """Every generated run of a page with the starts of its mentions."""
    out: dict[str, list[int]] = {}
    for value, at in (*cased_runs(text), *uncased_runs(text)):
        out.setdefault(value, []).append(at)
    return out


def features(read: Read, value: str, starts: list[int], cues: list[tuple[int, int]]) -> list[float]:
    """A run's generic features in the order of :data:`FEATURES` (``cues``: the spans of the
    page's cue words)."""
    text = read.text
    best = math.inf
    before3 = after3 = same_line = False
    own = label = False
    for at in starts:
        end = at + len(value)
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", end)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        own |= line.strip(" \t*-–•:.,") == value
        label |= text[line_start:at].rstrip().endswith((":", "："))
        for s, e in cues:
            if e <= at:  # cue ... name
                gap = len(text[e:at].split())
                before3 |= gap <= 3
            elif s >= end:  # name ... cue
                gap = len(text[end:s].split())
                after3 |= gap <= 3
            else:
                continue
            best = min(best, gap)
            same_line |= "\n" not in (text[e:at] if e <= at else text[end:s])
    k = key(value)
    words = len(value.split()) if " " in value else 2
    row = {
        "cue_before_3": before3,
        "cue_after_3": after3,
        "cue_10": best <= 10,
        "cue_same_line": same_line,
        "cue_log_distance": math.log1p(best) if best < math.inf else 0.0,
        "no_cue": best == math.inf,
        "own_line": own,
        "after_label": label,
        "log_count": math.log1p(len(starts)),
        "first_position": min(starts) / max(len(text), 1),
        "actor": any(key(a) == k for a in read.actors),
        "writer": any(key(a) == k for a in read.writers),
        "critic": any(key(a) == k for a in read.critics),
        "given_name": value.split()[0].casefold() in given_names(),
        "words_2": words == 2,
        "words_3": words == 3,
        "words_4": words >= 4,
        "all_caps": value.isupper(),
        "in_title": bool(read.title) and k in key(read.title),
        "uncased": not _cased(value),
    }
    return [float(row.get(f, 0.0)) for f in FEATURES]


def candidates(read: Read) -> Page:
    """A page's generated runs and "no director" (last) as a :class:`bench.ranking.Page`."""
    found = runs(read.text)
    values = list(found)
    cues = [(m.start(), m.end()) for m in cue_pattern().finditer(read.text)]
    rows = [features(read, v, found[v], cues) for v in values]
    values.append("(no director)")
    rows.append([1.0 if f == "none" else 0.0 for f in FEATURES])
    right = [right_for(read.label, [v]) for v in values[:-1]] + [right_for(read.label, [])]
    lines = [float(min(found[v])) for v in values[:-1]] + [-1.0]
    x = np.array(rows, dtype=float).reshape(len(rows), len(FEATURES))
    return Page(read.name, values, x, lines, np.array(right, dtype=bool), False, read.group)


# -- bookkeeping ---------------------------------------------------------------------------


@dataclass
class Tally:
    """One set's figures: pages naming a director, those the hand readers miss (no right
    candidate), the generator reaches of those, runs generated; then on the pages the hand
    readers give no director: turned right, turned wrong (labelled with no director, given one),
    named still wrong."""

    named: int = 0
    hand_right: int = 0
    missed: int = 0
    reached: int = 0
    runs: int = 0
    pages: int = 0
    empty: int = 0
    turned_right: int = 0
    turned_wrong: int = 0
    still_wrong: int = 0

    @property
    def net(self) -> int:
        """Pages gained: turned right less turned wrong."""
        return self.turned_right - self.turned_wrong

    def add(self, other: Tally) -> None:
        """Add ``other``'s counts to these."""
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def tally(reads: list[Read], pages: list[Page], chosen: list[int | None]) -> Tally:
    """Count one set: ``chosen`` is the winning run's index per page, None where the choice is
    not used (the hand readers gave a director)."""
    t = Tally()
    for read, page, pick in zip(reads, pages, chosen, strict=True):
        t.pages += 1
        t.runs += len(page.values) - 1
        if read.named:
            t.named += 1
            t.hand_right += right_for(read.label, read.hand)
            if not read.hand_oracle:
                t.missed += 1
                t.reached += bool(page.right[:-1].any())
        if pick is None:
            continue
        t.empty += 1
        gives = pick < len(page.values) - 1
        if not gives:
            continue
        if not read.named:
            t.turned_wrong += 1
        elif page.right[pick]:
            t.turned_right += 1
        else:
            t.still_wrong += 1
    return t


def uses(read: Read) -> bool:
    """Whether the learned choice is used: the hand readers output no director."""
    return not read.hand


def leave_one_set_out(
    reads: list[Read], pages: list[Page], l2: float = L2, shift: float = 0.0
) -> dict[str, Tally]:
    """Per set: the choice fitted on the pages the hand readers leave empty in all other sets,
    used on those of the set left out ("no director" raised by ``shift``)."""
    columns = pages[0].x.shape[1] if pages else len(FEATURES)
    limits = (np.full(columns, -np.inf), np.full(columns, np.inf))
    out: dict[str, Tally] = {}
    for group in dict.fromkeys(r.group for r in reads):
        train = [p for r, p in zip(reads, pages, strict=True) if r.group != group and uses(r)]
        w = ranking.fit(train, l2, limits)
        mine = [(r, p) for r, p in zip(reads, pages, strict=True) if r.group == group]
        chosen = [choose(p, w, shift) if uses(r) else None for r, p in mine]
        out[group] = tally([r for r, _ in mine], [p for _, p in mine], chosen)
    return out


def choose(page: Page, w: np.ndarray, shift: float = 0.0) -> int:
    """The candidate with the best score, "no director" raised by ``shift``."""
    scores = page.x @ w + shift * page.x[:, 0]
    return int(np.argmax(scores))


COLUMNS = (
    "named", "hand_right", "missed", "reached", "runs", "empty", "turned_right", "turned_wrong",
    "still_wrong", "net",
)  # fmt: skip


def total(per_set: dict[str, Tally]) -> Tally:
    """The sum of the sets' tallies."""
    out = Tally()
    for t in per_set.values():
        out.add(t)
    return out


def table(per_set: dict[str, Tally]) -> list[str]:
    """The per-set rows and the total."""
    head = f"{'set':<6} " + " ".join(f"{c[:8]:>8}" for c in COLUMNS)
    rows = [head]
    for group, t in per_set.items():
        rows.append(f"{group:<6} " + " ".join(f"{getattr(t, c):>8}" for c in COLUMNS))
    whole = total(per_set)
    rows.append(f"{'total':<6} " + " ".join(f"{getattr(whole, c):>8}" for c in COLUMNS))
    return rows


def cached_reads(cache: Path | None) -> list[Read]:
    """The read sets' pages as :func:`load` reads them, kept in ``cache`` when one is named."""
    if cache and cache.exists():
        return pickle.loads(cache.read_bytes())
    reads = load(read_sets())
    if cache:
        cache.write_bytes(pickle.dumps(reads))
    return reads


def main() -> None:
    """Command line: the per-set table, a sweep of penalty and "no director" shift."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep the extracted pages here")
    args = parser.parse_args()
    reads = cached_reads(args.cache)
    pages = [candidates(r) for r in reads]
    print("\n".join(table(leave_one_set_out(reads, pages))))
    missed = [p for r, p in zip(reads, pages, strict=True) if r.named and not r.hand_oracle]
    sizes = np.array([len(p.values) - 1 for p in pages])
    print(
        f"runs per page: median {np.median(sizes):.0f}, mean {sizes.mean():.0f}, max "
        f"{sizes.max()}; on the missed pages median "
        f"{np.median([len(p.values) - 1 for p in missed]):.0f}"
    )
    for l2 in (0.3, 1.0, 10.0):
        for shift in (0.0, 1.0, 2.0, 3.0):
            whole = total(leave_one_set_out(reads, pages, l2, shift))
            print(
                f"l2 {l2:<4g} shift {shift:<3g} turned right {whole.turned_right}, wrong "
                f"{whole.turned_wrong}, net {whole.net:+d}"
            )
    limits = (np.full(len(FEATURES), -np.inf), np.full(len(FEATURES), np.inf))
    w = ranking.fit([p for r, p in zip(reads, pages, strict=True) if uses(r)], L2, limits)
    for name, value in sorted(zip(FEATURES, w, strict=True), key=lambda t: -abs(t[1])):
        print(f"  {value:+.3f}  {name}")


if __name__ == "__main__":
    main()
