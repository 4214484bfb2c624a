"""A country written as a cell of a line of other facts, on a line a credit's label opens
(:mod:`indexer.extract.pages.countrycells`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages.countrycells import cell_countries, cell_genres
from indexer.extract.pages.values import coproduced, country_lists
from tests.page_support import film_of


@pytest.mark.parametrize(
    ("block", "countries"),
    [
        # after a director's label, beside a runtime
        ("Regie: Thomas Vinterberg, Denemarken, 116 MIN, Deens, 12+", ["Denemarken"]),
        # a region's code after the country, a year and a runtime
        ("Direção: Anna Muylaert | Brasil/SP, 2015, 110 min", ["Brasil"]),
        # a coproduction after a spaced dash, beside a year and a label
        (
            "2018 réžia: Radu Jude – Rumunsko/Francúzsko/Bulharsko",
            ["Rumunsko", "Francúzsko", "Bulharsko"],
        ),
        # sentences of facts: the country first, a label after
        ("Norge. Ingen fastsatt aldersgrense. Regi: Joachim Trier", ["Norge"]),
        # a script without spaces between cells' words, the year's sign after the year
        ("감독 홍상수 / 출연 김민희 / 프랑스 / 2013년", ["프랑스"]),
        # a capital I for a pipe
        ("2022 I 90’ I Colombia", ["Colombia"]),
        # a country in a sentence: no cell of its own
        ("She left Norway in 2021 to study film, 90 min from home.", []),
        # a country beside names only: no fact beside it
        ("Dan Bijvoet, Antonio Bolivar, Colombia", []),
        # a sentence's list of countries: a cell of many words
        (
            "Made with the support of a fund and a crew from Viet Nam, Singapore, Spain, "
            "France. Regie: Ana Lima",
            [],
        ),
        # a long line is prose, not a line of facts
        ("Regi: Joachim Trier, Norge, " + "and the words of a review go on " * 6, []),
        # codes in capitals only beside both a year and a runtime ("CC, AD": access services)
        ("Regie: Max Mustermann, IT", []),
        ("1hr 50mins // directed by:Debra Granik // CC, AD, Assisted Listening", []),
        ("Max Mustermann, USA, 2019", []),
        ("Max Mustermann, USA, 2019, 95 min", ["USA"]),
        # the value of a credit's label is a name, whatever a language calls a country
        ("Cast: Suriya, Manikandan, Lijo Mol Jose, 2021", []),
        # a parenthesis inside a word parts no cell
        ("Editeur(s)France : Warner / Wild Bunch, 2023.", []),
        # a parenthesis around the facts
        ("The Film (Norway: Joachim Trier, 2021)", ["Norway"]),
    ],
)
def test_cell_countries(block: str, countries: list[str]) -> None:
    assert cell_countries(block) == countries


def test_a_country_after_a_directors_label() -> None:
    page = (
        "Source: https://bios.example.nl/film/druk\n\nDruk\n\n"
        "Regie: Thomas Vinterberg, Denemarken, 116 MIN, Deens, 12+\n\n"
        "Vier leraren beginnen een experiment: ze willen bewijzen dat het leven beter wordt met "
        "een constant alcoholpromillage in het bloed.\n"
    )
    assert film_of(page).countries == ("Denmark",)


def test_the_japanese_label_of_a_production_country_written_with_another_character() -> None:
    page = (
        "Source: https://eiga.example.jp/movie/keiko\n\nケイコ 目を澄ませて\n\n"
        "制作国:日本\n上映時間:99分\n\n"
        "嘘がつけず愛想笑いが苦手なケイコは、再開発が進む下町の小さなボクシングジムで鍛錬を重ねる。\n"
    )
    assert film_of(page).countries == ("Japan",)


def test_a_country_alone_on_a_line_beside_a_credits_label() -> None:
    page = (
        "Source: https://reviews.example.com/category/countries/south-africa\n"
        "Die Kandidaat (1968)\n\n"
        "More than fifty years after its release, the film has lost none of its bravery and its "
        "razor-sharp look at a nation that would rather not look at itself.\n\n"
        "South Africa\n4.5*\n\nDirector:\nJans Rautenbach\n\nScreenwriters:\nJans Rautenbach\n"
    )
    assert film_of(page).countries == ("South Africa",)


def test_a_country_alone_on_a_line_without_credits_beside_it() -> None:
    page = (
        "Source: https://reviews.example.com/films/die-kandidaat\n"
        "Die Kandidaat (1968)\n\n"
        "More than fifty years after its release, the film has lost none of its bravery and its "
        "razor-sharp look at a nation that would rather not look at itself.\n\n"
        "South Africa\n4.5*\n\nShare this review with a friend who likes old films.\n"
    )
    assert film_of(page).countries == ()


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        # the word for a coproduction with another ending than "produc" (Portuguese, Italian)
        (
            "Um filme de Miguel Gomes, co-produzido entre Portugal, Alemanha, Brasil e França.",
            ["Portugal", "Alemanha", "Brasil", "França"],
        ),
        ("Un film coprodotto da Italia e Svizzera.", ["Italia", "Svizzera"]),
        # a name with the word for "and" inside it stays one
        (
            "It is a co-production of France, Bosnia and Herzegovina and Italy.",
            ["France", "Bosnia and Herzegovina", "Italy"],
        ),
    ],
)
def test_coproduced(sentence: str, countries: list[str]) -> None:
    assert coproduced(sentence) == countries


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        # the last of three after the word for "and"
        (
            "A crew that came from Portugal, Alemanha, Brasil e França worked on it.",
            ["Portugal", "Alemanha", "Brasil", "França"],
        ),
        ("Partners from France, Belgium and Italy.", ["France", "Belgium", "Italy"]),
        # two countries are no list
        ("She travelled from France and Belgium.", []),
    ],
)
def test_country_lists(sentence: str, countries: list[str]) -> None:
    assert country_lists(sentence) == countries


def test_a_column_of_countries_under_a_countrys_label() -> None:
    page = (
        "Source: https://kino.example.org/film/the-film\n\nThe Film\n\n"
        "Director:\nAna Lima\nCountry:\nFrance\nGermany\nRuntime:\n95 min\n\n"
        "A young woman returns to her village after many years and finds that nothing is as she "
        "remembered it.\n"
    )
    assert film_of(page).countries == ("France", "Germany")


def test_a_countrys_label_run_into_its_value_in_a_script_without_spaces() -> None:
    page = (
        "Source: https://th.example.org/wiki/the-film\n\nลุงบุญมีระลึกชาติ\n\n"
        "กำกับอภิชาติพงศ์ วีระเศรษฐกุล\nความยาว114 นาที\nประเทศไทย\nภาษาไทย\n\n"
        "ลุงบุญมีป่วยเป็นโรคไตวายและกลับไปใช้ชีวิตช่วงสุดท้ายที่บ้านในชนบทกับครอบครัวของเขา\n"
    )
    film = film_of(page)
    assert (film.countries, film.runtime_minutes) == (("Thailand",), 114)


@pytest.mark.parametrize(
    ("block", "genres"),
    [
        # a lower-case genre word at the end of a line of facts opened by a credit's label
        ("Regie: Charlotte Wells, 2023, VK, 98 min, drama", ("Drama",)),
        ("Komedie / ČR / 2020 / 97 min.", ("Comedy",)),
        # without a year and a runtime both, the line is no line of facts
        ("Regie: Charlotte Wells, 98 min, drama", ()),
        ("She loved the drama, 2020, and the rest", ()),
        # a cell right after a credit's label is its value, a name
        ("Cast: Drama Smith, 2021, 90 min", ()),
    ],
)
def test_cell_genres(block: str, genres: tuple[str, ...]) -> None:
    assert cell_genres(block) == genres


def test_a_genre_at_the_end_of_a_line_of_facts() -> None:
    page = (
        "Source: https://filmhuis.example.nl/film/aftersun\n\nAftersun\n\n"
        "Regie: Charlotte Wells, 2023, VK, 98 min, drama\n\n"
        "Sophie kijkt terug op de vakantie die ze twintig jaar eerder met haar vader in Turkije "
        "doorbracht, en op wat ze toen nog niet begreep.\n"
    )
    assert film_of(page).genres == ("Drama",)
