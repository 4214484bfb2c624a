"""The director beside the film's title: a tuple parted by bullets, and a tuple in brackets
followed by a sentence's full stop."""

from __future__ import annotations

from indexer.extract.pages.titlecredit import names_beside_title


def test_a_tuple_parted_by_bullets_under_the_title() -> None:
    lines = ("Opening Film", "Walk, Ana, Walk", "Ana Berg • Sweden • 2021 • 78 mins", "")
    assert names_beside_title(lines, ["Walk, Ana, Walk"], "\n".join(lines)) == ["Ana Berg"]


def test_a_tuple_in_brackets_then_a_full_stop() -> None:
    lines = ("Programme", "", "Harvest (Ann Lowe, UK 1968).", "")
    assert names_beside_title(lines, ["Harvest"], "\n".join(lines)) == ["Ann Lowe"]


def test_a_tuple_in_brackets_then_words_is_no_credit() -> None:
    lines = ("Programme", "", "Harvest (Ann Lowe, UK 1968) tonight at nine.", "")
    assert names_beside_title(lines, ["Harvest"], "\n".join(lines)) == []
