"""Credits run on one line, each value after a label and a colon: "… निर्देशक : शूजीत सिरकार
लेखक : जूही चतुर्वेदी कलाकार: वरुण धवन", "감독: 윤가은주연: 서수빈"."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from indexer import lang
from indexer.extract.pages.cues import Mention, names_from
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.scripts import CJK
from indexer.wordre import alternation


@cache
def _label_colons() -> re.Pattern[str]:
    """Any label of any field then a colon: in a spaced script after a space ("… निर्देशक :
    …"), in Chinese, Japanese or Korean right after the value before it ("윤가은주연: …")."""
    words = sorted(
        {w for field in lang.labels().values() for w in field if len(w) >= 2},
        key=lambda w: (-len(w), w),  # longest first
    )
    cjk = [w for w in words if re.match(rf"[{CJK}]", w)]
    spaced = alternation([w for w in words if len(w) >= 3 and w not in cjk], spaces=True)
    return re.compile(
        rf"(?:(?<=\S)[ \t]+(?P<spaced>{spaced})|(?<=[{CJK}])(?P<cjk>{alternation(cjk)}))"
        r"[ \t]*[:：][ \t]*(?=\S)",
        re.IGNORECASE,
    )


def label_lists(text: str, field: str) -> list[Mention]:
    """The names after a label of ``field`` and a colon inside a line, where credits run
    on one line ("… निर्देशक : शूजीत सिरकार लेखक : जूही चतुर्वेदी कलाकार: वरुण धवन, …",
    "감독: 윤가은주연: 서수빈, 장혜진장르: 드라마"): each value runs to the next label. The
    line scanner reads labels at the start of a line only."""
    found = []
    for fields, label, value, at in _labelled_in_lines(text):
        names = names_from(value, 0) if field in fields else []
        if names:
            found.append(Mention("; ".join(names), label, at))
    return found


@lru_cache(maxsize=4)
def _labelled_in_lines(text: str) -> tuple[tuple[tuple[str, ...], str, str, int], ...]:
    """(fields, label, value, offset in its line) of every label inside a line (read once
    for directors and cast alike)."""
    found = []
    for line in text.splitlines():
        labels = list(_label_colons().finditer(line)) if ":" in line or "：" in line else []
        for i, match in enumerate(labels):
            after = labels[i + 1] if i + 1 < len(labels) else None
            label = match.group("spaced") or match.group("cjk")
            value = line[match.end() : after.start() if after else len(line)]
            found.append((field_of(label), label, value, match.start()))
    return tuple(found)
