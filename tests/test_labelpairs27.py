"""Lines of several "label: value" pairs in any script, parted by spaces or by marks ("/",
"■", "|", "·"): each known label opens a pair, its value runs to the next label; the names of
a people label end where the film's facts begin."""

from __future__ import annotations

import pytest

from indexer.extract.pages.labelmarks import label_before
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.names import names
from indexer.extract.pages.scan import scan
from tests.page_support import BLURB, film_of


def _pairs(line: str) -> list[tuple[str, str]]:
    entries, _ = scan(("", line, ""))
    return [(e.field, e.value) for e in entries]


@pytest.mark.parametrize(
    ("line", "pairs"),
    [
        # Chinese, two labels after a rating: pairs parted by spaces
        (
            "8.1 (340 人评价) 导演: 王小明 演员: 李大龙 / 张美丽",
            [
                ("facts", "8.1 (340 人评价)"),
                ("directors", "王小明"),
                ("cast", "李大龙 / 张美丽"),
            ],
        ),
        # Japanese, the pairs parted by "/", a bullet in front, a label no language knows
        # ("照明") still ends the value before it
        (
            "■監督:田中一郎/脚本:佐藤花子、鈴木次郎/撮影:高橋三郎/照明:伊藤四郎/音楽:渡辺五郎",
            [
                ("directors", "田中一郎"),
                ("writers", "佐藤花子、鈴木次郎"),
                ("cinematography", "高橋三郎"),
                ("music", "渡辺五郎"),
            ],
        ),
        # Japanese, a joined label after the value before it ("原作・脚本")
        (
            "◆監督:山田太郎/原作・脚本:中村次郎/音楽:小林花子",
            [
                ("directors", "山田太郎"),
                ("writers", "中村次郎"),
                ("music", "小林花子"),
            ],
        ),
        # Korean, two labels
        (
            "감독: 김민수 출연: 박지영, 이서준",
            [("directors", "김민수"), ("cast", "박지영, 이서준")],
        ),
        # German, pairs parted by a middle dot
        (
            "Regie: Hans Weber · Darsteller: Anna Berg, Kurt Wolf",
            [
                ("directors", "Hans Weber"),
                ("cast", "Anna Berg, Kurt Wolf"),
            ],
        ),
        # French, pairs parted by bars, no space after the last colon's mark
        (
            "Réalisation : Jean Dupont | Pays : France | Durée : 1h35",
            [
                ("directors", "Jean Dupont"),
                ("countries", "France"),
                ("runtime", "1h35"),
            ],
        ),
        # Russian, two spaces between the pairs
        (
            "Режиссёр: Иван Петров  В ролях: Анна Сидорова, Олег Ковалёв",
            [
                ("directors", "Иван Петров"),
                ("cast", "Анна Сидорова, Олег Ковалёв"),
            ],
        ),
        # a bilingual label keeps its parts: "制片国家/地区" is one label
        (
            "制片国家/地区: 中国大陆 导演: 王小明 语言: 汉语普通话",
            [
                ("countries", "中国大陆"),
                ("directors", "王小明"),
                ("languages", "汉语普通话"),
            ],
        ),
    ],
)
def test_pairs_of_a_line(line: str, pairs: list[tuple[str, str]]) -> None:
    assert _pairs(line) == pairs


@pytest.mark.parametrize(
    "line",
    [
        # two labels inside prose: a value of many words is no credit
        "Mug: Drama Regisseur Anna Nowak observeert en portretteert in haar film het stadje "
        "aan de rivier en de mensen die er wonen. Met: Jan Kowal.",
        # a long head before two labels is a paragraph of prose
        "In this week's long and winding column our critic looks back on it all. Director: "
        "Jane Roe. Cast: John Doe.",
    ],
)
def test_two_labels_in_prose_are_no_pairs(line: str) -> None:
    fields = {field for field, _ in _pairs(line)}
    assert not fields & {"directors", "cast"}


def test_facts_after_a_people_value() -> None:
    # "kryminalny/musical" goes on after the director's name: facts, not a name
    assert _pairs(
        "Polska 2024, reżyseria: Jan Nowak, kryminalny/musical, czas trwania: 133 minuty."
    ) == [
        ("facts", "Polska 2024"),
        ("directors", "Jan Nowak, kryminalny/musical"),
        ("facts", "kryminalny/musical"),
        ("runtime", "133 minuty"),
    ]


