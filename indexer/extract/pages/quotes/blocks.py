"""Quotes read as a block: the quotes of a press block share one layout.

A page sets its press quotes one after another in the same shape (``"…" ★★★★ Outlet``,
``- '…' (Outlet)``, a paragraph then ``Name, Outlet``). A quote whose own evidence is too weak
to be kept alone (a short quotation, an outlet's name with no outlet word: ``"Makes a
stunning impression" ★★★★ Nederlands Dagblad``), its attribution written on its line, is kept
when at least two quotes of the same block, kept on their own evidence, have its layout: the
block vouches for it. A block is a
run of quotations, paragraphs and attribution lines that no other line interrupts.

A distributor's page may set its press lines with no marks and most of them unsigned, one a
line, each opening with a verdict of a few words ("Astonishing. Jaw-dropping image after …",
"Hugely rewarding."): in a run of lines with no blank line between them that holds a signed
quote and three such verdicts, every unsigned line that reads as a finished sentence is a
quote (see :func:`blurbs`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from indexer.extract.pages.quotes import marks
from indexer.extract.pages.quotes.lang import FIRST_PERSON, REVIEW_LINK_LEAD
from indexer.extract.pages.quotes.units import BODY, OTHER, QUOTE, WHO, Unit
from indexer.extract.pages.quotes.who import outlet_evidence
from indexer.extract.pages.text import SPACES

Layout = tuple[str, str, str]

_WORDS = re.compile(r"[^\W\d_]+(?:[\s.'’&-]+[^\W\d_]+)*")
_STARS = re.compile(rf"(?:[{marks.STAR_SIGNS}]|\*(?=[*\s]))+")
#: the source after a quotation: the marks before its first letter, then the source as one
#: word ("“ -CG Karlsson, SVT." and "“ Nöjesmix." are both "“ -A")
_SOURCE = re.compile(r"^([^\w]*)(\w).*$")
#: a line that opens with a verdict of one to three words: "Astonishing. Jaw-dropping …",
#: "A knockout. This …", "Hugely rewarding."
_VERDICT = re.compile(
    r"^(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]{2,}[.!](?:\s+[^\W\d_]|$)"
)  # not "Gary M. Kramer": a name's initial


def followers(units: list[Unit], lines: tuple[str, ...], kept: Callable[[Unit], bool]) -> set[int]:
    """The ids of the quotation and paragraph units of ``units`` that ``kept`` rejects but that
    have the layout of two kept quotes or more of their block."""
    found: set[int] = set()
    for block in quote_blocks(units):
        shapes = [(unit, layout(unit, lines)) for unit in block]
        taken = Counter(shape for unit, shape in shapes if kept(unit))
        for unit, shape in shapes:
            # an unsure lead ("Filmstarts: „…“") needs one sibling led the same way and kept
            need = 1 if unit.unsure and marks.words(unit.text) >= 4 else 2
            if taken[shape] >= need and _own_line(unit) and marks.words(unit.text) >= 2:
                found.add(id(unit))
        found |= _distinct_leads(block) | _headed_reviews(block)
    return found | _signed_pairs(units, lines, kept) | _linked(units, lines)


def _linked(units: list[Unit], lines: tuple[str, ...]) -> set[int]:
    """The ids of paragraphs signed on a line of their own by a critic and an outlet, both
    beyond doubt, with a link to the whole review right under them ("Peter Bradshaw" / "The
    Guardian" / "" / text / "" / "Full Review | Original Score: 4/5"): a review's excerpt
    as a catalogue of reviews sets it."""
    found: set[int] = set()
    for unit in units:
        who = unit.who
        if unit.kind != BODY or unit.how not in ("before", "after") or who is None:
            continue
        if not (who.critic and who.outlet and who.strong) or marks.words(unit.text) < 4:
            continue
        below = next(
            (k for k in range(unit.end + 1, min(len(lines), unit.end + 3)) if lines[k].strip()),
            None,
        )
        if below is not None and REVIEW_LINK_LEAD.match(lines[below].strip()):
            found.add(id(unit))
    return found


def _distinct_leads(block: list[Unit]) -> set[int]:
    """The ids of a run of three quotations or more led by their sources and a colon, none
    kept alone ("Excessif : « … »" / "Les Fiches du cinéma : « … »" / "Elle : « … »"): a
    press review lists each source once, where a scene's dialogue ("NEIL: “…”") gives its
    speakers turn about and speak as "I" and "we"; each quotation runs to six words or
    more, and two thirds of them or more speak in no person's voice."""
    led = [u for u in block if u.unsure and u.who is not None and u.start == u.end]
    names = [(u.who.outlet or u.who.critic or "").casefold() for u in led if u.who]
    if len(led) < 3 or len(set(names)) < len(names):
        return set()
    if any(marks.words(u.text) < 6 for u in led):
        return set()
    if 3 * sum(1 for u in led if FIRST_PERSON.search(u.text)) > len(led):
        return set()
    return {id(u) for u in led}


def _headed_reviews(block: list[Unit]) -> set[int]:
    """The ids of two paragraphs or more of one block, each headed by a line of its own naming
    a different critic and their outlet beyond doubt ("Jane Doe, The Evening Star" / text /
    "John Roe, The Morning Post" / text): a list of reviews with no heading over it; six words
    or more each, no first person (a thread of comments signed with their writers' names).
    Not a film's title and its director over each film's synopsis ("Hatching (Hanna
    Bergholm)")."""
    headed = [
        u
        for u in block
        if u.kind == BODY
        and u.how in ("before", "header")
        and u.who is not None
        and u.who.critic
        and u.who.outlet
        and u.who.strong
        and outlet_evidence(u.who.outlet) >= 2  # not "Hatching (Hanna Bergholm)": a title
        and marks.words(u.text) >= 6
        and not FIRST_PERSON.search(u.text)
    ]
    critics = {(u.who.critic or "").casefold() for u in headed if u.who}
    return {id(u) for u in headed} if len(headed) >= 2 and len(critics) == len(headed) else set()


def _signed_pairs(
    units: list[Unit], lines: tuple[str, ...], kept: Callable[[Unit], bool]
) -> set[int]:
    """Paragraphs signed on the line below them, set apart from what follows ("Text." / "" /
    "Outlet" / "" / "Text." / "" / "Name, Outlet"), whose sibling pair right before or after
    is kept on its own evidence: a short sentence over a weak source is a quote there too."""
    pairs = [k for k in range(len(units) - 1) if _signed_pair(units, k)]
    open_ = [k for k in pairs if _open_pair(units, lines, k, kept)]
    found: set[int] = set()
    grown = True
    while grown:  # a pair vouched for vouches for the next one down the run
        grown = False
        for k in open_:
            if id(units[k]) in found:
                continue
            shape = _pair_gaps(units, lines, k)
            siblings = [
                j
                for j in (k - 2, k + 2)
                if j in pairs and (kept(units[j]) or id(units[j]) in found)
            ]
            if any(_pair_gaps(units, lines, j) == shape for j in siblings):
                found.add(id(units[k]))
                grown = True
    return found


def _open_pair(
    units: list[Unit], lines: tuple[str, ...], k: int, kept: Callable[[Unit], bool]
) -> bool:
    """True for a signed pair not kept on its own evidence that a sibling may vouch for: a
    sentence of three words or more, nothing right under its source line."""
    unit, after = units[k], units[k + 1].end + 1
    if kept(unit) or marks.words(unit.text) < 3:
        return False
    if after < len(lines) and lines[after].strip():
        return False  # a heading over the text below, not this one's source
    return unit.text.rstrip(marks.CLOSING + " ")[-1:] in ".!?…"


def _signed_pair(units: list[Unit], k: int) -> bool:
    """True when ``units[k]`` is a paragraph or quotation that took its source from the
    attribution line right under it."""
    unit, line = units[k], units[k + 1]
    return unit.kind in (QUOTE, BODY) and unit.how == "after" and line.who is unit.who


def _pair_gaps(units: list[Unit], lines: tuple[str, ...], k: int) -> int:
    """The blank lines between a signed paragraph and its source line."""
    unit, line = units[k], units[k + 1]
    return sum(1 for i in range(unit.end + 1, line.start) if not lines[i].strip())


def _own_line(unit: Unit) -> bool:
    """True for a quote whose attribution is written on its own line, after it or before it
    ("“…” ★★★★ Outlet"); an attribution line of its own may be a heading over a paragraph,
    unless it names a critic and an outlet ("Jordi Costa (Diario El País)" over a paragraph,
    like the rated ones over its siblings)."""
    if unit.who is None:
        return False
    if unit.how == "before":
        return bool(unit.who.critic and unit.who.outlet and unit.who.strong)
    return unit.how in ("tail", "inline") and unit.start == unit.end


def layout(unit: Unit, lines: tuple[str, ...]) -> Layout:
    """The shape of ``unit``: its kind, where its attribution came from, and its lines with
    the quotation as ``Q``, each run of words as ``A`` (the source after the quotation as one,
    however many parts it names), a star rating as ``*`` and a number as ``9`` (``- 'Q' (A``,
    ``"Q" * A``)."""
    raw = " ".join(line.strip() for line in lines[unit.start : unit.end + 1])
    if unit.text and unit.text in raw:
        head, _, tail = raw.partition(unit.text)
        raw = head + "\0" + _SOURCE.sub(r"\1\2", tail)
    skeleton = _WORDS.sub("A", _STARS.sub("*", raw))
    skeleton = SPACES.sub(" ", re.sub(r"\d+", "9", skeleton)).replace("\0", "Q")
    return (unit.kind, unit.how, skeleton)


def quote_blocks(units: list[Unit]) -> Iterator[list[Unit]]:
    """Runs of quotation and paragraph units (attribution lines between them allowed) that no
    other line interrupts."""
    block: list[Unit] = []
    for unit in units:
        if unit.kind == OTHER:
            yield block
            block = []
        elif unit.kind in (QUOTE, BODY):
            block.append(unit)
    yield block


def blurbs(units: list[Unit], lines: tuple[str, ...], kept: Callable[[Unit], bool]) -> set[int]:
    """The ids of the unsigned lines of a run of press lines (see the module's doc): a run of
    lines with no blank line between them, holding a quote kept with its source and three
    lines or more that open with a short verdict; taken are its unsigned one-line paragraphs
    (and short lines) of two words or more that end a sentence, or run to twenty words."""
    found: set[int] = set()
    run: list[Unit] = []
    for unit in [*units, None]:
        if unit is not None and run and not _blank_between(lines, run[-1], unit):
            run.append(unit)
            continue
        if run:
            found |= _run_blurbs(run, lines, kept)
        run = [unit] if unit is not None else []
    return found


def _blank_between(lines: tuple[str, ...], first: Unit, second: Unit) -> bool:
    return any(not lines[k].strip() for k in range(first.end + 1, second.start))


def _run_blurbs(run: list[Unit], lines: tuple[str, ...], kept: Callable[[Unit], bool]) -> set[int]:
    if len(run) < 4:
        return set()
    signed = any(u.who is not None and u.kind in (QUOTE, BODY) and kept(u) for u in run)
    verdicts = sum(1 for u in run if u.kind != WHO and _VERDICT.match(lines[u.start].strip()))
    if not signed or verdicts < 3:
        return set()
    found = set()
    for unit in run:
        text = unit.text.strip()
        if unit.kind == WHO or unit.who is not None or unit.start != unit.end:
            continue
        if any(mark in text for mark in '"“„«»'):
            continue  # quotations inside prose are read as such
        ends = text.rstrip(marks.CLOSING + " ")[-1:] in ".!?…"
        if marks.words(text) >= 2 and (ends or marks.words(text) >= 20) and text[:1].isupper():
            found.add(id(unit))
    return found
