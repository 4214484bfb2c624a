"""A cut-down title (titlebody.py): a candidate the page only writes as the start of a longer
candidate that its prose names is marked ``cut_prefix``."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titlebody
from indexer.extract.pages.titlemodel import FeatureBallot

_JAGDSZENEN = (
    "Peter Fleischmann hat Martin Sperrs Theaterstück „Jagdszenen aus Niederbayern“ zu einem "
    "Drehbuch umgeschrieben und mit Sperr in der Hauptrolle verfilmt"
)
_THUONG = (
    "Thương nhớ đồng quê, thương nông dân mình lắm!",
    "Tên bộ phim Thương nhớ đồng quê đã được lấy làm chủ đề cho một cuộc thi viết về nông dân",
)
_LENS = (
    "Hong Kong In The Lens By Asian Directors",
    "We are delighted to show you a series of microfilms, “Hong Kong In The Lens By Asian "
    "Directors”, directed by multiple directors from Asia.",
)


@pytest.mark.parametrize(
    ("lines", "short", "long", "cut"),
    [
        # the only writing of the start goes on with the longer name, quoted in prose
        ((_JAGDSZENEN,), "Jagdszenen", "Jagdszenen aus Niederbayern", True),
        # every writing in its capitals goes on ("thương nông dân" is another word)
        (_THUONG, "Thương", "Thương nhớ đồng quê", True),
        (_LENS, "Hong Kong In The Lens", "Hong Kong In The Lens By Asian Directors", True),
        # the start is written alone too: a name of its own
        ((*_LENS, "Films of Hong Kong, and more"), "Hong Kong", _LENS[0], False),
        # the prose does not write the longer one: a heading's words ("X Movie Review")
        (("Director Movie Review",), "Director", "Director Movie Review", False),
    ],
)
def test_cut_prefix(lines: tuple[str, ...], short: str, long: str, cut: bool) -> None:
    ballot = FeatureBallot()
    a = ballot.add(short, "slug_written", 1.0, None)
    b = ballot.add(long, "quoted", 1.0, 0)
    titlebody.mark(ballot, lines)
    assert ("cut_prefix" in a.features) is cut
    assert "cut_prefix" not in b.features


@pytest.mark.parametrize("feature", ["span_repeated", "cut_name", "furniture"])
def test_a_longer_candidate_not_written_as_a_unit_cuts_nothing(feature: str) -> None:
    ballot = FeatureBallot()
    a = ballot.add("Jagdszenen", "slug_written", 1.0, None)
    ballot.add("Jagdszenen aus Niederbayern", feature, 1.0, 0)
    titlebody.mark(ballot, (_JAGDSZENEN,))
    assert "cut_prefix" not in a.features


def test_the_longer_goes_on_with_a_word_after_a_space() -> None:
    line = (
        "Bacurau • Dir. Kleber Mendonça Filho and Juliano Dornelles, a western set in a village "
        "of the sertão that vanishes from the map."
    )
    ballot = FeatureBallot()
    a = ballot.add("Bacurau", "heading", 1.0, 0)
    ballot.add("Bacurau • Dir", "heading", 1.0, 0)
    titlebody.mark(ballot, (line,))
    assert "cut_prefix" not in a.features


def test_a_mention_in_lower_case_only_is_no_mention() -> None:
    text = "Filmes em cartaz esta semana: os filmes em cartaz da cidade, com horários de todas"
    assert titlebody.names(text, text.lower(), "Filmes em cartaz")
    lower = "Todos os filmes em cartaz da cidade, com horários de todas as salas e os preços"
    assert not titlebody.names(lower, lower.lower(), "Filmes em cartaz")
