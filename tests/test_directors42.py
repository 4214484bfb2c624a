"""Directors (session 42): a director's cue with other roles joined to it before one "by",
and labels glued to the value before them in a flattened line of credits."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page, linelabels
from indexer.extract.pages.cues import directors_after_comma, mentions


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the director's participle first, other roles joined by commas and "and" before "by"
        ("The film was directed, produced, and written by Maria Lenz.", ["Maria Lenz"]),
        ("Il film, regia e sceneggiatura di Paolo Verdi, racconta un'estate.", ["Paolo Verdi"]),
        # a participle with another ending ("dirigido por"), a word after the other role
        ("Dirigida y escrita por Lucía Prado, la película narra un viaje.", ["Lucía Prado"]),
        ("A direção e roteiro são de Tiago Mendes, que estreia.", ["Tiago Mendes"]),
    ],
)
def test_roles_joined_before_one_by(text: str, found: list[str]) -> None:
    assert [m.name for m in mentions(text, "directed_by")] == found


@pytest.mark.parametrize(
    "text",
    [
        # no director's word among the joined roles
        "The film was written and produced by Maria Lenz.",
        # a word for film before "and": no role
        "A film and music by Maria Lenz.",
    ],
)
def test_joined_roles_without_a_director(text: str) -> None:
    assert mentions(text, "directed_by") == []


def _labelled(line: str) -> list[tuple[tuple[str, ...], str, str]]:
    return [
        (fields, label, value) for fields, label, value, _ in linelabels._labelled_in_lines(line)
    ]


def test_label_glued_after_a_clock_time() -> None:
    line = "FRI-SAT: 4:00 & 7:00Dir: Ana Lindqvist Starring: Tom Berg, Eva Holm\n"
    assert _labelled(line)[0] == (("directors",), "Dir", "Ana Lindqvist")


def test_label_with_a_bracketed_plural_and_a_glued_longer_label() -> None:
    # "Realizador(es):" glued after the runtime; the next label "Assistente(s) de
    # realização:" glued to the name: the name ends where it starts, and the assistant it
    # names is not the director
    line = (
        "Duração:110 minRealizador(es):Rui Tavares NetoAssistente(s) de realização:Joana Prado"
        "Montagem:Luís Frade\n"
    )
    found = _labelled(line)
    assert (("directors",), "Realizador", "Rui Tavares Neto") in found
    assert all(value != "Joana Prado" or "directors" not in fields for fields, _, value in found)


def test_capital_inside_a_name_is_no_glued_label() -> None:
    line = "Drama, 95 min. Dir: John McCann Starring: Eva Holm, Tom Berg\n"
    assert _labelled(line)[0] == (("directors",), "Dir", "John McCann")


def test_glued_credit_line_gives_the_director() -> None:
    page = (
        "Source: https://archive.example/item/1234\nO Pescador\n\n"
        "Documento simples - VídeoDuração:110 minRealizador(es):Rui Tavares Neto"
        "Assistente(s) de realização:Joana PradoMontagem:Luís FradeAtor(es):Ana Costa\n"
    )
    film = extract_page(page, "page.txt").films[0]
    assert film.directors == ("Rui Tavares Neto",)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # describing words in lower case between the comma and the role noun
        ("Travis Knight, novopečený režisér, jehož práci známe.", ["Travis Knight"]),
        ("We met Ana Ruiz, acclaimed director, at the festival.", ["Ana Ruiz"]),
        ("Bruno Kolar, mladý slovenský režisér, natočil film.", ["Bruno Kolar"]),
    ],
)
def test_describing_words_before_the_role_noun(text: str, found: list[str]) -> None:
    assert [m.name for m in directors_after_comma(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        # a name after the noun is the director, not the one before the comma
        "Ana Ruiz, alongside director Tom Berg, came to the screening.",
        # a clause, a verb of speech: no apposition
        "Ana Ruiz, who met the director, was pleased.",
        "Ana Ruiz, said the director, was the first choice.",
    ],
)
def test_clause_before_the_role_noun(text: str) -> None:
    assert directors_after_comma(text) == []
