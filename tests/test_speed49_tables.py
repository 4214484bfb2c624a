"""Language tables kept on disk beside the CLDR tables (indexer.diskcache.cldr_table): what a
new process reads back from the file is what building them gives, same types, same order."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from test_recache import fresh_tables

from indexer import diskcache
from indexer.extract.pages import cues, genrelang
from indexer.extract.pages.quotes import who
from indexer.normalize import countries

#: name -> the table's function (its in-process cache outside, the disk's inside)
_TABLES: dict[str, Callable[[], Any]] = {
    "ordinary words": who._ordinary_words,
    "vocabularies": genrelang._vocabularies,
    "any vocabulary": genrelang._any_vocabulary,
    "genre phrases": genrelang._own_phrases,
    "own page cues": cues.own_page_cues,
    "signed bare": countries._signed_bare,
}


def test_language_tables_read_back_equal_what_building_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CINEDEX_CACHE_DIR", str(tmp_path))
    fresh_tables(monkeypatch)
    on_disk = {name: function.__wrapped__ for name, function in _TABLES.items()}  # type: ignore[attr-defined]
    built = {name: function.__wrapped__() for name, function in on_disk.items()}
    for function in on_disk.values():
        function()  # derived afresh in this "process", then written at its end
    assert diskcache._tables_added
    diskcache.save_tables()
    fresh_tables(monkeypatch)
    for name, function in on_disk.items():
        value = function()
        assert value == built[name] and type(value) is type(built[name]), name
        if isinstance(value, dict):  # the languages' order is read (the first one that says)
            assert list(value) == list(built[name]), name
    assert not diskcache._tables_added  # every table came from the file


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("premiere", True),  # a word of the language data: an outlet so named is a word too
        ("sin", True),
        ("kermode", False),
    ],
)
def test_ordinary_words_read_from_the_file_still_tell_words(word: str, expected: bool) -> None:
    assert (word in who.ordinary_words()) is expected
