"""Genres: values listed under a bulleted label, a sentence of genre words among sentences of
labelled credits, genre words added to the language data."""

from __future__ import annotations

import pytest

from indexer.extract.pages.genrelines import genre_lines, listed_after_label
from indexer.normalize import genre_names


def test_listed_after_bulleted_label() -> None:
    block = (
        "- 製作年\n- 2019年\n- ジャンル\n- アクション\nコメディ\nアドベンチャー - 監督\n- 山田\n"
    )
    listed = listed_after_label(["アクション"], block)
    assert listed == ["- アクション\nコメディ\nアドベンチャー"]


def test_genre_sentence_among_credit_sentences() -> None:
    line = (
        "R: Mari Tamm. O: Jaan Kask, Liis Org jt. Draama/Komöödia. Film räägib kahest "
        "vennast, kes avavad väikese kohviku mere ääres ja õpivad teineteist tundma.\n"
    )
    assert genre_lines(line) == ["Drama", "Comedy"]
    # prose alone: no sentence of genre words is read
    assert genre_lines("Film räägib kahest vennast. Draama/Komöödia on see.\n") == []


@pytest.mark.parametrize(
    ("word", "genre"),
    [
        ("アドベンチャー", "Adventure"),
        ("コメディー", "Comedy"),
        ("تریلر روانشناختی", "Psychological Thriller"),
        ("पीरियड ड्रामा", "Period Drama"),
        ("kara drāma", "War Drama"),
        ("sõjadraama", "War Drama"),
    ],
)
def test_genre_words_added(word: str, genre: str) -> None:
    assert genre in genre_names(word, narrow=True)
