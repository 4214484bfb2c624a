"""Table tests for a page's standfirst parted from the synopsis's paragraph by a short aside
(a photo's caption and credit, an event's hours, a line of credits): the standfirst opens the
synopsis, the aside is left out (snippets adapted from pages)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import synopsis

TITLE = "Obchod na korze"
LEDE = (
    "Mrazivý snímek dramatizující temnou kapitolu slovenských dějin během 2. světové války "
    "je v historii kinematografie důležitý hned z několika důvodů."
)
BODY = (
    "Snímek je dodnes reprezentantem často skloňovaného zlatého fondu tuzemské kinematografie. "
    "Není divu, byť je to možná v něčem paradoxní, protože pojednává o slovenských dějinách."
)


@pytest.mark.parametrize(
    ("aside", "taken"),
    [
        # a photo's caption, then the caption with its credit
        (
            [
                "Ida Kamińska a Jozef Kroner ve filmu Obchod na korze (1965).",
                "Ida Kamińska a Jozef Kroner ve filmu Obchod na korze (1965). | Foto: Kviff",
                "",
            ],
            True,
        ),
        # a credit's label on a line of its own, then the credit
        (["Fotó:", "Magyar7/Archív felvétel"], True),
        # the screening's place and hours
        (["", "Cinema Massimo – 22 aprile 2014, ore 16.30/18.30/20.30/22.30 – Sala Due", ""], True),
        # a line of credits
        (
            [
                "",
                "Obchod na korze - 1965. Rendezte: Ján Kadár. Írta: Ladislav Grosman. "
                "Kép: Vladimír Novotný. Zene: Zdeněk Liška. Szereplők: Jozef Kroner",
                "",
            ],
            True,
        ),
        # a heading of the film: its own section starts there
        (["", "Obchod na korze (1965)", ""], False),
        # a heading of the story: the synopsis starts under it
        (["", "FİLMİN KONUSU:", ""], False),
        # a byline: a name alone
        (["", "Martin Pleštil", ""], False),
        # a dateline
        (["", "viernes, 14 de junio de 2013", ""], False),
        # an item's number heading the next part of a list
        (["", "10. Obchod na korze [Cannes / Karlovy Vary]"], False),
        # no aside at all: the lead-in's business, not the standfirst's
        ([""], False),
        # a gap of three blank lines
        (["", "", "", "Fotó:", "Magyar7/Archív felvétel"], False),
    ],
)
def test_standfirst(aside: list[str], taken: bool) -> None:
    lines = ("", TITLE, LEDE, *aside, BODY, "")
    found = synopsis._standfirst(lines, set(), 3 + len(aside), TITLE)
    assert found == ([2] if taken else [])


def test_standfirst_is_the_first_prose() -> None:
    """A lede with a long paragraph above it is no standfirst of the page."""
    lines = ("", TITLE, BODY, "", LEDE, "Fotó:", "Magyar7/Archív felvétel", BODY, "")
    assert synopsis._standfirst(lines, set(), 7, TITLE) == []


def test_standfirst_no_notice() -> None:
    """A notice above the aside is no standfirst."""
    notice = (
        "Juhime tähelepanu, et artikkel on rohkem kui viis aastat vana ning kuulub meie arhiivi."
    )
    lines = ("", TITLE, notice, "Fotó:", "Magyar7/Archív felvétel", BODY, "")
    assert synopsis._standfirst(lines, set(), 5, TITLE) == []


def test_compose_opens_with_the_standfirst() -> None:
    lines = ("", TITLE, LEDE, "Fotó:", "Magyar7/Archív felvétel", BODY, "")
    ballot = synopsis.collect("", lines, set(), TITLE)
    candidate = next(c for c in ballot.candidates.values() if c.line == 5)
    text = synopsis.compose(candidate, lines, set(), TITLE)
    assert text.startswith(LEDE)
    assert "Fotó" not in text
    assert text.endswith(BODY)
