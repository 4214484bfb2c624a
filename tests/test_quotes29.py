"""A source in brackets after a sentence's full stop, a surname that is an outlet word, a
critic and a quoted outlet in brackets in a script without capitals, the critic of an outlet
named in the paragraph before, and an outlet and date line heading a critic's paragraph
(quotes29)."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.prose import prose_quotes
from indexer.extract.pages.quotes.who import parse


@pytest.mark.parametrize(
    ("text", "critic", "outlet"),
    [
        # a bracketed source closing the sentence, its full stop after the bracket
        ("(Roger Tailleur, Positif, 1962).", "Roger Tailleur", "Positif"),
        (". (André Bazin)", "André Bazin", None),
        # a surname that is also a word of outlets' names, before an outlet beyond doubt
        ("-- Jay Stone, National Post", "Jay Stone", "National Post"),
        # an issue number or a spaced date after the outlet is no part of its name
        ("Kino Revue 22/1992", None, "Kino Revue"),
        ("MF Dnes 9. 9. 1992", None, "MF Dnes"),
    ],
)
def test_source_shapes(text: str, critic: str | None, outlet: str | None) -> None:
    who = parse(text)
    assert who is not None and (who.critic, who.outlet) == (critic, outlet)


@pytest.mark.parametrize(
    "text",
    [
        "Irish Independent, RTE",  # a nationality opens an outlet's name, no person's
        "Rolling Stone, Variety",  # a known outlet
        "Daily Mail, The Times",
    ],
)
def test_outlet_pairs_stay_outlets(text: str) -> None:
    who = parse(text)
    assert who is not None and who.critic is None


def test_caseless_name_and_quoted_outlet_in_brackets() -> None:
    text = (
        'יהודה סתיו ("ידיעות אחרונות") מתאר את הסרט כדרמת פשע, עם הרבה סצינות אלימות, '
        '"אך גם מעוטרות בהרבה קריקטורות קומיות, מצחיקות עד דמעות". '
    )
    found = prose_quotes(text)
    assert found and found[0][1] is not None
    assert (found[0][1].critic, found[0][1].outlet) == ("יהודה סתיו", "ידיעות אחרונות")


def test_critic_of_the_outlet_named_in_the_paragraph_before() -> None:
    body = (
        "A revista “Variety” também foi só elogios à atriz principal. O autor, Jay "
        "Weissberg, definiu “Aquarius como um filme mais sutil, mas não menos maduro”.\n"
        "“Se o filme pertencer tanto a Braga quanto a Filho, é porque o diretor deu a ela "
        "um presente numa bandeja de prata”, diz a “Variety”.\n"
    )
    found = [q for q in quotes(body) if q[0].startswith("Se o filme")]
    assert found and found[0][1:] == ("Jay Weissberg", "Variety")


def test_dated_outlet_line_heads_the_critics_paragraph() -> None:
    body = (
        "Gazeta Wyborcza (Poľsko), 27.02.2009\n"
        "Tadeusz Sobolewski v Gazete Wyborczej konštatuje, že film nemohli nazvať len podľa "
        "hlavného hrdinu. “Z toho istého dôvodu sa film orientuje na masového adresáta. Sféra "
        "spoločnej pamäti sa prudko zúžila.”\n"
    )
    found = [q for q in quotes(body) if q[0].startswith("Z toho")]
    assert found and found[0][1] == "Tadeusz Sobolewski"
    assert found[0][2] is not None and found[0][2].startswith("Gazeta Wyborcza")
