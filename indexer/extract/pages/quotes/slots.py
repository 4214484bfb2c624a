"""A run of quotations set in one repeated layout: each period's slots read alike.

A press digest repeats one shape: an outlet's line over each quotation and its critic's name
under it ("Le Monde, Paris, 1980" / "„…”" / "Jean Dupont"), or the critic's name and a
heading over each ("Jane Doe" / "A bold debut" / "“…”"). Read one quotation at a time, the
lines between two quotations are ambiguous: the name under the first may sign it or head the
second. Read as a run, they are not: when three quotations or more follow one another with
the same sequence of short lines between each two (a line's *kind*: its length, a digit, a
comma, a colon at its end), those lines are one period of the layout, and
where the period starts is told by the lines around the run (what stands over the first
quotation belongs to it, what stands under the last belongs to it; a blank line inside the
period parts two quotes). Each line of the period is then a slot, whose role the run decides
once: a slot that holds an outlet beyond doubt in one member holds an outlet in all of them
(a name no list knows, in any language); a slot that holds a person's name in most members
holds the critic; any other slot (a heading, a date) signs nothing. Every member of the run
is then signed by its own slots, and the run vouches for them all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from indexer.extract.pages.quotes import marks
from indexer.extract.pages.quotes.lang import FIRST_PERSON
from indexer.extract.pages.quotes.units import QUOTE, Unit
from indexer.extract.pages.quotes.who import Who, is_person, outlet_evidence, parse

__all__ = ["periodic_slots"]

#: the fewest quotations that make a run, and the most lines between two of them
_RUN = 3
_PERIOD = 3
#: the most words of a line that may stand in a slot (a name, an outlet and a date)
_SLOT_WORDS = 10
_BLANK = "_"
#: an outlet's name before its place and date ("Die Welt, 1980. május 12.")
_NAME_END = re.compile(r",|\s\d|\s[-–—|(]")


def periodic_slots(units: list[Unit], lines: tuple[str, ...]) -> set[int]:
    """Sign every quotation of a run set in one repeated layout by the slots of its own
    period (see the module's doc); the ids of the quotations so signed."""
    quotes = [u for u in units if u.kind == QUOTE]
    found: set[int] = set()
    for run in _runs(quotes, lines):
        found |= _sign(run, lines)
    return found


def _runs(quotes: list[Unit], lines: tuple[str, ...]) -> list[list[Unit]]:
    """Runs of quotations with the same sequence of line kinds between each two."""
    runs: list[list[Unit]] = []
    run: list[Unit] = []
    shape: tuple[str, ...] | None = None
    for unit in quotes:
        if run:
            gap = _kinds(lines, run[-1].end + 1, unit.start)
            if gap is not None and (shape is None or gap == shape):
                run.append(unit)
                shape = gap
                continue
            if len(run) >= _RUN:
                runs.append(run)
        run, shape = [unit], None
    if len(run) >= _RUN:
        runs.append(run)
    return runs


def _kinds(lines: tuple[str, ...], start: int, end: int) -> tuple[str, ...] | None:
    """The kinds of ``lines[start:end]`` (blank lines as one ``_``), or None when they cannot
    be a period's slots: none, too many, or one too long or quoting."""
    kinds: list[str] = []
    for raw in lines[start:end]:
        kind = _kind(raw.strip())
        if kind is None:
            return None
        if kind != _BLANK or not kinds or kinds[-1] != _BLANK:
            kinds.append(kind)
    filled = [k for k in kinds if k != _BLANK]
    if not 1 <= len(filled) <= _PERIOD:
        return None
    return tuple(kinds)


def _kind(text: str) -> str | None:
    """A line's kind: blank, or its length class, a digit, a comma, a colon at its end; None
    for a line that cannot stand in a slot."""
    if not text:
        return _BLANK
    n = marks.words(text)
    if n > _SLOT_WORDS or marks.opener(text) is not None:
        return None
    size = "1" if n == 1 else "2" if n <= 4 else "5"
    return "".join(
        (
            size,
            "9" if any(c.isdigit() for c in text) else "",
            "," if "," in text else "",
            ":" if text.endswith(":") else "",
        )
    )


def _context(lines: tuple[str, ...], index: range) -> list[str]:
    """The kinds of the lines along ``index`` up to the first that cannot stand in a slot."""
    kinds: list[str] = []
    for k in index:
        kind = _kind(lines[k].strip())
        if kind is None:
            break
        if kind != _BLANK or (kinds and kinds[-1] != _BLANK):
            kinds.append(kind)
    return kinds


def _phase(
    run: list[Unit], lines: tuple[str, ...], shape: tuple[str, ...]
) -> tuple[list[int], int, int]:
    """Where the period may start: how many of its lines sign the quotation above them (the
    rest head the one below), most likely first; and how many lines over the run's first and
    under its last repeat the period. No place when the page does not tell."""
    body = [k for k in shape if k != _BLANK]
    heads = _matched(body[::-1], _context(lines, range(run[0].start - 1, -1, -1)))
    signs = _matched(body, _context(lines, range(run[-1].end + 1, len(lines))))
    if shape.count(_BLANK) == 1:
        return [shape.index(_BLANK)], heads, signs  # "“…”" / "" / "Name" / "Heading" / "“…”"
    if heads + signs < len(body):
        return [], heads, signs
    # both ends may repeat part of the period (a heading over the run, a cut under it)
    splits = [len(body) - heads] if heads else []
    return [*splits, *([signs] if signs and signs not in splits else [])], heads, signs


def _matched(kinds: Sequence[str], context: list[str]) -> int:
    """How many of ``kinds`` ``context`` repeats from its start, blank lines aside."""
    filled = [k for k in context if k != _BLANK]
    n = 0
    while n < min(len(kinds), len(filled)) and kinds[n] == filled[n]:
        n += 1
    return n


def _sign(run: list[Unit], lines: tuple[str, ...]) -> set[int]:
    """Sign the members of ``run`` by their slots; the ids of those signed."""
    gap = _kinds(lines, run[0].end + 1, run[1].start)
    if gap is None:
        return set()
    if 3 * sum(1 for u in run if FIRST_PERSON.search(u.text)) > len(run):
        return set()  # a conversation's turns, spoken as "I" and "we"
    body = sum(1 for kind in gap if kind != _BLANK)  # the period's lines with text
    splits, heads, signs = _phase(run, lines, gap)
    readings = [_reading(run, lines, split, body, heads, signs) for split in splits]
    if not readings:
        return set()
    # where both ends could start the period, the start whose slots read best; when both
    # repeat the whole period and neither reads better, the page does not tell
    fits = [_fit(r[1], r[2]) for r in readings]
    whole = heads == signs == body
    if whole and len(fits) > 1 and fits.count(max(fits)) > 1:
        return set()
    split, slots, roles = readings[fits.index(max(fits))]
    if not any(roles):
        return set()
    found: set[int] = set()
    for unit, slot in zip(run, slots, strict=True):
        critic = outlet = None
        for role, text in zip(roles, slot, strict=True):
            if text is None or not role:
                continue
            if role == "critic":
                critic = _critic(text)
            else:
                outlet = _outlet(text)
        read = Who(critic, outlet, True)
        if unit.who is not None and _own(unit.who, slot):
            # "Name: Outlet" under it, read as one already: only the parts it lacks
            unit.who = unit.who.merged(read)
            found.add(id(unit))
        elif critic or outlet:
            unit.who = read
            unit.how = "after" if split else "before"
            found.add(id(unit))
    return found


Slots = list[list[str | None]]


def _reading(
    run: list[Unit], lines: tuple[str, ...], split: int, body: int, heads: int, signs: int
) -> tuple[int, Slots, list[str]]:
    """The slots of every member of ``run`` for a period of ``body`` lines with text that
    starts ``split`` lines under a quotation, and each slot's role."""
    slots: Slots = [_slot_lines(run, lines, n, split, body) for n in range(len(run))]
    # the first member's heads and the last one's signatures only as far as they repeat
    first, last = slots[0], slots[-1]
    slots[0] = [t if j < split or j >= body - heads else None for j, t in enumerate(first)]
    slots[-1] = [t if j >= split or j < signs else None for j, t in enumerate(last)]
    roles = [_role([t for s in slots if (t := s[j]) is not None]) for j in range(body)]
    return split, slots, roles


def _fit(slots: Slots, roles: list[str]) -> int:
    """How many slots hold what their role asks: a person's name, an outlet's."""
    fit = 0
    for slot in slots:
        for role, text in zip(roles, slot, strict=True):
            if text and role == "critic":
                fit += is_person(text)
            elif text and role == "outlet":
                fit += outlet_evidence(_outlet(text)) >= 1
    return fit


def _own(who: Who | None, slot: list[str | None]) -> bool:
    """True for an attribution read wholly from the lines of the quotation's own period: a
    source that did not cross into the next period's lines needs no mending."""
    if who is None or not (who.critic or who.outlet):
        return False
    texts = " ".join(t for t in slot if t).casefold()
    return all(part.casefold() in texts for part in (who.critic, who.outlet) if part)


def _slot_lines(
    run: list[Unit], lines: tuple[str, ...], n: int, split: int, body: int
) -> list[str | None]:
    """The texts of the period's slots for the ``n``-th member of ``run`` (None where the
    page has no line: past its first or last line)."""
    unit = run[n]
    # the nearest lines with text under and over it, as many as the period's slots ask
    after = list(islice(filter(None, (t.strip() for t in lines[unit.end + 1 :])), split))
    over = (lines[k].strip() for k in range(unit.start - 1, -1, -1))
    heads = list(islice(filter(None, over), body - split))[::-1]
    signs: list[str | None] = [*after, *[None] * (split - len(after))]
    return [*signs, *[None] * (body - split - len(heads)), *heads]


def _role(texts: list[str]) -> str:
    """The role of one slot across the run: ``outlet`` when one member holds an outlet beyond
    doubt, ``critic`` when most hold a person's name, else nothing; nothing either when a
    value comes back (a press digest names each source once, a dialogue gives turns about)."""
    if not texts or len({t.casefold() for t in texts}) < len(texts):
        return ""
    people = sum(1 for t in texts if is_person(t))
    if 2 * people > len(texts):
        return "critic"
    if any(outlet_evidence(_outlet(t)) >= 2 for t in texts):
        return "outlet"
    return ""


def _critic(text: str) -> str | None:
    """The critic a critic's slot names."""
    who = parse(text, person=True)
    return who.critic if who and who.critic else None


def _outlet(text: str) -> str | None:
    """The outlet an outlet's slot names, its place and date left out."""
    who = parse(text)
    if who and who.outlet and not who.critic:
        return who.outlet
    name = _NAME_END.split(text, maxsplit=1)[0].strip(" .")
    return name or None
