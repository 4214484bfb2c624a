"""Quotes: outlets written in the page's own script (a list of the outlets the international
press quotes most, as other scripts write them; a name followed by a catalogued outlet's Latin
name in brackets)."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.scripts import listed_name, script_source

CASES = [
    # Korean: the outlet in marks as the subject, the quotative after the quotation
    (
        "봉준호 감독의 신작이 공개됐다.\n\n미국 영화 주간지 '버라이어티'는 "
        '"이 영화는 한국 시장에서 큰 성공을 거둘 것으로 보인다"고 평했다.\n',
        "이 영화는 한국 시장에서",
        "버라이어티",
    ),
    # Chinese: the paper in title marks, words between it and the colon
    (
        "影片上映后口碑不错。\n\n《纽约时报》影评人打90分,力挺:“这部夸张、古怪、仁慈、喧闹的科幻"
        "喜剧是一部佳作。”\n",
        "这部夸张、古怪、仁慈",
        "纽约时报",
    ),
    # Arabic: the outlet in marks after a word for website, its quotation after "بأنه"
    (
        'وصلت المراجعات الأولى للفيلم.\n\nكما وصفه موقع "هوليوود ريبورتر" بأنه "فشل في جذب '
        'الاهتمام بشدة طوال الفيلم".\n',
        "فشل في جذب",
        "هوليوود ريبورتر",
    ),
]


def test_listed_names_and_their_scripts() -> None:
    assert listed_name("버라이어티")
    assert listed_name("ハリウッド・リポーター")
    assert listed_name("ハリウッド リポーター")
    assert not listed_name("영화")
    # a name that is also a common word counts only in marks
    assert script_source("이번 작품의 데드라인은 ") is None
    assert script_source("《综艺》评价道:") is not None
    assert script_source("综艺节目中他说:") is None


def test_a_persons_name_in_brackets_is_no_outlet() -> None:
    assert script_source("제임스 카메론(James Cameron) 감독은 ") is None
    who = script_source("또 애리조나 리퍼블릭(Arizona Republic)은 ")
    assert who is not None and who.outlet is not None and "Arizona Republic" in who.outlet
    # an outlet's word in the Latin name, no catalogued outlet; a space inside the brackets
    who = script_source("더 스트레이츠 타임즈(The Straits Times )는 ")
    assert who is not None and who.outlet == "더 스트레이츠 타임즈 (The Straits Times)"


AFTER = [
    # Chinese: the paper in title marks and its Latin name, in brackets after the quotation
    (
        "英国媒体的评价不一。\n\n“昂起的头、翘起的下巴、忽闪忽闪的睫毛下追寻的目光。”(《广播时报》"
        "(Radio Times))\n",
        "昂起的头、翘起的下巴",
        "广播时报 (Radio Times)",
    ),
    # Korean: each quotation followed by its outlet in angle marks in brackets
    (
        "평론가들은 그를 내버려두지 않았다. “장 뤽 고다르의 제2의 전성기”(<버라이어티>), "
        "“영화가 이미 다른 길로 들어섰음에도 여전히 완전 영화를 꿈꾸는 구도자”(<사이트 앤드 "
        "사운드>)라는 평은 찬사의 일부에 불과하다.\n",
        "영화가 이미 다른 길로",
        "사이트 앤드 사운드",
    ),
]


@pytest.mark.parametrize(("page", "start", "outlet"), CASES + AFTER)
def test_outlet_in_the_pages_script(page: str, start: str, outlet: str) -> None:
    found = {text[: len(start)]: o for text, _, o in quotes(page)}
    assert found.get(start) == outlet
