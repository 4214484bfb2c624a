"""Directors (session 27): the word for film's "of" in more languages, Persian "the latest
work of", Arabic role nouns after the prefixed "and" and in a caption, a name cut to one
script, a one-word title before "by", a Han name before "as … director", bullets between a
credit line's facts, and Thai infobox labels."""

from __future__ import annotations

import pytest

from indexer.extract.pages.cues import director_before, directors_apposed, mentions
from indexer.extract.pages.introduced import bare_title_by
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.people import names_before_facts
from indexer.extract.pages.possessive import film_of
from indexer.extract.pages.scripts import first_script_run


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Вчера гледахме новия филм на Иван Петров в центъра.", ["Иван Петров"]),
        ("Прикажан е филмот на Марко Стојанов пред публиката.", ["Марко Стојанов"]),
        ("Dangoswyd ffilm Gymraeg gan Siân Morgan yn yr ŵyl.", ["Siân Morgan"]),
        ("Taispeánfar scannán nua le Máire Breathnach anocht.", ["Máire Breathnach"]),
        ("Είδαμε τη νέα ταινία του Νίκου Παππά χθες.", ["Νίκου Παππά"]),
    ],
)
def test_film_of(text: str, found: list[str]) -> None:
    assert [m.name for m in film_of(text)] == found


def test_persian_latest_work_and_copula() -> None:
    text = "فیلم تازه‌ترین ساخته مریم کاظمی است که در جشنواره"
    assert [m.name for m in mentions(text, "directed_by")] == ["مریم کاظمی"]


def test_arabic_noun_after_prefixed_and() -> None:
    text = "قال الممثل والمخرج سامي يوسف في حديثه"
    assert [m.name for m in mentions(text, "director_nouns")] == ["سامي يوسف"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a caption: the name and the role noun alone on a line
        ("نص.\n\nليلى حسن مخرجة الفيلم\n\nثم", ["ليلى حسن"]),
        # "about the directors": one word, no name
        ("نص.\n\nعن المخرجين\n\nثم", []),
    ],
)
def test_arabic_caption(text: str, found: list[str]) -> None:
    assert [m.name for m in directors_apposed(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        # the next paragraph's first words after a role noun ending a paragraph
        "صورة ليلى حسن مخرجة الفيلم\n\nهذه الاتهامات لم تكن جديدة",
        # "accusing the director of submitting": a preposition glued to the article
        "بلغت حد اتهام المخرجة بالخضوع للتوجهات السياسية",
    ],
)
def test_no_name_after_arabic_noun(text: str) -> None:
    assert [m.name for m in mentions(text, "director_nouns")] == []


@pytest.mark.parametrize(
    ("name", "cut"),
    [
        ("ليلى حسن Laila Hassan", "ليلى حسن"),
        ("ヤマダ・タロウ Taro Yamada", "ヤマダ・タロウ"),
        ("Nguyễn Văn An", "Nguyễn Văn An"),
        ("Jean-Luc Martin", "Jean-Luc Martin"),
    ],
)
def test_first_script_run(name: str, cut: str) -> None:
    assert first_script_run(name) == cut


def test_one_word_title_as_written() -> None:
    text = "Είδαμε την Marigold του Πέτρου Αλεξίου. Το marigold του Πέτρου Αλεξίου."
    assert bare_title_by(text, "Marigold") == ["Πέτρου Αλεξίου"]
    assert bare_title_by("the marigold by Anna Berg", "Marigold") == []


def test_han_name_as_director() -> None:
    text = "影评\n李小明作为新一代导演的代表,曾获多项大奖。"
    assert "李小明" in [m.name for m in director_before(text)]


@pytest.mark.parametrize(
    "line",
    ["Anna Berg • Sweden • 2021 • 78 mins", "• Anna Berg / Sweden / 2021 / 78 min"],
)
def test_bullets_between_facts(line: str) -> None:
    assert names_before_facts(("Some Film", line)) == ["Anna Berg"]


def test_thai_infobox_label() -> None:
    assert "directors" in (field_of("กำกับการแสดงโดย") or ())
