"""A label of a language the modules lack, written before a name with no colon, is read as the
name's first word ("Regjia Lukas Dhont"); :func:`indexer.extract.pages.people.past_unknown_head`
cuts it when the page writes the rest of the name on its own elsewhere."""

from __future__ import annotations

import pytest

from indexer.extract.pages.people import past_unknown_head
from tests.page_support import film_of


@pytest.mark.parametrize(
    ("name", "block", "cut"),
    [
        # the rest written alone in the cast: the first word was a label's
        (
            "Bujogo Olivia Wilde",
            "Bujogo Olivia Wilde, US, 2022.\nCast: Florence Pugh, Olivia Wilde",
            "Olivia Wilde",
        ),
        # written only after that word: kept
        (
            "Bujogo Olivia Wilde",
            "Bujogo Olivia Wilde, US, 2022.\nBujogo Olivia Wilde",
            "Bujogo Olivia Wilde",
        ),
        # the first word a known given name: a name of three words
        ("Maria Luisa Bemberg", "Maria Luisa Bemberg\nLuisa Bemberg", "Maria Luisa Bemberg"),
        # the second word no known given name ("Kleber Mendonça Filho" written "Mendonça Filho")
        ("Kleber Mendonça Filho", "Kleber Mendonça Filho. Mendonça Filho", "Kleber Mendonça Filho"),
        # an initial, no label
        ("K. Tyler Johnston", "K. Tyler Johnston and Tyler Johnston", "K. Tyler Johnston"),
        # two words: nothing to cut
        ("Olivia Wilde", "Olivia Wilde", "Olivia Wilde"),
    ],
)
def test_past_unknown_head(name: str, block: str, cut: str) -> None:
    assert past_unknown_head(name, block) == cut


def test_a_director_after_a_label_without_a_colon() -> None:
    page = (
        "Source: https://kino.example.org/filmat/darling\n\nDon't Worry Darling\n\n"
        "Bujogo Olivia Wilde, US, 2022, 122 mins.\n\n"
        "Alice and Jack live in the idealised community of Victory, an experimental company town "
        "that houses the men who work on a top-secret project and their families.\n\n"
        "Luajtin: Florence Pugh, Olivia Wilde, Harry Styles, Chris Pine\n"
    )
    assert film_of(page).directors == ("Olivia Wilde",)
