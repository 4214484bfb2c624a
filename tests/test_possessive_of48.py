"""A full name right after the film's quoted title and the page language's word for "of"."""

from __future__ import annotations

import pytest

from indexer.extract.pages.possessive import beside_title

UROK = (
    'Българският филм "Урок" е тазседмичният\n'
    '"Урок" на Петър Вълчанов и Кристина Грозева разказва за млада учителка.'
)
ARBRE = (
    "Un film tunisien. Il s’agit de “L’arbre du soir” de Adel Bakri, “On rougit d’abord”. "
    "Un film de 112 mn réalisé en 2025 pour un scénario de Adel Bakri."
)


@pytest.mark.parametrize(
    ("text", "title", "code", "found"),
    [
        (UROK, "Урок", "bg", ["Петър Вълчанов"]),
        # the page writes the name after a writing word: the writer, no director
        (ARBRE, "L’arbre du soir", "fr", []),
        # the name a role's player in parentheses elsewhere
        (
            "Ngạn (Trần Nghĩa) và Hà Lan (Trúc Anh) lớn lên. Bộ phim hay.\n"
            "“Ngạn” của Trần Nghĩa là điểm sáng nhất của Mắt Biếc",
            "Ngạn",
            "vi",
            [],
        ),
        # a language not told by its word for film: no word for "of" is read
        ('"Урок" на Петър Вълчанов разказва за млада учителка.', "Урок", "bg", []),
        # one word after the word for "of": no full name
        (
            "Le film «La Vie» de Dupont, une merveille.",
            "La Vie",
            "fr",
            [],
        ),
    ],
)
def test_name_after_quoted_title_and_of(text: str, title: str, code: str, found: list[str]) -> None:
    assert [m.name for m in beside_title(text, title, code) if m.cue == "«» of"] == found


def test_the_word_for_of_is_the_page_languages_own() -> None:
    # French "de" on a Bulgarian page reads nothing
    text = 'Българският филм "Урок" de Петър Вълчанов разказва за млада учителка.'
    assert [m for m in beside_title(text, "Урок", "bg") if m.cue == "«» of"] == []


def test_the_name_joined_by_and_is_a_partner() -> None:
    found = [m for m in beside_title(UROK, "Урок", "bg") if m.cue == "«» of"]
    assert [m.partners for m in found] == [("Кристина Грозева",)]
