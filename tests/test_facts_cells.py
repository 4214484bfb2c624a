"""Years, countries and runtimes in cells and labelled rows of many shapes."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("България | 1978г | 107 минути | Драма", 1978),  # CLDR's "г" glued to the year
        ("Україна, 2019 р., 90 хв.", 2019),
        ("Lietuva, 2011 m., 95 min", 2011),
        ("Polska, 2011 r., 95 min", 2011),  # a module's own mark
        ("2011. g. Hrvatska, 90 min", 2011),
    ],
)
def test_a_year_with_the_abbreviated_word_for_year(line: str, year: int | None) -> None:
    from indexer.extract.pages.facts import line_facts

    facts = line_facts(line)
    assert (facts.years[0] if facts and facts.years else None) == year


@pytest.mark.parametrize(
    ("cell", "kind"),
    [("2011 r.", "year"), ("1978г", "year"), ("2011 rok", ""), ("2011 mm", "")],
)
def test_a_cell_of_a_year_and_its_mark(cell: str, kind: str) -> None:
    from indexer.extract.pages.facts import _kind

    assert _kind(cell) == kind


def test_the_year_marks_come_from_cldr_and_the_modules() -> None:
    from indexer.lang import year_marks

    marks = year_marks()
    assert {"г", "m", "р", "ж"} <= set(marks)  # CLDR's date patterns
    assert {"r", "g"} <= set(marks)  # Polish, Croatian: the modules'


@pytest.mark.parametrize(
    ("line", "countries"),
    [
        ("Country: France | Germany | USA", "France, Germany, USA"),
        ("Country:Australia | USA", "Australia, USA"),
    ],
)
def test_a_countries_label_whose_countries_are_the_row_cells(line: str, countries: str) -> None:
    from indexer.extract.pages.scan import scan

    entries, _ = scan((line,))
    assert [(e.field, e.value) for e in entries] == [("countries", countries)]


def test_a_row_of_other_cells_after_a_countries_label_stays_facts() -> None:
    from indexer.extract.pages.scan import scan

    entries, _ = scan(("Country: France | Drama | 2019",))
    assert [(e.field, e.value) for e in entries] == [
        ("countries", "France"),
        ("facts", "Drama"),
        ("facts", "2019"),
    ]


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("France-Sénégal", ["France", "Sénégal"]),  # hyphens join a co-production's countries
        ("Guinea-Bissau", ["Guinea-Bissau"]),  # one country's name
        ("Film finlandais, français", ["finlandais", "français"]),  # the word for film
    ],
)
def test_the_parts_of_a_labelled_country(value: str, parts: list[str]) -> None:
    from indexer.extract.pages.values import _country_parts

    assert _country_parts(value) == parts


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("Russian Federation", "Russia"),  # ISO 3166's formal names
        ("Syrian Arab Republic", "Syria"),
        ("Российская Федерация", "Russia"),
    ],
)
def test_formal_names_of_countries(name: str, english: str) -> None:
    from indexer.normalize import country_name

    assert country_name(name) == english


@pytest.mark.parametrize(
    ("block", "countries"),
    [
        # the sentence before the word for film names no nationality of the film's
        ("Il part travailler en France... Premier film marocain à Cannes.", ["marocain"]),
        ("She plans to quit Germany for good. The film's title refers to a song.", []),
        ("The hard-hitting Italian film opens today.", ["Italian"]),
    ],
)
def test_a_nationality_beside_the_word_for_film_in_its_own_sentence(
    block: str, countries: list[str]
) -> None:
    from indexer.extract.pages.values import film_nationalities

    assert film_nationalities(block) == countries


def test_a_byline_inside_a_run_of_facts() -> None:
    from indexer.extract.pages.facts import fact_runs

    line = "A landmark of American cinema. (Dir. by Charles Burnett, 1977, USA, 80 mins.)"
    facts = fact_runs(line)
    assert (facts.years, facts.countries, facts.runtimes) == ([1977], ["USA"], [80])


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        ("Super 8 (2011, Abrams)\n\nA review.", "Super 8", 2011),  # the director after the year
        ("Super 8 (2011)\n\nA review.", "Super 8", 2011),
        ("Gold Rush Days (The Other Name - 1961)\n\nA review.", "Gold Rush Days", 1961),  # dash
        ("Gold Rush Days (Ana Prova/Fra.-Ita./2004/ 95′)\n\nA review.", "Gold Rush Days", 2004),
        ("Gold Rush Days (1999/2012): a restored print.", "Gold Rush Days", 1999),  # the first
        ("Gold Rush Days (Ana Prova, 1988)\n\nA review.", "Gold Rush Days", 1988),
    ],
)
def test_a_year_in_parentheses_after_the_title(text: str, title: str, year: int) -> None:
    from indexer.extract.pages.evidence import Ballot
    from indexer.extract.pages.numbers import _after_name

    ballot = Ballot()
    _after_name(ballot, text, title, "after the title", 3.5)
    best = ballot.best()
    assert best is not None and int(best.value) == year


def test_a_french_runtime_in_mns() -> None:
    from indexer.normalize import parse_runtime

    assert parse_runtime("4mns") == 4


@pytest.mark.parametrize(
    ("value", "minutes"),
    [
        ("九百分鐘", 900),  # a number in characters before the unit
        ("一百二十分钟", 120),
        ("一百零五分", 105),
        ("兩個小時", 120),
        ("一二分", None),  # no number
    ],
)
def test_a_runtime_in_chinese_numerals(value: str, minutes: int | None) -> None:
    from indexer.normalize import parse_runtime

    assert parse_runtime(value) == minutes


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Миа Маккенна-Брюс. Хронометраж - 01:47. Рейтинг PG.", "01:47"),
        ("Сеанс. Время - 19:00", None),  # a time of day
        ("Réalisation : X – Durée : 1h 45min – France", "1h 45min"),
    ],
)
def test_a_runtime_label_inside_a_line(text: str, written: str | None) -> None:
    from indexer.extract.pages.numbers import _runtime_label

    match = _runtime_label().search(text)
    assert (match and (match.group(1) or match.group(2))) == written


def test_a_runtime_under_another_label_gives_way_to_the_runtime_label() -> None:
    from indexer.extract.pages import extract_page

    page = (
        "Whale Rider\n\nDirector: Niki Caro\nRunning Time: 101 minutes\n"
        "Discussion: 75 minutes\n\nA girl of the Whangara people longs to lead them."
    )
    film = extract_page(page, "whale.txt").films[0]
    assert film.runtime_minutes == 101


def test_a_short_label_for_minutes() -> None:
    from indexer.extract.pages.scan import scan

    entries, _ = scan(("Min.: 98",))
    assert [(e.field, e.value) for e in entries] == [("runtime", "98")]


@pytest.mark.parametrize(
    ("block", "countries"),
    [
        (
            "Филмът е съвместна продукция на Унгария, България, Холандия и Англия.",
            ["Унгария", "България", "Холандия", "Англия"],
        ),
        ("Il film, una coproduzione tra Italia e Francia, esce oggi.", ["Italia", "Francia"]),
        ("Фильм совместного производства России и Франции.", ["России", "Франции"]),
        ("Фильм о России и Франции.", []),  # no word of a co-production
    ],
)
def test_the_countries_of_a_coproduction(block: str, countries: list[str]) -> None:
    from indexer.extract.pages.values import coproduced

    assert coproduced(block) == countries


@pytest.mark.parametrize(
    ("name", "english"),
    [("Холандия", "Netherlands"), ("Англия", "England"), ("Englanti", "England")],
)
def test_short_names_of_countries_in_their_languages(name: str, english: str) -> None:
    from indexer.normalize import country_name

    assert country_name(name) == english


@pytest.mark.parametrize(
    ("block", "countries"),
    [
        ("The film is France’s submission to the Oscars.", ["France"]),
        ("Film, Türkiye’nin Oscar adayı oldu.", ["Türkiye"]),  # the Turkish genitive
        ("Film, Türkiye’de gösterildi.", []),  # a locative: shown in Turkey
    ],
)
def test_a_country_whose_award_entry_the_film_is(block: str, countries: list[str]) -> None:
    from indexer.extract.pages.values import entered

    assert entered(block) == countries


@pytest.mark.parametrize(
    ("sentence", "countries"),
    [
        (
            "1984, 145 minutes, Germany/France/UK, Directed by Wim Wenders",
            ["Germany", "France", "UK"],
        ),
        ("A film by Jem Cohen, USA, 2019.", []),  # a code alone in prose is no country
        (
            "By Cinema Guild English & German with English subtitles. Austria/USA. 106 min.",
            ["Austria", "USA"],  # the languages spoken are no nationalities
        ),
    ],
)
def test_countries_of_a_credit_sentence(sentence: str, countries: list[str]) -> None:
    from indexer.extract.pages.sentences import sentence_facts

    assert sentence_facts(sentence).countries == countries


def test_a_short_word_folded_to_a_country_code_is_no_country() -> None:
    from indexer.extract.pages.facts import line_facts

    facts = line_facts("Från 15 år. Längd 1 tim 31 min", strict=False)  # "år": a year
    assert facts is not None and facts.countries == [] and facts.runtimes == [91]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Deutschland, Japan 2023", True),
        ("1880", True),
        ("ISBN 9781234567", False),
        ("2150", False),
    ],
)
def test_a_year_anywhere_but_inside_a_longer_number(text: str, found: bool) -> None:
    from indexer.extract.pages.facts import YEAR_ANYWHERE

    assert (YEAR_ANYWHERE.search(text) is not None) is found
