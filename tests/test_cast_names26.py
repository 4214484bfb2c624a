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


@pytest.mark.parametrize(
    "text", ["出演:北川原さん、", "出演:北川原など、", "出演:北川原らが、", "出演:名役者です、"]
)
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


def test_a_cast_cue_of_greek_and_romanian_before_the_lead() -> None:
    text = "με τον τύπο να εξυμνεί την πρωταγωνίστρια Anna Berg."
    assert [m.name for m in cues.cast_lists(text)] == ["Anna Berg"]
    text = "vine la proiectia alaturi de protagonista Ioana Pop. Proiectia e maine."
    assert [m.name for m in cues.cast_lists(text)] == ["Ioana Pop"]


def test_the_word_for_this_and_its_noun_open_no_name() -> None:
    text = "நடித்துள்ள இந்த திரைப்படத்தில் பிரபு, ஊர்வசி, பால சரவணன்."
    assert cues.names_from(text, text.find("இந்த")) == ["பிரபு", "ஊர்வசி", "பால சரவணன்"]


def test_of_two_lists_after_one_cue_the_one_below_the_title_wins() -> None:
    block = (
        "THE FIRST FILM\n\nAnna Berg. France, 2019\n\namb: Jean Dupont, Luc Martin i Marie Roy\n\n"
        "Una història de guerra.\n\nTHE SECOND FILM\n\nPeter Holm. Hongria, 2018\n\n"
        "amb: Juli Varga, Vlad Popa, Judit Nagy i Susanna Kiss\n"
    )
    cast = people.cast("", "", block, "", None, "The First Film")
    assert cast[:2] == ["Jean Dupont", "Luc Martin"]


def test_hangul_words_unlike_names_make_no_run_of_names() -> None:
    text = (
        "가장 빠른 뉴스가 있고 다양한 정보, 쌍방향 소통이 숨쉬는 곳. "
        "다음뉴스는 실시간 속보, 문화생활 및 다양한 분야의 뉴스를 전달합니다."
    )
    assert people.name_runs(text) == []


def test_a_list_on_a_line_that_credits_another_director_is_another_films() -> None:
    block = (
        "Der Erste\n\nCH 2011, 84 Min., Regie: Paolo Rossi, Dokumentarfilm\n\nText.\n\n"
        "Der Zweite\n\nCH 2017, 82 Min., Regie: Bernd Weber, mit Anna Berg, Maria Holm, "
        "Peter Kurz\n\nText.\n\nDer Dritte\n\nA 2008, 121 Min., Regie: Otto Lang, mit Josef "
        "Haider, Karl Bauer, Birgit Mayr, Simon Schatz, Eva Gold\n"
    )
    cast = people.cast("", "", block, "", None, "Der Erste", ["Paolo Rossi"])
    assert "Anna Berg" not in cast


def test_a_run_of_names_after_a_writers_label_in_a_row_of_cells_is_no_cast() -> None:
    block = (
        "L'Assassino\nDurata: 105 minuti | Regia: Ugo Neri | Sceneggiatura: Ugo Neri, Tino "
        "Serra, Pino Festa, Aldo Franco | Produttore: Carlo Rossi\n"
    )
    assert people.cast("", "", block, "", None, "L'Assassino", ["Ugo Neri"]) == []


@pytest.mark.parametrize(
    "text",
    [
        "O elenco integra Zé Costa, Ana Baldé, Joana Brito, entre outros.",
        "O reparto está composto, entre outros, por Zé Costa, Ana Baldé e Joana Brito.",
    ],
)
def test_portuguese_and_galician_cast_sentences(text: str) -> None:
    assert cues.cast_lists(text)[0].name.startswith("Zé Costa; Ana Baldé")
