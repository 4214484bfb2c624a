"""Table tests for a generic word as a title: a genre's name, the word for film or a site's
section heading a page ("Drama", "Filmlexikon") loses to a candidate that names the film,
unless the page quotes it as a name. Snippets adapted from pages of several sites."""

from __future__ import annotations

import pytest
from page_support import voted_title

from indexer.extract.pages import titlevote


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        (  # a genre over the facts, the name only in the address
            "Drama | BR Deutschland 1982 | 97 Minuten\n\nRegie: Gábor Altorjay\n\n"
            "Ein sowjetischer Matrose macht sich in Hamburg auf die Suche nach seinem Bruder.\n"
            "Drama",
            "https://www.example.de/film/details/37826/tscherwonez",
            "Tscherwonez",
        ),
        (  # a genre in French over the film's heading further down
            "Comédie musicale\nRocketman\nRocketman de Dexter Fletcher\n"
            "Comédie musicale, Royaume-Uni, 2019, 2h01",
            "https://www.example.fr/films/rocketman",
            "Rocketman",
        ),
        (  # a film called by the word for film, quoted twice: a name all the same
            "عرض فيلم «فيلم» في الكويت\nشاهد الجمهور «فيلم» للمخرج محمد أشاور أمس.",
            None,
            "فيلم",
        ),
    ],
)
def test_generic_word_loses(text: str, url: str | None, expected: str) -> None:
    assert voted_title(text, url) == expected


def test_generic_marks() -> None:
    assert titlevote._is_generic({"film_or_review_word", "heading"})
    assert not titlevote._is_generic({"film_or_review_word", "quoted"})
    assert not titlevote._is_generic({"heading"})


@pytest.mark.parametrize(
    ("url", "body", "expected"),
    [
        (  # the page writes the name with its number: the number stays
            "https://www.example.com/ca/estiu-1993/",
            "Estiu 1993, de Carla Simón, una nena de sis anys.",
            ["estiu", "1993"],
        ),
        (  # a year the page never writes after the name: cut
            "https://www.example.is/rams-2015",
            "Rams is a film by Grímur Hákonarson (2015).",
            ["rams"],
        ),
    ],
)
def test_number_written_with_the_name(url: str, body: str, expected: list[str]) -> None:
    from indexer.extract.pages import titles

    assert titles.with_written_number(titles.slug_words(url), url, body) == expected
