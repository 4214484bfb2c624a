"""Road-movie genre words of the language modules."""

from __future__ import annotations

import pytest

from indexer.extract.pages import genres as g


@pytest.mark.parametrize(
    "block",
    [
        # Slovenian, Croatian and Bosnian "film ceste"
        'Sledi "nepredvidljiv" film ceste, postavljen v bosansko divjino.',
        # Polish "kino drogi" in the instrumental
        "Film jest klasycznym kinem drogi o dwóch braciach.",
        # German, Danish and Norwegian write the loan as one word
        "Der Film ist ein melancholisches Roadmovie durch Ostdeutschland.",
        "Filmen er en roadmovie om to brødre.",
        "הסרט הוא סרט דרכים על שני אחים.",
        "Η ταινία είναι μια ταινία δρόμου για δύο αδέλφια.",
        "این فیلم یک فیلم جاده‌ای درباره دو برادر است.",
        "A film egy szívszorító útifilm két testvérről.",
    ],
)
def test_road_movie_in_prose(block: str) -> None:
    assert g.prose_genres(block, "")[:1] == ["Road Movie"]


def test_a_comma_before_another_films_quoted_name_keeps_the_clause_before_it() -> None:
    # the genre word is far before the other film's quoted name: the run of text without
    # spaces closed by a comma is no word of its own
    block = (
        "「ノマド」と呼ばれる車上生活者の姿を描いたロードムービー。主演はフランシス・"
        "マクドーマンド、『グッドナイト&グッドラック』などのデヴィッド・ストラザーンが共演する。"
    )
    assert "Road Movie" in g.prose_genres(block, "")


def test_a_genre_word_before_a_comma_and_another_films_quoted_name_is_not_this_films() -> None:
    assert g.prose_genres("这是一部黑色喜剧，《海角七号》的导演新作电影", "") == []


@pytest.mark.parametrize(
    ("block", "genre"),
    [
        ("Tragikomediya janrında çəkilən film Bakıda nümayiş olunacaq.", "Tragicomedy"),
        ("Filmi është një komedi romantike për dy të rinj.", "Romantic Comedy"),
        ("Phim là một bộ phim hài đen về hai anh em.", "Black Comedy"),
        ("Die film is ’n swart komedie oor twee broers.", "Black Comedy"),
    ],
)
def test_narrow_comedies_in_more_languages(block: str, genre: str) -> None:
    assert g.prose_genres(block, "")[:1] == [genre]


@pytest.mark.parametrize(
    ("block", "genre"),
    [
        ("Filmen är en psykologisk thriller om två systrar.", "Psychological Thriller"),
        ("Elokuva on psykologinen draama kahdesta veljestä.", "Psychological Drama"),
    ],
)
def test_psychological_genres_in_more_languages(block: str, genre: str) -> None:
    assert g.prose_genres(block, "")[:1] == [genre]
