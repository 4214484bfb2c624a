"""A source written before its verb of saying after a quotation's close (quotes42): "”, Hammond
kirjoittaa.", "”, Jane Doe writes in The Kobezu."; a surname there is the critic the page
named in full before, with the outlet it named beside that name, in the genitive of the page's
language too ("Kobezun kriitikko Pete Hammond")."""

from __future__ import annotations

import pytest

from indexer.extract.pages.quotes import find_quotes
from indexer.extract.pages.quotes.tail import tail_who
from indexer.extract.pages.quotes.who import Who

_WORDS = "A tender, wise and beautifully acted film about growing old together"


@pytest.mark.parametrize(
    ("tail", "who"),
    [
        (", Hammond kirjoittaa.", Who("Hammond", None, True)),
        (", Romney kirjoittaa ja kehuu erityisesti näyttelijöitä.", Who("Romney", None, True)),
        (" Doe wrote.", Who("Doe", None, True)),
        (", Jane Doe writes in The Kobezu.", Who("Jane Doe", "The Kobezu", True)),
        (", The Kobezu writes.", Who(None, "The Kobezu", True)),
        (" Critics say so.", None),  # an ordinary word, nobody's name
        (" She says.", None),
    ],
)
def test_source_before_its_verb_after_the_close(tail: str, who: Who | None) -> None:
    assert tail_who(tail) == who


def test_surname_after_the_close_is_the_critic_named_before_with_the_outlets_genitive() -> None:
    lines = (
        "The Kobezu's critic Jane Doe saw the film at its premiere in Cannes.",
        "",
        f"“{_WORDS}”, Doe writes.",
    )
    assert find_quotes(lines, set(), set(), language="en") == [(_WORDS, "Jane Doe", "The Kobezu")]


def test_genitive_ending_of_the_pages_language_before_a_role_names_the_outlet() -> None:
    lines = (
        "Amerikkalaisen lehden Kobezun kriitikko Pete Hammond ilmoitti elokuvan suosikikseen.",
        "",
        "”Ihana, ironisesti hauska ja koskettava elokuva kaikille katsojille”, Hammond kirjoittaa.",
    )
    text = "Ihana, ironisesti hauska ja koskettava elokuva kaikille katsojille"
    assert find_quotes(lines, set(), set(), language="fi") == [(text, "Pete Hammond", "Kobezu")]
    # "n" is a genitive only in Finnish: read on a page of another language, no outlet
    assert find_quotes(lines, set(), set(), language="en") == [(text, "Pete Hammond", None)]


def test_surname_completed_with_the_initials_the_page_gives() -> None:
    lines = (
        "Naslov je kritike koju je objavio New York Times, a potpisuje je kritičar A.O. Doe.",
        "",
        "“U julu 1995. godine vojska je ušla u grad pod zapovjedništvom generala”, piše Doe.",
    )
    found = find_quotes(lines, set(), set(), language="hr")
    assert [(c, o) for _, c, o in found] == [("A.O. Doe", "New York Times")]


def test_persons_genitive_before_an_outlet_is_the_critic() -> None:
    line = (
        "From A.O. Harlow’s New York Times review: “For nearly three hours the film walks a "
        "familiar city of crime and grief.”"
    )
    found = find_quotes((line,), set(), set(), language="en")
    assert [(c, o) for _, c, o in found] == [("A.O. Harlow", "New York Times")]


def test_first_person_words_before_a_name_and_its_verb_are_a_statement() -> None:
    line = "“I made this film with anger and with desire, with my heart,” Diwan said on Saturday."
    assert tail_who(" Diwan said on Saturday.") == Who("Diwan", None, True)  # a day, no outlet
    assert find_quotes((line,), set(), set(), language="en") == []
