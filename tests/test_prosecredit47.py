"""Credits written in prose: a director in apposition before "the director of the film", the
director after "director of the film TITLE,", actors paired with their characters in
Japanese and Korean synopses."""

from __future__ import annotations

import pytest

from indexer.extract.pages import people, roles
from indexer.extract.pages.cues import cast_lists, directors_after_comma, mentions


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the role noun after the comma is the director's "of the film" (a short word, an
        # article glued to the word for film, or the genitive alone)
        ("на наградата, и Асемина Проедроу, режисерката на филмот „Зад стоговите сено“, со кој",
         ["Асемина Проедроу"]),
        ('stvari, poručio je Predrag Antonijević, režiser filma "Dara iz Јasenovca".',
         ["Predrag Antonijević"]),
        ("Brendan Smith, the director of the movie and Actor Nhem Sokun.", ["Brendan Smith"]),
        # another body's director, or a word that only begins like "film": none
        ("Thierry Frémaux, directeur du Festival de Cannes, a dit", []),
        ("Ana Ruiz, director of the filmmakers guild, spoke.", []),
    ],
)  # fmt: skip
def test_a_director_before_the_role_noun_of_the_film(text: str, found: list[str]) -> None:
    assert [m.name for m in directors_after_comma(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the director of the film TITLE, NAME: the title after the word for film is no name
        ("sangat bersetuju apabila pengarah filem Hantu Kak Limah, Mamat Khalid, tanpa",
         ["Mamat Khalid"]),
        # a title in single quotes between "of" and the name
        ("Festival de Sitges del 2016.\n\nLa directora de 'Julia Ist', Elena Martín, és també",
         ["Elena Martín"]),
        ("El director de Séptimo, Patxi Amezcua, es", ["Patxi Amezcua"]),
    ],
)  # fmt: skip
def test_the_director_after_the_title_of_the_film(text: str, found: list[str]) -> None:
    assert [m.name for m in mentions(text, "director_nouns")] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # one pair is enough where the name is a Han surname and a given name in kana
        ("耳が聞こえないプロボクサー、ケイコ(岸井ゆきの)が孤独や葛藤と闘いながら", ["岸井ゆきの"]),
        ("シングルマザーの早織(安藤サクラ)は、息子の湊(みなと:黒川想矢)が", ["安藤サクラ"]),
        # a reading in kana, a word with its inflection, fewer than three Han names: none
        ("映画(えいが)は", []),
        ("今回(初めて)の", []),
        ("周吉(笠智衆)、とみ(東山千栄子)の老夫婦", []),
    ],
)  # fmt: skip
def test_a_japanese_actor_of_han_and_kana_paired_alone(text: str, found: list[str]) -> None:
    assert [m.name for m in roles.cjk_in_parentheses(text)] == found


def test_korean_actors_paired_four_times_are_pairs_in_prose() -> None:
    text = (
        "옥주(최정운)는 남동생 동주(박승준), 아빠(양흥주)와 함께 "
        "여름방학을 할아버지(김상동)의 집에서 지내게 된다."
    )
    assert [m.name for m in roles.hangul_pairs(text)] == ["최정운", "박승준", "양흥주", "김상동"]
    assert people.paired_with_characters(text) == ["최정운", "박승준", "양흥주", "김상동"]
    # three pairs may be the leads alone: weak, left to where nothing else names the cast
    assert roles.hangul_pairs("계나(고아성)는 회사원이다. 연인 지명(김우겸)과 재인(주종혁)이") == []


def test_a_cast_cue_inside_a_prize_name_lists_no_one() -> None:
    text = "毎日映画コンクールで、大賞・女優主演賞など5部門受賞!"
    assert [m.name for m in cast_lists(text)] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the character's name ends with a vowel sign, which \w leaves out
        ("સ્વતંત્ર વિચારો ધરાવતી બિટ્ટુ (આરોહી પટેલ)ને જમનામાસી (પિન્કી પરીખ) દ્વારા",
         ["આરોહી પટેલ", "પિન્કી પરીખ"]),
        # Thai writes no spaces: the word before is a run of words, a title and its director
        ("นิรันดร์ราตรี (วรรจธนภูมิ ลายสุวรรณชัย) หนังสารคดีที่เล่าเรื่องราว", []),
        # a name alone on its line in parentheses pairs with nothing above it
        ("ගාඩි\n(චූලානන්ද සමරනායක)\n", []),
    ],
)  # fmt: skip
def test_uncased_actors_after_a_vowel_sign(text: str, found: list[str]) -> None:
    assert [m.name for m in roles.uncased_in_parentheses(text)] == found
