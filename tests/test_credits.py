"""Credits read from page layouts and prose: one small table per mechanism, in several
languages, each snippet written for the test and read by the real page extractor."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page
from indexer.records import Film


def _film(text: str) -> Film:
    result = extract_page(text, "test.txt")
    assert result.films, result.problems
    return result.films[0]


@pytest.mark.parametrize(
    ("text", "director"),
    [
        (
            "Title: The Long Road\n\nDescribed by the director, Mara Quinlan, as a road movie, "
            "The Long Road follows two sisters.\n",
            "Mara Quinlan",
        ),
        (
            "Naslov: Duga cesta\n\nAutori projekta su reditelj, scenarista i producent Ivo "
            "Marković, koji su govorili o filmu.\n",
            "Ivo Marković",
        ),
        (
            "Titre : La Longue Route\n\nPrésenté par la cinéaste, Anne Villard, ce film suit "
            "deux sœurs.\n",
            "Anne Villard",
        ),
    ],
)
def test_a_comma_may_follow_a_role_noun(text: str, director: str) -> None:
    assert _film(text).directors == (director,)


@pytest.mark.parametrize(
    "text",
    [
        # the heading's series name repeated under it is no director
        "Film Night — The Long Road (2019)\n\nFilm Night\n\n"
        "Two sisters drive across the country after their father's death.\n",
        # a role noun before the film's own title does not make the title a person
        "Titre : La Longue Route\n\nLe cinéaste La Longue Route est un film de 2019.\n"
        "De Anne Villard\n",
    ],
)
def test_the_title_or_its_heading_is_no_director(text: str) -> None:
    film = _film(text)
    assert "Film Night" not in film.directors
    assert "La Longue Route" not in film.directors
