"""A web address is no title, doubled single quotes are read as one double quote, and a
phrase of section words is furniture."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page
from indexer.extract.pages.titlevote import _section_phrase, fact_not_name


@pytest.mark.parametrize(
    ("value", "dropped"),
    [
        ("//pagead2.example.com/pagead/js/ads.js", True),
        ("https://example.org/films/a", True),
        ("www.example.org", True),
        ("Fahrenheit 9/11", False),
        ("50/50", False),
        ("AC/DC", False),
        ("Heneral Luna", False),
    ],
)
def test_address_is_no_name(value: str, dropped: bool) -> None:
    assert fact_not_name(value) is dropped


def test_doubled_single_quotes_quote_a_name() -> None:
    text = (
        "Source: https://example.com/news/12345\n"
        "Kino haberleri\n"
        "Yönetmen Ayla Demir’in yeni ‘’Kırmızı Kapı’’ filmi bu hafta gösterime giriyor ve "
        "seyircilerden büyük ilgi görüyor.\n"
        "‘’Kırmızı Kapı’’ iki kardeşin hikâyesini anlatıyor; film festivalde ödül aldı.\n"
    )
    films = extract_page(text, "page.txt").films
    assert films and films[0].title == "Kırmızı Kapı"


@pytest.mark.parametrize(
    ("value", "phrase"),
    [
        ("Movie Review", True),
        ("Film Reviews", True),
        ("சினிமா விமர்சனம்", True),  # Tamil: cinema review
        ("મુવી રિવ્યુ", True),  # Gujarati: movie review, the short vowel
        ("Cinema Paradiso", False),
        ("Review", False),
        ("The Film", False),
    ],
)
def test_phrase_of_section_words(value: str, phrase: bool) -> None:
    assert _section_phrase(value) is phrase
