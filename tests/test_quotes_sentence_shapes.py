"""The general reader of sentence shapes (``quotes/shapes.py``): a quotation's source named in
the prose of its sentence, in any order, read with the language modules' words."""

from __future__ import annotations

import pytest
from page_support import Found, quotes

from indexer.extract.pages.quotes.shapes import CONTINUES, shaped_source, unglued
from indexer.extract.pages.quotes.who import Who


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # quotation, verb, role word and an outlet glued to the critic's name after it
        (
            "Po projekci to kritici chválili. „Ten film je velké a odvážné dílo o válce,“ "
            "napsal o filmu kritik listu The Guardian Jan Novák. Dal mu pět hvězd.",
            [("Ten film je velké a odvážné dílo o válce,", "Jan Novák", "The Guardian")],
        ),
        # quotation, verb, person "from" an outlet written in another script
        (
            "Фильм вызвал споры. «Это долгая и очень скучная история о шпионах», — написал "
            "Иван Петров из Forbes. Он добавил, что.",
            [("Это долгая и очень скучная история о шпионах", "Иван Петров", "Forbes")],
        ),
        # person, outlet in quotation marks after "for", verb, colon, quotation
        (
            "Иван Петров в материале для «Новой газеты» так высказался о фильме: «Это "
            "долгая и очень скучная история о шпионах».",
            [("Это долгая и очень скучная история о шпионах", "Иван Петров", "Новой газеты")],
        ),
        # the outlet as the subject after its article, far from its verb
        (
            'A Le Figaro már egy héttel ezelőtt úgy nyilatkozott, hogy "meglepő lenne, ha '
            'a film díj nélkül távozna".',
            [("meglepő lenne, ha a film díj nélkül távozna", None, "Le Figaro")],
        ),
        # "according to" inside the sentence, the outlet after it
        (
            "Filmen blir, ifølge Rushprint, «et heseblesende ritt med briljant bueskyting».",
            [("et heseblesende ritt med briljant bueskyting", None, "Rushprint")],
        ),
    ],
)
def test_source_written_into_the_sentence(body: str, expected: list[Found]) -> None:
    assert quotes(body) == expected


def test_a_verb_with_no_name_goes_on_with_the_critic_before() -> None:
    body = (
        "„Ten film je velké a odvážné dílo o válce,“ napsal kritik listu The Guardian Jan "
        "Novák. „Doufám, že už ho nikdy neuvidím znovu,“ píše ale také."
    )
    assert [(c, o) for _, c, o in quotes(body)] == [("Jan Novák", "The Guardian")] * 2


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # a person with no outlet and no critic's role makes a statement
        ("At the gala the mood was good. ", ", said Anna Berg, smiling."),
        # the name after "the film of" is its maker's, the outlet alone the source
        ("Премиерата мина добре. ", ", пише за новия филм на Стефан Петров."),
        # a person alone after "according to": a writer's or an official's words
        ("La película, según Eduardo Galeano, ", "."),
    ],
)
def test_statements_name_no_critic(before: str, after: str) -> None:
    who, _ = shaped_source(before, after)
    assert who is None or who is CONTINUES


def test_shapes_reader_answers() -> None:
    assert shaped_source("Nothing here ", " and nothing there.") == (None, "")
    assert shaped_source("", ", píše ale také.")[0] is CONTINUES
    assert unglued(Who(None, "The Guardian Jan Novák", True)) == Who(
        "Jan Novák", "The Guardian", True
    )
    assert unglued(Who("Jan Novák", None, True)) == Who("Jan Novák", None, True)
