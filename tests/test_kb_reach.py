"""Table tests of what :mod:`bench.kb_reach` counts as known to the catalogues."""

from __future__ import annotations

import pytest

from bench.kb_reach import Known, knows
from indexer.normalize import key

KNOWN = Known(
    years={key("Wake in Fright"): {1971}, key("Rams"): {2015}},
    directors={key("Ted Kotcheff")},
    people={key("Ted Kotcheff"), key("Gary Bond"), key("Donald Pleasence")},
)


@pytest.mark.parametrize(
    ("label", "field_name", "expected"),
    [
        ({"title": "Wake in Fright"}, "title", True),
        # an alternative title the catalogues know counts, folded
        ({"title": "Outback", "alt_titles": ["WAKE IN FRIGHT"]}, "title", True),
        ({"title": "Hrútar"}, "title", False),
        ({"title": "Rams", "year": 2015}, "year", True),
        ({"title": "Rams", "year": 2016}, "year", False),
        ({"directors": ["Grímur Hákonarson", "Ted Kotcheff"]}, "directors", True),
        ({"directors": ["Grímur Hákonarson"]}, "directors", False),
        # two known actors, or the only one listed
        ({"cast": ["Gary Bond", "Donald Pleasence", "Chips Rafferty"]}, "cast", True),
        ({"cast": ["Gary Bond", "Chips Rafferty"]}, "cast", False),
        ({"cast": ["Gary Bond"]}, "cast", True),
        ({"cast": []}, "cast", False),
    ],
)
def test_what_the_catalogues_know(
    label: dict[str, object], field_name: str, expected: bool
) -> None:
    assert knows(KNOWN, label, field_name) is expected
