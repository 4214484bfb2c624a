"""A speed path of session 48 finds exactly what it stands for: the synopsis cue words
(:func:`~indexer.extract.pages.synopsiscues.words`) look once behind a place for a word's
start before all their groups, and match the same as with that look before each group."""

from __future__ import annotations

import re

import pytest

from indexer import lang
from indexer.extract.pages import synopsiscues
from indexer.wordre import alternation


def _looked_behind_each(kind: str) -> re.Pattern[str]:
    """The pattern of :func:`synopsiscues.words` as it was: the look behind before each group."""
    groups: dict[tuple[bool, bool], list[str]] = {}
    anywhere = []
    for word in lang.cues(kind):
        if synopsiscues._ANYWHERE.match(word):
            anywhere.append(word.rstrip("*"))
            continue
        key = (synopsiscues._PREFIXED.match(word) is not None, word.endswith("*"))
        groups.setdefault(key, []).append(word.rstrip("*"))
    parts = []
    for (prefixed, stem), found in sorted(groups.items()):
        before = synopsiscues._PARTICLES if prefixed else ""
        after = "" if stem else r"(?!\w)"
        parts.append(rf"(?<!\w){before}(?:{alternation(found, spaces=True)}){after}")
    if anywhere:
        parts.append(f"(?:{alternation(anywhere, spaces=True)})")
    return re.compile(f"{synopsiscues._opening(groups, anywhere)}(?:{'|'.join(parts)})")


_SNIPPETS = [
    "el próximo día 2 se estrena en cines, en el festival de cine",
    "В программе основного конкурса фестиваля",
    "19 აპრილს კინოთეატრში",
    "lucía trabaja bailando en una discoteca; la historia de su vida",
    "תדור אירועי הסרט בסינמטק והפסטיבל",
    "تدور أحداث الفيلم والمهرجان",
    "映画祭で上映された物語",
]


@pytest.mark.parametrize("kind", ["event_words", "story_words", "notice_words", "film_plurals"])
def test_one_look_behind_matches_as_one_before_each_group(kind: str) -> None:
    words = [w.rstrip("*").lower() for w in lang.cues(kind)]
    text = "\n".join(
        f"a {w} b {w}s c x{w} d {p}{w}, {w}" for w in words for p in ("", "ו", "وال", "ال")
    )
    text += "\n" + "\n".join(_SNIPPETS)
    once = synopsiscues.words(kind)
    each = _looked_behind_each(kind)
    assert once.pattern != each.pattern
    found = [m.span() for m in once.finditer(text)]
    assert found == [m.span() for m in each.finditer(text)]
    assert found  # the words were read


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        ("event_words", "el próximo día 2 se estrena en cines", 2),  # estrena, en cines
        ("story_words", "lucía trabaja bailando en una discoteca", 1),  # trabaja
        ("story_words", "la historia de su vida y su familia", 3),
        ("event_words", "a quiet story of a family", 0),
    ],
)
def test_distinct_table(kind: str, text: str, expected: int) -> None:
    assert synopsiscues.distinct(kind, text) == expected
