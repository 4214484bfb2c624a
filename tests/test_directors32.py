"""Directors: a name of the Arabic script read after a director's cue is a given name and a
family name; a third word joins it only through a word that makes a name of three
(``name_joiners``: "بن", "أبو", "عبد", "الله"), else it is the sentence going on."""

from __future__ import annotations

import pytest

from indexer.extract.pages import cues


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a verb after the name ("succeeded")
        ("قدم المخرج سمير نصار نجح في تقديم قصة قديمة", "سمير نصار"),
        # a noun after the name ("his screenings")
        ("يبدأ فيلم للمخرجة سلمى حداد عروضه في القاهرة", "سلمى حداد"),
        # Persian: "said" after the name
        ("در نقد فیلم به کارگردانی بهرام نوری گفت که فیلم خوبی است", "بهرام نوری"),
        # a joiner makes three words one name
        ("قدم المخرج أمجد أبو العلا فيلمه الأول", "أمجد أبو العلا"),
        ("قدم المخرج محمود بن محمود فيلمه الأول", "محمود بن محمود"),
    ],
)
def test_an_arabic_script_name_after_a_cue_is_two_words(text: str, name: str) -> None:
    kinds = ("director_nouns", "directed_by")
    found = {m.name for kind in kinds for m in cues.mentions(text, kind)}
    assert found == {name}


def test_a_cast_name_keeps_its_third_word() -> None:
    """Only a director's cue cuts the name: the cast's readers keep their own reading."""
    text = "قدم المخرج سمير نصار نجح في تقديم قصة قديمة"
    assert cues.name_at(text, text.index("سمير")) == "سمير نصار نجح"
