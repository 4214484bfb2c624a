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


def test_the_openers_match_as_their_plain_alternation() -> None:
    # the openers are written as a tree of shared beginnings: same matches as the plain list
    import re

    from indexer import lang
    from indexer.extract.pages.yeargenre import _phrase

    openers = sorted(
        {*lang.cues("outlet_articles"), *lang.cues("determiners"), *lang.cues("this_words")},
        key=lambda w: (-len(w), w),
    )
    plain = re.compile(
        rf"(?<!\w)(?i:{'|'.join(re.escape(w) for w in openers)})\s+((?:18[89]|19\d|20\d)\d)"
        r"(?![\d/.,:–-]\d)((?:\s+[^\W\d_][\w'’-]*){1,3})"
    )
    text = (
        "This 1999 comedy; these 2001 dramas, THE 1977 family drama, thé 1980 film, "
        "cette 1985 comédie, diese 2003 Komödie, ce 2010 drame, la 2012 película, 2014 drama"
    )
    found = [(m.span(), m.groups()) for m in _phrase().finditer(text)]
    assert found == [(m.span(), m.groups()) for m in plain.finditer(text)]
    assert len(found) >= 6
