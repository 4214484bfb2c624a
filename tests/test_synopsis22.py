"""Table tests for a section's heading written with a colon on a line of its own ("Il film:",
"• Programmes:"), whose prose a label took: it is a paragraph of the page; and for a cast
list headed with a story word ("Interpreti e personaggi:"), which is no story's head
(snippets adapted from pages)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page, synopsis, synopsiscues

PROSE = (
    "Nel 1919 Genina non aveva nemmeno trent’anni ma, con decine di film al suo attivo, poteva "
    "già considerarsi un veterano del set. Sempre a caccia di nuovi soggetti, rimase conquistato "
    "dalla novella pirandelliana e corse a Roma a conoscerne l’autore."
)


@pytest.mark.parametrize(
    ("head", "freed"),
    [
        ("Il film:", True),
        ("  • Programmes:", True),
        ("Regia:", False),  # a label of a field: its value stays a fact
        ("A heading of many words here:", False),
    ],
)
def test_prose_under_a_free_heading(head: str, freed: bool) -> None:
    lines = ("Lo scaldino", "", head, "", PROSE)
    assert (4 in synopsis._under_free_heads(lines, {2, 3, 4})) is freed


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("Interpreti e personaggi: Kally Sambucini (Rosalba Vignas), Franz Sala (Cesare)", False),
        ("La historia: Lucía trabaja bailando en una discoteca de Madrid.", True),
    ],
)
def test_cast_heading_is_no_story_head(line: str, head: bool) -> None:
    assert synopsiscues.opens_with_story_head(line) is head


def test_page_takes_the_section_under_its_heading() -> None:
    page = "\n".join(
        [
            "Source: https://example.org/restauri/185",
            "Scaldino, Lo (1920)",
            "Regia: Augusto Genina – Fotografia: Ubaldo Arata – Produzione: Itala Film, Torino",
            "",
            "Interpreti e personaggi: Kally Sambucini (Rosalba Vignas), Franz Sala (Cesare), "
            "Alfonso Cassini (Papa Re), Ria Bruna (Mignon), Leonie Laporte, Leone Paci",
            "",
            "Il film:",
            "",
            PROSE,
        ]
    )
    film = extract_page(page, "x").films[0]
    assert film.synopsis.startswith("Nel 1919 Genina")
