"""Countries: a nationality that is a person's, a word on another line or a quoted name's
word is no country of the film; a genre word and a nationality pair within one phrase."""

from __future__ import annotations

import pytest

from indexer.extract.pages.values import film_nationalities, genre_nationalities


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # the maker's nationality, beside a director's role noun or "film director"
        ("A new film by the Chilean director Ana Soto.\n", []),
        ("Chega hoje o filme do realizador chileno Pedro Lagos ao cinema.\n", []),
        ("Un film di Jacques Morel, girato in montagna.\n", []),
        # a line break ends the phrase: a language's name on the line above is no nationality
        ("Subtitles: Full Spanish\n\nA quiet piece of cinema about grief.\n", []),
        # still read: a nationality beside the word for film
        ("Un film chileno sobre la memoria.\n", ["chileno"]),
        ("the South African award-winning film about a boxer\n", ["South African"]),
    ],
)
def test_film_nationalities_not_people(text: str, countries: list[str]) -> None:
    assert film_nationalities(text) == countries


def test_film_nationalities_not_inside_quoted_name() -> None:
    assert film_nationalities('Він знімав стрічки "Польські канікули" та інші.\n') == []
    # a word between the word for film and the name is still read
    assert film_nationalities("Película chilena «La Casa» gana en Lima.\n") == ["chilena"]
    # and a nationality written after the name
    assert film_nationalities('عرض فيلم "البحر" المغربي، في المهرجان.\n') == ["المغربي"]


def test_genre_nationalities_one_phrase() -> None:
    assert genre_nationalities("A tense and moving drama\n\nKenya opens the festival\n") == []
    assert genre_nationalities("A tense Kenyan drama about a family\n") == ["Kenyan"]
