"""Readers made cheaper give the answers of the plain loops they replace (synthetic words)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import synopsiscues

_ENDINGS = ("", "s", "su", "sun", "nin", "-x")


def _loop(word: str) -> bool:
    """The loop :func:`synopsiscues._suffixed_label` replaces: every label tried."""
    return any(word.startswith(s) and len(word) - len(s) <= 2 for s in synopsiscues._stems())


def _words() -> list[str]:
    """Each label with endings of up to three letters, and each cut short by one or two."""
    stems = sorted(synopsiscues._stems())
    return [s + e for s in stems for e in _ENDINGS] + [s[:-1] for s in stems] + ["", "ab"]


def test_a_suffixed_label_is_what_every_label_tried_finds() -> None:
    words = _words()
    assert [synopsiscues._suffixed_label(w) for w in words] == [_loop(w) for w in words]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("konusu", True), ("konu", True), ("konusuna", False), ("kon", False)],
)
def test_a_label_takes_two_letters_of_suffix_at_most(word: str, expected: bool) -> None:
    assert synopsiscues._suffixed_label(word) is expected
