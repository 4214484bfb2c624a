"""A director's name without the role label a line writes before it, and whole with its
generation ("Filho") when the page also writes it without."""

from __future__ import annotations

import pytest

from indexer.extract.pages.people import past_role_label
from tests.page_support import film_of


@pytest.mark.parametrize(
    ("name", "tidy"),
    [
        ("Co-Writer/Director Ana Ruiz", "Ana Ruiz"),  # roles joined, the director's last
        ("PozoDir. Ana Ruiz", "Ana Ruiz"),  # the label glued to the title before it
        ("Regie Hans Weber", "Hans Weber"),
        ("Ana Ruiz", "Ana Ruiz"),
        ("Writer/Producer Ana Ruiz", "Writer/Producer Ana Ruiz"),  # no director's label
        ("Director Ruiz", "Director Ruiz"),  # one word left: no name
    ],
)
def test_a_leading_directors_label_is_no_part_of_the_name(name: str, tidy: str) -> None:
    assert past_role_label(name) == tidy


def test_a_name_keeps_its_generation() -> None:
    page = (
        "Source: https://jornal.example.br/cultura/o-pocao\n"
        "O Poção\n\n"
        "O filme O Poção tem sessão gratuita. Seu diretor, o pernambucano João Silva Filho, "
        "estará no cinema.\n\n"
        "O cineasta João Silva dirige o filme O Poção. Foto: João Silva\n\n"
        "O Poção tem direção e roteiro de João Silva Filho. No elenco, Ana Lima, Rui Costa.\n"
    )
    assert film_of(page).directors == ("João Silva Filho",)
