"""Genres: lists parted by commas, short Hangul genre words closing a sentence, the words for
parody, silent film and "docu", and everyday words in a credit sentence."""

from __future__ import annotations

import pytest

from indexer.extract.pages import genres as g
from indexer.extract.pages.sentences import sentence_facts
from indexer.normalize import genre_names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a comma parts two genres: no narrower genre of three words across it
        ("Bu filmda fantastika, melodrama, komediya bor.", {"Melodrama", "Comedy"}),
        ("The eagerly awaited rom/com opens on Friday.", {"Romantic Comedy"}),
        ("A science-fiction drama about a lonely robot.", {"Science Fiction", "Drama"}),
    ],
)
def test_phrases_stay_inside_one_run(sentence: str, expected: set[str]) -> None:
    assert expected <= set(g._sentence_genres(sentence))


def test_a_comma_parts_a_pair() -> None:
    assert "War Drama" not in g._sentence_genres("A film about war, drama and love.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the genre words that close a Korean sentence name the film's kind
        ("'늑대사냥'은 거대한 교도소에서 펼쳐지는 서바이벌 액션.", ["Action"]),
        # inside the sentence, a short word is an everyday noun ("fear")
        ("두 영화는 관객에게 웃음과 공포를 안겨주며 1위로 데뷔했다.", []),
    ],
)
def test_short_hangul_genre_words(sentence: str, expected: list[str]) -> None:
    assert g._sentence_genres(sentence) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Parody", ["Parody", "Comedy"]),
        ("paródia", ["Parody", "Comedy"]),
        ("пародия", ["Parody", "Comedy"]),
        ("Spy", ["Spy", "Thriller"]),
        ("记录片", ["Documentary"]),
        ("דוקו", ["Documentary"]),
    ],
)
def test_new_genre_words(label: str, expected: list[str]) -> None:
    assert genre_names(label, narrow=True) == expected


def test_parody_is_comedy_for_the_facets() -> None:
    assert genre_names("Parody") == ["Comedy"]


@pytest.mark.parametrize(
    ("block", "title", "expected"),
    [
        ("На фестивале победил немой фильм «Испытание» молодого режиссёра.", "Испытание", "Silent"),
        (
            "Der biographische Film „Die Geigerin“ beschreibt den Lebensweg einer Musikerin.",
            "Die Geigerin",
            "Biography",
        ),
        ("Ein turbulenter Abend: eine Parodie auf alle Agentenfilme der Welt.", "", "Parody"),
        ("הדוקו של נטפליקס חושף את האמת ההיסטורית על העיר והים.", "", "Documentary"),
    ],
)
def test_prose_reads_the_new_words(block: str, title: str, expected: str) -> None:
    assert expected in g.prose_genres(block, title)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "cinta" (a film; love in Malay), "historia" (a story) inside a clause: no genre
        ("Dirigida por Ana López, la cinta propone una historia íntima y cruda.", []),
        # a genre among the facts of a card, parted by commas
        ("Un film di Roberto Andò. Storico, Italia, 2025.", ["Storico"]),
        ("A 2019 French thriller directed by Jean Dupont.", ["thriller"]),
    ],
)
def test_credit_sentence_genres(sentence: str, expected: list[str]) -> None:
    assert sentence_facts(sentence).genres == expected
