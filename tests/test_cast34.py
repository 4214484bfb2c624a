"""Cast readers changed in session 34: two actors joined in one parenthesis by the word for
"and" of any language of the language data."""

from __future__ import annotations

import pytest

from indexer.extract.pages.sentences import character_cast


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        # Dutch "en", Romanian "și", Turkish "ve": words for "and" of the language data
        ("Tom en Lies (Aart Bakker en Sanne Vos) worden vrienden.", ["Aart Bakker", "Sanne Vos"]),
        ("Ion și Ana (Mihai Popa și Ioana Dinu) fug.", ["Mihai Popa", "Ioana Dinu"]),
        ("Ali ve Ayşe (Kerem Tan ve Elif Sarı) evlenir.", ["Kerem Tan", "Elif Sarı"]),
        # the English word, read before too
        ("Ma (Wu Renlin and Zhang Min) marry.", ["Wu Renlin", "Zhang Min"]),
    ],
)
def test_two_actors_joined_by_the_word_for_and_of_any_language(text: str, cast: list[str]) -> None:
    assert character_cast(text) == cast


def test_a_word_for_and_that_joins_no_two_names_makes_no_pair() -> None:
    # "in" is Slovene "and", here English: a title's translation, no actors
    assert character_cast("In Exile (Pyi Pye in Myanmar) follows refugees.") == []


def test_a_long_aside_that_describes_the_actor_in_lower_case_keeps_the_pair() -> None:
    text = "Elle suit Nora (Léa Martin, la fille du boulanger, une fois encore parfaite) en ville."
    assert character_cast(text) == ["Léa Martin"]


def test_a_long_aside_of_capitalised_titles_makes_no_pair() -> None:
    text = "Nous recommandons (Le Grand Voyage, Petite Fleur, Tiens-moi fort, The Night Of) aussi."
    assert character_cast(text) == []


def test_a_parenthesis_glued_to_the_character_pairs_too() -> None:
    text = "Film yuxusu Kamalın(Rauf Əliyev) və Leylanın(Aysel Quliyeva) həyatıdır."
    assert character_cast(text) == ["Rauf Əliyev", "Aysel Quliyeva"]
