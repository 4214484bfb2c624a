"""Table tests of two year cues: a year written close to a runtime on one line of facts, and a
year alone under the title in brackets or with a full stop."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page
from indexer.extract.pages import numbers as nb

STORY = "\n\nTwo brothers cross the mountains in winter to find their father, who left long ago."


def _year(text: str) -> int | None:
    films = extract_page(text + STORY, "test").films
    return films[0].year if films else None


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("Drama / Komedie Česko / Slovensko, 2017, 115 min Režie: Jan Hřebejk", 2017),
        ("(2022: Cert.12: Drama: 95 mins)", 2022),
        ("(France, 1967) 124 minutes. Introduced by a member of the club", 1967),
        ("Türkiye / 2014 / Renkli / 196´", 2014),
        # two years on the line: a span or a second film, left alone
        ("2022-2023 Season, 95 mins", None),
        ("(2019, 95 min) remade in 2021", None),
        # a year far from the runtime is no fact of it
        (
            "In 2019 the director, after a long and difficult shoot in the mountains, "
            "cut it to 95 min",
            None,
        ),
        # no runtime
        ("Drama / Komedie Česko / Slovensko, 2017", None),
    ],
)
def test_year_by_runtime(line: str, year: int | None) -> None:
    assert nb._year_by_runtime(line) == year


@pytest.mark.parametrize(
    ("page", "year"),
    [
        ("--- Y KANT GoRAN RiTE? ---\n[1967]\n\nBAREFOOT IN THE PARK\nUSA\ndir: Gene Saks", 1967),
        ("30.9.14\n\nThe Longest Week\n\n2014.\nrežija: Peter Glanz\nscenario: Peter Glanz", 2014),
        (
            "Friday 16th June – THE QUIET GIRL\n\n(2022: Cert.12: Drama: 95 mins)\n\n"
            "Doors open 7.30pm",
            2022,
        ),
    ],
)
def test_year_beside_title(page: str, year: int) -> None:
    assert _year(page) == year


@pytest.mark.parametrize(
    ("text", "offset", "common"),
    [
        ("‘นางนาก’ (2542)", 543, "‘นางนาก’ (1999)"),
        ("ฉายเมื่อ ปี 2553", 543, "ฉายเมื่อ ปี 2010"),
        # a price with a thousands separator, a span, a year already of the common era
        ("2,500 บาท 2553-2554 2019", 543, "2,500 บาท 2553-2554 2019"),
        ("ឆ្នាំ 2562", 544, "ឆ្នាំ 2018"),
    ],
)
def test_common_years(text: str, offset: int, common: str) -> None:
    assert nb._common_years(text, offset) == common


def test_buddhist_era_year_of_a_thai_page() -> None:
    page = (
        "นางนาก\n\nบนเส้นทางประวัติศาสตร์หนังไทย มีหนังหลายเรื่องที่ได้รับการยกย่องว่าเป็นหนังดี\n\n"
        "‘นางนาก’ (2542)\nกำกับโดย นนทรีย์ นิมิบุตร"
    )
    assert _year(page) == 1999
