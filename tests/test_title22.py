"""Table tests for three title cues: a name quoted on a "Read also:" line links to another
article; a country's name after the word for film is the film's nation ("film Indonesia"),
not its name; an address transliterates a name its own way ("pozivnij" for "Позивний").
Snippets adapted from pages of several sites and languages."""

from __future__ import annotations

import pytest
from page_support import voted_title

from indexer.extract.pages import titlecues, titlevote
from indexer.extract.pages.titlemodel import FeatureBallot


@pytest.mark.parametrize(
    ("text", "url", "expected"),
    [
        (  # another article's headline after "Читайте також:", quoted after the word for film
            'Показали тизер воєнного детектива "Позивний Бандерас". Картина вийде в прокат.\n'
            'Головну роль грає актор театру "Віримо" Олег Шульга.\n'
            'ЧИТАЙТЕ ТАКОЖ: Зірка фільму "Інша Комедія" зіграє в новій комедії про дітей',
            "https://www.example.ua/articles/culture/_pozivnij-banderas-pokazali-pershi-kadri/83",
            "Позивний Бандерас",
        ),
        (  # the nation after the word for film, repeated, and the name in the address
            "Sebuah awal yang bagus bagi kebangkitan film Indonesia. Film ini berhasil booming "
            "di Indonesia pada saat Valentine tahun 2002.\n"
            "Diproduseri oleh Mira Lesmana, penanda kebangkitan perfilman Indonesia.\n"
            "Bertemakan cinta di masa SMA, Ada Apa dengan Cinta menampilkan seorang pelajar.",
            "http://example.blogspot.com/2011/02/ada-apa-dengan-cinta-2002.html",
            "Ada Apa dengan Cinta",
        ),
    ],
)
def test_title(text: str, url: str | None, expected: str) -> None:
    assert voted_title(text, url) == expected


def test_link_line_quotes_no_candidate() -> None:
    ballot = FeatureBallot()
    titlecues.quoted(ballot, ('Read also: the star of "Other Film" returns',))
    assert not ballot.candidates


@pytest.mark.parametrize(
    ("value", "slug", "feature"),
    [
        ("Позивний Бандерас", "pozivnij banderas", "slug_whole"),  # й as "j"
        ("Гуцулка Ксеня", "hutsulka ksenia", "slug_whole"),  # г as "h", я as "ia"
        ("ხიბულა", "k", "slug_part"),  # the plain spelling's match is kept
        ("Big Fish", "big fisj", None),  # an ASCII name is compared as written
    ],
)
def test_slug_match_transliterated(value: str, slug: str, feature: str | None) -> None:
    candidate = FeatureBallot().add(value, "heading")
    titlevote._slug_match(candidate, slug)
    found = {"slug_whole", "slug_part"} & set(candidate.features)
    assert found == ({feature} if feature else set())
