"""Years and countries in prose shapes of many languages (session 30)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Один съемочный день (Вышел в 1973)", 1973),  # a Russian release verb
        ("Der Film erschien 1994 in einer gekürzten Fassung.", 1994),
        ("Elokuva ilmestyi vuonna 1962 ja sai hyvän vastaanoton.", 1962),  # "vuonna": a year word
        ("من إخراج ربيع الجوهري وإنتاج مصطفى بوحلبة سنة 2022.", 2022),  # "سنة": a year word
        ("Película estrenada en 1987 en Madrid.", 1987),
        ("She was born in 1987 in Madrid.", None),  # no release word
    ],
)
def test_a_release_verb_before_the_year(text: str, year: int | None) -> None:
    from indexer.extract.pages.numbers import _released_in

    assert _released_in(text) == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("한국 최초의 스릴러 영화 1960년 개봉한 한국 최초의 스릴러 영화다.", 1960),  # glued to 년
        ("김기영 감독의 1960년 작가 데뷔", None),  # no release word after the year
    ],
)
def test_a_korean_release_word_after_the_year(text: str, year: int | None) -> None:
    from indexer.extract.pages.numbers import _released_after

    assert _released_after(text) == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("этим и только этим, на мой взгляд, замечательна картина 2011 года.", 2011),
        ("Це фільм 1965 року про війну.", 1965),
        ("Фильм получил приз в 2015 году.", None),  # in a year: not "of the year"
    ],
)
def test_the_film_word_then_a_year_of_the_year(text: str, year: int | None) -> None:
    from indexer.extract.pages.numbers import _from_year

    found = _from_year(text)
    assert (int(found.group(1) or found.group(2)) if found else None) == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("A 2011-es film a háborúról szól.", 2011),  # an ending on the year
        ("Tai 2011 m. filmas apie karą.", 2011),  # an abbreviated word for year
        ("Tā ir 2011. gada filma.", 2011),  # an ordinal's full stop
        ("Perempuan Tanah Jahanam pada 2020 lalu. Film garapan Joko Anwar", None),
    ],
)
def test_a_year_before_the_film_word(text: str, year: int | None) -> None:
    from indexer.extract.pages.numbers import _year_film

    found = _year_film().search(text)
    assert (int(found.group(1)) if found else None) == year


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("'Rams' Is A Weird Family Drama From Iceland\n", ["Iceland"]),
        ("Un drame de Pologne, tourné en hiver.\n", ["Pologne"]),
        ("A drama from the director of Rams\n", []),  # no country's name after "from"
    ],
)
def test_a_country_after_a_genre_word_and_from(text: str, countries: list[str]) -> None:
    from indexer.extract.pages.values import genre_nationalities

    assert genre_nationalities(text) == countries


def test_a_company_seat_after_a_comma_is_no_film_nationality() -> None:
    from indexer.extract.pages.values import film_nationalities

    text = (
        "It has enjoyed a 4K restoration by The Grainery, USA and Fixafilm, Poland, approved "
        "by the director.\n"
    )
    assert film_nationalities(text) == []
    assert film_nationalities("Un film du Burkina Faso sur la famille.\n") == ["Burkina Faso"]


@pytest.mark.parametrize(
    "text",
    [
        "A profoundly moving and very beautiful film - so much to think about.\n",
        "Nothing but praise for this film - It is deserving of its rating.\n",
        "Den här filmen [är] riktigt bra.\n",
    ],
)
def test_a_mark_alone_pairs_no_short_word_into_a_country(text: str) -> None:
    """A dash, a bar or brackets beside the word for film leave a short word ("so", "It",
    "är") alone, and a short word in lower case folds to no country's code."""
    from indexer.extract.pages.values import film_nationalities

    assert film_nationalities(text) == []


@pytest.mark.parametrize(
    ("line", "countries"),
    [("2022, 86min., NR", []), ("USA, 2019, 120 min, PG", ["USA"]), ("MA 2019 90 min", [])],
)
def test_a_ratings_letters_are_no_countrys_code(line: str, countries: list[str]) -> None:
    """ "NR", "PG", "MA" on a fact line are ratings, not Nauru, Papua New Guinea, Morocco."""
    from indexer.extract.pages import facts as fl

    facts = fl.line_facts(line)
    assert facts is not None and facts.countries == countries
