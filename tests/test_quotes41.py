"""A source read as a critic alone whose name is an outlet's (quotes33): led by a capitalised
article ("The Movie Stage"), or written with an outlet's word or a cited outlet's name, it is
the outlet; a person's name and a critic's initials stay the critic."""

from __future__ import annotations

import pytest

from indexer.extract.pages.quotes import _outlet_as_critic, find_quotes


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("The Movie Stage", True),  # a capitalised article and two words
        ("Los Angeles Times", True),
        ("Die Lange Nacht", True),
        ("Rolling Stone", True),  # an outlet's word
        ("Sight and Sound", True),
        ("Jan Lukeš", False),  # a person's name
        ("La Toya Jackson", False),  # an article of two letters leads names too
        ("De Niro", False),
        ("T.V.", False),  # a critic's initials
        ("MMJ", False),
        (None, False),
    ],
)
def test_outlet_as_critic(name: str | None, outlet: bool) -> None:
    assert _outlet_as_critic(name) is outlet


def test_article_led_name_after_a_verb_of_saying_is_the_outlet() -> None:
    line = (
        "“Un western inquietante sobre los pecados del colonialismo en el sur”, "
        "afirmó The Movie Stage."
    )
    assert find_quotes((line,), set(), set()) == [
        (
            "Un western inquietante sobre los pecados del colonialismo en el sur",
            None,
            "The Movie Stage",
        )
    ]


def test_persons_name_after_a_verb_of_saying_stays_the_critic() -> None:
    line = "“Tense, funny and sad, a thriller that never lets go of its hero,” said Jan Lukeš."
    assert find_quotes((line,), set(), set()) == [
        ("Tense, funny and sad, a thriller that never lets go of its hero,", "Jan Lukeš", None)
    ]
