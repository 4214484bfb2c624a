"""Genre words that name another film's kind: a genre word before a name that is not the
page's film (:mod:`indexer.extract.pages.genrenames`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages.genrenames import _times_written, without_named_films
from indexer.extract.pages.genres import prose_genres, word_genres


def _is_genre(word: str) -> bool:
    return bool(word_genres(word))


def _is_film(word: str) -> bool:
    return word.casefold() in {"film", "movie", "película"}


def _masked(
    sentence: str, title: str = "Quiet Harbour", block: str = "", url: str | None = None
) -> str:
    return without_named_films(sentence, title, block, _is_genre, _is_film, url)


@pytest.mark.parametrize(
    ("sentence", "masked"),
    [
        # another film's name after its kind, a capitalised run of two words or more
        (
            "It borrows from the 1952 romantic comedy The Glass Orchard, then goes its way.",
            "It borrows from the 1952 xxxxxxxx xxxxxx The Glass Orchard, then goes its way.",
        ),
        # a quoted name a word on
        (
            "Llega también la comedia española 'Días de vino', con Ana Ruiz.",
            "Llega también la xxxxxxx española 'Días de vino', con Ana Ruiz.",
        ),
    ],
)
def test_masks_the_kind_of_another_film(sentence: str, masked: str) -> None:
    assert _masked(sentence) == masked


@pytest.mark.parametrize(
    "sentence",
    [
        # the page's own film, by its title
        "Critics loved the quiet drama Quiet Harbour at its premiere in the spring.",
        # one capitalised word: a place, a studio, a surname as often as a film
        "Ini adalah film animasi Disney yang paling ditunggu tahun ini oleh penonton.",
        # a country after the genre word qualifies it
        "Pengabdi adalah film drama Korea Selatan yang dirilis tahun lalu di bioskop.",
        # a person: a given name and a surname
        "The thriller Peter Lindqvist wrote became the talk of the whole festival.",
        # a labelled value, a heading in title case, a quoted phrase in lower case
        "Harbour: Drama Regisseur Anna Berg filmt een kleine haven in de winter.",
        "Review: A Gripping Thriller That Will Keep You Guessing All Night Long",
        "Die sanfte Komödie kann als „vierter Teil“ einer Reihe gelten, sagt man.",
    ],
)
def test_keeps_the_page_film_and_what_names_no_film(sentence: str) -> None:
    assert _masked(sentence) == sentence


def test_a_name_the_page_writes_again_is_its_film() -> None:
    block = "Glass Orchard\nGlass Orchard opens on Friday.\n"
    sentence = "It is the romantic comedy Glass Orchard, shot in a single summer."
    assert _masked(sentence, title="", block=block) == sentence


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        # the page's address spells the name, hyphens between its words: the page's film
        ("https://example.org/reviews/the-glass-orchard-2024/", True),
        # an address about another film, or none, leaves the name another film's
        ("https://example.org/reviews/quiet-harbour/", False),
        (None, False),
    ],
)
def test_a_name_the_address_spells_is_the_page_film(url: str | None, kept: bool) -> None:
    sentence = "It is the romantic comedy The Glass Orchard, shot in a single summer."
    assert (_masked(sentence, title="", url=url) == sentence) is kept


@pytest.mark.parametrize(
    ("name", "text", "times"),
    [
        # one word: whole words only
        ("Gunda", "Gunda, Gundas, Gunda. AGunda Gunda_", 2),
        # two words: the first whole at its start, then spaces, then the second's first letters
        ("Jorma Tommila", "Jorma Tommilan, Jorma\n Tommila; XJorma Tommila, Jorma Tom", 2),
        # matches do not overlap: "Ba Ba Ba" holds "Ba Ba" once
        ("Ba Ba", "Ba Ba Ba", 1),
        ("Ba Ba", "Ba Ba Ba Ba", 2),
        # case counts
        ("Glass Orchard", "glass orchard, Glass orchard, Glass Orchard", 1),
    ],
)
def test_times_a_name_is_written(name: str, text: str, times: int) -> None:
    assert _times_written(name.split(), text) == times


def test_prose_reads_no_genre_of_another_film() -> None:
    block = (
        "Quiet Harbour\n"
        "Quiet Harbour follows two sisters who return to the village where they grew up and "
        "find their mother's house sold, and much of it echoes the 1987 comedy Men With "
        "Brooms in its patient rhythm.\n"
    )
    assert prose_genres(block, "Quiet Harbour") == []


def test_prose_reads_the_genre_of_the_film_its_address_spells() -> None:
    block = "It is the romantic comedy The Glass Orchard, shot in a single summer.\n"
    assert prose_genres(block, "") == []
    url = "https://example.org/film/the-glass-orchard/"
    assert prose_genres(block, "", url=url)[:1] == ["Romantic Comedy"]
