"""Directors credited beside a runner-up of the title vote: when no cue credits anyone beside
the title the page's headline won ("Les sorties de la semaine…"), the cues beside the vote's
runners-up are read ("Aftersun de Charlotte Wells"); a credit beside the chosen title wins."""

from __future__ import annotations

from unittest import mock

from indexer.extract.pages import people
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
