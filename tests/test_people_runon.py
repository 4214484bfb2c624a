"""A labelled directors' value on a run-on credit line ends at its sentence's end: the cast
that follows after a full stop is no director."""

from __future__ import annotations

import pytest

from tests.page_support import film_of


@pytest.mark.parametrize(
    ("credit", "directors"),
    [
        (
            "(Chile/2019). Guión y dirección: Ana Ruiz. Con Marta Gil, Pedro Sanz Luis Vega y "
            "Eva Mora. Fotografía: Juan Ros.",
            ("Ana Ruiz",),
        ),
        ("Regie: Dr. Hans Weber", ("Dr Hans Weber",)),  # an abbreviation, not a stop
        ("Dirección: A. Ruiz. Con Marta Gil y Eva Mora.", ("A. Ruiz",)),  # an initial
    ],
)
def test_a_labelled_director_ends_at_the_sentence_end(
    credit: str, directors: tuple[str, ...]
) -> None:
    page = (
        "Source: https://cine.example.ar/critica-el-pozo\n"
        "El pozo\n\n"
        f"{credit}\n\n"
        "Una familia pasa el verano en una casa de campo junto a una pileta abandonada.\n"
    )
    assert film_of(page).directors == directors
