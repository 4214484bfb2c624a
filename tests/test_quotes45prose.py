"""Quotes reported in running prose (quoteprose45): a quoted subject of a verb of saying, a
Korean role with its copula, a role before a word for the outlet's kind, a web address in the
clause of saying, the critic after a role nearer than the page's own credit, a surname after
the quotation that an earlier sentence names in full, and an outlet's critic named by the role
alone earlier in the paragraph."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.prose import announcing_source, prose_quotes
from indexer.extract.pages.quotes.rolenames import role_kind_outlet, uncased_role_person


def _sources(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (q[:8], w.critic if w else None, w.outlet if w else None) for q, w, _ in prose_quotes(text)
    ]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ('"Ню Йорк Таймс" определи филма като "ефективен и напрегнат трилър".', "Ню Йорк Таймс"),
        (
            "Per ‘la Stampa’ “regia e valori produttivi sono accurati e gli attori bravi”. "
            "‘Libero’ lo definisce “una storia intelligente e poetica, capace di sottolineare”.",
            "Libero",
        ),
    ],
)
def test_quoted_subject_of_a_verb_of_saying_is_an_outlet(text: str, outlet: str) -> None:
    last = prose_quotes(text)[-1][1]
    assert last is not None and (last.critic, last.outlet) == (None, outlet)


def test_korean_role_with_its_copula_names_the_critic() -> None:
    text = (
        '영화매체 인디와이어의 수석 평론가인 데이비드 얼리히는 "봉준호는 여전히 영화를 아주 '
        '잘 만든다는 것을 보여준다"고 썼다.'
    )
    assert _sources(text) == [("봉준호는 여전히", "데이비드 얼리히", "인디와이어")]


def test_role_before_a_word_for_the_outlets_kind_names_the_outlet_not_a_person() -> None:
    lead = 'به گزارش ایسنا، "لی مارشال" منتقد نشریه اسکرین نیز در یادداشتی آورده است: '
    assert uncased_role_person(lead) == "لی مارشال"
    assert role_kind_outlet(lead) == "اسکرین"
    text = lead + '"در عصر رسانه های اجتماعی، قهرمان واقعی کیست"'
    assert _sources(text) == [("در عصر ر", "لی مارشال", "اسکرین")]


def test_web_address_in_the_clause_of_saying_is_the_outlet() -> None:
    text = (
        'Dziennikarz portalu ioncinema.com napisał (mniej więcej), że "Pierwsze trzy segmenty '
        'to mocne, wstrząsające oskarżenia wobec Polski i całego świata".'
    )
    assert _sources(text) == [("Pierwsze", None, "ioncinema.com")]


def test_critic_after_a_role_nearer_than_the_pages_credit() -> None:
    text = (
        "Up Kiran, Digital Desk: फिल्म क्रिटिक तरण आदर्श ने इस फिल्म का शो देख लिया है और "
        "उन्होंने इस फिल्म को एक 'पावर-पैक्ड एंटरटेनर' बताया है।"
    )
    assert _sources(text) == [("पावर-पैक", "तरण आदर्श", None)]


def test_surname_after_the_quotation_takes_the_full_name_named_before() -> None:
    text = (
        "Trên trang cá nhân, nhà phê bình điện ảnh Scott Mantz chia sẻ dù cần thêm thời gian. "
        "“Đây là phần phim tốt nhất của Daniel Craig và cá nhân tôi nghĩ gần nhất với tinh "
        "thần loạt James Bond.”, Mantz viết."
    )
    assert _sources(text) == [("Đây là p", "Scott Mantz", None)]


def test_surname_with_no_full_name_before_is_not_completed() -> None:
    text = "“Đây là phần phim tốt nhất của Daniel Craig và cá nhân tôi nghĩ vậy.”, Mantz viết."
    assert all(w is None or w.critic != "Scott Mantz" for _, w, _ in prose_quotes(text))


def test_outlets_critic_named_by_the_role_alone_earlier_in_the_paragraph() -> None:
    text = (
        "Картина о судьбе девушки Яхи в маленьком селе. Обозреватель «Фонтанки» посмотрел "
        "кино и рассказывает, почему эта кинопоэма станет важной. «Когда детство Яхи "
        "кончается, две вещи ей становятся очевидны: желание уехать и невозможность.»"
    )
    assert _sources(text) == [("Когда де", None, "Фонтанки")]


def test_paragraph_ending_with_a_colon_announces_the_quotation_under_it() -> None:
    body = (
        "Guardian’ın sinema yazarı Peter Bradshaw’un beş yıldız verdiği filmin puanı da yüksek.\n"
        "Guardian yazarının Cannes gösteriminden sonra film için yazdığı değerlendirme şöyle:\n"
        "“Türk yönetmenin telaşsız, oyunculuğu muhteşem filmi evine dönüp acı-tatlı "
        "gerçeklerle karşılaşan kasıntı genç bir yazarın hayatını konu alıyor.”\n"
    )
    found = quotes(body)
    assert [(t[:10], c, o) for t, c, o in found] == [("Türk yönet", "Peter Bradshaw", "Guardian")]


def test_paragraph_with_no_colon_announces_nothing() -> None:
    assert announcing_source("Guardian yazarı filmi çok beğendi.") is None


def test_critic_of_the_newspaper_named_before_takes_its_outlet() -> None:
    body = (
        "The Guardian in London praised the film at length.\n\n"
        "“Cuarón has an extraordinary way of combining the closeup and the wide shot, the "
        "tellingly observed detail with the big picture and the sense of scale,” Peter "
        "Bradshaw, the newspaper’s film critic, gushed.\n"
    )
    found = quotes(body)
    assert [(t[:10], c, o) for t, c, o in found] == [
        ("Cuarón has", "Peter Bradshaw", "The Guardian")
    ]
