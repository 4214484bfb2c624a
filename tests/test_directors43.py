"""Directors (session 43): a name cut to the words the page writes alone elsewhere or to the
words before the film's title glued after it, a capitalised particle kept as a surname after
one given name, and the Thai and Lao vowel "am" typed as its two parts in a cue word."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page
from indexer.extract.pages.cues import mentions
from indexer.extract.pages.directorspans import before_title, repeated_part
from indexer.extract.pages.sentences import name_after


def _given(word: str) -> bool:
    return word in {"Kleber", "Nuri", "Ana", "Ola"}


@pytest.mark.parametrize(
    ("name", "block", "cut"),
    [
        # a heading's words after the name; the prose names her alone
        ("Ana Ruiz Speaks About", "Ana Ruiz Speaks About Her Film\nAna Ruiz was born.", "Ana Ruiz"),
        # a word before the name that is no given name
        ("Debutante Ola Nowak", "Debutante Ola Nowak won.\nOla Nowak said.", "Ola Nowak"),
        # a given name opening the name is never dropped
        (
            "Kleber Mendonça Filho",
            "Kleber Mendonça Filho.\nMendonça Filho said.",
            "Kleber Mendonça Filho",
        ),
        # a surname the page writes alone is no glued word, though a line ends before it
        (
            "Nuri Bilge Ceylan",
            "Nuri Bilge Ceylan'ın filmi.\nNuri Bilge\nCeylan dedi.",
            "Nuri Bilge Ceylan",
        ),
        # a start dropped only before a known given name
        (
            "Debutante Mira Nowak",
            "Debutante Mira Nowak won.\nMira Nowak said.",
            "Debutante Mira Nowak",
        ),
        # the shorter name written with the dropped word inflected after it: as read
        (
            "Dag Johan Haugerud",
            "Dag Johan Haugerud.\nDag Johan Haugeruds film.",
            "Dag Johan Haugerud",
        ),
        # the page never writes the shorter name alone: as read
        ("Ana Ruiz Speaks", "Ana Ruiz Speaks up.", "Ana Ruiz Speaks"),
    ],
)
def test_a_name_cut_to_the_words_the_page_writes_alone(name: str, block: str, cut: str) -> None:
    assert repeated_part(name, block, _given) == cut


@pytest.mark.parametrize(
    ("name", "titles", "cut"),
    [
        ("Sonje Prosenc Odrešitev", ["Odrešitev za začetnike"], "Sonje Prosenc"),
        ("Agnieszky Holland Šarlatán", ["Šarlatán"], "Agnieszky Holland"),
        ("Agnieszky Holland", ["Holland"], "Agnieszky Holland"),  # two words stay
        ("Ana Ruiz Torres", ["Toro"], "Ana Ruiz Torres"),  # no title's first words
    ],
)
def test_a_name_less_the_title_glued_after_it(name: str, titles: list[str], cut: str) -> None:
    assert before_title(name, titles) == cut


def test_a_capitalised_particle_after_one_given_name_is_a_surname() -> None:
    assert name_after("Mattie Do recently released a trailer.", 0) == "Mattie Do"
    # after a full name the particle opens the next words, as before
    assert name_after("Ruben Östlund De film", 0) == "Ruben Östlund"


def test_a_director_named_with_a_particle_surname() -> None:
    text = (
        "Source: https://example.org/a\nMovie news\n\n"
        "Director Mattie Do recently released a trailer."
    )
    film = extract_page(text, "a.txt").films[0]
    assert film.directors == ("Mattie Do",)


@pytest.mark.parametrize(
    "noun",
    [
        "ຜູ້ກຳກັບ",  # Lao, the vowel as one sign
        "ຜູ້ກ\u0ecd\u0eb2ກັບ",  # the same typed as its two parts
        "ผู้ก\u0e4d\u0e32กับ",  # Thai, typed as its two parts
    ],
)
def test_a_role_noun_whatever_way_its_am_is_typed(noun: str) -> None:
    assert [m.name for m in mentions(f"{noun} Anna Keller ໄດ້", "director_nouns")] == ["Anna Keller"]
