"""Directors as the possessor of their film: an English possessive before a genre's noun, the
genitive after a Slavic language's word for a new film ("novinku Jiřího Vejdělka"), and a
Slavic possessive adjective of a surname the page writes in full ("Matanićev novi film")."""

from __future__ import annotations

import pytest

from indexer.extract.pages.possessive import adjective_possessors, film_possessors


@pytest.mark.parametrize(
    ("text", "code", "found"),
    [
        # an English possessive before a genre's noun, lower-case words between
        ("Well acted and beautifully shot, Ralph Ziman’s crime drama can go head-to-head.",
         "en", ["Ralph Ziman"]),
        ("Bruce Robinson's comedy about two out-of-work actors.", "en", ["Bruce Robinson"]),
        # no possessor: a genre's noun after a plain name
        ("a Tom Hanks drama", "en", []),
        # the genitive after a Slavic language's word for a new film or a debut
        ("Od 24. října uvidíme v kinech očekávanou novinku Jiřího Vejdělka.", "cs",
         ["Jiřího Vejdělka"]),
        ("Это полнометражный дебют Рауля Гейдарова.", "ru", ["Рауля Гейдарова"]),
        ("Прем’єра стрічки Дмитра Мойсєєва відбулася.", "uk", ["Дмитра Мойсєєва"]),
        ("Redateljski prvijenac Alekse Balaševića", "hr", ["Alekse Balaševića"]),
        # no name in the genitive after it
        ("Novinka sezóny je tady.", "cs", []),
    ],
)  # fmt: skip
def test_genre_possessors(text: str, code: str, found: list[str]) -> None:
    assert [m.name for m in film_possessors(text, code)] == found


@pytest.mark.parametrize(
    ("text", "code", "found"),
    [
        # a surname's possessive adjective before the word for film: the full name elsewhere
        ("Dalibor Matanić potpisuje režiju. Matanićev je novi film, Zvizdan, u Cannesu.",
         "hr", ["Dalibor Matanić"]),
        ("Dalibor Matanić. Novi Matanićev dugometražni uradak ujedno je naš prvi film.",
         "hr", ["Dalibor Matanić"]),
        # the full name written only in the genitive ("Petra Nikolaeva"), as labels keep it
        ("Snímek Petra Nikolaeva vypravuje o Lidicích. Asi je Nikolaevův film nejlepší.",
         "cs", ["Petra Nikolaeva"]),
        # a sentence's first word before the surname is no given name ("Sám Menzel")
        ("Sám Menzel mlčel, film sám mluví. Film učinil Jiřího Menzela slavným. "
         "Menzelův debut je film.",
         "cs", ["Jiřího Menzela"]),
        # no full name on the page: nothing made up; a pronoun ("Njegov", "his")
        ("Matanićev je novi film, Zvizdan.", "hr", []),
        ("Njegov novi film je drama.", "hr", []),
        # a language without such adjectives
        ("Dalibor Matanić. Matanićev film.", "en", []),
    ],
)  # fmt: skip
def test_adjective_possessors(text: str, code: str, found: list[str]) -> None:
    assert [m.name for m in adjective_possessors(text, code)][:1] == found
