"""Cast readers changed in session 30: rows "Name (aside)" or "Name /aside/" under the cast's
label alone, pairs "Actor: Character" under the cast's heading, the Hebrew geresh inside a
name and the Hebrew and Thai words of the cast."""

from __future__ import annotations

import pytest

from indexer.extract.pages import asiderows, castpairs, colonrows, cues, people
from indexer.extract.pages.facts import is_uncased_name
from indexer.extract.pages.labels import field_of

_SLASHED = """Credits
Режиссер: Иван Петров
актеры |
Павел Смирнов /Pavel Smirnov/
Ольга Новикова /Olga Novikova/
Игорь Волков /Igor Volkov/
Сюжет"""

_BRACKETED = """กำกับ : สมชาย ใจดี
นำแสดง :
สมศักดิ์ รักไทย (โอ๊ต) รับบทเป็น ต้น
มาลี ศรีสุข (มิ้นท์) รับบทเป็น ฝน
ระดับความชอบ : 8/10"""


def test_rows_with_a_name_in_another_script_between_slashes_give_each_actor() -> None:
    assert asiderows.aside_rows_under_label(_SLASHED) == [
        ["Павел Смирнов", "Ольга Новикова", "Игорь Волков"]
    ]


def test_rows_with_a_nickname_and_the_character_after_it_give_the_names() -> None:
    assert asiderows.aside_rows_under_label(_BRACKETED) == [["สมศักดิ์ รักไทย", "มาลี ศรีสุข"]]


def test_aside_rows_win_over_the_label_reader_first_row() -> None:
    cast = people.cast("Павел Смирнов /Pavel Smirnov/", "", _SLASHED, "", None)
    assert cast[:3] == ["Павел Смирнов", "Ольга Новикова", "Игорь Волков"]


@pytest.mark.parametrize(
    "text",
    [
        # no cast label above the rows
        "Credits\nPavel Smirnov (Ivan)\nOlga Novikova (Masha)\n",
        # one row only
        "Cast\nPavel Smirnov (Ivan)\nThe film opens in Moscow.\n",
        # the crew's rows: an aside that is another field's label
        "Cast\nPavel Smirnov (Director)\nOlga Novikova (Producer)\n",
    ],
)  # fmt: skip
def test_no_aside_rows_without_label_or_with_crew(text: str) -> None:
    assert asiderows.aside_rows_under_label(text) == []


_PAIRS_LINES = """Interpreti e personaggi
Marco Bellini: Luigi Ferri
Anna Rossetti: dottoressa Conti
Paolo Greco: Tonio
Trama"""

_PAIRS_CELLS = (
    "Cast\nNora Field: Mrs Hale | Tom Baker Reed: the sheriff | Lia Moss: Ruth | Ed Crane: Jim\n"
)

_CHARACTERS_FIRST = "Cast\nLuigi: Marco Bellini\nthe doctor: Anna Rossetti\nTonio: Paolo Greco\n"


def test_pairs_one_a_line_under_a_heading_give_the_actors() -> None:
    assert colonrows.colon_rows_under_heading(_PAIRS_LINES) == [
        ["Marco Bellini", "Anna Rossetti", "Paolo Greco"]
    ]


def test_pairs_in_cells_parted_by_bars_give_the_actors() -> None:
    assert colonrows.colon_rows_under_heading(_PAIRS_CELLS) == [
        ["Nora Field", "Tom Baker Reed", "Lia Moss", "Ed Crane"]
    ]


def test_the_side_with_more_full_names_is_the_actors() -> None:
    assert colonrows.colon_rows_under_heading(_CHARACTERS_FIRST) == [
        ["Marco Bellini", "Anna Rossetti", "Paolo Greco"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a table of facts: the left cells are labels of other fields
        "Cast\nRegia: Marco Bellini | Musica: Anna Rossetti | Montaggio: Paolo Greco\n",
        # both sides full names: no side told
        "Cast\nMarco Bellini: Luigi Ferri\nAnna Rossetti: Carla Conti\nPaolo Greco: Tonio Russo\n",
        # no cast heading
        "Notes\nMarco Bellini: Luigi\nAnna Rossetti: Carla\nPaolo Greco: Tonio\n",
    ],
)  # fmt: skip
def test_no_pairs_read_where_the_page_tells_no_cast(text: str) -> None:
    assert colonrows.colon_rows_under_heading(text) == []


def test_a_hebrew_geresh_stays_inside_a_name() -> None:
    assert is_uncased_name("אורי לייזרוביץ'")
    assert is_uncased_name("וירז׳יני אפירה")
    assert not is_uncased_name("'אורי")


def test_hebrew_and_thai_words_of_the_cast_are_labels() -> None:
    assert field_of("מככבים") == ("cast",)
    assert field_of("นำแสดง") == ("cast",)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Nora Vidal gives her best, most committed performance in years.", "Nora Vidal"),
        ("Tom Reed delivers a subtle, understated performance as the father.", "Tom Reed"),
    ],
)  # fmt: skip
def test_a_comma_between_epithets_of_the_performance_ends_no_clause(text: str, actor: str) -> None:
    assert [m.name for m in cues.acting_subjects(text)] == [actor]


@pytest.mark.parametrize(
    "text",
    [
        # a name before the comma: the clause before it is another's
        "The film, directed by Ana Ruiz, features a great performance.",
        # the word for "and" after the comma opens a clause of its own
        "Ana Ruiz wrote the script, and the performances are fine.",
    ],
)  # fmt: skip
def test_a_comma_before_a_clause_still_parts_it(text: str) -> None:
    assert [m.name for m in cues.acting_subjects(text)] == []


_CREDIT_LINE = """UNDER THE LAKE
de Paulo Mendes
com Rita Soares e Tiago Lopes
(2014)
Uma noite no Lux com Ana Costa, Rui Pinto e Joana Reis, entre amigos."""


def test_a_cue_alone_on_its_line_with_the_names_is_a_credit() -> None:
    at = _CREDIT_LINE.index("com Rita")
    assert castpairs.credit_line(_CREDIT_LINE, at, "com", ["Rita Soares", "Tiago Lopes"])
    at = _CREDIT_LINE.index("com Ana")
    names = ["Ana Costa", "Rui Pinto", "Joana Reis"]
    assert not castpairs.credit_line(_CREDIT_LINE, at, "com", names)


def test_one_name_after_a_cue_on_its_line_is_no_credit_line() -> None:
    text = "With Sean Baker\nA talk after the screening."
    assert not castpairs.credit_line(text, 0, "With", ["Sean Baker"])
