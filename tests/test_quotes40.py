"""First-person words read in the page's language (quotes32): a short word that is "I" in one
language and a common word in another ("je", "is" in Croatian; "ja", "and" in Finnish) makes
no statement of a passage on a page of a language that does not list it."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page
from indexer.extract.pages.quotes import find_quotes
from indexer.extract.pages.quotes.lang import FIRST_PERSON, page_language
from indexer.records import Film


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hr", "Film je snimljen u jednom dahu i gledatelja drži do kraja."),
        ("fi", "Elokuva on kaunis ja surullinen, hidas ja tarkka."),
        ("en", "The EU co-production eu tagline is forgettable."),
    ],
)
def test_another_languages_short_first_person_word_is_no_statement(
    language: str, text: str
) -> None:
    with page_language(language):
        assert FIRST_PERSON.search(text) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Je pense que le film est trop long."),
        ("pl", "Ja tego filmu nie zapomnę."),
        ("lv", "Es priecāšos, ja filma patiks skatītājiem."),
        ("hr", "I loved every minute of it."),  # written with its capital: English's "I"
        ("fi", "Minä en ole koskaan nähnyt mitään vastaavaa."),  # a longer word: anywhere
    ],
)
def test_first_person_word_of_the_pages_language_is_a_statement(language: str, text: str) -> None:
    with page_language(language):
        assert FIRST_PERSON.search(text) is not None


def test_passage_in_the_words_language_speaks_on_another_languages_page() -> None:
    with page_language("en"):
        assert FIRST_PERSON.search("Ik wilde een film maken over mijn moeder.") is not None
        assert FIRST_PERSON.search("Ik wilde") is None  # too short to tell its language


def test_short_word_speaks_where_no_language_is_told() -> None:
    assert FIRST_PERSON.search("Ja, ok!") is not None


def test_croatian_critics_words_with_je_are_kept() -> None:
    lines = (
        "– Glumica je očaravajuća u ulozi majke koja pokušava spasiti obitelj, piše "
        "kritičarka Ana Primjer.",
    )
    assert find_quotes(lines, set(), set(), language="fr") == []  # "je", French "I"
    found = find_quotes(lines, set(), set(), language="hr")
    assert [(t[:20], c) for t, c, _ in found] == [("Glumica je očaravaju", "Ana Primjer")]


def _film(body: str) -> Film:
    films = extract_page(f"Title: Quiet Harbour\n\n{body}\nThe film runs 98 minutes.\n", "q.txt")
    return films.films[0]


def test_words_of_an_actor_the_page_casts_are_no_critics_quote() -> None:
    film = _film(
        "Quiet Harbour, starring Jane Sample and Tom Example, opens in cinemas on Friday.\n\n"
        "Jane Sample spoke to the Gazette about the shoot. “The hardest part was the cold "
        "water every single morning for six weeks,” said Jane Sample.\n\n"
    )
    assert film.cast == ("Jane Sample", "Tom Example")
    assert film.quotes == ()


def test_two_quoted_names_in_the_cast_are_critics_the_cast_reader_took() -> None:
    film = _film(
        "Quiet Harbour, starring Jane Sample and Tom Example, opens in cinemas on Friday.\n\n"
        "“A patient, generous film about a harbour town that will not give up,” wrote Jane "
        "Sample. “Rarely has a small film looked this beautiful on a big screen,” wrote Tom "
        "Example.\n\n"
    )
    assert {(q.critic or "").rstrip(".") for q in film.quotes} >= {"Jane Sample", "Tom Example"}
