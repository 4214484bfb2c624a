"""Quote shapes of session 26 (quotes26b): attributions written into the sentence."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.kindlead import kind_lead
from indexer.extract.pages.quotes.who import Who, known_outlet


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        # Name, role, the kind word "news agency", the outlet, the verb "wrote"
        ("سارا احمدی منتقد خبرگزاری پارس نوشت: ", Who("سارا احمدی", "پارس", True)),
        # Name, "from", the kind word "publication", the outlet, "also", the verb
        ("رضا کریمی از نشریه دنیای تصویر نیز نوشت", Who("رضا کریمی", "دنیای تصویر", True)),
        # Arabic: the role first, then the name, "from", "newspaper", the outlet
        ("الناقد سمير فريد من صحيفة الأهرام", Who("سمير فريد", "الأهرام", True)),
        ("سارا احمدی نوشت: ", None),  # no word for a kind of publication
        ("Jane Doe from the Daily Planet writes", None),  # a script with capitals
    ],
)
def test_kind_lead(lead: str, want: Who | None) -> None:
    assert kind_lead(lead) == want


def test_persian_critic_and_outlet_before_the_verb_of_writing() -> None:
    body = (
        "سارا احمدی منتقد خبرگزاری پارس نوشت: «این فیلم یک دستاورد بزرگ در سینمای امروز است و "
        "بازیگرانش درخشان ظاهر شده‌اند.»\n"
        "رضا کریمی از نشریه دنیای تصویر نیز نوشت: به دشواری می‌توان فیلمی یافت که همه بازیگران آن "
        "چنین عالی ظاهر شده باشند.\n"
    )
    found = quotes(body)
    assert [(t[:12], c, o) for t, c, o in found] == [
        ("این فیلم یک ", "سارا احمدی", "پارس"),
        ("به دشواری می", "رضا کریمی", "دنیای تصویر"),
    ]


def test_passive_agent_after_the_quotation_is_the_outlet() -> None:
    body = (
        "The restored print opens in April; called “the finest hour of a great French director” "
        "by the New York Times on its first release, it returns for two weeks.\n"
    )
    found = quotes(body)
    assert [(t[:20], c, o) for t, c, o in found] == [
        ("the finest hour of a", None, "the New York Times")
    ]


def test_outlets_review_after_the_verb_is_the_outlet() -> None:
    body = (
        "“A quiet triumph of a debut, tender and funny at once,” said Variety’s review, and the "
        "film went on to win the audience award.\n"
    )
    found = quotes(body)
    assert [(t[:20], o) for t, _, o in found] == [("A quiet triumph of a", "Variety")]


def test_outlet_in_title_marks_before_a_latin_name_is_the_outlet() -> None:
    body = (
        "媒體也讚不絕口,《Film Weekly》的記者Jane Porter則稱讚說:"
        "「這是今年最動人的電影,每一個鏡頭都充滿了溫度與耐心。」\n"
    )
    found = quotes(body)
    assert [(c, o) for _, c, o in found] == [("Jane Porter", "Film Weekly")]


def test_korean_list_of_glossed_outlets_each_its_own() -> None:
    body = (
        '먼저 스크린 인터내셔널(Screen International)은 "단순한 몽유병에 대한 풍부한 상상력이 '
        '가미된 영화"라고, 소르티르 아 파리(Sortir à Paris)는 "관객들이 숨 돌릴 겨를을 주지 '
        '않는 매력적인 스릴러"라고 평했다.\n'
    )
    found = quotes(body)
    assert [o for _, _, o in found] == [
        "스크린 인터내셔널(Screen International)",
        "소르티르 아 파리(Sortir à Paris)",
    ]


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("A.V. Club", True),
        ("the A.V. Club", True),
        ("A. V. Club", True),
        ("A.V. CLUB", True),
        ("A.V. Clubs", False),
    ],
)
def test_initialism_with_full_stops_is_the_catalogued_outlet(name: str, want: bool) -> None:
    assert known_outlet(name) is want


def test_round_up_vouches_for_a_plain_outlet_after_from() -> None:
    body = (
        "Rohit from Hindustan Times writes, the film is a good one but a little overt "
        "melodrama for the taste of most viewers.\n\n"
        "Jane Porter from Koimoi Hungama writes, the film is a complete package with a refreshing "
        "plot and a soulful soundtrack.\n"
    )
    found = quotes(body)
    assert [(c, o) for _, c, o in found] == [
        ("Rohit", "Hindustan Times"),
        ("Jane Porter", "Koimoi Hungama"),
    ]


def test_plain_outlet_after_from_alone_is_no_source() -> None:
    body = (
        "Jane Porter from Koimoi Hungama writes, the film is a complete package with a refreshing "
        "plot and a soulful soundtrack.\n"
    )
    assert quotes(body) == []


def test_persian_role_of_two_words_ends_the_name() -> None:
    assert kind_lead("خوانا سامانس تحلیلگر سینمایی نشریه پرومه کال") == Who(
        "خوانا سامانس", "پرومه کال", True
    )
