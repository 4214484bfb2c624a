"""Directors from shapes without a cue word (:mod:`indexer.extract.pages.directorplaces`): names
alone in parentheses after the film's title, a name opening a line before the country and
year, a name opening a line with its year in parentheses; and a name the title chooser took
for the film's title that a director's cue names all the same."""

from __future__ import annotations

import pytest

from indexer.extract.pages import directorplaces
from tests.page_support import film_of

_STORY = (
    "A fisherman and his daughter wait for the rains that do not come, and the village "
    "slowly empties around them."
)


@pytest.mark.parametrize(
    ("text", "directors"),
    [
        (  # the film's title, then its director alone in parentheses
            "Source: https://cine.example.com/2015/03/la-casa-del-lago\n"
            "Cinco estrenos llegan este viernes a las salas.\n"
            "La casa del lago (Marta Robles)\n"
            "Una fábula sencilla sobre una familia que pasa el verano junto a un lago, y que "
            "conmueve sin buscarlo.\n",
            ("Marta Robles",),
        ),
        (  # a credit line run into the synopsis
            "Source: https://festival.example.org/films/the-river\nThe River\n\n"
            f"Daniel Okafor, Nigeria, 2021 SYNOPSIS {_STORY}\n",
            ("Daniel Okafor",),
        ),
        (  # the page's heading is the director's name, which a role noun credits
            "Source: https://news.example.com/culture/sofia-marin\nSofía Marín\n\n"
            "La directora Sofía Marín presenta esta semana su primera película en el festival "
            "de la ciudad. El film cuenta la historia de dos hermanas en un pueblo del norte.\n",
            ("Sofía Marín",),
        ),
    ],
)
def test_a_director_without_a_cue_word(text: str, directors: tuple[str, ...]) -> None:
    assert film_of(text).directors == directors


def test_names_in_parentheses_after_the_title() -> None:
    lines = ("Cinco estrenos.", "La casa (Marta Robles, Luis Gil)", "After Life (Wandafuru Raifu)")
    found = directorplaces.names_after_title(lines, ["La casa", "After Life"])
    # an original title in parentheses opens with no known given name
    assert found == [["Marta Robles", "Luis Gil"]]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Daniel Okafor, Nigeria, 2021 SYNOPSIS A fisherman", ["Daniel Okafor"]),
        ("IDIL IBRAHIM, 2018, SN|SÉNÉGAL, DCP", ["IDIL IBRAHIM"]),
        ("Lions For Lambs/ 2007, Odeon", []),  # a function word: a title
        ("The River, Nigeria, 2021", []),  # the film's own title
        ("Daniel Okafor, Nigeria", []),  # no year
        ("«Perros», Carolina Quezada, 77′, 2019: La adolescente", ["Carolina Quezada"]),
        ("The River Ciro Guerra | Colombia/Venezuela | 2015 | M", ["Ciro Guerra"]),
        ("Carolina Quezada, drama, 2019", []),  # a genre between: not a credit's facts
    ],
)
def test_a_name_before_the_country_and_year(line: str, names: list[str]) -> None:
    found = directorplaces.name_country_year_heads(
        (line,), frozenset({"the river", "perros"}), ["The River", "Perros"]
    )
    assert found == names


@pytest.mark.parametrize(
    ("block", "names"),
    [
        ("MARIE TREMBLAY (2022) – FICTION – 98 MINUTES", ["MARIE TREMBLAY"]),
        ("Le quai (2022) – FICTION – 98 MINUTES", []),  # the film's own title
        ("Marie Tremblay (2022)", []),  # nothing after: a filmography's entry
    ],
)
def test_a_name_opening_a_line_with_its_year(block: str, names: list[str]) -> None:
    assert directorplaces.name_year_lines(block, frozenset({"le quai"})) == names
