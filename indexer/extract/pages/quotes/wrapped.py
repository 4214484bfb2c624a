"""A quotation the page wraps over several lines, signed under its last one.

Some pages break a short quotation into lines of their own, with no blank line between them,
and sign it on the line under the last ("16mmフィルムが切り取る、" / "光、音、小さな瞬間。" /
"―Variety"). A line that ends in a comma does not end its sentence: it runs on into the line
under it, so the signature under that line signs it too.
"""

from __future__ import annotations

import re

from indexer.extract.pages.quotes.units import BODY, Unit
from indexer.extract.pages.scripts import KANA_HAN, UNSPACED

#: a line's last mark that leaves its sentence open: a comma of any script
_RUNS_ON = re.compile(r"[,，、،]\s*$")
#: a line's last letter of a script written without spaces between words
_UNSPACED_END = re.compile(f"[{KANA_HAN}{UNSPACED}]$")
#: where a source signs the quotation above it ("…" / "– Outlet", "…" / "Outlet")
_SIGNED_UNDER = ("dash", "after")


def wrapped(units: list[Unit]) -> list[Unit]:
    """``units`` with each unsigned paragraph line that runs on by a comma into the signed
    line right under it joined to that line (its text, its first line)."""
    kept: list[Unit] = []
    for unit in units:
        while (
            unit.kind == BODY
            and unit.who is not None
            and unit.how in _SIGNED_UNDER
            and kept
            and _runs_into(kept[-1], unit)
        ):
            above = kept.pop()
            gap = "" if _UNSPACED_END.search(above.text.rstrip(" ,，、،")) else " "
            unit.text = above.text.rstrip() + gap + unit.text.lstrip()
            unit.start = above.start
        kept.append(unit)
    return kept


def _runs_into(above: Unit, unit: Unit) -> bool:
    """True for an unsigned paragraph on the line right above ``unit`` that ends in a comma."""
    return (
        above.kind == BODY
        and above.who is None
        and above.end == unit.start - 1
        and bool(_RUNS_ON.search(above.text))
    )
