"""The lead sentence's names (titlelead.py): a candidate named in the first sentence of the
page's first paragraph of prose is marked ``named_in_lead`` (and ``lead_only`` when the page
writes it nowhere else)."""

from __future__ import annotations

import math

import pytest

from indexer.extract.pages import titlelead
from indexer.extract.pages.titlemodel import FeatureBallot

_LEAD = (
    "El nou film de Clara Roquet, 'Libertad', arriba aquesta setmana a les sales i la cinta "
    "està protagonitzada per la família Vidal. Amb l'actriu Anya Taylor-Joy, 'Última noche "
    "en el Soho' és un thriller psicològic."
)
_FURNITURE = (
    "Saiba tudo sobre os filmes em cartaz, avaliados pelos críticos de cinema da revista e "
    "escolha o que ver esta semana."
)
_CONTINUED = (
    "If Gangster’s Paradise – Jerusalema is anything to go by, the South African film industry "
    "has come on in leaps and bounds over the past few years."
)


@pytest.mark.parametrize(
    ("lines", "value", "named"),
    [
        (("Estrenes", "", _LEAD), "Libertad", True),  # quoted in the lead's first sentence
        (("Estrenes", "", _LEAD), "'Libertad'", True),  # quotation marks around it
        (("Estrenes", "", _LEAD), "Última noche en el Soho", False),  # the second sentence
        (("'Última noche en el Soho'", _LEAD), "Estrenes", False),  # not in the lead
        (("Filmes em cartaz", _FURNITURE), "Filmes em cartaz", False),  # in lower case
        (("Jerusalema", _CONTINUED), "Paradise – Jerusalema", False),  # a longer name's end
        (("Jerusalema", _CONTINUED), "Gangster’s Paradise – Jerusalema", True),
        (("Libertad", "Short line only"), "Libertad", False),  # no prose at all
    ],
)
def test_named_in_lead(lines: tuple[str, ...], value: str, named: bool) -> None:
    ballot = FeatureBallot()
    candidate = ballot.add(value, "heading", 1.0, 0)
    titlelead.mark(ballot, lines)
    assert ("named_in_lead" in candidate.features) is named


def test_lead_only_marks_a_name_written_once() -> None:
    ballot = FeatureBallot()
    once = ballot.add("Libertad", "heading", 1.0, 0)
    once.set("mentions", math.log1p(1))
    again = ballot.add("Clara Roquet", "heading", 1.0, 0)
    again.set("mentions", math.log1p(3))
    titlelead.mark(ballot, ("Estrenes", _LEAD))
    assert "lead_only" in once.features
    assert "named_in_lead" in again.features and "lead_only" not in again.features


def test_lead_sentence_is_the_first_prose_line_s_first_sentence() -> None:
    assert titlelead.lead_sentence(("Menu", "", _LEAD)).endswith("la família Vidal.")
    assert titlelead.lead_sentence(("Menu", "Short line")) == ""
    japanese = "映画は良かった。" + "あ " * 15
    assert titlelead.lead_sentence((japanese,)) == "映画は良かった。"
