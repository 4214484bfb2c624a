"""Cast readers changed in session 29 (second part): names of scripts without capitals end at
a verb of playing or a relative pronoun; names parted only by spaces in a cast cell."""

from __future__ import annotations

import pytest

from indexer.extract.pages import castrows, cues, people


def _cast(text: str) -> list[str]:
    return [m.name for m in cues.cast_lists(text)]


def test_a_verb_of_playing_ends_a_name_after_the_word_for_actor() -> None:
    # "the role of the king is performed by the actor Giorgi Beridze"
    text = "მეფის როლს მსახიობი გიორგი ბერიძე ასრულებს."
    assert _cast(text) == ["გიორგი ბერიძე"]


def test_one_name_without_a_verb_of_playing_after_it_is_weak() -> None:
    text = "მეფის როლს მსახიობი გიორგი ბერიძე ხედავს."
    assert _cast(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("الممثل سامي حداد الذي لعب دور الأب", "سامي حداد"),
        ("الممثلة ليلى منصور التي فازت بالجائزة", "ليلى منصور"),
    ],
)  # fmt: skip
def test_an_arabic_relative_pronoun_ends_the_name(text: str, name: str) -> None:
    assert cues.name_at(text, text.index(name)) == name


@pytest.mark.parametrize(
    ("value", "parted"),
    [
        ("Nora Vidal Marina de Soto", "Nora Vidal, Marina de Soto"),
        ("Olivia Colman Colin Ashby Toby Marsh", "Olivia Colman, Colin Ashby, Toby Marsh"),
        # a compound given name opens one long name: no cut after a given name
        ("Juan Carlos Martín Pérez", "Juan Carlos Martín Pérez"),
        # three words are one name; a piece of one word is no name
        ("Gael García Bernal", "Gael García Bernal"),
        ("Trần Nữ Yên Khê", "Trần Nữ Yên Khê"),
        ("Ana Ruiz y Marina de Soto", "Ana Ruiz y Marina de Soto"),
        ("Olivia Colman, Colin Ashby", "Olivia Colman, Colin Ashby"),
    ],
)  # fmt: skip
def test_names_parted_by_spaces_only_are_cut_at_given_names(value: str, parted: str) -> None:
    assert castrows.spaced_apart(value) == parted


def test_a_labelled_cell_of_spaced_names_gives_each_actor() -> None:
    assert people.cast("Nora Vidal Marina de Soto", "", "", "", None) == [
        "Nora Vidal",
        "Marina de Soto",
    ]


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        ("A fiú anyja (Éva Kovács) később meggondolja magát.", ["Éva Kovács"]),
        ("She lives with her grandfather (Peter Lund) in Oslo.", ["Peter Lund"]),
    ],
)  # fmt: skip
def test_one_character_in_lower_case_before_a_full_name_pairs_an_actor(
    text: str, cast: list[str]
) -> None:
    assert people.paired_with_characters(text) == cast


@pytest.mark.parametrize(
    "text",
    [
        "The film was made by the director (Jane Holm) in 2019.",
        "Her brothers (Tom and Ben Lund) come home.",
        "A fine score by the composer (Peter Lund Hansen Berg) too.",
        "Titles from everywhere (Amores Perros, Magnolia) came.",
        "des nuits dans la forêt (Aranyer Din Ratri) de Satyajit Ray",
    ],
)
def test_a_credit_word_or_two_names_in_parentheses_pair_no_actor(text: str) -> None:
    assert people.paired_with_characters(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("新作由「超人」安德魯加菲(Andrew Garfield)主演。", ["安德魯加菲"]),
        ("現在他和佩德羅帕斯卡(Pedro Pascal)主演的新作", ["佩德羅帕斯卡"]),
    ],
)  # fmt: skip
def test_a_han_name_spelled_in_latin_letters_before_the_cue_is_read_whole(
    text: str, names: list[str]
) -> None:
    assert [m.name for m in cues.cast_before(text)] == ["; ".join(names)]
