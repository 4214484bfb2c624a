"""Genres: a sentence that opens with an everyday noun of a story (crime, action, romance,
adventure) names no genre when no other genre word stands beside it."""

from __future__ import annotations

import pytest

from indexer.extract.pages.genres import _opening_genres, prose_genres

#: paragraphs before the sentence read, that name nothing (the page's lead is read as the film's)
_OPENING = (
    "The town hall opens at nine on weekdays.\n\nParking is free after six in the evening.\n\n"
    "The bakery on the corner sells bread until noon.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "How easily crime can escalate from small thefts to worse things in the town.",
        "A ação se passa quase toda dentro de uma casa de classe média alta.",
        "Un monde fantastique se déploie alors devant elle et ses deux soeurs.",
        "However, his criminal act drives their lives into chaos for many years.",
    ],
)
def test_story_noun_opening_alone_is_no_genre(sentence: str) -> None:
    assert _opening_genres(sentence) == []
    assert prose_genres(f"{_OPENING}{sentence}\n", "Nowhere Road") == []


def test_story_noun_opening_beside_another_genre() -> None:
    sentence = "The action crime thriller won applause of critics and audiences when it opened."
    assert {"Action", "Crime", "Thriller"} <= set(_opening_genres(sentence))


def test_opening_genre_noun_still_read() -> None:
    sentence = "Drama o grupi momaka koji moraju da biraju između vode i vatre."
    assert _opening_genres(sentence) == ["Drama"]
