"""Directors credited beside a runner-up of the title vote, strong credits only: when no cue
credits anyone beside the title the page's headline won ("Les sorties de la semaine…"), a line
that is a runner-up's own credit gives the directors ("Aftersun de Charlotte Wells", "Song of
the Sea (Tomm Moore, 2015)"); a name prose writes beside another film, a genitive or a
section's byline ("Críticas de A") gives none; a credit beside the chosen title wins."""

from __future__ import annotations

from unittest import mock

import pytest

from indexer.extract.pages import introduced, people
from indexer.extract.pages.titles import Title
from tests.page_support import film_of

_RADIO = (
    "Source: https://www.radiofrance.fr/franceinter/podcasts/les-sorties-cinema-de-la-semaine/"
    "les-sorties-cinema-de-la-semaine-du-samedi-04-fevrier-2023-2325272\n\n\n"
    "Les sorties de la semaine passées au crible par nos critiques préféré.e.s\n"
    "Aftersun de Charlotte Wells\n"
    "Avec mélancolie, Sophie se remémore les vacances d’été passées avec son père vingt ans "
    "auparavant : les moments de joie partagée, leur complicité, parfois leurs désaccords.\n"
    'Christine Masson : "Charlotte Wells a réussi à se remettre vraiment dans la peau de '
    "l'adolescente qu'elle était alors.\"\n"
)


def test_directors_beside_a_runner_up() -> None:
    film = film_of(_RADIO)
    assert film.title != "Aftersun"  # the headline won the title vote
    assert film.directors == ("Charlotte Wells",)


def test_no_director_without_the_runners_up() -> None:
    """Without reading the runners-up the page has no director: the credit is the runner's."""
    with mock.patch.object(people, "_runner_directors", lambda *_: []):
        assert film_of(_RADIO).directors == ()


def test_the_chosen_titles_credit_wins() -> None:
    """A credit beside the chosen title is kept; the runners-up are not read."""
    page = _RADIO.replace("Aftersun de Charlotte", "Les sorties de Ana Lind. Aftersun de Charlotte")
    with mock.patch.object(people, "_runner_directors", side_effect=AssertionError) as runner:
        film = film_of(page)
    assert film.directors == ("Ana Lind",)
    runner.assert_not_called()


@pytest.mark.parametrize(
    ("line", "title", "name"),
    [
        ("Aftersun de Charlotte Wells", "Aftersun", "Charlotte Wells"),
        (
            "Eva não dorme [Eva no duerme, Argentina, 2015], de Pablo Agüero (Pandora Filmes). "
            "Gênero: biografia.",
            "Eva não dorme",
            "Pablo Agüero",
        ),
        ("„Toni Erdmann“ von Maren Ade", "Toni Erdmann", "Maren Ade"),
        # a round-up's sentence goes on after the name: each of its films is written so
        (
            '"Otra vuelta de tuerca", de Floria Sigismondi, és una avorrida adaptació de la novela',
            "Otra vuelta de tuerca",
            None,
        ),
        # the title inside prose, not opening the line: another film the text cites
        (
            "l'hexagone a de quoi se défendre. Calvaire de Francis du Welz (2004)",
            "Calvaire",
            None,
        ),
        # no known given name opens it: a blog's or a company's name
        ("Lire la suite sur le blog de Saïdou Alceny BARRY", "Lire la suite sur le blog", None),
        ("Sal de Chile", "Sal", None),
    ],
)
def test_line_title_by(line: str, title: str, name: str | None) -> None:
    assert introduced.line_title_by(line, title) == name


@pytest.mark.parametrize(
    ("lines", "title", "directors"),
    [
        (("Tomm Moore", "Song of the Sea (Tomm Moore, 2015)", ""), "Tomm Moore", ["Tomm Moore"]),
        (("Les sorties", "Aftersun de Charlotte Wells"), "Les sorties", ["Charlotte Wells"]),
        # a section's word is no film: "Críticas de A" is a byline
        (("Sal", "Críticas de Wladimyr Valdivia"), "Sal", []),
        # a name of the vote is a film's, no director
        (("Close", "Close de Lukas Dhont"), "Close", []),
        # the chosen title after a dash is the film's own name, not its director
        (
            ("รีวิว ฮาวทูทิ้ง..ทิ้งอย่างไรไม่ให้เหลือเธอ - How To Ting",),
            "How To Ting",
            [],
        ),
    ],
)
def test_runner_directors(lines: tuple[str, ...], title: str, directors: list[str]) -> None:
    runners = {
        "Tomm Moore": ("Song of the Sea",),
        "Les sorties": ("Aftersun",),
        "Sal": ("Críticas",),
        "Close": ("Lukas Dhont", "Close"),
        "How To Ting": ("รีวิว ฮาวทูทิ้ง..ทิ้งอย่างไรไม่ให้เหลือเธอ",),
    }[title]
    found = Title(title, runners=runners)
    host = "numareview.blogspot.com"  # the address's host, as the extractor passes it
    assert people._runner_directors(lines, "\n".join(lines), found, host) == directors
