"""Cast lists of scripts without capitals read back from the word that ends the list, where
the words after it say the list is the cast (:func:`castruns.before_list_end`); Chinese names
in running text found by their family name (:mod:`hannames`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import hannames
from indexer.extract.pages.castruns import before_list_end
from indexer.extract.pages.cues import cast_before, cast_lists
from indexer.extract.pages.headfinal import name_before, with_initials


@pytest.mark.parametrize(
    ("block", "found"),
    [
        # Malayalam: "A, B are in the main roles"; a sentence's last word ("this") before the
        # first name is no initial of it
        ("ചിത്രമാണ് ഇത്. രാജു മേനോൻ, ലത നായർ എന്നിവരാണ് പ്രധാന വേഷത്തിൽ.",
         [["രാജു മേനോൻ", "ലത നായർ"]]),
        # Malayalam: "A, B, C all acted well" (an adverb between)
        ("കഥ നല്ലതാണ്. രാജു, ലത, ബിനു മോഹൻ എല്ലാവരും നന്നായി അഭിനയിച്ചു.",
         [["രാജു", "ലത", "ബിനു മോഹൻ"]]),
        # Tamil: "many, A and B among them, acted well", one name with its initials
        ("படம் நன்று. கண்ணன், எம்.வி. ராமு உள்பட பலரும் சிறப்பான நடிப்பைக் கொடுத்துள்ளனர்.",
         [["கண்ணன்", "எம்.வி. ராமு"]]),
        # the words after the list say what else it is: producers, not the cast
        ("രാജു, ലത, ബിനു എന്നിവർ ചേർന്ന് നിർമിച്ച ചിത്രം.", []),
        # the word of the cast too far after the list's end
        ("രാജു, ലത എന്നിവരാണ് ഈ വർഷം ഇറങ്ങിയ ചിത്രത്തിലെ പ്രധാന വേഷത്തിൽ.", []),
    ],
)  # fmt: skip
def test_names_before_a_list_end_with_the_cast_said_after_it(
    block: str, found: list[list[str]]
) -> None:
    assert before_list_end(block) == found


def test_a_known_word_alone_before_a_full_stop_is_no_initial() -> None:
    assert with_initials("ചിത്രമാണ് ഇത്. രാജു മേനോൻ", "രാജു മേനോൻ") == "രാജു മേനോൻ"
    assert with_initials("നിർമ്മിച്ച എസ്. രാജു മേനോൻ", "രാജു മേനോൻ") == "എസ്. രാജു മേനോൻ"


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("是由窦骁", "窦骁"),  # "it is by": glued before the family name
        ("與蘇明明", "蘇明明"),  # "and"
        ("有裴正南", "裴正南"),  # "there is": a family name of the Hundred Family Surnames
        ("露比蘿絲", "露比蘿絲"),  # a foreign name in Han: no family name, as written
        ("妻夫木聰", "妻夫木聰"),  # a Japanese name: no glued character before
    ],
)
def test_a_han_name_from_its_family_name(run: str, name: str) -> None:
    assert hannames.from_family_name(run) == name


def test_han_names_read_back_from_a_cue_start_at_the_family_name() -> None:
    assert name_before("這部電影是由窦骁") == "窦骁"
    assert name_before("劇中嚴正化") == "嚴正化"
    assert name_before("則在劇中") is None  # "then, in the film": words, no name
    assert name_before("本作は是枝裕和") == "是枝裕和"  # one glued character only: a name


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("电影最大优点是演员阵容坚强,张智霖和张继聪由黑帮冤家变难兄难弟。", True),
        # a foreign name in Han written again on the page
        ("主演露比蘿絲,飾演看門人。露比蘿絲表現出色。", False),
        # listed with the comma of lists
        ("主演露比蘿絲、尚雷諾。", False),
        # a Japanese page
        ("主演に佐野玲於、中川大志。佐野玲於は,", False),
        ("主演张智霖,", False),  # a family name first
    ],
)
def test_four_han_characters_alone_after_a_cue_and_written_once_are_a_phrase(
    text: str, phrase: bool
) -> None:
    name = next(w for w in ("阵容坚强", "露比蘿絲", "佐野玲於", "张智霖") if w in text)
    assert hannames.lone_phrase(name, text) is phrase


def test_a_phrase_opening_a_cast_list_is_no_name() -> None:
    text = "电影最大优点是演员阵容坚强,张智霖和张继聪由黑帮冤家变难兄难弟。"
    assert [m.name for m in cast_lists(text)] == ["张智霖; 张继聪"]


def test_a_marathi_list_before_the_word_for_such_with_the_cast_after_it() -> None:
    block = "राम जोशी, सीमा पाटील अशी मोठ्या कलाकारांची फौजही या सिनेमात आहे."
    assert before_list_end(block) == [["राम जोशी", "सीमा पाटील"]]


def test_a_nepali_name_before_the_main_characters() -> None:
    block = "यस फिल्ममा राम थापा र सीता गुरुङ मुख्य पात्रका रुपमा प्रस्तुत भएका छन् ।"
    assert [m.name for m in cast_before(block)][-1].endswith("सीता गुरुङ")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Bengali: "in the main role acted the actress A": one name framed by the acting before
        ("সিনেমাটির প্রধান চরিত্রে অভিনয় করেছেন অভিনেত্রী রাশিদা বেগম। পরে ছবিটি মুক্তি পায়।",
         ["রাশিদা বেগম"]),
        # the cue alone before one name of a script without capitals: no list
        ("সিনেমাটি দেখতে এসেছিলেন অভিনেত্রী রাশিদা বেগম। পরে ছবিটি মুক্তি পায়।", []),
    ],
)  # fmt: skip
def test_one_uncased_name_after_a_cue_with_acting_before_it(text: str, found: list[str]) -> None:
    assert [m.name.strip("।") for m in cast_lists(text)] == found
