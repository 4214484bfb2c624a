"""Cast lists of scripts without capitals joined by a glued "and" (:func:`castruns.joined_runs`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import castruns

JOINED = [
    # "the film holds many stars, the most prominent: A, B, C, D and E, written by F"
    (
        "ويضم الفيلم عدداً كبيراً من النجوم أبرزهم منى زكي وشيرين رضا ومحمد ممدوح ومحمد فراج"
        " وصابرين وهو من تأليف محمد رجاء وإخراج هاني خليفة.",
        ["منى زكي", "شيرين رضا", "محمد ممدوح", "محمد فراج", "صابرين"],
    ),
    # the starring cue with a suffix ("بطولته", its starring), a described name, then the music
    (
        "ويشارك فى بطولته ياسمين رحمى والبطلة الرياضية مى محسن مصلحى والفنان عبد الرحيم حسن"
        " وندى سعد وموسيقى يوسف الريان.",
        ["ياسمين رحمى", "محسن مصلحى", "عبد الرحيم حسن", "ندى سعد"],
    ),
    # "seven strangers (played by A, B, C, D and E)": the past tense of "play"
    (
        "سبعة غرباء مضطربين (لعبهم جيف بريدجز, سينثيا إريفو, داكوتا جونسون، و كايلي سبيني)",
        ["جيف بريدجز", "سينثيا إريفو", "داكوتا جونسون", "كايلي سبيني"],
    ),
]

NOT_JOINED = [
    # the cue is far from the list: "starring a group of stars, ... the camera, silence, ..."
    "الفيلم من بطولة مجموعة من ألمع النجوم، و يقدّم رؤية مختلفة لعالم السينما، حيث لا تكون"
    " الكاميرا وحدها الشاهدة، بل أيضاً الصمت، و الهمسات، و النية الخفية.",
    # "a game" is no "played": a trial's roles listed
    "يحكي عن لعبة على شكل محاكمة وهمية، تتم بنفس قوانين المحاكمات الحقيقية، حيث يتواجد"
    " القاضي، النائب العام، المحامي، حاجب المحكمة، ومنفذ الحكم",
    # the directors' cell of a credit line, the cast's in the next cell
    "กำกับโดย ไพจง ไหลสกุล, สุรชัย จันทิมาธร, ยุทธนา มุกดาสนิท, รัศมี เผ่าเหลืองทอง / นำแสดงโดย"
    " องอาจ มณีวรรณ์, ผมหอม พิลาสมบัติ / ความยาว ๖๐ นาที",
]


@pytest.mark.parametrize(("text", "want"), JOINED)
def test_joined_runs(text: str, want: list[str]) -> None:
    assert want in castruns.joined_runs(text)


@pytest.mark.parametrize("text", NOT_JOINED)
def test_not_joined(text: str) -> None:
    assert castruns.joined_runs(text) == []


def test_cjk_names_one_space_apart_on_several_lines() -> None:
    from indexer.extract.pages.names import names

    value = "松岡茉優 窪田正孝\n池松壮亮 若葉竜也\n佐藤浩市"
    assert names(value, field="cast") == [
        "松岡茉優",
        "窪田正孝",
        "池松壮亮",
        "若葉竜也",
        "佐藤浩市",
    ]


def test_a_word_of_acting_before_an_uncased_name_is_dropped() -> None:
    from indexer.extract.pages import people

    assert people._without_cast_word("நடித்திருக்கும் பிரபுதேவா") == "பிரபுதேவா"
    assert people._without_cast_word("ஈஸ்வரி ராவ்") == "ஈஸ்வரி ராவ்"
    assert people._without_cast_word("Acting Person") == "Acting Person"


def test_list_items_below_the_director_are_the_cast() -> None:
    from indexer.extract.pages import castrows

    block = (
        "A cultural eye-opener.\n\n\n  • Asghar Farhadi\n\n\n  • Leila Hatami\n\n"
        "  • Peiman Ma'adi\n\n  • Shahab Hosseini\n\n\nAny film that manages to explore marriage."
    )
    assert castrows.below_director(block, ["Asghar Farhadi"]) == [
        ["Leila Hatami", "Peiman Ma'adi", "Shahab Hosseini"]
    ]
