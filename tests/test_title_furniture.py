"""An age rating, a price, a ticket's button or a loading widget is no film's name; a
language's name written with a capital after the word for film is one."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page
from indexer.extract.pages.titlefurniture import furniture_alone
from indexer.extract.pages.titles import clean_heading


@pytest.mark.parametrize(
    ("value", "furniture"),
    [
        ("Certificate 12A", True),
        ("Från 15 år", True),
        ("FSK 12", True),
        ("+16", True),
        ("12+", True),
        ("K-12", True),
        ("Apta para todos los públicos", True),
        ("Dès 12 ans", True),
        ("CHF 12", True),
        ("€ 8,50", True),
        ("$13", True),
        ("Tickets", True),
        ("Bestel tickets", True),
        ("Loading…", True),
        ("Cargando eventos", True),
        ("K2", False),
        ("NR.10", False),
        ("12", False),
        ("From", False),
        ("12 Angry Men", False),
        ("Top 10", False),
        ("The Book", False),
        ("Sv.", False),
        ("Smultronstället", False),
    ],
)
def test_furniture_alone(value: str, furniture: bool) -> None:
    assert furniture_alone(value) is furniture


@pytest.mark.parametrize("age", ["18+", "18 +", "+18"])
def test_age_after_a_heading_is_cleaned(age: str) -> None:
    # one age mark for both readers: what is furniture alone is cleaned off after a name
    assert furniture_alone(age)
    assert clean_heading(f"Ветер, ветер {age}").title == "Ветер, ветер"


def test_a_number_without_a_plus_after_a_heading_stays() -> None:
    assert clean_heading("Ocean's 11").title == "Ocean's 11"


def test_rating_above_the_film_is_no_title() -> None:
    text = (
        "Source: https://cinema.example.org/whats-on/4711\n"
        "Certificate 15\n"
        "The Quiet Harbour\n"
        "Director: Ana Ruiz\n"
        "A fisherman's daughter returns to the village she left twenty years ago and finds "
        "that nobody there remembers her name.\n"
    )
    films = extract_page(text, "page.txt").films
    assert films and films[0].title == "The Quiet Harbour"


def test_ticket_word_in_the_address_stays_a_name() -> None:
    text = (
        "Source: https://cinema.example.org/films/tickets\n"
        "Tickets\n"
        "Director: Ana Ruiz\n"
        "Three stories on a train across Europe, told by three directors in one film.\n"
    )
    films = extract_page(text, "page.txt").films
    assert films and films[0].title == "Tickets"


def test_language_name_capitalised_after_the_film_word() -> None:
    text = (
        "Source: https://news.example.com/cultura/estreno-2016\n"
        "Por Ana Ruiz\n"
        "Mañana llega a los cines la película Guaraní, una coproducción de Paraguay.\n"
        "La historia sigue a un pescador que quiere que su nieto aprenda guaraní, y a su "
        "nieta, que lo acompaña en un largo viaje por el río.\n"
    )
    films = extract_page(text, "page.txt").films
    assert films and films[0].title == "Guaraní"
