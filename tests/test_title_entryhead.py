"""Table tests for the name of a page's first list entry (``entry_head``), wherever the entry
stands, and for the heads of a line cut before a bracket (snippets written for these tests, in
several languages)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titlevote


def _features(text: str) -> dict[str, dict[str, float]]:
    lines = tuple(text.split("\n"))
    ballot, _ = titlevote.collect(lines, set(), len(lines), set(), None)
    return {c.value: c.features for c in ballot.candidates.values()}


def _entry_heads(text: str) -> list[str]:
    return [value for value, features in _features(text).items() if "entry_head" in features]


#: a society's season far below its menus: each film's name over a line of its facts (English)
_SEASON = "\n".join(
    [
        "FILM NIGHTS",
        "Free screenings for students",
        "Thursday evenings | 7 pm",
        "Main Hall, Science Building",
        "How to find us",
        "Park in the north lot and take the stairs to the first floor.",
        "Tickets",
        "Entry is free; no booking is needed.",
        "COMING UP",
        "MARCH 3",
        "Quiet Harbour Lights",
        "(1952, Norway, dir. Ola Strand, 94 minutes)",
        "A lighthouse keeper takes in a stranger.",
        "MARCH 10",
        "The Paper Crown",
        "(1961, Italy, dir. Anna Verdi, 101 minutes)",
    ]
)
#: a festival's list of films, each marked by a dash, the directors in parentheses (Spanish)
_MARKED = (
    "El festival presenta este año doce películas de la región.\n"
    "– LAS HORAS LENTAS (Marta Ruiz, Pablo Gil)\n"
    "Una mujer vuelve a su pueblo después de veinte años.\n"
    "– EL MURO BLANCO (Jon Etxeberria)\n"
    "Dos hermanos comparten una casa en ruinas.\n"
)
#: a cycle's films, the first over its director's label (Spanish)
_CYCLE = (
    "Blog\nCiclo de cine. Viajes interiores\nUn ciclo de verano sobre el viaje.\n"
    "Rumbo al Sur (5 al 9 de febrero, 19 h)\nDirección: Lucía Romero\nDuración: 80 minutos\n"
    "La Casa Vacía (12 al 16 de febrero, 19 h)\nDirección: Tomás Vidal\n"
)
#: a rating board's list: the name, its original title and facts in square brackets
_BRACKETS = (
    "Destaque\nLista de filmes que estreiam nos cinemas\n"
    "Confira a lista das obras classificadas:\n"
    "Noite de verão [Summer Night, Argentina, 2016], de Ana Pérez (Filmes Sul). Gênero: drama.\n"
    "O último trem [Der letzte Zug, Alemanha, 2017], de Jan Weber (Filmes Norte).\n"
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (_SEASON, "Quiet Harbour Lights"),
        (_MARKED, "LAS HORAS LENTAS"),
        (_CYCLE, "Rumbo al Sur"),
        (_BRACKETS, "Noite de verão"),
    ],
)
def test_the_first_entry_is_a_candidate(text: str, value: str) -> None:
    assert _entry_heads(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        # a label's line over facts is a fact, not an entry
        "Reviews\nGenre: Drama\n(France 2019, 98 min)\nA long text about the film.\n",
        # a credit over facts names a person
        "Reviews\nBy Jane Doe and John Roe\nFrance, 2019, 98 minutes\nA long text.\n",
        # a menu's marked lines: no rest after the name
        "• Home\n• Films\n• Contact\nA text about the week in cinemas.\n",
    ],
)
def test_no_entry(text: str) -> None:
    assert _entry_heads(text) == []


def test_a_head_before_facts_ends_at_its_bracket() -> None:
    assert "Noite de verão" in _features(_BRACKETS)
    assert "Noite de verão [Summer Night" not in _features(_BRACKETS)


def test_a_label_head_ends_where_its_bracket_opens() -> None:
    text = (
        "Melhores de 2019\nAlguns filmes surpreenderam.\n- Vento Norte (Onde Assistir: Netflix)\n"
    )
    features = _features(text)
    assert "label_head" in features["Vento Norte"]
    assert "Vento Norte (Onde Assistir" not in features
