"""Cast readers of session 26's second cast branch: a film in CJK brackets before an actor's
name, katakana names whole, long names and spaced parentheses after a character, credits
parted by slashes, the cast words of a few languages, and two kinds of junk left out."""

from __future__ import annotations

import pytest

from indexer.extract.pages import cues, linelabels, people, roles, sentences
from indexer.extract.pages.names import names


@pytest.mark.parametrize(
    ("value", "cast"),
    [
        ("【戰爭遊戲】林大明、【海上花】陳小華", ["林大明", "陳小華"]),
        ("「青い空」の山田花子、「夏の庭」の佐藤一郎", ["山田花子", "佐藤一郎"]),
        ("《紅樓》王小明", ["王小明"]),
    ],
)
def test_a_film_in_brackets_before_a_labelled_name_is_no_part_of_it(
    value: str, cast: list[str]
) -> None:
    assert names(value, field="cast") == cast


def test_a_film_in_brackets_before_a_name_in_a_list_is_passed() -> None:
    text = "出演は「青い空」の山田花子、「夏の庭」の佐藤一郎、他。"
    assert cues.names_from(text, text.find("「"))[:2] == ["山田花子", "佐藤一郎"]


def test_a_latin_name_after_a_paper_in_brackets_is_not_read_as_an_actor() -> None:
    text = "com\n\n《纽约时报》的John Smith指出,影片很好"
    assert cues.names_from(text, 5) == []


def test_a_katakana_name_is_read_whole_across_its_dots() -> None:
    assert cues.name_at("出演はジョン・スミス、", 3) == "ジョン・スミス"


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        # a description before each parenthesis: long names count
        (
            "En mor (Anna Berg Holm Larsen), hendes datter (Sofie Lund) og veninden "
            "(Ida Marie Thiele) tager på ferie.",
            ["Anna Berg Holm Larsen", "Sofie Lund", "Ida Marie Thiele"],
        ),
        # spaces inside the parentheses
        (
            "Vesa ( Mikko Saari ) ja Kaarlo ( Olli Anttila ) yrittävät",
            ["Mikko Saari", "Olli Anttila"],
        ),
        # four capitalised words after a title: a prize, no actor
        ("Winters Bone (Narrative Feature Audience Award) and Ma (Wu Renlin)", ["Wu Renlin"]),
    ],
)
def test_actors_in_parentheses_after_their_characters(text: str, cast: list[str]) -> None:
    assert sentences.character_cast(text) == cast


def test_credits_parted_by_slashes_are_read_part_by_part() -> None:
    text = "감독 김철수 / 출연 박영희, 이민호 / 한국 / 2013년"
    assert [m.name for m in linelabels.segment_lists(text, "cast")] == ["박영희; 이민호"]


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        ("Գլխավոր դերերում են Արամ Պետրոսյանը եւ Աննա Սարգսյանը:",
         "Արամ Պետրոսյանը; Աննա Սարգսյանը"),
        ("Með aðalhlutverk fara Jón Jónsson og Anna Sigurðardóttir.",
         "Jón Jónsson; Anna Sigurðardóttir"),
        ("Выканаўца галоўнай ролі Іван Пятроў перад прэм'ерай.", "Іван Пятроў"),
        ("Исполнитель главной роли Иван Петров приехал.", "Иван Петров"),
    ],
)  # fmt: skip
def test_cast_words_of_more_languages(text: str, cast: str) -> None:
    assert [m.name for m in cues.cast_lists(text)][:1] == [cast]


def test_a_korean_source_cited_at_a_sentence_end_is_no_actor() -> None:
    text = "평가를 내렸습니다 (서울경제).\n계나(고아성)는 한국이 싫다.\n"
    assert [m.name for m in roles.hangul_in_parentheses(text)] == ["고아성"]


def test_a_bare_column_of_headings_is_no_cast() -> None:
    text = "Review of the film\n\nBlog Archive\n\nSearch This Blog\n\nTotal Pageviews\n\nA film.\n"
    assert people.cast("", "", text, "", None) == []


def test_a_bare_column_of_people_is_still_read() -> None:
    text = "Review of the film\n\nBryan Brown\n\nMatt Day\n\nA film about a man.\n"
    assert people.cast("", "", text, "", None) == ["Bryan Brown", "Matt Day"]


def test_a_voice_actor_after_the_word_for_voice_in_parentheses() -> None:
    text = "社長・山田琉生(声:早見花子)と、記者・高橋光(声:小野一郎)を描き"
    assert [m.name for m in roles.marked_in_parentheses(text)] == ["早見花子", "小野一郎"]
