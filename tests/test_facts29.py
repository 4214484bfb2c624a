"""Years, countries and runtimes in shapes seen on pages of several sites (session 29)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page


def test_labelled_row_under_credits_after_a_blank_line_is_no_other_film() -> None:
    # "UK Distributor: BFI" between the cast and a bullet row of facts, blank lines between
    page = (
        "Latest Review – Manila in the Claws of Light (Blu-ray) (BFI)\n\n"
        "admin March 19, 2017 Comments Off on Latest Review – Manila in the Claws of Light\n"
        "  • Main Feature\n  • Image\n  • Audio\n  • Special Features\n\n\n"
        "Manila in the Claws of Light (Maynila, sa mga Kuko ng Liwanag)\n\n"
        "Director: Lino Brocka\n\n"
        "Cast: Bembol Roco, Hilda Koronel, Lou Salvador, Jr., Tommy Abuel\n\n"
        "UK Distributor: BFI\n\n"
        "Genre: Drama • Year: 1975 • Country: Philippines • Running Time: 126 minutes • "
        "Aspect Ratio: 1.85:1 • Language: Filipino (Tagalog) • Rating: PG\n\n"
        "Widely hailed as the most influential of all Filipino filmmakers, Lino Brocka directed "
        "sixty films in a career spanning just two decades.\n"
    )
    film = extract_page(page, "https://example.org/review/manila").films[0]
    assert (film.year, film.countries, film.runtime_minutes) == (1975, ("Philippines",), 126)


def test_inside_credits_looks_past_blank_lines() -> None:
    from indexer.extract.pages.resolve import _inside_credits
    from indexer.extract.pages.scan import Entry

    lines = (
        "Director: Lino Brocka",
        "",
        "Cast: Bembol Roco, Hilda Koronel",
        "",
        "UK Distributor: BFI",
    )
    entries = [
        Entry("directors", "Lino Brocka", 0, 0),
        Entry("cast", "Bembol Roco, Hilda Koronel", 2, 2),
        Entry("unknown", "BFI", 4, 4),
    ]
    assert _inside_credits(4, entries, lines)
    assert not _inside_credits(4, entries[2:], lines)


@pytest.mark.parametrize(
    ("line", "year"),
    [
        (", 2023 (Tuotanto: Sputnik)", 2023),  # after "Kuolleet lehdet" on its heading
        (" - 1968", 1968),  # after "A Pál Utcai Fiúk"
        (" – 2019.", 2019),
        (" 2049", None),  # "Blade Runner 2049": no separator, a part of the name
        (", 2023 in Helsinki", None),  # prose goes on after the year
    ],
)
def test_year_after_the_title_on_its_heading(line: str, year: int | None) -> None:
    from indexer.extract.pages.numbers import _YEAR_AFTER_HEADING

    match = _YEAR_AFTER_HEADING.match(line)
    assert (int(match.group(1)) if match else None) == year


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("The Housemaid (Hanyeo) 1960 년", 1960),
        ("하녀 1960년", 1960),
        ("Nayakan - 1987", 1987),
        ("Blade Runner 2049", None),
        ("1917", None),
    ],
)
def test_title_read_with_its_year(title: str, year: int | None) -> None:
    from indexer.extract.pages.numbers import _TITLE_ENDS_YEAR

    match = _TITLE_ENDS_YEAR.search(title)
    assert (int(match.group(1) or match.group(2)) if match else None) == year


def test_heading_of_name_and_year() -> None:
    page = (
        "Aki Kaurismäki: Kuolleet lehdet, 2023 (Tuotanto: Sputnik)\n\n"
        "Suomessa syrjitty ja niukissa oloissa elävä vähävarainen työväki on peräti harvoin "
        "nykyelokuvan aiheena. Ohjaaja Aki Kaurismäki on virkistävä poikkeus.\n"
    )
    film = extract_page(page, "https://example.org/blogi/kuolleet-lehdet").films[0]
    assert film.year == 2023


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ('الفيلم الوثائقي "ضايل عِنا عرض" (مصر، فلسطين) من إخراج مي سعد', ["مصر", "فلسطين"]),
        ("ノミネートされている。(2020年 アメリカ)", ["アメリカ"]),
        ("le film « Les Misérables » (France) de Ladj Ly", ["France"]),
        ("Leo (1984, Suomi) on", ["Suomi"]),
        ("born (Paris, 1970)", []),  # a city is no country
        ("the director (Japan) said", []),  # neither after a quoted name nor beside a year
    ],
)
def test_parenthesised_countries(text: str, countries: list[str]) -> None:
    from indexer.extract.pages.values import parenthesised_countries

    assert parenthesised_countries(text) == countries


@pytest.mark.parametrize(
    ("line", "runtimes"),
    [
        ("France, 2016, couleur, 2 h", [120]),  # whole hours beside the year
        ("Italia, 1998, 3 ore", [180]),
        ("1 oră în urmă", None),  # an hour ago: a news page's date, no fact line
        ("Actualizat 2 h", None),
    ],
)
def test_whole_hours_on_a_fact_line(line: str, runtimes: list[int] | None) -> None:
    from indexer.extract.pages import facts as fl

    facts = fl.line_facts(line)
    assert (facts.runtimes if facts else None) == runtimes
