"""Quotes of session 28 (quotes28): attribution shapes and a film's title as no source."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.prose import prose_quotes
from indexer.extract.pages.quotes.tail import tail_who
from indexer.extract.pages.quotes.who import Who, parse


def test_a_round_up_of_outlet_leads_takes_an_uncatalogued_outlet_too() -> None:
    body = (
        "Variety – A tender and patient portrait of two sisters who leave their village for "
        "the city.\n"
        "Moviegoers Weekly – A quiet film that trusts its actors and its silences more than "
        "most dramas this year.\n"
    )
    found = quotes(body)
    assert [(t[:10], c, o) for t, c, o in found] == [
        ("A tender a", None, "Variety"),
        ("A quiet fi", None, "Moviegoers Weekly"),
    ]


@pytest.mark.parametrize("word", ["Shattering.", "Riveting!"])
def test_a_signed_verdict_of_one_word_closed_as_a_sentence_is_a_quote(word: str) -> None:
    body = (
        f"“{word}” - The Daily Courier\n\n"
        "“A deeply impressive and disturbing film.” - Film Weekly\n"
    )
    assert (word, None, "The Daily Courier") in quotes(body)


def test_a_word_without_a_sentences_end_is_no_quote() -> None:
    body = (
        "“Trailer” - The Daily Courier\n\n"
        "“A deeply impressive and disturbing film.” - Film Weekly\n"
    )
    assert [t for t, _, _ in quotes(body)] == ["A deeply impressive and disturbing film."]


def test_a_name_ending_the_paragraph_after_a_quotation_signs_it() -> None:
    body = (
        "The jury gave it its prize at the festival last spring, and the film has toured ever "
        "since. ‘The film mashes up many themes but is chiefly a scream of defiance.’  "
        "Peter Bradshaw\n"
    )
    found = quotes(body)
    assert found == [
        (
            "The film mashes up many themes but is chiefly a scream of defiance.",
            "Peter Bradshaw",
            None,
        )
    ]


def test_a_critic_of_an_outlet_named_after_a_verb_and_commas() -> None:
    tail = ", escreveu o crítico do Estadão, Luiz Zanin Oricchio, na época do lançamento."
    assert tail_who(tail) == Who("Luiz Zanin Oricchio", "Estadão", True)


@pytest.mark.parametrize(
    ("text", "critic", "outlet"),
    [
        ("Kultura Liberalna, Krzysztof Siwoń", "Krzysztof Siwoń", "Kultura Liberalna"),
        ("Peter Bradshaw, The Guardian", "Peter Bradshaw", "The Guardian"),
        ("And David Ehrlich at IndieWire", "David Ehrlich", "IndieWire"),
    ],
)
def test_the_critic_and_outlet_of_an_attribution(text: str, critic: str, outlet: str) -> None:
    who = parse(text)
    assert who is not None
    assert (who.critic, who.outlet) == (critic, outlet)


def test_a_conjunction_before_a_title_is_kept() -> None:
    who = parse("And Then There Were None")
    assert who is None or who.critic is None


_UNDER_TITLE = "“A patient and quietly devastating drama about a family that cannot speak.”\nHeat\n"


def test_the_films_own_title_as_the_address_spells_it_signs_no_quote() -> None:
    assert quotes(_UNDER_TITLE, "https://example.org/films/heat-1995/") == []


def test_a_title_the_address_does_not_spell_takes_no_source_away() -> None:
    assert [o for _, _, o in quotes(_UNDER_TITLE, "https://example.org/films/1995/")] == ["Heat"]


def test_a_one_letter_word_opening_a_headline_is_no_conjunction() -> None:
    who = parse("A Director Takes Your Heart for a Spin- The New York Times")
    assert who is None or who.critic != "Director Takes Your Heart"


@pytest.mark.parametrize("name", ["A.O. Scott", "J. Hoberman", "A. O. Scott"])
def test_a_critic_named_with_initials_before_a_quotation(name: str) -> None:
    text = (
        f"{name} at the Daily Courier gives it his highest marks. “Psychologically astute and "
        "socially aware as the film is, it is also infused with mystery.”"
    )
    assert [w for _, w, _ in prose_quotes(text)] == [Who(name, "the Daily Courier", True)]
