"""Quotes of session 30 (quotes30): an aggregator's source blocks with a score and a date, dotted
dates, a source titled as the film's director, a quotation cut off with the page."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.datelines import is_date_line
from indexer.extract.pages.quotes.marks import closed_at_cut

#: an aggregator's critics tab: score, critic, outlet, maybe the review's date, then the text
SCORED = (
    "85\n"
    "Maria Lindqvist\n"
    "Nordic Screen Weekly\n"
    "2023-11-20\n"
    "A patient, luminous drama that trusts its actors and lets every silence do its work.\n"
    "70\n"
    "Jonas Berglund\n"
    "CINEVUE\n"
    "A handsome film whose second half loses the tension the first half builds so well.\n"
)


def test_a_score_over_a_critic_and_an_outlet_rates_the_text_below() -> None:
    found = quotes(SCORED)
    assert ("A handsome film whose second half", "Jonas Berglund", "CINEVUE") in [
        (t[:33], c, o) for t, c, o in found
    ]


def test_a_date_between_the_source_and_the_text_is_part_of_the_source_block() -> None:
    found = quotes(SCORED)
    assert ("A patient, luminous drama", "Maria Lindqvist", "Nordic Screen Weekly") in [
        (t[:25], c, o) for t, c, o in found
    ]


def test_a_date_under_a_text_still_parts_it_from_the_next() -> None:
    body = (
        "The New York Times\n"
        "A thrilling, at times harrowing labyrinth of a movie that keeps its secrets well.\n"
        "March 1, 2019\n"
        "A unique animal, like a hybrid between a noir and a ghost story of the old kind.\n"
        "February 28, 2019\n"
    )
    texts = [t for t, _, _ in quotes(body)]
    assert not any("labyrinth" in t and "hybrid" in t for t in texts)


def test_a_dotted_date_tucked_in_a_source_block_is_a_date_not_a_time() -> None:
    body = SCORED.replace("2023-11-20", "20.11.2023")
    found = quotes(body)
    assert ("A patient, luminous drama", "Maria Lindqvist", "Nordic Screen Weekly") in [
        (t[:25], c, o) for t, c, o in found
    ]


@pytest.mark.parametrize("line", ["20.11.2023", "5.3.21", "Posted 20.11.2023"])
def test_a_dotted_date_is_a_date_line(line: str) -> None:
    assert is_date_line(line)


@pytest.mark.parametrize("line", ["20.11.2023 21.30", "12:30", "May 4, 2021 4:15 pm"])
def test_a_date_with_a_time_of_day_is_no_date_line(line: str) -> None:
    assert not is_date_line(line)


@pytest.mark.parametrize("role", ["Director", "Regisseurin", "Režisierė"])
def test_a_source_titled_as_the_films_director_is_no_critic(role: str) -> None:
    body = (
        "Published on 3 May 2021\n\n"
        f"{role} Jane Doe: there is no better time than now for a film about her life\n\n"
        "The film opens in cinemas across the country on Friday, with a gala in the capital.\n"
    )
    assert quotes(body) == []


def test_a_source_titled_as_a_critic_keeps_the_quote() -> None:
    body = (
        "Published on 3 May 2021\n\n"
        "Critic Jane Doe: there is no better time than now for a film about her life\n\n"
        "The film opens in cinemas across the country on Friday, with a gala in the capital.\n"
    )
    assert [c for _, c, _ in quotes(body)] == ["Jane Doe"]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("wrote in The Daily: “A tender film about", "wrote in The Daily: “A tender film about”"),
        ('schreibt die Zeitung: "Ein zarter Film', 'schreibt die Zeitung: "Ein zarter Film"'),
        ("écrit Le Monde : «Un film tendre", "écrit Le Monde : «Un film tendre»"),
        ("a “closed” one", "a “closed” one"),
        ('said "ok" and "fine"', 'said "ok" and "fine"'),
        ("“A tender film – Jane Doe, The Daily", "“A tender film – Jane Doe, The Daily"),
    ],
)
def test_a_quotation_left_open_by_the_cut_is_closed_at_the_end(line: str, want: str) -> None:
    assert closed_at_cut(line) == want


def test_a_page_cut_off_inside_a_quotation_keeps_the_quotation() -> None:
    body = (
        "The premiere drew a standing ovation and the reviews followed within hours.\n\n"
        "The film critic Jane Doe, editor of Screen Notes, wrote: “A tender and devastating film"
    )
    assert ("A tender and devastating film", "Jane Doe") in [
        (t[:29], c) for t, c, _ in quotes(body)
    ]
