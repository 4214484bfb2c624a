"""More places a title can stand, for pages where the headings and quotes miss it.

Each is a candidate *source*, not a rule: it adds candidates with a feature saying where they
came from, and the fitted weights of :mod:`.titlemodel` decide whether that place is worth
anything on a page. A short line standing alone further down that the text repeats; the value
of a fact sheet's first line, "label: value" with a label no language module knows.

Two more sources were tried and left out because leave-one-page-out accuracy fell with them
(``bench/fit_title.py``): a run of Latin letters inside text in another script, and the words
after the word for film up to a parenthesised other title; both brought in more noise than
titles.
"""

from __future__ import annotations

import re

from indexer.extract.pages.labels import field_of
from indexer.extract.pages.text import is_noise
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.extract.pages.titles import heading_like

_LATE_FROM, _LATE_TO = 8, 80


def late_lines(ballot: FeatureBallot, lines: tuple[str, ...], body: str) -> None:
    """Short lines standing alone between lines 8 and 80 whose text the page repeats (a title
    over a review body, below the credits)."""
    folded = body.casefold()
    for i in range(_LATE_FROM, min(len(lines), _LATE_TO)):
        text = lines[i].strip()
        if not text or len(text) > 80 or lines[i - 1].strip():
            continue
        if i + 1 < len(lines) and lines[i + 1].strip():
            continue
        # the repeat first: heading_like is the costly test
        repeated = len(text.split()) <= 8 and folded.count(text.casefold()) >= 2
        if repeated and heading_like(text, set()):
            ballot.add(text, "late_line", 1.0, i)


_LABEL_VALUE = re.compile(r"^(?P<label>[^:\n\d]{1,25}?)\s*:\s*(?P<value>\S[^:\n]{0,80})$")


def first_label_value(ballot: FeatureBallot, lines: tuple[str, ...]) -> None:
    """The value of the page's first line when it reads "label: value" and no language module
    knows the label (a fact sheet opening with the title: "মুভি : রয়েল বেঙ্গল টাইগার")."""
    i = next((i for i, line in enumerate(lines) if line.strip()), None)
    if i is None or is_noise(lines[i]):  # "Tag Archives: Desencanto": the blog's tag
        return
    match = _LABEL_VALUE.match(lines[i].strip())
    if match is None or len(match.group("label").split()) > 3 or field_of(match.group("label")):
        return
    value = match.group("value").strip(" .。।")
    if re.search(r"[^\W\d_]", value) and len(value.split()) <= 10:
        ballot.add(value, "first_label_value", 1.0, i)
