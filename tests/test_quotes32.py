"""Quote shapes of session 26 (quotes32): a critics' list signed only by dates."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.datelines import is_date_line

_DATED_LIST = (
    "Heat Reviews\n"
    "A city of glass and sodium light where two obsessive men circle each other for hours.\n"
    "| Apr 11, 2025\n"
    "The heist sequences remain the benchmark for every crime picture made since then.\n"
    "| Original Score: 4/5 | Sep 3, 2024\n"
    "Overlong and self-serious, though the coffee-shop scene earns every minute of it.\n"
    "| Original Score: B+ | May 15, 2024\n"
    "A sprawling, melancholy epic about work, loneliness and the price of discipline.\n"
    "| Jan 3, 2024\n"
)


def test_excerpts_each_over_its_date_are_quotes() -> None:
    found = quotes(_DATED_LIST)
    assert [(t[:20], c, o) for t, c, o in found] == [
        ("A city of glass and ", None, None),
        ("The heist sequences ", None, None),
        ("Overlong and self-se", None, None),  # "Original Score" is no critic
        ("A sprawling, melanch", None, None),
    ]


def test_two_dated_paragraphs_are_posts_not_a_list() -> None:
    body = "\n".join(_DATED_LIST.split("\n")[:5])
    assert quotes(body) == []


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("| Apr 11, 2025", True),
        ("| Original Score: 3/5 | Sep 3, 2024", True),
        ("Dezember 31, 2015", True),
        ("Posted Dec 4, 2019", True),
        ("March 3, 2019 at 4:15 pm", False),  # a comment's posting time
        ("Sortie le 12 mai 2021 au cinéma", False),
        ("Read more", False),
    ],
)
def test_date_line(line: str, want: bool) -> None:
    assert is_date_line(line) is want


def test_outlet_read_up_to_a_joining_word_is_completed() -> None:
    body = (
        "Reviews from the festival are warm. The Globe and Mail believes the film succeeds in "
        "“holding its nerve for three hours without a single wasted scene,” and others agree.\n"
    )
    found = quotes(body)
    assert [(t[:20], o) for t, _, o in found] == [("holding its nerve fo", "The Globe and Mail")]
