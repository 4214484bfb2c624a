"""Attributions read by their shape and place when no catalogue knows the outlet (quotes38):
the outlet beside a critic's name in prose, and a critic's line with an outlet's line right
under it."""

from __future__ import annotations

from page_support import quotes

from indexer.extract.pages.quotes.prose import outlet_beside


def test_unknown_outlet_after_a_critic_and_of_for_in_is_the_outlet() -> None:
    body = (
        "Jane Example of Kobezu Nights praised it as “the most surprising entry in this "
        "year’s competition”, saying the film works.\n"
        "\n"
        "Sam Sample writing for The Vatoli compared it to cinema of old, stating: “The "
        "movie’s modesty is its intimacy, its human scale and its humble locations.”\n"
        "\n"
        "While Ana Muster in the Rakosi wrote: “Whether you are six or sixty, this insightful "
        "and hopeful poem will pierce your heart.”\n"
    )
    assert [(c, o) for _, c, o in quotes(body)] == [
        ("Jane Example", "Kobezu Nights"),
        ("Sam Sample", "The Vatoli"),
        ("Ana Muster", "Rakosi"),
    ]


def test_unknown_outlet_in_the_genitive_before_a_critic_is_the_outlet() -> None:
    body = (
        "Vatoli’s Jane Example said “It keeps you on your toes from the moment it starts and "
        "never lets go.”\n"
    )
    assert [(c, o) for _, c, o in quotes(body)] == [("Jane Example", "Vatoli")]


def test_unknown_outlet_ending_a_lead_after_in_and_an_article() -> None:
    body = (
        "Sam Sample gave it a five star review in the Kobezu: “A beautiful fairytale reverie, "
        "simple, elegant and very moving.”\n"
    )
    assert [(c, o) for _, c, o in quotes(body)] == [("Sam Sample", "Kobezu")]


def test_no_outlet_beside_a_critic_when_a_person_or_a_country_stands_there() -> None:
    assert outlet_beside("Jane Example of Peter Sample said", "Jane Example") is None
    assert outlet_beside("Jane Example in France said", "Jane Example") is None
    assert outlet_beside("Jane Example liked it", "Jane Example") is None
    assert outlet_beside("Jane Example v Kobezu Nightej said", "Jane Example") is None
    assert outlet_beside("Jane Example of Kobezu Nights said", "Jane Example") == "Kobezu Nights"


def test_critic_line_with_an_unknown_outlet_line_under_it_signs_the_paragraph() -> None:
    body = (
        "Astonishing. Jaw-dropping image after jaw-dropping image; ideas and pathos and "
        "hilarity too.\n"
        "Jane Example\n"
        "KOBEZUDET\n"
        "Hugely rewarding.\n"
    )
    assert [(c, o) for _, c, o in quotes(body)][:1] == [("Jane Example", "KOBEZUDET")]


def test_director_and_title_lines_over_a_film_s_facts_sign_nothing() -> None:
    body = (
        "Two films this month in the original language, every Thursday at the cinema.\n"
        "Jane Example\n"
        "Finalement\n"
        "(France 2024, 127’, DCP)\n"
    )
    assert quotes(body) == []


def test_caption_in_lower_case_under_a_name_signs_nothing() -> None:
    body = (
        "Great expectation at the theatre to see the new film of the season last night.\n"
        "Jane Example\n"
        "Rueda de prensa\n"
    )
    assert quotes(body) == []