@pytest.mark.parametrize(
    ("text", "label", "fields"),
    [
        ("田中一郎/脚本:佐藤", "脚本", ("writers",)),
        ("田中一郎/原作・脚本:佐藤", "原作・脚本", ("writers",)),
        ("制片国家/地区:中国", "制片国家/地区", ("countries",)),
        ("Hans Weber·Land: Deutschland", "Land", ("countries",)),
        ("Hans Weber Running Time: 95 min", "Running Time", ("runtime",)),
        ("田中一郎撮影:高橋", "撮影", ("cinematography",)),
    ],
)
def test_label_before(text: str, label: str, fields: tuple[str, ...]) -> None:
    colon = text.index(":")
    start, found = label_before(text, colon)
    assert (text[start:colon] if start is not None else None, found) == (label, fields)


def test_label_never_reaches_over_a_colon() -> None:
    # the value and the next label are no bilingual label
    assert field_of("制片国家/地区: 中国大陆 导演: 冯凯") == ()
    assert field_of("Режија:/Director:") == ("directors",)


@pytest.mark.parametrize(
    ("value", "found"),
    [
        # the film's facts in an aside, then more facts: the name ends at the aside
        ("Ola Nordmann (Norsk 2014) 2 t. 21 min.", ["Ola Nordmann"]),
        ("Ola Nordmann (USA 2014) 1 t. 39 min. Ein film om eit hotell", ["Ola Nordmann"]),
        # years of birth between names, parted by commas or "and": every name stays
        ("Tom Hanks (1956), Meg Ryan (1961)", ["Tom Hanks", "Meg Ryan"]),
        ("Tom Hanks (1956) and Meg Ryan", ["Tom Hanks", "Meg Ryan"]),
    ],
)
def test_names_before_fact_aside(value: str, found: list[str]) -> None:
    assert names(value, False, "directors") == found


def test_page_with_a_douban_line() -> None:
    page = (
        "Source: https://example.org/subject/1\n"
        "月光小镇 (2019)\n"
        "7.2 (1200 人评价) 导演: 王小明 演员: 李大龙 / 张美丽\n"
        f"{BLURB}\n"
    )
    film = film_of(page)
    assert film.directors == ("王小明",)
    assert film.cast[:2] == ("李大龙", "张美丽")


@pytest.mark.parametrize(
    ("value", "found"),
    [
        # Korean writes a foreign name in words: commas part the names, not spaces
        ("킬리언 머피, 에밀리 블런트", ["킬리언 머피", "에밀리 블런트"]),
        ("크리스토퍼 놀란", ["크리스토퍼 놀란"]),
        # Korean names of one word each, parted by spaces
        ("송강호 이선균 조여정", ["송강호", "이선균", "조여정"]),
    ],
)
def test_names_in_hangul(value: str, found: list[str]) -> None:
    assert names(value, False, "cast") == found


def test_hangul_labels_glued_to_the_names_before_them() -> None:
    line = (
        "<작은 집> 개봉: 1970감독: 잉마르 베리만장르: 드라마출연: 비비 안데르손, 리브 울만평점: 8"
    )
    pairs = dict(_pairs(line))
    assert (pairs["directors"], pairs["genres"]) == ("잉마르 베리만", "드라마")
    assert names(pairs["cast"], False, "cast") == ["비비 안데르손", "리브 울만"]


def test_a_numbers_unit_is_no_label_joined_to_the_next() -> None:
    # "min." (a runtime label elsewhere) ends the runtime's cell: only "režie" labels the name
    text = "Česko 2019, drama, 90 min., režie: David Novák"
    colon = text.index(":")
    start, fields = label_before(text, colon)
    assert (text[start:colon] if start is not None else None, fields) == ("režie", ("directors",))


def test_two_labels_after_a_long_line_of_facts_are_left_to_the_fact_lines() -> None:
    line = "Narušitel, Česko 2019, drama, 90 min., režie: David Novák, hrají: Jan Malý, Eva Velká"
    assert _pairs(line) == []
