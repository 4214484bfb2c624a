"""The year written right after the film's director's name
(:mod:`indexer.extract.pages.yearcredit`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages.yearcredit import year_after_director


@pytest.mark.parametrize(
    ("text", "directors", "year"),
    [
        ("Rejs\nreż. Marek Piwowski, 1970\nczas trwania: 66’", ["Marek Piwowski"], 1970),
        ("P.S. - Dylan Kidd 2004\nA review.", ["Dylan Kidd"], 2004),
        ("Toni Erdmann, Maren Ade, 2016\nAn eccentric comedy.", ["Maren Ade"], 2016),
        ("Sita Bella\nEugénie Metala, Cameroun, 2023 SYNOPSIS", ["Eugénie Metala"], 2023),
        ("Les Ombres (Jean Dupont / France / 2019)", ["Jean Dupont"], 2019),
        # a second director's name closes the citation
        ("Dir.: Ana Lima, Rui Costa    2011", ["Ana Lima", "Rui Costa"], 2011),
        # a date, a birth, a span of years, a sentence: no citation of the film
        ("Dylan Kidd, 12 May 2004", ["Dylan Kidd"], None),
        ("Dylan Kidd (born 1965) made it.", ["Dylan Kidd"], None),
        ("At van Praag (1940-1987) filmed it.", ["At van Praag"], None),
        ("Maren Ade shot it in 2014.", ["Maren Ade"], None),
        ("Nuri Bilge Ceylan, 2014'te bir ödül aldı.", ["Nuri Bilge Ceylan"], None),
        ("Louis Sutherland | New Zealand b.1970", ["Louis Sutherland"], None),
        # a longer name that begins with the director's: no citation of this director
        ("Maren Adeline, 2016", ["Maren Ade"], None),
        # a filmography: several years after the name, none chosen
        ("Jan Novák, 2001\nJan Novák, 2005", ["Jan Novák"], None),
        # a cell between that is no country's name
        ("Maren Ade, Komplizen Film, 2016", ["Maren Ade"], None),
    ],
)
def test_the_year_after_the_directors_name(
    text: str, directors: list[str], year: int | None
) -> None:
    assert year_after_director(text, directors) == year


def test_the_year_after_the_directors_name_is_the_films_year() -> None:
    from tests.page_support import BLURB, film_of

    page = f"Rejs\n\nreż. Marek Piwowski, 1970\n\n{BLURB}\n"
    film = film_of(page)
    assert film.directors == ("Marek Piwowski",)
    assert film.year == 1970
