"""Genres whose words are a story's nouns too ("romance", "crime", "action", "mystery") count
in prose only as a genre phrase: beside the word for film, beside another genre word or in
a list of them; and a noun of action's suffix is no compound's tail, in a plural too."""

import pytest

from indexer.extract.pages.genres import prose_genres, word_genres


@pytest.mark.parametrize(
    "text",
    [
        "The film follows a young woman who finds the romance of her life in a small town.",
        "The film is about a family that turns to a life of crime after the father dies.",
        "The action of the film takes place over a single night in a crowded hotel lobby.",
        "The new film by the director explores the mystery of a missing child in the hills.",
        "Para ello la película busca espacios dentro una Habana romántica y su lado nocturno.",
    ],
)
def test_a_story_noun_alone_in_prose_names_no_genre(text: str) -> None:
    assert prose_genres(text, "Nowhere") == []


_PHRASES = [
    (
        "Nowhere is a tender romance film about two strangers who meet on a night train.",
        ["Romance"],
    ),
    (
        "Nowhere is a taut crime thriller about a heist that goes wrong in a small town.",
        ["Crime", "Thriller"],
    ),
    (
        "Le film est un film d'aventure tourné dans les montagnes du Maroc avec des enfants.",
        ["Adventure"],
    ),
    (
        "This year the festival film selection offers romance, comedy, drama and even horror.",
        ["Romance", "Comedy", "Drama"],
    ),
]


@pytest.mark.parametrize(("text", "want"), _PHRASES)
def test_a_story_noun_in_a_genre_phrase_names_its_genre(text: str, want: list[str]) -> None:
    assert prose_genres(text, "Nowhere") == want


def test_other_genre_words_still_count_alone() -> None:
    text = "The film is a quiet drama about a fisherman and his son on the northern coast."
    assert prose_genres(text, "Nowhere") == ["Drama"]


@pytest.mark.parametrize(
    ("word", "want"),
    [
        ("distractions", []),
        ("redacciones", []),
        ("kollaborazzjoni", []),
        ("azzjoni", ["Action"]),
        ("actionthriller", ["Action", "Thriller"]),
    ],
)
def test_a_noun_of_actions_suffix_is_no_compounds_tail(word: str, want: list[str]) -> None:
    assert word_genres(word) == want


def test_a_head_first_genre_word_that_holds_the_word_for_film_is_a_film_of_its_genre() -> None:
    assert prose_genres("หนังรักที่ดีที่สุดแห่งปี!!! เรื่องนี้สนุกมาก", "Nowhere") == ["Romance"]


def test_a_story_noun_closing_a_hangul_sentence_names_the_films_kind() -> None:
    closing = "'늑대사냥'은 바다 위 교도소에서 생존 게임이 펼쳐지는 하드보일드 서바이벌 액션."
    assert prose_genres(closing, "늑대사냥") == ["Action"]
    assert (
        prose_genres("영화는 액션 장면이 많았지만 이야기는 약했다고 평론가들은 말했다.", "") == []
    )
