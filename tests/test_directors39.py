"""Directors (session 39): names of scripts without capitals whose edges come from the page
rather than from a capital letter: a Thai name quoted after the role noun and the words glued
to it that describe the person, the initials written before a name read backwards from its
cue, a title in single quotes before the name, and cue words of the language data (Kazakh,
Telugu, Nepali, Sorani Kurdish, Chinese)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page
from indexer.extract.pages.cues import co_directors_before, director_before, mentions
from indexer.extract.pages.directorspans import wrapped_on
from indexer.extract.pages.headfinal import with_initials


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # of the young director "…"
        ('ภาพยนตร์ "ทะเลสาบ" ของผู้กำกับหนุ่ม "สมชาย ใจดี" ได้เข้าฉาย', "สมชาย ใจดี"),
        # of the skilled director from Korea “…”
        ("หนังของผู้กำกับฝีมือดีจากเกาหลี “คิม มินซู” เข้าฉายแล้ว", "คิม มินซู"),
        # the abbreviation of the role noun, then the nationality
        ("ผกก. ชาวไทย “สมศักดิ์ รักไทย” กลับมาพร้อมหนังใหม่", "สมศักดิ์ รักไทย"),
    ],
)
def test_a_thai_name_quoted_after_the_role_noun_and_its_descriptor(text: str, name: str) -> None:
    assert [m.name for m in mentions(text, "director_nouns")] == [name]


def test_the_directing_work_of_with_the_abbreviation_mark() -> None:
    text = "ผลงานการกำกับฯ ของ “สมศรี ดีงาม” เข้าฉายสัปดาห์นี้"
    assert [m.name for m in mentions(text, "directed_by")] == ["สมศรี ดีงาม"]


def test_a_glued_phrase_without_a_quote_after_it_names_no_one() -> None:
    # a long glued clause after the noun and no quoted name: nothing is read
    text = "ผู้กำกับที่สร้างชื่อจากหนังสยองขวัญหลายเรื่องกลับมาอีกครั้ง"
    assert [m.name for m in mentions(text, "director_nouns")] == []


@pytest.mark.parametrize(
    ("head", "name", "whole"),
    [
        ("నిర్మించగా, కె. వి. రెడ్డి", "రెడ్డి", "కె. వి. రెడ్డి"),  # Telugu: two initials
        ("එකතුවෙන් ඒ.ටී. ඥානම්", "ඥානම්", "ඒ.ටී. ඥානම්"),  # Sinhala: glued initials
        ("ఈ సినిమాను రవి కుమార్", "రవి కుమార్", "రవి కుమార్"),  # no initials: as read
        ("పాత సినిమా. రెడ్డి", "రెడ్డి", "రెడ్డి"),  # a sentence's end is no initial
    ],
)
def test_initials_before_a_name_read_backwards(head: str, name: str, whole: str) -> None:
    assert with_initials(head, name) == whole


def test_a_director_with_initials_before_the_cue_and_no_partner_from_them() -> None:
    text = "బ్యానర్ పై నాగిరెడ్డి నిర్మించగా, కె. వి. రెడ్డి దర్శకత్వం వహించారు."
    found = director_before(text)
    assert [m.name for m in found] == ["కె. వి. రెడ్డి"]
    assert co_directors_before(text, found[0]) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Nepali: a title in single quotes, the name in the agent's case, "to direct"
        ("‘पहाडको गीत’ सुरेश थापाले निर्देशन गरेको फिल्म हो ।", "सुरेश थापाले"),
        # Telugu: "as director" after the name, a title in single quotes before
        ("‘మా ఊరు’ అనే పేరుతో వస్తున్న ఈ చిత్రంతో రవి తేజ దర్శకుడిగా పరిచయం అవుతున్నాడు.", "రవి తేజ"),
        # Kazakh: "under the direction of", the name in the genitive
        ("Асқар Сейітовтің режиссерлығымен түсірілген фильм", "Асқар Сейітовтің"),
        # Sorani Kurdish: "director of the film" after the name, both spellings
        ("ئازاد کەریمی دەرهێنەری فیلمەکە باسی کرد", "ئازاد کەریمی"),
        ("ئازاد كهریمی دهرهێنهری فیلمهكه دهڵێت", "ئازاد كهریمی"),
        # Chinese: directs and stars in it himself
        ("《长河》是2001年由\n王小明自导自演的剧情电影", "王小明"),
    ],
)
def test_cue_words_after_the_name(text: str, name: str) -> None:
    assert name in [m.name for m in director_before(text)]


def test_the_first_word_of_a_role_phrase_after_the_name_ends_it() -> None:
    # Punjabi: "the director … is directing", the English loanword after the name
    text = "ਇਸ ਫ਼ਿਲਮ ਨੂੰ ਨਿਰਦੇਸ਼ਕ ਹਰਜੀਤ ਸਿੰਘ ਡਾਇਰੈਕਟ ਕਰ ਰਹੇ ਹਨ।"
    assert [m.name for m in mentions(text, "director_nouns")] == ["ਹਰਜੀਤ ਸਿੰਘ"]
    assert [m.name for m in director_before(text)] == ["ਹਰਜੀਤ ਸਿੰਘ"]


@pytest.mark.parametrize(
    "text",
    [
        "இயக்குனர் டச் என்பது படத்தில் எல்லா இடங்களிலும் உள்ளது",  # "which is", "in the film"
        "இயக்குனர் நம் மனதை நட்பிலும் கட்டிப்போடுகிறார்",  # "our"
    ],
)
def test_tamil_words_no_name_holds_after_the_role_noun(text: str) -> None:
    assert [m.name for m in mentions(text, "director_nouns")] == []


def test_initials_glued_to_the_name_stay_as_written() -> None:
    assert with_initials("ఈ చిత్రాన్ని కె.రాఘవ", "రాఘవ") == "కె.రాఘవ"


def test_a_short_arabic_word_ending_a_sentence_is_no_initial() -> None:
    assert with_initials("كرا. ئازاد كەریمی", "ئازاد كەریمی") == "ئازاد كەریمی"


@pytest.mark.parametrize(
    ("block", "whole"),
    [
        ("Diretor: Laura\nMendes\nElenco: A, B\nProdução: Rui Sá, Laura Mendes", "Laura Mendes"),
        ("Diretor: Laura\nMendes\nElenco: A, B", "Laura"),  # not written together elsewhere
        ("Diretor: Laura\nElenco: Laura Elenco", "Laura"),  # a label opens the next line
    ],
)
def test_a_labelled_name_the_layout_wrapped(block: str, whole: str) -> None:
    assert wrapped_on("Laura", block) == whole


def test_a_wrapped_labelled_director_on_a_page() -> None:
    page = (
        "Source: https://example.org/filme\nO Rio Calmo\n\nFICHA TÉCNICA:\nDiretor: Laura\n"
        "Mendes\nElenco: Ana Reis, Paulo Dias\nProdução: Rui Sá, Laura Mendes, Eva Cruz\n\n"
        "Um filme sobre um rio e as pessoas que vivem junto dele durante um verão.\n"
    )
    result = extract_page(page, "page.txt")
    assert list(result.films[0].directors) == ["Laura Mendes"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Энэ бол өмнөх кино. Б.Батбаярын найруулсан кинонд", "Б.Батбаярын"),  # Mongolian
        ("энэ кино. б.батбаярын найруулсан кинонд", None),  # no capitals: no name
    ],
)
def test_an_initial_glued_to_the_name_before_the_cue(text: str, name: str | None) -> None:
    assert [m.name for m in director_before(text)] == ([name] if name else [])


@pytest.mark.parametrize("text", ["한국의 천재 감독 김철수의 새 영화", "선배 감독 이야기를 들었다"])
def test_a_korean_word_that_qualifies_the_role_word_is_no_name(text: str) -> None:
    assert [m.name for m in director_before(text)] == []


def test_a_gujarati_case_particle_glued_to_the_name_ends_it() -> None:
    text = "આ ફિલ્મ આપવા બદલ દિગ્દર્શક રવિ પટેલને અભિનંદન."
    assert [m.name for m in mentions(text, "director_nouns")] == ["રવિ પટેલ"]
