"""Directors (session 41): the word for "by" before a name that a cast cue and a list of
names follow on the same line."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page, introduced
from indexer.extract.pages.cues import by_inside_lines, mentions


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a genre and a nationality before "de", the cast listed after "avec"
        (
            "Lundi 3 mars – 20h30\nDrame belge de Louise Martin avec Paul Roux, Anne Petit,"
            " Marc Blanc\n",
            ["Louise Martin"],
        ),
        # the country and the length before "von", no comma before "mit"
        ("AT 2019, 98 Min., von Jakob Huber mit Lena Maier, Tobias Berger\n", ["Jakob Huber"]),
    ],
)
def test_by_then_a_cast_list(text: str, found: list[str]) -> None:
    assert [m.name for m in by_inside_lines(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        # one name after the cue: a guest, not a cast
        "Screening introduced by Gayle Morton with Dana Reid.\n",
        # a description after the cue, no list of names
        "Eine Führung von Ewan Graf mit Hauptdarstellerin Sara Holm.\n",
    ],
)
def test_by_then_no_cast_list(text: str) -> None:
    assert by_inside_lines(text) == []


def test_cast_list_credit_makes_the_director() -> None:
    page = (
        "Source: https://cinema.example/film/les-vagues\nLes Vagues\n\nVendredi 9 mai – 20h30\n\n"
        "Comédie française de Louise Martin avec Paul Roux, Anne Petit, Marc Blanc\n\n"
        "Durée : 92 min\n"
    )
    film = extract_page(page, "page.txt").films[0]
    assert film.directors == ("Louise Martin",)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the possessor of a noun of a director's craft (the English module's craft_nouns)
        ("This is the film that made Anna Kowal’s reputation before her epics.", ["Anna Kowal"]),
        ("Pierre Lamarre’s output is always worth a look.", ["Pierre Lamarre"]),
        # a possessor of something else is no director
        ("The film rests on Anna Kowal’s performance.", []),
    ],
)
def test_possessor_of_a_craft_noun(text: str, found: list[str]) -> None:
    assert introduced.possessors(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Belarusian in the Latin alphabet (łacinka) and in the classical orthography
        ("Karcinu pradstaviać režysior Ivan Sidarčuk i akcory.", "Ivan Sidarčuk"),
        ("Сустрэча з рэжысэрам Іванам Сідарчуком адбудзецца ў суботу.", "Іванам Сідарчуком"),
    ],
)
def test_belarusian_spellings_of_the_role_noun(text: str, found: str) -> None:
    assert [m.name for m in mentions(text, "director_nouns")] == [found]
