"""Director readers of session 26: CJK labels glued to the name before them, lenticular
asides, a credit line that opens with the title and "by", cell rows that open with the name,
"by" lines with facts after a comma or the cast after a full stop, and the word for film with
a nationality before "by"."""

from __future__ import annotations

import pytest

from indexer.extract.pages import cues, extract_page
from indexer.extract.pages.names import names


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # the next labels glued to the names before their colons: the director alone
        ("山田太郎原作:佐藤一郎脚本:鈴木花子", ["山田太郎"]),
        ("李小明编剧:王大同", ["李小明"]),
        # a film the director made before, in lenticular brackets: no part of the name
        ("【海上花】陳大文", ["陳大文"]),
        # no label inside: the name whole
        ("黒沢清", ["黒沢清"]),
    ],
)
def test_labelled_cjk_directors(value: str, expected: list[str]) -> None:
    assert names(value, False, "directors") == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Film belge de Anna Peeters et Tom Janssens (2024), avec Eva Smit.", "Anna Peeters"),
        ("Es una película chilena de Rosa Pérez, con Ana Díaz.", "Rosa Pérez"),
        ("Un film italiano di Marco Rossi.", "Marco Rossi"),
    ],
)
def test_film_nationality_by(text: str, found: str) -> None:
    assert [m.name for m in cues.directed_by_nationality(text)] == [found]


def test_film_nationality_by_needs_a_nationality() -> None:
    # a capitalised word or a word that is no nationality: no cue
    assert cues.directed_by_nationality("Le film Vertigo de Anna Peeters.") == []
    assert cues.directed_by_nationality("un film triste de Marco Rossi.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nebel\n\nvon Lena Berger, Niederlande/Belgien 2017\nDonnerstag, 20 Uhr", "Lena Berger"),
        ("De Karim Haddad. Avec Sami Amrani. 1h27. Sortie: 01/08.", "Karim Haddad"),
    ],
)
def test_by_lines_with_facts_after_a_comma_or_cast_after_a_stop(text: str, name: str) -> None:
    assert [m.name for m in cues.by_lines(text)] == [name]


def _directors(text: str) -> list[str]:
    result = extract_page(text, "page.txt")
    return list(result.films[0].directors) if result.films else []


def test_credit_line_opening_with_the_title_and_by() -> None:
    page = (
        "LE JARDIN BLEU\n\nLE JARDIN BLEU de Paul Marchand , France , 1951\n\n"
        "Synopsis : un jeune peintre rencontre une couturière à Paris avant la guerre.\n"
    )
    assert _directors(page) == ["Paul Marchand"]


def test_cell_row_opening_with_the_name() -> None:
    page = (
        "Island Wind\n\nRosa Grant | Feature | 90 mins | 2015 | Jamaica/USA | English\n\n"
        "A fisherman's daughter leaves her village for the capital and meets a stranger.\n\n"
        "Short Film Presentation\n\nA Night Away\n\n"
        "Tom Reid | Short | 3 mins | 2017 | Jamaica | English\n"
    )
    assert _directors(page) == ["Rosa Grant"]
