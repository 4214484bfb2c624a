"""Cast readers of session 26's third cast branch: Japanese names of a Han surname and a given
name in kana, a series' word between an actor's film and the name, a cast cue glued to a
bracketed film, crew labels before a line of names, and articles before names in parentheses."""

from __future__ import annotations

import pytest

from indexer.extract.pages import cues, headfinal, people, sentences


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("出演:松本ハナコ、", "松本ハナコ"),
        ("出演:中村あけみ、", "中村あけみ"),
        ("出演:北川リツ子、", "北川リツ子"),
    ],
)
def test_a_japanese_name_with_a_kana_given_name_is_read_whole(text: str, name: str) -> None:
    assert cues.name_at(text, 3) == name


@pytest.mark.parametrize("text", ["出演:北川原さん、", "出演:北川原など、", "出演:北川原らが、"])
def test_an_honorific_or_a_list_end_in_kana_is_no_given_name(text: str) -> None:
    assert cues.name_at(text, 3) != text[3:-1]


def test_a_cast_cue_before_a_bracketed_film_and_a_series_word() -> None:
    text = "出演は「青い空」の松本ハナコ、「夏の庭」シリーズの北川リツ子、佐藤一郎。"
    found = cues.cast_lists(text)
    assert [m.name for m in found] == ["松本ハナコ; 北川リツ子; 佐藤一郎"]


def test_a_cue_with_a_colon_after_it_is_the_label_of_what_follows() -> None:
    text = "美術:田中一郎出演:山田太郎、佐藤花子"
    assert headfinal.before(text, "starring_after") == []


def test_a_line_of_names_under_a_crew_label_is_no_cast() -> None:
    block = "Il Titolo\nプロデューサー:田中一郎、山田太郎、佐藤次郎\n"
    assert people.cast("", "", block, "", None) == []


def test_a_line_of_names_under_the_cast_label_stays() -> None:
    block = "Il Titolo\nCast: Anna Rossi, Marco Bianchi, Luca Verdi\n"
    assert people.cast("", "", block, "", None)[:3] == ["Anna Rossi", "Marco Bianchi", "Luca Verdi"]


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        (
            "viu amb una filla (la Marta Puig). Hi ha un capellà (Pere Soler) i dues "
            "veïnes (l’Anna Vidal i la Núria Font).",
            ["Marta Puig", "Pere Soler", "Anna Vidal", "Núria Font"],
        ),
        # a description before the name is still one: a lower-case word once is too few
        ("viu amb una filla (la jove Marta Puig).", []),
    ],
)
def test_an_article_before_a_name_in_parentheses_is_no_part_of_it(
    text: str, cast: list[str]
) -> None:
    assert sentences.character_cast(text) == cast
