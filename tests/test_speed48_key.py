"""A speed path of session 48 finds exactly what it stands for: the key of a text that cannot
mix Latin with Cyrillic or Greek letters skips the look for such a word
(:func:`~indexer.normalize.folding.key`)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.normalize import folding
from indexer.normalize.folding import key


def _key_fold_always_looking(text: str) -> str:
    """:func:`folding._key_fold` as it was: the mixed-script word always looked for."""
    if text.isascii():
        return text.lower()
    folded = unicodedata.normalize("NFC", text.casefold())
    if not folding._VIETNAMESE(folded):
        folded = unicodedata.normalize("NFKD", folded).translate(folding._KEY_TABLE)
    else:
        folded = folding._WORD_OR_NOT.sub(folding._vietnamese_or_folded, folded)
    if folding._MIXED_WORD.search(folded):
        return folding._WORD_OR_NOT.sub(folding._one_script, folded)
    return folded


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="aoHкоНіαοéÉøưồ -1_&\u0301", max_size=16))
def test_key_fold_is_the_fold_that_always_looks_for_mixed_words(text: str) -> None:
    assert folding._key_fold(text) == _key_fold_always_looking(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Almodóvar", "almodovar"),
        ("Кіно і театр", "кіно і театр"),  # Cyrillic alone: nothing to write in one script
        ("hоneyland", "honeyland"),  # a Cyrillic "о" among Latin letters
        ("Режисер: Jan Nowak", "режисер jan nowak"),  # two scripts, each word in one
        ("Ngưồi Việt", "ngưồi việt"),
    ],
)
def test_key_table(text: str, expected: str) -> None:
    assert key(text) == expected
