"""Directors (session 25): the full name of a candidate cut at its end wins over the cut one
("ギヨーム" and "ギヨーム・ブラック"), and the head-final participles of Finnish, Estonian and
Turkish that credit the name before them ("Peeter Simmin ohjaama", "Emin Alper imzasıyla")."""

from __future__ import annotations

import pytest

from indexer.extract.pages import directormodel, people
from indexer.extract.pages.cues import director_before, mentions
from indexer.extract.pages.directormodel import DirectorBallot


def test_full_name_completes_its_start() -> None:
    ballot = DirectorBallot()
    cut = ballot.vote("ギヨーム", "role_noun", "監督", 3)
    full = ballot.vote("ギヨーム・ブラック", "before_role_word", "監督", 3)
    people._parts(ballot)
    assert full.features.get("completes_start") == 1.0
    assert "completes_start" not in cut.features
    assert directormodel.hand_score(full) > directormodel.hand_score(cut)


@pytest.mark.parametrize(
    ("short", "long"),
    [
        ("봉준호", "봉준호의"),  # a particle glued on: no fuller name
        ("Andri Luubi", "Lavastajaks Andri Luubi"),  # a word before: no completion of its start
    ],
)
def test_no_completion(short: str, long: str) -> None:
    ballot = DirectorBallot()
    ballot.vote(short, "role_noun", "x", 1)
    longer = ballot.vote(long, "role_noun", "y", 1)
    people._parts(ballot)
    assert "completes_start" not in longer.features


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Finnish: the agent participle after the director in the genitive
        (
            "Peeter Simmin ohjaama elämäkerta on samalla lailla hahmoton kuin muut.",
            ["Peeter Simmin"],
        ),
        # Estonian: the passive participle after the director
        ("See on Veiko Õunpuu lavastatud film, mis jõuab kinodesse reedel.", ["Veiko Õunpuu"]),
        # Turkish: "with the signature of"
        (
            "Kurtuluş filmi, Emin Alper imzasıyla beyaz perdeye taşındı.",
            ["Emin Alper"],
        ),
    ],
)
def test_head_final_participles(text: str, found: list[str]) -> None:
    assert [m.name for m in director_before(text)][:1] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the abbreviation of the credit before the name, as programmes write it
        ("Another Round (Denmark, 2020; dir. Thomas Vinterberg), winner of", ["Thomas Vinterberg"]),
        ("Dir. Michael Cimino: USA/UK 1978 (176 mins)", ["Michael Cimino"]),
        ("Zuz.: Aitor Arregi, Jon Garaño · G.: Aitor Arregi", ["Aitor Arregi"]),
        # Azerbaijani "-dir." closes a word: no abbreviation
        ("Operatoru Afşin Əlizadədir. Filmdə əsas rolları Faiq Mirzəyev oynayır.", []),
    ],
)
def test_credit_abbreviations(text: str, found: list[str]) -> None:
    assert [m.name for m in mentions(text, "directed_by")][:1] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Chinese: "X directed", the verb after the name
        ("《花樣年華》是由王家衛執導,梁朝偉、張曼玉主演的愛情片", ["王家衛"]),
        ("斯把侯孝賢執導的「刺客聶隱娘」列在第1", ["侯孝賢"]),  # "take": no part of the name
        ("由日本導演北村龍平執導,露比蘿絲挑大梁", ["北村龍平"]),
        ("由李睿珺编剧并执导", ["李睿珺"]),
        # an award's category, a qualifier or a country before the role word: no name
        ("頂著奧斯卡最佳導演李安新片的名頭", []),
        ("好莱坞大导演", []),
        ("與澳洲導演喬治米勒", []),
        # a Japanese surname that opens with a character Chinese writes as a word
        ("是枝裕和監督の最新作", ["是枝裕和"]),
    ],
)
def test_chinese_before_role_word(text: str, found: list[str]) -> None:
    assert [m.name for m in director_before(text)][:1] == found
