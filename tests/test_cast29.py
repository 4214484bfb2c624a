"""Cast readers changed in session 29: cues of the cast as running text writes them, with
words inside the cue ("interpretado con gran oficio por A y B")."""

from __future__ import annotations

import pytest

from indexer.extract.pages import castprose, cues


def _cast(text: str) -> list[str]:
    return [m.name for m in cues.cast_lists(text)]


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        ("Un relato interpretado con gran oficio por Lucía Ferrer y Tomás Vidal. Luego",
         "Lucía Ferrer; Tomás Vidal"),
        ("Un drame interprété avec brio par Claire Dumont et Paul Serrat, hélas.",
         "Claire Dumont; Paul Serrat"),
    ],
)  # fmt: skip
def test_a_cue_of_two_parts_reads_past_words_between(text: str, cast: str) -> None:
    assert cast in _cast(text)


def test_words_of_another_credit_inside_the_cue_read_nothing() -> None:
    # "protagonizada y dirigida por": the director, not an actor
    text = "Una comedia protagonizada y dirigida por Paco Medina, estrenada en mayo."
    assert _cast(text) == []


def test_the_words_between_a_parted_cue_s_parts() -> None:
    assert castprose.parted_gap("interpretado con gran oficio por ") == "con gran oficio"
    assert castprose.clean_gap("con gran oficio")
    assert not castprose.clean_gap("y dirigida")
