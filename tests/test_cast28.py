"""Cast readers changed in session 28: list marks, role marks after an actor, words around
names as language data, lists read before a cue of a script without spaces, characters told
from actors, and a list's own sentence."""

from __future__ import annotations

import importlib

import pytest

from indexer.extract.pages import castruns, cues, people, roles

scan = importlib.import_module("indexer.extract.pages.scan")


@pytest.mark.parametrize("mark", ["~", "»", "→", "—"])
def test_a_cast_label_over_marked_rows_reads_every_row(mark: str) -> None:
    lines = tuple(
        f"Pemeran:\n{mark} Ana Putri (Sari)\n{mark} Budi Santoso (Raka)\n\nSinopsis:".split("\n")
    )
    entries, _ = scan.scan(lines)
    cast = [e.value for e in entries if e.field == "cast"]
    assert cast == ["Ana Putri (Sari)\nBudi Santoso (Raka)"]


def test_an_actor_before_a_role_mark_in_parentheses_is_read() -> None:
    text = "Phim kể về Minh (Isaac vào vai) và Lan (Ngô Thanh Hà thủ vai), hai nghệ sĩ trẻ."
    assert [m.name for m in roles.marked_in_parentheses(text)] == ["Isaac", "Ngô Thanh Hà"]


@pytest.mark.parametrize(
    ("text", "code", "cast"),
    [
        # Chinese: the last name joined by a one-character "and" glued to it
        ("由張三豐、李四海和王五湖主演", "zh", "張三豐; 李四海; 王五湖"),
        # a name that starts with that character after "由" stays whole
        ("由和田秀樹主演", "zh", "和田秀樹"),
        # Hungarian: the names in the instrumental before "in the lead role"
        ("A film Kovács Péterrel és Szabó Annával a főszerepben.", "hu",
         "Kovács Péterrel; Szabó Annával"),
    ],
)  # fmt: skip
def test_names_before_a_cast_cue(text: str, code: str, cast: str) -> None:
    assert [m.name for m in cues.cast_before(text, code)][:1] == [cast]


def test_urdu_words_around_names_are_no_part_of_them() -> None:
    text = "فلم کی کاسٹ میں احمد علی، ماڈل سارہ خان اور بلال شاہ بھی شامل ہیں۔"
    found = people.cast("", "", text, "", None)
    assert found == ["احمد علی", "سارہ خان", "بلال شاہ"]


def test_a_list_of_a_script_without_capitals_holds_names_with_their_roles() -> None:
    text = "फिल्ममा राम थापा (हरि), सीता राई (गीता), श्याम गुरुङ, माया लामा, कृष्ण तामाङ आदिको अभिनय छ।"
    assert castruns.uncased_runs(text) == [["सीता राई", "श्याम गुरुङ", "माया लामा"]]


def test_a_cue_list_of_characters_loses_to_the_actors_in_parentheses() -> None:
    text = (
        "Anna Berg (Maria Lind) arbeitet in einem Studio. Dann kommt es zum Streit mit "
        "Paul Roth (Jonas Weber) und Lena Falk (Sophie Kurz)."
    )
    assert people.cast("", "", text, "", None) == ["Maria Lind", "Jonas Weber", "Sophie Kurz"]


def test_a_list_in_a_sentence_of_the_cast_beats_a_longer_list_of_crew() -> None:
    text = (
        "No elenco estão nomes conhecidos, como Ana Souza, Bruno Lima, Carla Dias e Davi Reis. "
        "A direção coletiva é assinada por Elisa Melo, Fábio Nunes, Gil Prado, Hugo Sales e "
        "Iara Costa."
    )
    assert people.cast("", "", text, "", None)[:2] == ["Ana Souza", "Bruno Lima"]


@pytest.mark.parametrize("code", ["sr", "hr", "bs"])
def test_south_slavic_cue_of_the_roles_played(code: str) -> None:
    text = "Film je režirao Marko Kovač, a uloge tumače Ana Jović, Ivan Babić i Petar Perić."
    found = [m.name for m in cues.cast_lists(text)]
    assert "Ana Jović; Ivan Babić; Petar Perić" in found


def test_burmese_names_between_its_own_commas_in_a_sentence_of_the_cast() -> None:
    text = "ဇာတ်ကားကို သရုပ်ဆောင်တွေအနေနဲ့ ကျော်ကျော် ၊ မောင်မောင် ၊ လှလှ ၊ မြမြ ၊ နန်းနန်းတို့ ပါဝင်ပါတယ်။ နောက်တစ်ကြောင်း"
    assert castruns.uncased_runs(text) == [["မောင်မောင်", "လှလှ", "မြမြ"]]


def test_an_actor_before_an_apposition_of_the_lead_role() -> None:
    text = "Jane Roe, the young actress in the lead role, is superb."
    assert people.acting_names(text) == ["Jane Roe"]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a relative pronoun that is an article too ("die") opens a relative clause still
        ("Het verhaal volgt Eva Jansen, die de hoofdrol speelt met verve.", ["Eva Jansen"]),
        # an article without the word for actor after it is no apposition of an actor
        ("Directed by Sara Holm, the performance of this cast is raw.", []),
    ],
)
def test_a_clause_after_a_comma_ties_a_name_to_acting(text: str, actors: list[str]) -> None:
    assert people.acting_names(text) == actors
