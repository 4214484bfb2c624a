"""A title candidate named in the lead: the first sentence of the page's first paragraph of
prose ("El nou film de Clara Roquet, 'Libertad', arriba aquesta setmana a les sales.").

A news item, a review or a programme note names its film in its opening sentence, and the
films it names later (the director's earlier work, the other releases of the week, a film the
review compares it with) come after it; a site's furniture (a section's heading, "Printable
View", a rating system's name) is named in no sentence. A candidate written in that sentence as
a word of its own and as a name (case aside, but not opening in lower case: "os filmes em
cartaz" is no mention of a heading "Filmes em cartaz"; quotation marks around it or not) gets
a feature (``named_in_lead``), and one the page writes nowhere else another (``lead_only``:
the counts of mentions speak for a name the page repeats, nothing but the lead for one it
writes once); the weights say what they are worth beside the other cues.
Only the first paragraph of at least :data:`PROSE_WORDS` words counts, and only its first
sentence, so that the many names of a long paragraph do not all get it.
"""

from __future__ import annotations

import math
import re

from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.wordre import caseless, may_hold, word_spans

#: the fewest words of a line of prose (a paragraph, not a heading, a menu or a fact line)
PROSE_WORDS = 15
#: the quotation marks of every language, stripped from a candidate before it is looked for
_QUOTES = "\"'«»“”„‘’《》「」『』<>‹›"
#: where a sentence ends: a full stop, question or exclamation mark and a space before a
#: letter, or a full-width one of Chinese or Japanese with no space after it
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s+(?=[^\W\d_])|(?<=[。！？])")


#: the ``mentions`` feature (log of 1 + count) of a name the page writes once
_ONCE = math.log1p(1)


def lead_sentence(lines: tuple[str, ...]) -> str:
    """The first sentence of the page's first line of prose, or ``""``."""
    for line in lines:
        if len(line.split()) >= PROSE_WORDS:
            return _SENTENCE_END.split(line, maxsplit=1)[0]
    return ""


def mark(ballot: FeatureBallot, lines: tuple[str, ...]) -> None:
    """Mark each candidate the lead sentence names (``named_in_lead``)."""
    lead = lead_sentence(lines)
    if not lead:
        return
    folded = caseless(lead)  # most candidates are not in the lead: no pattern for them
    for candidate in ballot.candidates.values():
        name = candidate.value.strip().strip(_QUOTES).strip()
        if name and may_hold(folded, name) and _named(name, lead):
            candidate.set("named_in_lead")
            if candidate.features.get("mentions", 0.0) <= _ONCE:
                candidate.set("lead_only")


def _named(name: str, lead: str) -> bool:
    """Whether ``lead`` writes ``name`` as a word of its own, not opening in lower case, and
    not as the end of a longer name (a capitalised word before it that does not open the
    sentence: "If Gangster's Paradise – Jerusalema is", not "Paradise – Jerusalema")."""
    for start, _ in word_spans(lead, name, ignorecase=True):
        before = lead[:start].split()
        continues = len(before) >= 2 and before[-1][:1].isupper() and before[-1][-1:].isalpha()
        if not lead[start : start + 1].islower() and not continues:
            return True
    return False
