"""Table tests of the genre, country and year cues added for pages of new sites: a genre word
glued to an inflected word for film, an Arabic two-word genre with its articles, Arabic nisba
adjectives, country names holding the word for "and", a quoted title cited with its year."""

from __future__ import annotations

import pytest

from indexer.extract.pages import genres as g
from indexer.extract.pages import numbers
from indexer.extract.pages import values as v
from indexer.normalize import split_countries


@pytest.mark.parametrize(
    ("word", "genres"),
    [
        ("toimintafilmissä", ["Action"]),  # Finnish: action film, in the inessive
        ("kauhuelokuvassa", ["Horror"]),
        ("dramafilmen", ["Drama"]),  # Scandinavian: the drama film
        ("akciófilmben", ["Action"]),  # Hungarian: in an action film
        ("екшна", ["Action"]),  # Ukrainian loanword, genitive
        ("экшна", ["Action"]),
        ("تشويقي", ["Thriller"]),  # Arabic nisba of "suspense"
        ("درامية", ["Drama"]),  # "دراما", its alif dropped before the nisba
        ("filmissä", []),
        ("attraction", []),
    ],
)
def test_word_genres(word: str, genres: list[str]) -> None:
    assert g.word_genres(word) == genres


@pytest.mark.parametrize(
    ("sentence", "genres"),
    [
        ("Lapin sotaan sijoittuvassa toimintafilmissä mies taistelee natseja vastaan.", ["Action"]),
        ("Презентація історичного екшна “Довбуш” очікується після перемоги", ["History", "Action"]),
        ("تسبب فيلم الخيال العلمي الأخير في انقسام النقاد", ["Science Fiction"]),
        ("وتدور أحداثه في إطار اجتماعي تشويقي حول امرأة", ["Thriller"]),
        # two genres, each with its article: only one genre of two words is read so
        ("من أفلام الجريمة والرعب", ["Crime"]),
    ],
)
def test_sentence_genres(sentence: str, genres: list[str]) -> None:
    assert g._sentence_genres(sentence) == genres


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("Bosnia and Herzegovina, Serbia", ["Bosnia and Herzegovina", "Serbia"]),
        ("Serbia, Bosnia and Herzegovina", ["Serbia", "Bosnia and Herzegovina"]),
        ("Хрватска, Босна и Херцеговина и Србија", ["Хрватска", "Босна и Херцеговина", "Србија"]),
        ("Trinidad and Tobago / UK", ["Trinidad and Tobago", "UK"]),
        ("France and Belgium", ["France", "Belgium"]),
    ],
)
def test_country_names_with_and(value: str, parts: list[str]) -> None:
    assert split_countries(value) == parts


def test_coproduction_with_bosnia() -> None:
    sentence = (
        "Филмот е копродукција на Македонија, заедно со партнери од Босна и Херцеговина, "
        "Хрватска, Србија и Црна Гора."
    )
    assert v.coproduced(sentence) == ["Босна и Херцеговина", "Хрватска", "Србија", "Црна Гора"]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ('Sessões de 2023\n\n"Close" (2022, Lukas Dhont):\nA muito antecipada segunda longa', 2022),
        ("«Sirāt» (2025) est le film", 2025),
        ('"Close" (2022-2023) foi exibido', None),
    ],
)
def test_quoted_year(text: str, year: int | None) -> None:
    match = numbers._QUOTED_YEAR.search(text)
    assert (int(match.group(1)) if match else None) == year
