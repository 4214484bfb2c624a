"""Directors as the possessor of their film: an English possessive before a genre's noun, the
genitive after a Slavic language's word for a new film ("novinku Jiřího Vejdělka"), and a
Slavic possessive adjective of a surname the page writes in full ("Matanićev novi film")."""

from __future__ import annotations

import pytest

from indexer.extract.pages.possessive import film_possessors


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
