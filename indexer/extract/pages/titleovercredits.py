"""The heading written right above the page's first credit, wherever it stands.

The heading cues read the first lines of a page and stop at its first paragraph of prose:
past a site's menu, a date line or an introduction, a programme or a blog writes the film's
name on a short line of its own right above its credits ("Tienda de locos" over
"Dirección: …", "Alba" over a showtime and "Director: …"). The nearest heading-shaped line
above the first credit (within a few lines with text, skipping the labels of facts) is a
candidate with its own feature (``credits_heading``, :data:`.titlemodel.FEATURES`), weighed by
the fitted model; :func:`.titlelists.above_credits` then marks it as it marks every candidate
on that line.
"""

from __future__ import annotations

import re

from indexer.extract.pages import titles
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.text import in_a_list, is_noise
from indexer.extract.pages.titlelists import lines_above
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.normalize import country_name

#: how many lines with text above the first credit the heading may stand
_LINES_ABOVE = 4
#: the most words of the heading's line
_MOST_WORDS = 12


def heading_over_credits(ballot: FeatureBallot, lines: tuple[str, ...], stop: int) -> None:
    """Add the nearest heading-shaped line above the first credit (the line ``stop``)."""
    if stop >= len(lines):
        return
    for i, _, text in lines_above(lines, stop, _LINES_ABOVE):
        if len(text.split()) > _MOST_WORDS or in_a_list(lines, i):
            continue  # a paragraph, or a menu's line
        if not titles.heading_like(text, set()) or _code_or_address(text):
            continue
        name = titles.clean_heading(text).title
        # "О фильме", "Synopsis": a field's label alone heads a section, not the film (a
        # label the fact scanner only skips may be a name: "CASTING")
        labelled = set(field_of(name)) - {"ignore"}
        if name and not is_noise(name) and not country_name(name) and not labelled:
            ballot.add(name, "credits_heading", 1.0, i)
        return


def _code_or_address(text: str) -> bool:
    """An e-mail address ("[email protected]", "info@…") or a code with more digits than letters
    ("ISAN 0000-0002-B0A8-…"): a fact sheet's furniture, no name."""
    if "@" in text or "[email" in text:
        return True
    return len(re.findall(r"\d", text)) > len(re.findall(r"[^\W\d_]", text))
