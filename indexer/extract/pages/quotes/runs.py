"""A review copied whole, its paragraphs signed once under the last of them.

Film societies and cinemas copy a critic's review onto a film's page, paragraph after
paragraph, and sign it once at its end ("…" / "…" / "…" / "Jessica Kiang, Sight and
Sound."). The source line signs the paragraph right above it (:mod:`.join`); the quote is
the whole review, from its first paragraph: the unsigned prose paragraphs above it, spaced as
the review's own paragraphs are spaced, back to whatever else stands above them (a heading, a
line of facts, the page's synopsis set apart by a wider gap, another quote or source).
"""

from __future__ import annotations

from indexer.extract.pages.quotes import marks
from indexer.extract.pages.quotes.units import BODY, WHO, Unit

#: the most paragraphs a review copied onto a page is read back over
_MOST = 8
#: how many paragraphs above the signed one make a review copied whole: with one, the
#: paragraph above may as well be the page's synopsis over the quote ("Tragedy hangs …" /
#: "“Ida” accomplishes …" / "Michael Phillips, Chicago Tribune")
_LEAST = 2
#: how many words a paragraph of prose runs to, at the least
_PROSE_WORDS = 12


def whole_reviews(units: list[Unit], lines: tuple[str, ...]) -> list[Unit]:
    """``units`` with each review signed under its last paragraph read as one unit from its
    first paragraph (see the module's doc)."""
    out: list[Unit] = []
    for n, unit in enumerate(units):
        signed = n + 1 < len(units) and _signed_below(unit, units[n + 1])
        if not signed:
            out.append(unit)
            continue
        run = _paragraphs_above(out, unit, lines)
        # a signed paragraph wrapped over lines right under the others counts its lines
        wrapped = unit.end - unit.start if run and _gap(lines, run[-1], unit) == 0 else 0
        if len(run) + wrapped < _LEAST:
            out.append(unit)
            continue
        del out[len(out) - len(run) :]
        first = run[0]
        text = " ".join(u.text.strip() for u in (*run, unit))
        out.append(
            Unit(
                first.start,
                unit.end,
                BODY,
                text,
                unit.who,
                unit.how,
                rated=unit.rated,
                press=unit.press,
            )
        )
    return out


def _signed_below(unit: Unit, line: Unit) -> bool:
    """True for a paragraph of prose that took its source from the line of its own under it,
    a critic's name or an outlet's beyond doubt."""
    who = unit.who
    if unit.kind != BODY or unit.how != "after" or line.kind != WHO or line.who is not who:
        return False
    if line.dash or line.text.lstrip()[:1] in "-–—―~":
        return False  # "-Rob Nelson, VARIETY": a dash signs one excerpt
    return who is not None and who.strong and marks.words(unit.text) >= _PROSE_WORDS


def _paragraphs_above(before: list[Unit], last: Unit, lines: tuple[str, ...]) -> list[Unit]:
    """The unsigned paragraphs right above ``last`` that go on the same review: prose, not the
    page's synopsis, each set off from the next by as many blank lines as the review's last
    two paragraphs are."""
    run: list[Unit] = []
    after = last
    spacing = None
    for unit in reversed(before[-_MOST:]):
        gap = _gap(lines, unit, after)
        if spacing is None:
            spacing = gap
        if gap != spacing or not _unsigned_prose(unit):
            break
        run.insert(0, unit)
        after = unit
    return run


def _unsigned_prose(unit: Unit) -> bool:
    """True for a paragraph of prose with no source of its own (a heading over it that
    :func:`~..quotes._accepted` would drop aside), not the page's synopsis."""
    if unit.kind != BODY or unit.labelled or unit.led:
        return False
    if marks.spans(unit.text, 4):
        return False  # prose quoting someone: read for its quotations
    if unit.who is not None and unit.how not in ("before", "header"):
        return False
    if unit.who is not None and unit.who.critic and unit.who.outlet:
        return False  # "Jordi Costa (El País)" over it: its own review
    return marks.words(unit.text) >= _PROSE_WORDS


def _gap(lines: tuple[str, ...], first: Unit, second: Unit) -> int:
    """The blank lines between two units."""
    return sum(1 for k in range(first.end + 1, second.start) if not lines[k].strip())
