"""Table tests for the heading written right above the page's first credit
(:mod:`indexer.extract.pages.titleovercredits`; snippets written for these tests)."""

from __future__ import annotations

import pytest

from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.extract.pages.titleovercredits import heading_over_credits

_FEATURE = "credits_heading"


def _heading(text: str) -> dict[str, int | None]:
    lines = tuple(text.split("\n"))
    stop = next(i for i, line in enumerate(lines) if line.startswith("Dirección"))
    ballot = FeatureBallot()
    heading_over_credits(ballot, lines, stop)
    return {c.value: c.line for c in ballot.candidates.values() if _FEATURE in c.features}


@pytest.mark.parametrize(
    ("text", "name", "line"),
    [
        # far below a blog's date line and its introduction, right above the credits
        (
            "Archivo del cine\nmiércoles, 10 de febrero de 2016\n\n"
            + "Texto largo. " * 30
            + "\n\nLa casa del río\n\nDirección: Ana Ruiz",
            "La casa del río",
            5,
        ),
        # a showtime between the name and the credits; a label's line is skipped
        (
            "Programa\n\nAlba\n\n22 de noviembre a las 7:30\nDuración: 90 min\nDirección: Ana Ruiz",
            "Alba",
            2,
        ),
    ],
)
def test_the_heading_above_the_credits(text: str, name: str, line: int) -> None:
    assert _heading(text) == {name: line}


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph right above the credits, and the heading too far up
        "La casa del río\n\nUno.\nDos.\nTres.\nCuatro.\n"
        + "Texto largo. " * 30
        + "\nDirección: Ana Ruiz",
        # a label's word alone heads a section ("About the film")
        "Película\n\nSinopsis\n\nDirección: Ana Ruiz",
        # an e-mail address and a code are no headings
        "Para la prensa escriba a esta dirección de correo.\n[email protected]\n"
        "ISAN 0000-0002-B0A8-0000\nDirección: Ana Ruiz",
        # a sentence or a date is no heading
        "Esta noche se proyecta la película en la sala grande.\n10 de febrero de 2016\n"
        "Dirección: Ana Ruiz",
    ],
)
def test_no_heading_above_the_credits(text: str) -> None:
    assert _heading(text) == {}
