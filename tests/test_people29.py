"""People readers added in session 29: actors named in prose as full names joined by the
page's word for "and", in a sentence about the cast."""

from __future__ import annotations

import pytest

from indexer.extract.pages import castpairs, cues, extract_page, people
from indexer.extract.pages.names import in_page
from indexer.normalize import key


@pytest.mark.parametrize(
    ("block", "lists"),
    [
        # Icelandic: the plural verb of acting after the pair; "Þeir" ("they", written in lower
        # case elsewhere) opens the sentence, no part of a name
        ("Þeir Sigurður Sigurjónsson og Theodór Júlíusson leika bræðurna, þeir tekst vel upp.",
         [["Sigurður Sigurjónsson", "Theodór Júlíusson"]]),
        # Spanish: the cast's word in the sentence before, a line break between
        ("Todo el elenco de actores está estupendo por ser muy creíbles, sobre\n"
         "todo sus dos cabezas de cartel Ricardo Darín y Gastón Pauls, sin menospreciar.",
         [["Ricardo Darín", "Gastón Pauls"]]),
        # Catalan: the cast's noun, then the pair
        ("la col·laboració d'un repartiment en estat de gràcia, des dels molt ajustats "
         "David Verdaguer i Bruna Cusí fins a les nenes.",
         [["David Verdaguer", "Bruna Cusí"]]),
        # a list with commas before the pair
        ("Hij speelt samen met acteurs als Anna Keller, Tom Berg en Eva Smit in de film.",
         [["Anna Keller", "Tom Berg", "Eva Smit"]]),
        # no word of the cast in the sentence: the filmmakers, none
        ("Etter 16 år har Eskil Vogt og Joachim Trier gjennomført det som var draumen.", []),
        # a lone word on either side: a character or a place, none
        ("Sônia Braga interpreta Clara e Recife no filme.", []),
    ],
)  # fmt: skip
def test_full_names_joined_by_and_in_a_sentence_of_the_cast(
    block: str, lists: list[list[str]]
) -> None:
    assert castpairs.joined_lists(block) == lists


def test_a_joined_pair_is_the_cast_only_where_nothing_else_names_any() -> None:
    block = (
        "Una película sobre dos estafadores.\n\n"
        "Todo el elenco de actores está estupendo, sobre todo sus cabezas de cartel "
        "Ricardo Darín y Gastón Pauls."
    )
    assert people.cast("", "", block, "", None, "Nueve reinas") == ["Ricardo Darín", "Gastón Pauls"]
    labelled = "Leticia Brédice, Tomás Fonzi"
    assert people.cast(labelled, "", block, "", None, "Nueve reinas") == [
        "Leticia Brédice",
        "Tomás Fonzi",
    ]
    # the director named in the pair: no cast
    assert people.cast("", "", block, "", None, "Nueve reinas", ["Ricardo Darín"]) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("It is a romantic comedy by Richard Curtis set in London.", ["Richard Curtis"]),
        # a line wrapped in prose: the genre word in lower case
        ("It is a romantic comedy\nby Richard Curtis set in London.", ["Richard Curtis"]),
        # a headline's last word, its byline below it: no credit
        ("ReelTalk Movie Reviews\nHeartbreaking Irish Drama\nby James Colt Harrison\n", []),
    ],
)  # fmt: skip
def test_a_genre_word_and_by(text: str, found: list[str]) -> None:
    assert [m.name for m in cues.genre_by(text)] == found


def test_a_byline_alone_on_its_line_credits_no_director() -> None:
    page = (
        "Source: https://example.org/reviews/belfast\nBelfast\n\nHeartbreaking Irish Drama\n"
        "by James Colt Harrison\n\nThe boy grows up in a working class family in Belfast, "
        "where the streets are full of barricades and the summer of 1969 changes everything.\n"
    )
    films = extract_page(page, "belfast.txt").films
    assert films and "James Colt Harrison" not in films[0].directors
    # a credit that states the film's facts on its line is no byline
    page = (
        "Source: https://example.org/film/saint-maud\nSaint Maud\nby Rose Glass, UK 2019, 84 min\n"
    )
    films = extract_page(page, "maud.txt").films
    assert films and list(films[0].directors) == ["Rose Glass"]


@pytest.mark.parametrize(
    ("name", "block", "tidy"),
    [
        # the film's title written on right after the name, unquoted: its first word goes
        ("Jiřího Menzela Ostře",
         "První film režiséra Jiřího Menzela Ostře sledované vlaky vznikl v roce 1966.",
         "Jiřího Menzela"),
        # a name's last word that only looks like the title's first: kept
        ("Jiřího Menzela Ostře", "režiséra Jiřího Menzela Ostře a jiné filmy.",
         "Jiřího Menzela Ostře"),
    ],
)  # fmt: skip
def test_a_name_read_into_the_title_after_it_ends_before_it(
    name: str, block: str, tidy: str
) -> None:
    titles = frozenset({key("Ostře sledované vlaky")})
    assert in_page(name, block, titles) == tidy


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Amharic: the name ends at the Ethiopic semicolon or comma glued to it
        ("የ\"ትዝታ\" ዘጋቢ ፊልም ዳይሬክተር አራማዝት ካላይጂያን፤ አርመንያውያን በኢትዮጵያ", ["አራማዝት ካላይጂያን"]),
        ("ዳይሬክተር አራማዝት ካላይጂያን፣ ሌላ", ["አራማዝት ካላይጂያን"]),
    ],
)  # fmt: skip
def test_a_name_ends_at_its_script_s_own_stop(text: str, found: list[str]) -> None:
    assert [m.name for m in cues.mentions(text, "director_nouns")] == found
