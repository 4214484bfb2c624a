"""Cast readers changed in session 32: Korean words read before the word for actor that name
no one (the noun itself, a verb's ending, the end of a longer word); lists of companies."""

from __future__ import annotations

import pytest

from indexer.extract.pages import cues, people


@pytest.mark.parametrize(
    "text",
    [
        # "배우는" of the verb "to learn" after a connective ending ("while rolling about")
        "그는 거품 속에서 뒹굴며 배우는 영화라고 했다.",
        # "learning modern history": the reading stops inside the word "근현대사를"
        "어린 나이에 근현대사를 배우기 전이었다.",
        # "an old actor took the lead": the word holds the word for actor itself
        "해외에서도 노배우가 주연을 맡았다.",
    ],
)
def test_korean_words_that_name_no_one_are_no_cast(text: str) -> None:
    assert [m.name for m in cues.cast_before(text, "ko")] == []


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        ("이번 영화는 조진웅이 주연으로 나섰다.", "조진웅"),
        ("이성민배우의 연기가 빛난다.", "이성민"),
        ("송강호, 김상경 주연의 영화다.", "송강호; 김상경"),
    ],
)
def test_korean_names_before_the_cue_are_still_read(text: str, cast: str) -> None:
    assert [m.name for m in cues.cast_before(text, "ko")] == [cast]


def test_a_list_of_companies_names_no_cast() -> None:
    block = "Nebula Film, Lantern Productions, Blue Harbour Union\n\nA quiet film about grief."
    assert people.cast("", "", block, "", None) == []


def test_a_list_of_actors_with_one_company_is_still_the_cast() -> None:
    block = "Anna Berg, Jonas Weller, Maria Lind, Nebula Film\n\nA quiet film about grief."
    assert people.cast("", "", block, "", None)[:3] == ["Anna Berg", "Jonas Weller", "Maria Lind"]


def test_a_list_of_companies_is_no_title() -> None:
    """A producers' line, three names half of them companies, neither casts nor titles."""
    from indexer.extract.pages.personname import mostly_companies

    assert mostly_companies(["Engine Film", "Sputnik Productions", "TV Man Union"])
    assert not mostly_companies(["Sex", "Lies", "and Videotape"])
    assert not mostly_companies(["Engine Film", "Sputnik Productions"])
    assert not mostly_companies(["Фильм", " фильм", " фильм"])
