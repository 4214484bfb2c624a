"""Directors (session 37): what may stand between a director's role noun and the name — a
title of address ("g.", "Mr", "господин", stripped), the film the person made ("of the
film", "этого фильма"), a dash, a noun for a newcomer or a veteran ("debutant", "дебютант",
"veterano", with its endings) and a country or a nationality written with a capital."""

from __future__ import annotations

import pytest

from indexer.extract.pages.cues import mentions
from indexer.extract.pages.names import is_career_noun, person


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Na večeru bo prisoten tudi režiser filma g. Janez Novak, ki bo", "Janez Novak"),
        ("Na večeru bo prisoten režiser gospod Janez Novak.", "Janez Novak"),
        ("Said the director, Dr. Anna Smith, yesterday.", "Anna Smith"),
        ("Вчера режиссер картины господин Иван Петров сказал", "Иван Петров"),
    ],
)
def test_a_title_of_address_before_the_name(text: str, name: str) -> None:
    assert [m.name for m in mentions(text, "director_nouns")] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Итак. Режиссер этого фильма — дебютант Иван Петров снял", "Иван Петров"),
        ("El director de la película, el veterano Juan Ruiz, dijo", "Juan Ruiz"),
        ("Der Regisseur, Debütant Max Mustermann, sagt", "Max Mustermann"),
        ("salah satu sutradara perempuan Indonesia favorit saya, Siti Rahma. Film", "Siti Rahma"),
    ],
)
def test_the_film_a_dash_and_a_descriptor_before_the_name(text: str, name: str) -> None:
    assert [m.name for m in mentions(text, "director_nouns")] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The film was directed by veteran Ken Marsh.", "Ken Marsh"),
        ("La película fue dirigida por la novata Ana Ruiz.", "Ana Ruiz"),
    ],
)
def test_a_career_noun_after_directed_by(text: str, name: str) -> None:
    assert [m.name for m in mentions(text, "directed_by")] == [name]


@pytest.mark.parametrize(
    ("word", "career"),
    [
        ("debutant", True),
        ("дебютантом", True),
        ("Veteranin", True),
        ("Debiutantė", True),
        ("Vera", False),
        ("Novak", False),
    ],
)
def test_career_nouns_with_their_endings(word: str, career: bool) -> None:
    assert is_career_noun(word) is career


def test_a_career_noun_or_a_title_is_no_part_of_a_name() -> None:
    assert person("Debütant Max Mustermann") == "Max Mustermann"
    assert person("Dr George Marsh") == "George Marsh"


def test_an_initial_is_no_title_of_address() -> None:
    assert person("G. W. Pabst") == "G. W. Pabst"  # "g." is a Slovene title, "G." an initial


def test_the_name_read_first_is_kept_when_it_follows_the_noun() -> None:
    text = "režiser filma France Štiglic je bil"
    assert [m.name for m in mentions(text, "director_nouns")] == ["France Štiglic"]
