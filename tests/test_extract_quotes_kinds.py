"""Outlets named after a word for their kind of publication (``outlet_kinds`` of the language
modules), and the quotes whose source they name."""

from __future__ import annotations

import pytest
from page_support import BLURB, Found, quotes

from indexer.extract.pages.quotes.kinds import (
    kind_after_verb,
    kind_named,
    kind_subject,
    quoted_before_kind,
)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("la recensione della rivista Cinemondo, uscita ieri", ["Cinemondo"]),
        ("il quotidiano francese Le Matin scrive", ["Le Matin"]),  # a nationality between
        ("según la revista «Fotogramas» y el diario El Sur", ["Fotogramas", "El Sur"]),
        ("das Branchenblatt Filmecho lobt", ["Filmecho"]),  # capitalised after its article
        ("the magazine editor Jane Doe said", []),  # no nationality between: no outlet
        ("Paper Moon is a film by Peter Bogdanovich", []),  # a title's capital, no kind
        ("E o The Daily Planet garantiu", []),  # a word of the name, no kind before it
    ],
)
def test_kind_named(text: str, names: list[str]) -> None:
    assert kind_named(text) == names


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("De Amerikaanse website Filmblik is vol lof over de acteurs.", "Filmblik"),
        ("Het magazine Kijkhuis is een stuk kritischer.", "Kijkhuis"),
        ("The British newspaper The Evening Star called it a triumph.", "The Evening Star"),
        ("De acteurs van het magazine Kijkhuis", None),  # the kind too far into the sentence
    ],
)
def test_kind_subject(sentence: str, outlet: str | None) -> None:
    assert kind_subject(sentence) == outlet


@pytest.mark.parametrize(
    ("after", "outlet"),
    [
        (", recordó ayer el diario El Sur al anunciar el estreno.", "El Sur"),
        (" — writes the trade paper Screen Notes", "Screen Notes"),
        (", dice Juan Pérez del diario El Sur.", None),  # a person before: read as such
        (", subrayó la nota.", None),
    ],
)
def test_kind_after_verb(after: str, outlet: str | None) -> None:
    assert kind_after_verb(after) == outlet


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ('kino kritikas Jonas Jonaitis "Ekranas" žurnale rašė', "Ekranas"),  # name, then kind
        ("kritiķe Anna Ozola „Kino Vēstis“ žurnālā rakstīja", "Kino Vēstis"),
        ("the film “Laisvė” Portalas", None),  # a capitalised kind word: a name's word
        ("he named it “Ekranas” yesterday", None),  # no kind word after the name
    ],
)
def test_quoted_before_kind(text: str, outlet: str | None) -> None:
    assert quoted_before_kind(text) == outlet


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            # the paragraph's first sentence opens with the outlet, the quotation sentences later
            "De Amerikaanse website Filmblik is vol lof over de acteerprestaties. Zij spelen "
            "het hoofdpersonage in het heden en het verleden. “Haar staalharde, onleesbare "
            "inzet is één ding, maar er is meer aan de hand.”",
            [
                (
                    "Haar staalharde, onleesbare inzet is één ding, maar er is meer aan de hand.",
                    None,
                    "Filmblik",
                )
            ],
        ),
        (
            "“Se trata de uno de los signos más resplandecientes del cine argentino”, recordó "
            "ayer el diario El Sur al anunciar el estreno.",
            [
                (
                    "Se trata de uno de los signos más resplandecientes del cine argentino",
                    None,
                    "El Sur",
                )
            ],
        ),
        (
            "“Un film doloroso, commovente, necessario”. Guarda la recensione firmata da Anna "
            "Galli, critica cinematografica della rivista Cinemondo.",
            [("Un film doloroso, commovente, necessario", "Anna Galli", "Cinemondo")],
        ),
    ],
)
def test_quotes_of_an_outlet_named_after_its_kind(body: str, expected: list[Found]) -> None:
    assert quotes(BLURB + "\n\n" + body) == expected


def test_words_in_the_first_person_under_an_outlets_sentence_are_no_review() -> None:
    body = (
        "De Amerikaanse website Filmblik sprak met de regisseur. “Ik wilde een film maken over "
        "mijn eigen moeder en haar zussen.”"
    )
    assert all(outlet is None for _, _, outlet in quotes(BLURB + "\n\n" + body))
