"""Facts of session 43: words written with look-alike letters of two scripts."""

from __future__ import annotations

from indexer.normalize import genre_names
from tests.page_support import film_of


def test_labels_and_values_with_cyrillic_look_alikes_in_latin_words() -> None:
    # a Latin page whose "о" is Cyrillic here and there: labels and values are read, and the
    # value is kept as the page writes it
    page = (
        "Source: https://kino.example.rs/program/ptica\n\nPtica (The Bird)\n\n"
        "režija: Ana Petrоvić\n\nžanr: dоkumentarni\n\ntrajanje: 81 minuta\n\n"
        "prоizvоdnja: Makedоnija\n\n"
        "Pоslednja ptica u planini mоra da pronađe svoje jato pre nego što zima stigne u dolinu.\n"
    )
    film = film_of(page)
    assert film.countries == ("North Macedonia",)
    assert film.countries_as_written == ("Makedоnija",)
    assert film.genres[:1] == ("Documentary",)


def test_a_runtime_written_as_a_hyphened_adjective_in_prose() -> None:
    page = (
        "Source: https://reviews.example.com/the-lighthouse-keeper-review\n\n"
        "The Lighthouse Keeper review\n\n"
        "The Lighthouse Keeper is a quiet film about a man who keeps a light burning on a rock "
        "far out at sea.\n\n"
        "It is a patient 112-minute portrait of solitude that never hurries its keeper.\n"
    )
    assert film_of(page).runtime_minutes == 112


def test_a_year_of_a_date_after_an_english_gerund_of_a_release() -> None:
    page = (
        "Source: https://news.example.in/the-river-song\n\nThe River Song\n\n"
        "The River Song is a Gujarati film about a village singer and her daughter. "
        "The film will be releasing on 8th November 2019 in cinemas across the state.\n"
    )
    assert film_of(page).year == 2019


def test_a_detective_story_is_a_mystery_and_a_crime_film() -> None:
    assert genre_names("detective story", narrow=True) == ["Detective", "Crime", "Mystery"]
