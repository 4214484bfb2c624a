"""A title candidate the page writes right after a crew role's cue names a person: "Stille /
regie Anna Berg", "Réalisation : Paul Roux", "Scénario : Marie Lenoir, Jean Petit".

The people readers credit a film's director and cast; a name the page gives another role (the
script, the music, the camera), or a director's credit written inside a catalogue's line, is
read by none of them, and the name, alone on a heading-shaped line near the top, can win the
title's ballot. Wherever the page writes a candidate right after the label or the cue of a
crew role (the labels of the director's, the writer's and the crew's fields, the words for
"director" and "directed by" or "written by" of the language modules), a colon or a dash
between them or nothing, the candidate is marked as the page's credited people are
(``credited_person``). Only candidates of two words or more shaped as a person's name are
looked at: "regie" and "Scénario" stand before people, not before films; the labels of the
cast are left out, as "with" and "con" stand before films as often ("With Stille, she …").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from indexer import lang, recache
from indexer.extract.pages.labels import LABELS
from indexer.extract.pages.titleby import name_shaped
from indexer.records import ROLES
from indexer.wordre import alternation

#: the fields whose labels stand before a crew member's name (not the cast's: see above)
_CREW_FIELDS = frozenset({"directors", "writers", *ROLES})
#: the word lists whose phrases credit a director or a writer
_CREW_CUES = ("director_nouns", "directed_by", "written_by")
#: the fewest letters of a cue read so: shorter labels ("Dir", "DP") are words of titles too
_FEWEST = 3
#: how far back on its line a cue is looked for (characters)
_REACH = 80


@cache
def _cue_words() -> tuple[str, ...]:
    words = {w for kind in _CREW_CUES for w in lang.cues(kind)}
    words.update(w for field, labels in LABELS.items() if field in _CREW_FIELDS for w in labels)
    return tuple(sorted(w for w in words if len(w) >= _FEWEST))


@cache
def _cue_before() -> re.Pattern[str]:
    """A crew role's cue that ends where a name begins: only a colon or a dash and spaces
    between them."""
    return recache.compile(rf"(?<!\w)(?i:{alternation(_cue_words())})\s*[:：\-–]?\s*$")


def after_crew_cue(value: str, text: str) -> bool:
    """Whether ``text`` writes ``value``, a name of two words or more shaped as a person's,
    right after a crew role's cue on its line: "regie Anna Berg", "Réalisation : Paul Roux"."""
    name = value.strip()
    if len(name.split()) < 2 or not name_shaped(name):
        return False
    at = text.find(name)
    while at >= 0:  # each place the page writes the name, as a literal search finds them
        start = max(text.rfind("\n", 0, at) + 1, at - _REACH)
        if _cue_before().search(text, start, at):
            return True
        at = text.find(name, at + len(name))
    return False


def credited_by_role(values: Iterable[str], text: str) -> set[str]:
    """The ``values`` the page writes right after a crew role's cue (:func:`after_crew_cue`)."""
    return {value for value in values if after_crew_cue(value, text)}
