"""Actors named after a word of acting in scripts without capitals, the subject put after its
verb (:func:`.cues.acting_subjects`): the two or three words that end the clause, after at
most one word of a cue, their surname written again on the page."""

from __future__ import annotations

import pytest

from indexer.extract.pages import cues

#: a page's later mention of the actor, the evidence a name's end needs without capitals
_AGAIN = "\nوقال كريج إن الفيلم هو الأخير."


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Arabic: verb, its object ("his lead"), the name, a word written after a name
        ("وهو الخامس والأخير الذي يلعب بطولته دانيال كريج من سلسلة أفلام الجاسوس." + _AGAIN,
         ["دانيال كريج"]),
        # the name ending at a comma after "the role of"
        ("والشيء المؤسف هو السخرية من دور أحمد رزق، المراسل الحربي. ويظهر رزق في" + _AGAIN,
         ["أحمد رزق"]),
        # adverbs after the role, written once: no name
        ("ونجح في الكوميديا لأنه تعامل مع الدور بجدية واحترافية." + _AGAIN, []),
        # the object and one word: too short for a name
        ("تجسّد دور والدته في فيلمه الأول." + _AGAIN, []),
        # a clause that goes on past three words: no name
        ("يلعب دانيال كريج دور العميل البريطاني الشهير." + _AGAIN, []),
        # Gujarati puts its verb last: "is" ends the clause, however often written
        ("તેની સાથે પ્રતિક ગાંધી અને ચેતન દૈયાનું પાત્ર મુખ્ય છે. તે ફિલ્મમાં જોવા મળી છે.", []),
    ],
)  # fmt: skip
def test_a_subject_after_a_word_of_acting_without_capitals(text: str, found: list[str]) -> None:
    assert [m.name for m in cues.acting_subjects(text)] == found
