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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a family name and two given characters, the sentence glued on ("once")
        ("電影首映後,導演孫曉雯曾經以短片獲獎", "孫曉雯"),
        # one given character when the next follows a name ("with the lead actors")
        ("昨天在北京首映。导演陈默携主演与观众见面", "陈默"),
        # "new film" after the name
        ("這是導演許安新片的名頭", "許安"),
    ],
)
def test_a_chinese_name_glued_to_its_sentence(text: str, name: str) -> None:
    assert name in {m.name for m in cues.mentions(text, "director_nouns")}


def test_no_family_name_no_name() -> None:
    """A run that opens with no family name is no name read this way ("風格": style)."""
    text = "導演風格獨特畫面優美"
    assert cues.name_at(text, 2) is None
