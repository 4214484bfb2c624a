"""Cast readers added in session 26: pairs 'Name (Role)' with nothing between them, a
labelled value under its label parted by middle dots."""

from __future__ import annotations

import pytest

from indexer.extract.pages import people
from indexer.extract.pages.castrows import paired_apart
from indexer.extract.pages.scan import collect


@pytest.mark.parametrize(
    ("value", "parted"),
    [
        # pairs of a name and its role with nothing between them: a comma after each aside
        ("Ana Ruiz (Bruno) Tom Berg (Tina) Eva Lind (Poeta)",
         "Ana Ruiz (Bruno), Tom Berg (Tina), Eva Lind (Poeta)"),
        ("笠智衆 (平山周吉) 東山千栄子 (妻) 原節子 (紀子)",
         "笠智衆 (平山周吉), 東山千栄子 (妻), 原節子 (紀子)"),
        # already parted, or one aside only: as written
        ("Ana Ruiz (Bruno), Tom Berg (Tina)", "Ana Ruiz (Bruno), Tom Berg (Tina)"),
        ("Ana Ruiz (Bruno) Tom Berg", "Ana Ruiz (Bruno) Tom Berg"),
        # an aside inside a sentence (a word in lower case after it): as written
        ("Ana Ruiz (Bruno) is a thief and Tom Berg (Tina) plays a cop",
         "Ana Ruiz (Bruno) is a thief and Tom Berg (Tina) plays a cop"),
    ],
)  # fmt: skip
def test_pairs_of_name_and_role_without_separators_are_parted(value: str, parted: str) -> None:
    assert paired_apart(value) == parted


def test_a_labelled_cast_of_pairs_without_commas_gives_each_actor() -> None:
    labelled = (
        "Fabrizio Bentivoglio (Bruno) Barbora Bobulova (Tina) Vinicio Marchioni (Poeta) "
        "Filippo Scicchitano (Luca) Raffaella Lebboroni (Prof.ssa Di Biagio)"
    )
    assert people.cast(labelled, "", "", "", None)[:3] == [
        "Fabrizio Bentivoglio",
        "Barbora Bobulova",
        "Vinicio Marchioni",
    ]


def test_a_cast_under_its_label_parted_by_middle_dots_is_its_value() -> None:
    lines = (
        "Darsteller",
        "Sheryl Sutton · Tom Dokoupil (Dimitri) · Eva Buchmüller (Matrosin) · István Balint "
        "(Parteisekretär) · Peter Berg (Betrunkener Matrose)",
        "Länge",
    )
    value, end = collect(lines, 1, "cast")
    assert value.startswith("Sheryl Sutton · Tom Dokoupil") and end == 1


def test_a_cast_under_its_label_one_a_line_goes_on_past_single_names() -> None:
    lines = (
        "Starring:",
        "Dhanush",
        "Samantha Ruth Prabhu",
        "Amy Jackson",
        "Sathish",
        "K. S. Ravikumar",
        "Music by:",
        "Anirudh Ravichander",
    )
    value, end = collect(lines, 1, "cast")
    assert value.split("\n") == list(lines[1:6]) and end == 5


@pytest.mark.parametrize(
    ("block", "values", "cast"),
    [
        # the leads' label, then the other actors' label below it: one cast
        ("감독:봉준호\n\n주연:송강호, 김상경\n\n출연:김뢰하, 송재호, 변희봉\n\n줄거리",
         ["송강호, 김상경", "김뢰하, 송재호, 변희봉"],
         ["송강호", "김상경", "김뢰하", "송재호", "변희봉"]),
        ("Starring: Ann Lee, Tom Berg\nAlso starring: Eva Lind, Per Holm\n",
         ["Ann Lee, Tom Berg", "Eva Lind, Per Holm"],
         ["Ann Lee", "Tom Berg", "Eva Lind", "Per Holm"]),
    ],
)  # fmt: skip
def test_two_cast_labels_in_turn_give_one_cast(
    block: str, values: list[str], cast: list[str]
) -> None:
    assert people.cast(values[0], "", block, "", None, all_labelled=values) == cast


def test_two_cast_labels_far_apart_are_not_joined() -> None:
    block = (
        "Cast: Ann Lee, Tom Berg\n"
        + "A long review of the film that goes on for a while about other things. " * 3
        + "\nCast: Eva Lind, Per Holm\n"
    )
    values = ["Ann Lee, Tom Berg", "Eva Lind, Per Holm"]
    assert people.cast(values[0], "", block, "", None, all_labelled=values) == [
        "Ann Lee",
        "Tom Berg",
    ]


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        # Persian: "… play a role" (ایفای نقش) after the list
        ("در این فیلم مجتبی پیرزاده، رضا کیانیان، هومن برق نورد، مهتاب نصیرپور، "
         "نوشین مسعودیان، شهاب عسگری و فرید قبادی به ایفای نقش می پردازند.", "رضا کیانیان"),
        # Arabic: "the leading roles" (أدوار البطولة) before the list
        ("ويؤدي أدوار البطولة في الفيلم، كل من الممثل عمر لطفي وجليلة التلمسي، ومراد الزاوي، "
         "وفهد بنشمسي، وسعيد باي، وفاطمة هراندي، ومحمد الشوبي.", "مراد الزاوي"),
    ],
)  # fmt: skip
def test_uncased_names_between_commas_beside_a_word_of_acting(sentence: str, first: str) -> None:
    from indexer.extract.pages.castruns import uncased_runs

    (run,) = uncased_runs(sentence)
    assert run[0] == first and len(run) >= 3


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a synopsis names three actors or more in parentheses glued to their characters
        ("周吉(笠智衆)、とみ(東山千栄子)の老夫婦は東京にやって来た。長男幸一(山村聰)の一家も歓待してくれた。",
         ["笠智衆", "東山千栄子", "山村聰"]),
        ("ファーン（フランシス・マクドーマンド）とデイブ（デヴィッド・ストラザーン）、リンダ（リンダ・メイ）",
         ["フランシス・マクドーマンド", "デヴィッド・ストラザーン", "リンダ・メイ"]),
        # fewer than three pairs, or asides that are no names: none
        ("周吉(笠智衆)、とみ(東山千栄子)の老夫婦", []),
        ("第77回(2020年)、英国映画協会(BFI)、日本映画製作者連盟(映連)", []),
    ],
)  # fmt: skip
def test_cjk_actors_in_parentheses_after_their_characters(text: str, found: list[str]) -> None:
    from indexer.extract.pages.roles import cjk_in_parentheses

    assert [m.name for m in cjk_in_parentheses(text)] == found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        # an infobox's Thai label run into the name
        ("นักแสดงนำธนภัทร สายเสมา", (("cast",), "ธนภัทร สายเสมา")),
        ("กำกับอภิชาติพงศ์ วีระเศรษฐกุล", (("directors",), "อภิชาติพงศ์ วีระเศรษฐกุล")),
        # a label word opening a longer line of prose is none
        ("นักแสดงนำของเรื่องนี้ได้รับรางวัลมากมายจากเทศกาลภาพยนตร์ทั่วโลกในปีที่ผ่านมาแล้วหลายครั้งด้วยกัน", None),
    ],
)  # fmt: skip
def test_an_unspaced_script_label_run_into_a_name(line: str, found: object) -> None:
    from indexer.extract.pages.scan import _glued_unspaced

    assert _glued_unspaced(line) == found
