"""Directors: plural and feminine label forms, Arabic and Welsh cue forms, Korean's "ㅣ"
bar, and a table row's next cell after a labelled director."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page
from indexer.extract.pages.cues import director_before, mentions


def _directors(text: str) -> list[str]:
    result = extract_page(text, "page.txt")
    return list(result.films[0].directors) if result.films else []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Arabic: "by its director" (li- + mukhrij + the pronoun of the film)
        ('عرض الشريط السينمائي المغربي "فيلم" لمخرجه محمد أشاور، أمس الإثنين', ["محمد أشاور"]),
        # Welsh: "directed by" after a feminine "ei", the aspirate mutation
        (
            "‘Y Sŵn’ gan Roger Williams wedi ei chyfarwyddo gan Lee Haven Jones.",
            ["Lee Haven Jones"],
        ),
    ],
)
def test_cue_forms(text: str, found: list[str]) -> None:
    assert [m.name for m in mentions(text, "directed_by")] == found


@pytest.mark.parametrize(
    ("page", "want"),
    [
        # Hebrew plural label, the year in the row's next cell after a run of spaces
        (
            "Source: https://example.org/post\nחמש מצלמות שבורות\n\n"
            "במאים: גיא דוידי, עימאד בורנאט    2011\n\nעל הסרט כתבתי רשומה קצרה.\n",
            ["גיא דוידי", "עימאד בורנאט"],
        ),
        # Korean: "ㅣ" written as the bar between a label and its value
        (
            "Source: https://example.org/film\n제 목ㅣ 디렉터스컷\n\n감독ㅣ 박준범\n\n"
            "주연ㅣ 박정표\n\n십여 년 동안 독립영화를 만들어 온 해강은 장편영화를 준비한다.\n",
            ["박준범"],
        ),
    ],
)
def test_labelled_directors(page: str, want: list[str]) -> None:
    assert _directors(page) == want


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # English, Danish, Swedish, German: "X debuts as director", the name before the verb
        ("Tosh Gitonga makes his big screen debut as a director with this film", ["Tosh Gitonga"]),
        (
            "Den svenske skuespillerinde Pernilla August debuterer som instruktør med filmen",
            ["Pernilla August"],
        ),
        ("Den svenska skådespelerskan Lisa Ek debuterar som regissör med filmen", ["Lisa Ek"]),
        ("Anna Berg gibt ihr Regiedebüt mit diesem Film.", ["Anna Berg"]),
    ],
)
def test_debut_as_director(text: str, found: list[str]) -> None:
    assert [m.name for m in director_before(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Arabic: adjectives with the article between the role noun and the name
        ("حرص المخرج المغربيّ الشاب عثمان الناصري، على أن يكون العرض الأول", ["عثمان الناصري"]),
        ("حرص المخرج المغربي عثمان الناصري، على أن يكون", ["عثمان الناصري"]),
        ("من إخراج المخرج محمد خان", ["محمد خان"]),
    ],
)
def test_arabic_adjectives_after_the_role_noun(text: str, found: list[str]) -> None:
    assert [m.name for m in mentions(text, "director_nouns")] == found


def test_thai_label_glued_to_its_value() -> None:
    # a flattened infobox: "กำกับ" (director) and "กำกับภาพ" (cinematography) run into values
    page = (
        "Source: https://example.org/wiki/film\nลุงบุญมีระลึกชาติ\n"
        "กำกับอภิชาติพงศ์ วีระเศรษฐกุล\nกำกับภาพสยมภู มุกดีพร้อม\n"
    )
    assert _directors(page) == ["อภิชาติพงศ์ วีระเศรษฐกุล"]
