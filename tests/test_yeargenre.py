"""A year before a genre word in prose (:mod:`indexer.extract.pages.yeargenre`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages.yeargenre import year_before_genre


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("In this 1999 romantic comedy, a baker falls for a pilot.", 1999),
        ("GREEN SKY is the 1977 family drama about a farm.", 1977),  # a lower-case qualifier
        ("It was the 2011 Danish thriller that everyone saw.", 2011),  # a nationality adjective
        ("C'est la 1985 comédie la plus drôle.", 1985),  # another language's genre word
        ("the 2016 thriller-drama by a newcomer", 2016),
        ("the 2003 war changed the region", None),  # an everyday noun, not a work
        ("a 2012 romance between neighbours", None),  # a story's noun as often as a genre
        ("Since 2010 documentary makers have flocked here.", None),  # no article before
        ("the 2019 Cannes drama", None),  # a capitalised word that is no nationality
        ("the 2019 festival of new films", None),  # no genre word
    ],
)
def test_a_year_before_a_genre_word(text: str, year: int | None) -> None:
    assert year_before_genre(text) == year


def test_the_year_before_a_genre_word_is_the_films_year() -> None:
    from tests.page_support import BLURB, film_of

    page = f"Green Sky\n\nGreen Sky is the 1977 family drama about a farm. {BLURB}\n"
    assert film_of(page).year == 1977
