"""Cast readers added in session 27: a list of names before a verb-final language's cast cue,
ended by the words that say it goes on ("등이", "らが", "等")."""

from __future__ import annotations

import pytest

from indexer.extract.pages import cues, people


@pytest.mark.parametrize(
    ("text", "code", "cast"),
    [
        # Korean: "and" glued to the first name, "etc." with the subject's particle after the last
        ("'도망친 여자'에는 김민희와 서영화, 송선미, 권해효 등이 출연했으며 감독은",
         "ko", "김민희; 서영화; 송선미; 권해효"),
        ("영화에는 송강호, 이선균 등이 출연한다.", "ko", "송강호; 이선균"),
        # Japanese: "ら" and "など" before the subject's particle
        ("本作は笠智衆、原節子らが出演する。", "ja", "笠智衆; 原節子"),
        ("杉村春子、山村聡などが出演", "ja", "杉村春子; 山村聡"),
        # Chinese: "等" glued to the last name
        ("由陳以文、柯淑勤等主演", "zh", "陳以文; 柯淑勤"),
    ],
)  # fmt: skip
def test_a_list_that_goes_on_before_the_cue_is_read(text: str, code: str, cast: str) -> None:
    assert [m.name for m in cues.cast_before(text, code)][:1] == [cast]


@pytest.mark.parametrize(
    ("text", "code", "cast"),
    [
        # Persian: names in guillemets, then "the main actors"
        ("«ساره بیات»، «ساعد سهیلی» و سید علیرضا میرسالاری بازیگران اصلی فیلم هستند.",
         "fa", "ساره بیات; ساعد سهیلی; سید علیرضا میرسالاری"),
        # Telugu: "as a pair", the two names parted by a comma or joined by a hyphen
        ("సుమంత్, ఆకాంక్ష సింగ్ జంటగా గౌతమ్ తిన్ననూరి దర్శకత్వంలో", "te",
         "సుమంత్; ఆకాంక్ష సింగ్"),
        ("సంజయ్ లీలా భన్సాలీ దర్శకత్వంలో రణవీర్ సింగ్-దీపిక పదుకొనె జంటగా", "te",
         "రణవీర్ సింగ్; దీపిక పదుకొనె"),
    ],
)  # fmt: skip
def test_names_before_a_cue_of_a_script_without_capitals(text: str, code: str, cast: str) -> None:
    assert [m.name for m in cues.cast_before(text, code)][:1] == [cast]


@pytest.mark.parametrize(
    ("block", "cast"),
    [
        # rows "Name -as- Character" (or "as") right under a bare cast label: the whole list
        ("CAST\nBimbo Manuel     -as-    Harold Davies\nSika Osei   -as-   Flora Davies\n"
         "Marlon Mave  -as-  Jacque Julien\n\nSYNOPSIS\nA story.",
         ["Bimbo Manuel", "Sika Osei", "Marlon Mave"]),
        ("Cast:\nJohn Hurt as Winston Smith\nRichard Burton as O'Brien\n",
         ["John Hurt", "Richard Burton"]),
        # one row only, or no label above: none
        ("CAST\nBimbo Manuel -as- Harold Davies\n\nSYNOPSIS", []),
        ("Bimbo Manuel -as- Harold Davies\nSika Osei -as- Flora Davies", []),
    ],
)  # fmt: skip
def test_role_rows_under_a_cast_label(block: str, cast: list[str]) -> None:
    found = people.role_rows_under_label(block)
    assert (found[0] if found else []) == cast
