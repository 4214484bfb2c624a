"""Cast readers changed in session 29: cues of the cast as running text writes them, with
words inside the cue ("interpretado con gran oficio por A y B")."""

from __future__ import annotations

import pytest

from indexer.extract.pages import castprose, cues, people


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


def test_the_words_inside_a_split_cue_are_its_gap() -> None:
    text = "un relato interpretado con gran oficio por Lucía Ferrer"
    [match] = castprose.split_cues("starring", text, "es", most=3, cased=True)
    assert match["gap"].split() == ["con", "gran", "oficio"]
    assert castprose.clean_gap(match["gap"])
    assert not castprose.clean_gap(" y dirigida")


def test_a_role_of_cue_takes_one_adverb_inside() -> None:
    text = "Fern, played superbly by Frances McDormand, drives west."
    assert [m.group(0).strip() for m in castprose.split_cues("role_of", text)] == [
        "played superbly by"
    ]


def test_a_short_preposition_s_list_weighs_less_than_a_cue_of_the_cast() -> None:
    text = (
        "The third film by Lina Holt, starring Pilar Ortega (Borgen).\n\n"
        "After the screening: Q&A with Erna Bos and Bart van Dam."
    )
    assert people.cast("", "", text, "", None) == ["Pilar Ortega"]


def test_arabic_adjectives_after_the_word_for_actor_are_no_part_of_the_name() -> None:
    # "the famous actress Hind Sabri, who won …": the adjective takes the article, the name not
    text = "وتلعب فيه دور البطولة، الممثلة الشهيرة هند صبري، التي حصلت على جائزة."
    assert _cast(text) == ["هند صبري"]
