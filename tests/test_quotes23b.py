"""Critics named in scripts without capitals (quotes23b): short name lines under two or more
quotations sign them, with the outlet or post in brackets or after a comma."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.uncased import uncased_name

_ROUND_UP = (
    "بخشی از این نقدها به شرح زیر است :\n\n"
    "«گبه یک پست مدرن مزخرف بود».\n"
    "مسعود فراستی\n"
    "(رئیس شورای مرکزی انجمن منتقدان)\n\n"
    "«گبه فیلمی جذاب و تکاندهنده است».\n"
    "مهرداد فرید\n"
    "(دبیر صفحه سینمایی روزنامه سلام)\n\n"
    "«متاسفانه از فیلم مخملباف بدم نیامد، رفته بودم که از فیلم بدم بیاید!».\n"
    "خسرو دهقان (منتقد مستقل)\n\n"
    "«بهتر بود نام فیلم «گبه» را «سلام سینما» میگذاشتند، چرا که مخملباف سلام میکند».\n"
    "مسعود بهاری (گزارش فیلم)\n"
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("مسعود فراستی", True),
        ("तरण आदर्श", True),
        ("גל אוחובסקי", True),
        ("مسعود", False),  # one word: anything
        ("Peter Bradshaw", False),  # a cased script has its own reader
        ("مسعود فراستی ۱۳۹۷", False),  # a digit
        ("منتقد مستقل", False),  # the word for critic: a post, no name
        ("فیلم سینمایی خوب برای تماشای امشب", False),  # too long
    ],
)
def test_uncased_name(text: str, name: bool) -> None:
    assert uncased_name(text) is name


def test_name_lines_under_quotations_sign_them() -> None:
    found = [(t[:10], c, o) for t, c, o in quotes(_ROUND_UP)]
    assert found == [
        ("گبه یک پست", "مسعود فراستی", None),  # a post calling him a critic: no outlet
        ("گبه فیلمی ", "مهرداد فرید", "دبیر صفحه سینمایی روزنامه سلام"),
        ("متاسفانه ا", "خسرو دهقان", None),
        ("بهتر بود ن", "مسعود بهاری", "گزارش فیلم"),
    ]


def test_one_name_line_alone_signs_nothing() -> None:
    body = "«گبه یک پست مدرن مزخرف بود، حتی برای کسانی که دوستش داشتند».\nمسعود فراستی\n"
    assert [c for _, c, _ in quotes(body)] == [None]


def test_short_paragraphs_over_lines_are_no_round_up() -> None:
    # unquoted short paragraphs over short lines (a blog's lines, credits): no signatures
    body = (
        "말해뭐해 하는 연기자들이 만들어내는 긴장감이 대단했다.\n덕분에 팝콘없는 영화관람\n\n"
        "윤종빈감독의 전작인 군도의 폭망! 덕분에 기대가 컸다.\n더 기대했던 영화\n"
    )
    assert all(c is None for _, c, _ in quotes(body))


def test_an_outlet_heading_its_sentence_may_say_we() -> None:
    body = (
        '또 애리조나 리퍼블릭(Arizona Republic)은 "우리가 전혀 보지 못했던 영화는 아닐지도 '
        '모른다. 그러나 한 번 더 봐도 좋을 영화다"라고 전했다.\n'
    )
    assert [o for _, _, o in quotes(body)] == ["애리조나 리퍼블릭(Arizona Republic)"]


def test_an_outlet_told_in_the_first_person_is_an_interview() -> None:
    body = (
        "The shoot was short. Speaking after the premiere, director Jane Campion told Variety "
        "that “we shot it in twenty days on the coast, and we never stopped moving at all.”\n"
    )
    assert quotes(body) == []
