"""Directors: Marathi's direction noun in its cases after the name, Chinese "名導" and
"由…编剧、导演", a year written straight after a Chinese name, and the director's style
("导演风格") that is no name."""

from __future__ import annotations

import pytest

from indexer.extract.pages.cues import director_before, mentions


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Marathi: "through his own direction", the name before it
        (
            "नागराज मंजुळेची गोष्ट आता कॅमेरामन सुधाकर रेड्डी आपल्या दिग्दर्शनातून मांडणार आहेत.",
            ["सुधाकर रेड्डी"],
        ),
        # Marathi: "under X's direction"
        ("हा चित्रपट परेश मोकाशी यांच्या दिग्दर्शनाखाली तयार झाला आहे.", ["परेश मोकाशी"]),
        # Chinese: "written and directed by", the two credits joined by "、"
        ("11月12日,由万玛才旦编剧、导演,索朗旺姆、金巴领衔主演的电影《气球》", ["万玛才旦"]),
    ],
)
def test_director_before(text: str, found: list[str]) -> None:
    assert [m.name for m in director_before(text)][:1] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "the famous director", the film's year written at once after the name
        ("名導侯孝賢1989年的經典電影《悲情城市》,今年滿33周年", ["侯孝賢"]),
        # "the director's own style": no name after the role noun
        ("他们都称赞这部影片是诗一样的作品,有很强的导演个人风格。", []),
        ("台湾电影的特色,在于强调导演风格、注重台湾历史。", []),
    ],
)
def test_director_nouns(text: str, found: list[str]) -> None:
    assert [m.name for m in mentions(text, "director_nouns")] == found


def test_skill_after_the_name() -> None:
    # "贾樟柯's directing skill": the name before the role word still directs
    assert [m.name for m in director_before("贾樟柯导演功力最强片,几乎没有")] == ["贾樟柯"]
