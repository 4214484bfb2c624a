"""Directors (session 37): a country or a nationality written with a capital among the
words that describe a person between a director's role noun and the name."""

from __future__ import annotations

import pytest

from indexer.extract.pages.cues import mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("salah satu sutradara perempuan Indonesia favorit saya, Siti Rahma. Film", "Siti Rahma"),
        ("the film's director, a young Nigerian newcomer, Ade Bello, said", "Ade Bello"),
    ],
)
def test_a_place_word_among_the_descriptors(text: str, name: str) -> None:
    assert [m.name for m in mentions(text, "director_nouns")] == [name]


def test_a_name_that_begins_like_a_country_is_read_first() -> None:
    text = "režiser filma France Štiglic je bil"
    assert [m.name for m in mentions(text, "director_nouns")] == ["France Štiglic"]


def test_a_place_word_alone_is_no_name() -> None:
    assert [
        m.name for m in mentions("the director from Indonesia said that", "director_nouns")
    ] == []
