"""Cast readers changed in session 27 (helper cast27): a list of a script without capitals
between commas counts only on a line that holds a word of the cast; the actor nouns and the
plural participles ("interpretados por") of many languages are cast cues."""

from __future__ import annotations

import pytest

from indexer.extract.pages import castruns, cues, people, roles


@pytest.mark.parametrize(
    ("block", "run", "cast_line"),
    [
        # a label glued to the names around it, as Korean pages write a film's facts
        ("정보 감독김철수출연이영희, 박민수, 최지우 줄거리", ["이영희", "박민수", "최지우"], True),
        ("कलाकार: राम सिंह, सीता देवी, मोहन लाल", ["राम सिंह", "मोहन लाल"], True),
        # no word of the cast, but "etc." after the last name: a list of people
        ("영화에는 김민수, 이서연, 박지훈 등이 함께 한다.", ["김민수", "이서연", "박지훈"], True),
        # clauses between commas, no word of the cast on their line (one above does not count)
        ("بطولة\nويواجه الاستسلام لليأس، متحدين القسوة، الواقع الصعب، في قرية.",
         ["متحدين القسوة", "الواقع الصعب"], False),
        # a name the block does not hold
        ("출연 이영희", ["박민수"], False),
    ],
)  # fmt: skip
def test_a_line_of_the_cast_holds_a_word_of_the_cast(
    block: str, run: list[str], cast_line: bool
) -> None:
    assert castruns.on_cast_line(block, run) is cast_line


@pytest.mark.parametrize(
    "block",
    [
        # words between commas in a critic's quote and in a sentence: no word of the cast
        '평론가는 "올해 최고의 괴물, 무협, 시간 여행 영화"라고 평했다.\n',
        "그는 떠나는 사람들의 슬픔, 분노, 체념 사이를 오간다고 썼다.\n",
    ],
)
def test_clauses_of_a_script_without_capitals_are_no_cast(block: str) -> None:
    assert people.name_runs(block)  # read as a run of names, and still no cast
    assert people.cast("", "", block, "", None) == []


def test_names_of_a_script_without_capitals_beside_a_glued_label_are_the_cast() -> None:
    block = "영화 정보 장르드라마 감독 김철수출연 이영희, 박민수, 최지우, 한가인 줄거리 어느 날\n"
    assert people.cast("", "", block, "", None)[:3] == ["이영희", "박민수", "최지우"]


@pytest.mark.parametrize(
    ("text", "code", "cast"),
    [
        # plural participles of "played by"
        ("Tres amigos, interpretados por Ana Ruiz, Tom Ito y Eva Sol, viajan.", "es",
         "Ana Ruiz; Tom Ito; Eva Sol"),
        ("Les deux sœurs, interprétées par Anna Berg et Eva Sol, partent.", "fr",
         "Anna Berg; Eva Sol"),
        ("Due fratelli, interpretati da Marco Rossi e Luca Bianchi, tornano.", "it",
         "Marco Rossi; Luca Bianchi"),
        # the actor nouns: Albanian "lead actor", Vietnamese "artist", Tamil "actors"
        ("me regji të Johannes Naber dhe aktor kryesor Nik Xhelilaj.", "sq", "Nik Xhelilaj"),
        ("cố nghệ sĩ Trịnh Thịnh trong phim.", "vi", "Trịnh Thịnh"),
        ("இயக்கம் - ராமு நடிகர்கள் - சீதா, கண்ணன் கதை - ஒரு", "ta", "சீதா; கண்ணன்"),
    ],
)  # fmt: skip
def test_actor_nouns_and_plural_participles_open_a_cast(text: str, code: str, cast: str) -> None:
    assert [m.name for m in cues.cast_lists(text, code)][:1] == [cast]


def test_a_title_in_parentheses_after_the_word_for_film_is_no_actor() -> None:
    pairs = "ويظهر كريم (سامي) مع ليلى (منى) في المدينة.\n"
    assert [m.name for m in roles.uncased_word_pairs(pairs)] == ["سامي", "منى"]
    titles = "وعرض فيلم (بامو) ثم على رأسها (سيكا) من إخراج ربيع.\n"
    assert roles.uncased_word_pairs(titles) == []
