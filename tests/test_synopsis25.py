"""Table tests for the synopsis's length: a news article's lede is followed by the paragraphs
of the same text up to the fifth, so that the story told a few paragraphs below a lede about a
screening or a premiere is part of the synopsis (blank lines between paragraphs only)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page, synopsis

#: adapted from a Galician news page: a lede on a screening, news paragraphs, then the story
_GL = [
    "O director da película Matria, Álvaro Gago e parte do seu equipo, estará presente na "
    "proxección do filme no Auditorio da Xuventude o vindeiro venres ás oito da tarde.",
    "Así o comunicou esta mañá o concelleiro de Cultura. O público poderá adquirir as entradas "
    "unha hora antes do inicio da proxección na billeteira do propio auditorio municipal.",
    "A película de Álvaro Gago foi rodada na comarca do Salnés e tamén inclúe escenas na "
    "parroquia de Corvillón, onde moitos veciños participaron como figurantes na rodaxe.",
    "A proxección forma parte do ciclo de cinema galego que o concello organiza cada primavera "
    "coa colaboración da asociación cultural da vila e de varias salas da comarca.",
    "Matria é un drama social situado en Galicia que supón a primeira aventura na longametraxe "
    "do cineasta. A protagonista, Ramona, traballa nunha fábrica de conservas e loita por saír.",
]
#: adapted from an English review: six paragraphs of one text
_EN = [
    f"Paragraph {n} of the review goes on about the film, its actors and the town where the "
    f"story is set, and it is long enough to count as a paragraph of prose on its own."
    for n in ("one", "two", "three", "four", "five", "six")
]


@pytest.mark.parametrize(("paragraphs", "kept"), [(_EN, 5), (_EN[:4], 4), (_GL, 5)])
def test_the_chosen_paragraph_is_continued_up_to_the_fifth(
    paragraphs: list[str], kept: int
) -> None:
    lines = tuple("\n\n".join(paragraphs).split("\n"))
    assert synopsis._extend(paragraphs[0], lines, set(), 0) == "\n\n".join(paragraphs[:kept])


def test_the_story_below_a_news_lede_is_part_of_the_synopsis() -> None:
    text = "Source: https://example.org/o-salnes/matria\nMatria\n\n" + "\n\n".join(_GL) + "\n"
    films = extract_page(text, "test").films
    assert films
    assert films[0].synopsis.startswith(_GL[0])
    assert _GL[4] in films[0].synopsis


def test_a_heading_still_ends_the_synopsis() -> None:
    paragraphs = [*_EN[:2], "Other films this week", *_EN[2:4]]
    lines = tuple("\n\n".join(paragraphs).split("\n"))
    assert synopsis._extend(_EN[0], lines, set(), 0) == "\n\n".join(_EN[:2])
