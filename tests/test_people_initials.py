"""A director named with an initial ("T.Kairys") and in full ("Tomas Kairys") is one person:
the full name gains the cut one's evidence."""

from __future__ import annotations

import pytest

from tests.page_support import film_of


@pytest.mark.parametrize(
    ("caption", "directors"),
    [
        ("Aktorė R.Onaitė, režisierius T.Kairys ir aktorė E.Linaitė.", ("Tomas Kairys",)),
        # another initial: another person, nothing pooled
        ("Aktorė R.Onaitė, režisierius A.Kairys ir aktorė E.Linaitė.", ("J.Petraitis",)),
    ],
)
def test_a_director_written_with_an_initial_and_in_full(
    caption: str, directors: tuple[str, ...]
) -> None:
    page = (
        "Source: https://news.example.lt/saule\n"
        "Saulė\n\n"
        "Režisierius J.Petraitis „Saulė“ premjeroje: kinas gyvas.\n"
        f"{caption}\n"
        "Į sceną išėjo visa kūrybinė grupė: režisierius Tomas Kairys, prodiuserė Ona Kim.\n"
    )
    assert film_of(page).directors == directors
