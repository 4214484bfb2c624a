"""Fact runs in square brackets, spans of days in dates, a line of facts shaped like the
title's heading (session 27)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import facts as fl
from indexer.extract.pages.text import without_dates
from tests.page_support import BLURB, film_of


@pytest.mark.parametrize(
    ("line", "years", "countries"),
    [
        ("Rua Vazia [Calle vacía, Uruguay, 2011], de Ana Prado (Sol Filmes).", [2011], ["Uruguay"]),
        ("Le Mur [Die Mauer, Deutschland, 1999] de Kai Ott", [1999], ["Deutschland"]),
        ("Le Mur [version restaurée] de Kai Ott", [], []),
    ],
)
def test_a_run_of_facts_in_square_brackets(
    line: str, years: list[int], countries: list[str]
) -> None:
    run = fl.fact_runs(line)
    assert (run.years, run.countries) == (years, countries)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Festival of Lights, June 3-6, 1998", "Festival of Lights,"),
        ("Festival of Lights, June 3 – 6, 1998", "Festival of Lights,"),
        ("Screenings on March 12, 2001", "Screenings on"),
    ],
)
def test_a_span_of_days_is_one_date(text: str, left: str) -> None:
    assert without_dates(text).strip() == left


def test_a_festivals_days_are_no_fact_line() -> None:
    assert fl.line_facts("Norway Film Festival, June 3-6, 1998") is None


def test_a_line_of_facts_shaped_like_the_heading_is_the_films_own() -> None:
    page = (
        "• Blue Hours\n\n  • Mira Dalen / Norge/ 1994/ 88′\n  • Reparto: Ana Ruiz, Tomas Berg.\n"
        f"  • {BLURB}\n  • Lunes 3 de mayo 18:00 Teatro\n  • Red Days\n\n"
        "  • Olav Lie / Sverige/ 2001/ 101′\n"
    )
    film = film_of(page)
    assert (film.year, film.runtime_minutes, film.countries[:1]) == (1994, 88, ("Norway",))


def _year_with_runner(block: str, runner: str) -> int | None:
    from indexer.extract.pages.facts import Facts
    from indexer.extract.pages.numbers import year

    return year([], [], Facts(), Facts(), block, "Green Sky", None, None, (runner,))


def test_another_name_with_its_year_in_prose_alone_is_no_year() -> None:
    prose = (
        "Green Sky\n\nLike the director's earlier work Red Roofs (1986), the story follows "
        "two sisters who keep a mill running through a long and hard winter.\n"
    )
    assert _year_with_runner(prose, "Red Roofs") is None


def test_another_name_with_its_year_on_a_heading_gives_the_year() -> None:
    heading = "12) Red Roofs (1986) Film Review\n\nGreen Sky\n\nA quiet story.\n"
    assert _year_with_runner(heading, "Red Roofs") == 1986


@pytest.mark.parametrize(
    ("line", "years", "countries"),
    [
        ("Regi: Ola Berg (Svensk 1994) 1 t. 40 min.", [1994], ["Svensk"]),  # a nationality
        ("ノミネートされている。(2001年 フランス)", [2001], ["フランス"]),  # the year first
        ("He was born (Paris 1970) in a small flat.", [], []),  # a city is no country
        ("the film (Summer 2014) was shot in a week", [], []),
    ],
)
def test_a_parenthesis_of_a_year_and_a_country(
    line: str, years: list[int], countries: list[str]
) -> None:
    run = fl.fact_runs(line)
    assert (run.years, run.countries) == (years, countries)
