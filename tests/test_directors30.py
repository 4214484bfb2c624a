"""Directors: the word for "by" inside a credit line that goes on with the film's facts or
cast, and Kazakh's role noun in the Arabic script."""

from __future__ import annotations

import pytest

from indexer.extract.pages.cues import by_inside_lines, mentions


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the title's other name in brackets, the name, then country, year and length
        (
            "La Nuit rouge (Die rote Nacht) de Jana Kowalczyk – Pologne – 1931 – 95 mn – Avec."
            " Piotr Nowak.\n",
            ["Jana Kowalczyk"],
        ),
        # the title and its year, the name, then the cast
        (
            "Hier, Lima, 2020, de Rosa Quispe, con Pedro Mamani y Ana Flores, ganó.\n",
            ["Rosa Quispe"],
        ),
        # a heading ending with the name, the film's country and year on the next line
        (
            "Soirée du 4 mai\nLes Dunes de Karim Benali\n52’ - Maroc/France - 2014 - Fiction\n",
            ["Karim Benali"],
        ),
    ],
)
def test_credit_inside_a_line(text: str, found: list[str]) -> None:
    assert [m.name for m in by_inside_lines(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        # a film "of" an actor in prose, the cast after it but no title's end before "de"
        "Nous avons revu le film de Paul Martin, avec Anne Roux, hier soir.\n",
        # a byline's heading: no country beside it
        "Critique de Paul Martin\nPublié le 3 mai 2021\n",
    ],
)
def test_no_credit_inside_a_line(text: str) -> None:
    assert by_inside_lines(text) == []


def test_kazakh_arabic_script_role_noun() -> None:
    text = "فيلمنىڭ رەجيسسەرى ءالىم ساتىبالدى. ءتۇسىرىلىم كوكتەمدە باستالادى."
    assert [m.name for m in mentions(text, "director_nouns")] == ["ءالىم ساتىبالدى"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a nickname in quotes between the given name and the surname belongs to the name
        ("The director Amos ‘Kip’ Otieno has worked on short films.", ["Amos ‘Kip’ Otieno"]),
        ("Writer-director B.K. “Sunny” Adeyemi’s debut opens today.", ["B.K. “Sunny” Adeyemi"]),
    ],
)
def test_nickname_inside_a_name(text: str, found: list[str]) -> None:
    assert [m.name for m in mentions(text, "director_nouns")] == found


def test_quoted_title_after_a_full_name_is_not_a_nickname() -> None:
    text = "a film by Anna Kern “Roma” Premiere tonight"
    assert [m.name for m in mentions(text, "directed_by")] == ["Anna Kern"]
