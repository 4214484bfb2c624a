"""First-person words and subject pronouns of languages that had none (quotes27)."""

from __future__ import annotations

import pytest

from indexer.extract.pages.quotes import prose
from indexer.extract.pages.quotes.lang import FIRST_PERSON


@pytest.mark.parametrize(
    "text",
    [
        "Rwy'n falch iawn o weld y ffilm yn Ninbych",  # Welsh "I am"
        "Dyma fy hoff ffilm eleni",  # Welsh "my"
        "Bu mening birinchi filmim edi",  # Uzbek "my"
        "به نظرم این فیلم بسیار زیباست",  # Persian "in my view"
    ],
)
def test_first_person_words(text: str) -> None:
    assert FIRST_PERSON.search(text)


@pytest.mark.parametrize(
    "text",
    ["Mae'r ffilm yn hardd ac yn drist", "Film juda chiroyli va ta'sirli chiqqan"],
)
def test_no_first_person(text: str) -> None:
    assert not FIRST_PERSON.search(text)


@pytest.mark.parametrize("word", ["hann", "hún", "הוא", "он", "jis", "ő"])
def test_subject_pronouns_are_no_names(word: str) -> None:
    # "Hann segir …" (Icelandic "he says"): the pronoun stands for the critic named before
    assert word in prose._PRONOUNS
