"""Language data completed: genre words of every standard genre, a language's second script,
the names and adjectives of historic states."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page
from indexer.extract.pages.genres import word_genres
from indexer.extract.pages.values import film_nationalities
from indexer.lang.base import in_both_scripts, stem_nationalities, transliterate
from indexer.normalize import country_name, nationality_country

_LETTERS = (("sh", "ш"), ("^e", "э"), ("e", "е"), ("k", "к"), ("r", "р"), ("a", "а"))


@pytest.mark.parametrize(
    ("word", "written"),
    [
        ("shakar", "шакар"),  # a letter group before its letters
        ("erkak", "эркак"),  # "e" at a word's start only
        ("kerak", "керак"),
        ("kar kar", "кар кар"),  # every word of a phrase
        ("kaz", "каz"),  # a letter without a pair is kept
    ],
)
def test_transliterate(word: str, written: str) -> None:
    assert transliterate(word, _LETTERS) == written


def test_in_both_scripts_keeps_the_first_script() -> None:
    assert in_both_scripts({"shakar": "Sugar"}, _LETTERS) == {
        "shakar": "Sugar",
        "шакар": "Sugar",
    }


@pytest.mark.parametrize(
    ("word", "genre"),
    [
        ("саргузашт", "Adventure"),  # Uzbek in Cyrillic, from the Latin "sarguzasht"
        ("қўрқинчли", "Horror"),  # "qo‘rqinchli"
        ("комедияда", "Comedy"),  # an ending in Cyrillic too
        ("кыска метраждуу", "Short"),  # Kyrgyz
        ("gysga metražly", "Short"),  # Turkmen
        ("کورتە فیلم", "Short"),  # Sorani
        ("mallongfilmo", "Short"),  # Esperanto
        ("vestri", "Western"),  # Icelandic
        ("ihmissuhde-elokuva", "Drama"),  # Finnish: a drama of relationships
        ("mistery", "Mystery"),  # as Indonesian pages spell it
    ],
)
def test_genre_words(word: str, genre: str) -> None:
    assert genre in word_genres(word)


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Sovětský svaz", "Soviet Union"),
        ("SSSR", "Soviet Union"),
        ("Neuvostoliitto", "Soviet Union"),
        ("Σοβιετική Ένωση", "Soviet Union"),
        ("Csehszlovákia", "Czechoslovakia"),
        ("Jugoszlávia", "Yugoslavia"),
        ("Tiệp Khắc", "Czechoslovakia"),
    ],
)
def test_historic_state_names(name: str, country: str) -> None:
    assert country_name(name) == country


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Soviet", "Soviet Union"),
        ("soviétique", "Soviet Union"),
        ("sowjetischen", "Soviet Union"),
        ("советского", "Soviet Union"),
        ("soviéticas", "Soviet Union"),  # Portuguese forms made from "soviético"
        ("neuvostoliittolaista", "Soviet Union"),  # Finnish "-lainen" of the name
        ("Սովետական", "Soviet Union"),
        ("tchécoslovaque", "Czechoslovakia"),
    ],
)
def test_historic_state_adjectives(word: str, country: str) -> None:
    assert nationality_country(word) == country


def test_historic_state_on_a_fact_line() -> None:
    page = (
        "Ivanovo detství\n\nRežie: Andrej Tarkovskij\n"
        "Sovětský svaz, 1962, 95 min\n\n"
        "Válečné drama o dvanáctiletém chlapci, který slouží jako zvěd.\n"
    )
    film = extract_page(page, "https://example.org/film/ivanovo-detstvi").films[0]
    assert film.countries == ("Soviet Union",)


def test_stem_nationalities_adds_every_ending() -> None:
    assert stem_nationalities("|e", US="amerikansk") == {"amerikansk": "US", "amerikanske": "US"}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Det er en britisk film fra 2019.", "britisk"),  # Danish
        ("Det är en amerikansk film.", "amerikansk"),  # Swedish
        ("Se on venäläinen elokuva.", "venäläinen"),  # Finnish
        ("Bu bir Alman filmi.", "Alman"),  # Turkish
    ],
)
def test_nationality_beside_the_word_for_film(text: str, word: str) -> None:
    assert film_nationalities(text) == [word]
