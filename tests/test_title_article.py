"""A word that only opens or joins a phrase ("The", "La", "Het") read alone as a candidate
title is page furniture: it wins only when no other candidate has a positive score."""

from __future__ import annotations

from indexer.extract.pages import titlevote
from tests.page_support import film_of

#: a review whose sentences open with the article, once right after the word for film, and
#: whose address and one sentence give the film's name (a page written for this test)
PAGE = """Source: https://example.org/cine/resenas/totem
Reseñas
La película La mirada de una niña llega a los cines. La directora filma una fiesta.
La casa se llena de gente. La niña espera. La tarde pasa despacio y la familia prepara la fiesta.
La cámara se queda con ella. La luz de la tarde lo cubre todo.
Tótem es la segunda película de Lila Avilés, una obra sobre la familia y la espera.
"""


def test_an_article_alone_loses_to_the_name() -> None:
    assert film_of(PAGE).title == "Tótem"


def test_an_article_alone_is_generic_unless_the_page_sets_it_as_a_name() -> None:
    assert titlevote._is_generic({"joining_word": 1.0})
    assert not titlevote._is_generic({"joining_word": 1.0, "quoted": 1.0})
