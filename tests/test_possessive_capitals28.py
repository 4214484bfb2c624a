"""A one-word title written in capitals beside a name in the genitive: "A Bs TITLE"."""

from __future__ import annotations

from indexer.extract.pages.possessive import beside_bare_title


def test_a_capitals_title_after_a_genitive() -> None:
    text = (
        "Berlijn speelt een cruciale rol in Anna Bergers MORGENROOD, waarin een vrouw danst. "
        "De film werd opgenomen in Berlijn."
    )
    found = beside_bare_title(text, "MORGENROOD", "nl")
    assert [m.name for m in found] == ["Anna Bergers"]


def test_a_short_capitals_word_is_no_title() -> None:
    text = "Een film van de Amerikaanse omroep, in Anna Bergers BBC. De film werd opgenomen."
    assert beside_bare_title(text, "BBC", "nl") == []
