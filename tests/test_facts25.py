"""Table tests of session 25's fact readers: runs of facts parted by an unspaced dash, runtime
units from CLDR in every language module's language, and the years of a language's own
calendar kept as written."""

from __future__ import annotations

import pytest

from indexer.extract.pages import facts as fl
from indexer.extract.pages import numbers
from indexer.normalize import nationality_country, parse_runtime


@pytest.mark.parametrize(
    ("line", "years", "countries"),
    [
        # an em dash without spaces ends the run before the credits
        ("(Italy/1966—directed by Gillo Pontecorvo)", [1966], ["Italy"]),
        # a hyphen joins the country and the year inside the parentheses
        ("Moderato Cantabile (Francia-1960) de Peter Brook, c/Jeanne Moreau.", [1960],
         ["Francia"]),
        # a range of years is no country and year
        ("Lino Ventura (1919–1987) y Jean-Paul Belmondo", [], []),
    ],
)  # fmt: skip
def test_a_run_parted_by_an_unspaced_dash(
    line: str, years: list[int], countries: list[str]
) -> None:
    run = fl.fact_runs(line)
    assert (run.years, run.countries) == (years, countries)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Durata 96 de minute", 96),  # Romanian writes "de" before the unit from twenty on
        ("Lengd: 95 mínútur", 95),
        ("Thời lượng: 1 tiếng 52 phút", 112),  # Vietnamese "tiếng", the hour
        ("Sýningartími 1 klukkustund 45 mín", 105),
        ("Trukme: 104 minūtes", 104),
    ],
)
def test_runtime_units_from_cldr(text: str, minutes: int) -> None:
    assert parse_runtime(text) == minutes


def test_a_persian_solar_year_in_parentheses_after_the_title() -> None:
    block = (
        "فیلم مرثیه برف (1383)\nکارگردان: یک نام\n"
        "این فیلم درباره یک خانواده است و داستان آن در زمستان می‌گذرد."
    )
    found = fl.Facts()
    year = numbers.year([], [], found, found, block, "فیلم مرثیه برف", None, None)
    assert year == 1383


def test_a_labelled_persian_solar_year() -> None:
    block = "سال تولید : ۱۳۸۳\nاین فیلم درباره یک خانواده است و داستان آن در زمستان می‌گذرد."
    found = fl.Facts()
    assert numbers.year(["۱۳۸۳"], [], found, found, block, "در به در", None, None) == 1383


def test_no_solar_year_on_a_page_in_another_language() -> None:
    block = "The Film (1383)\nA story of a family in the winter of a small town, told slowly."
    found = fl.Facts()
    assert numbers.year([], [], found, found, block, "The Film", None, None) is None


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("ভারতীয়", "India"),  # the Sanskrit "-īya" in Bengali, Hindi, Gujarati, Kannada
        ("भारतीय", "India"),
        ("ભારતીય", "India"),
        ("ಭಾರತೀಯ", "India"),
        ("ইতালীয়", "Italy"),
        ("suomalainen", "Finland"),  # the Finnish "-lainen" in any case
        ("ranskalaista", "France"),
        ("italialaisessa", "Italy"),
        ("kotimainen", None),  # "domestic": no country's name before the ending
        ("kaupallinen", None),
    ],
)
def test_a_nationality_made_by_an_ending(word: str, country: str | None) -> None:
    assert nationality_country(word) == country


def test_the_year_on_the_fact_line_under_the_titles_heading() -> None:
    # a programme of two films: the facts under the film's own heading are its own
    block = (
        "Diary of an African Nun\n\nU.S., 1977\n\nA nun in Uganda weighs the emptiness she "
        "finds.\n\nDaughters of the Dust\n\nU.S./Germany, 1991\n\nJulie Dash's masterpiece "
        "recreates a long-marginalized part of American history.\n"
    )
    found = fl.Facts(years=[1977, 1991])
    assert (
        numbers.year([], [], found, fl.Facts(), block, "Daughters of the Dust", None, None) == 1991
    )


def test_a_line_the_title_opens_is_no_heading() -> None:
    # "Oppenheimer, 2023. …" is an entry of a list, not the film's heading over its facts
    block = "Oppenheimer, 2023. Christopher Nolan, 180 min. US/UK\nNext film\n"
    assert numbers.facts_under_title(block, "Oppenheimer") is None


def test_a_quoted_titles_line_that_ends_with_its_year() -> None:
    block = (
        '"Concierto macabro" de John Brahm, 1945.\n\nLa película está basada en otra novela de '
        'Patrick Hamilton "Hangover Square" (1941), y digo otra.\n'
    )
    found = fl.Facts()
    assert numbers.year([], [], found, found, block, "Concierto macabro", None, None) == 1945


def test_a_run_in_the_next_entrys_prose_is_not_the_titles_facts() -> None:
    block = (
        "Alexander (2004) on IMDb\n"
        "Locandina Crocevia della morteUn film di Joel Coen. Drammatico, USA, 1990, 115 min.\n"
    )
    assert numbers.facts_under_title(block, "Alexander") is None


def test_the_runtime_under_the_titles_heading() -> None:
    block = (
        "Eighth Grade\n(USA 2018) 93 min\nDirected by Bo Burnham\n\nSeptember 20, 2018\n"
        "Disobedience\n(UK, Ireland, USA 2017) 114 min\nDirected by Sebastián Lelio\n"
    )
    found = fl.Facts(years=[2018, 2017], runtimes=[114, 93])
    assert numbers.runtimes([], found, fl.Facts(), block, None, "Eighth Grade")[0] == 93


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Днями відбулася прем'єра української стрічки Дмитра Мойсєєва", "Ukraine"),
        ("তালিকায় ভারতীয় সিনেমা হিসেবে জায়গা করে নিয়েছে", "India"),
        ("Canadian filmmaker Ted Kotcheff picked up the novel", None),
    ],
)
def test_a_nationality_beside_the_word_for_film_in_any_case(text: str, country: str | None) -> None:
    from indexer.extract.pages.values import _country_english, film_nationalities

    found = [_country_english(w) for w in film_nationalities(text)]
    assert found == ([country] if country else [])
