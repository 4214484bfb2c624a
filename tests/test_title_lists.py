"""Table tests for the title evidence of a page's structure and shape: a list's entries, the
line above the credits, mentions in a script without spaces, names quoted only in prose, a
programme's word, two names in square brackets, a genre's name, a catalogue line with its
credits (snippets written for these tests, in several languages)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titlecues, titlevote
from indexer.extract.pages.people import bare_director
from indexer.extract.pages.titles import two_titles


def _features(text: str, stop: int | None = None) -> dict[str, dict[str, float]]:
    lines = tuple(text.split("\n"))
    end = len(lines) if stop is None else stop
    ballot, _ = titlevote.collect(lines, set(), end, set(), None)
    return {c.value: c.features for c in ballot.candidates.values()}


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("GODLAND [Vanskabte land]", ("GODLAND", "Vanskabte land")),
        ("Dýrið / Lamb", ("Dýrið", "Lamb")),
        # a number in brackets is no name
        ("Mustang [2]", ("Mustang [2]", None)),
    ],
)
def test_a_name_and_its_other_name_in_square_brackets(
    text: str, titles: tuple[str, str | None]
) -> None:
    assert two_titles(text) == titles


def test_a_catalogue_line_with_its_credits() -> None:
    text = (
        "Filmové premiéry\n\nNarušitel, Česko 2019, drama, 90 min., režie: David Balda, "
        "hrají: Jiří Dvořák, Petr Kostka, Pavel Neškudla, Stanislav Zindulka, Veronika "
        "Arichteva a další.\n"
    )
    assert "before_facts" in _features(text)["Narušitel"]


@pytest.mark.parametrize(
    ("text", "title_line", "found"),
    [
        # a programme writes the director above the name and its facts under it (Italian)
        ("Due titoli.\nClaude Lelouch\nFinalement\n(Francia 2024, 127’, DCP)\nUn avvocato.\n",
         2, ["Claude Lelouch"]),
        # no facts under the name: the line above is no credit
        ("Due titoli.\nClaude Lelouch\nFinalement\nUn avvocato perde la voce.\n", 2, []),
    ],
)  # fmt: skip
def test_a_director_above_the_name(text: str, title_line: int, found: list[str]) -> None:
    assert bare_director(tuple(text.split("\n")), set(), title_line) == found


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        # the text runs on into a name in a script without spaces (Japanese)
        (
            "wカイジ ファイナルゲーム\n>>カイジ ファイナルゲームのキャスト",
            "カイジ ファイナルゲーム",
            2,
        ),
        ("啄木鸟和雨\n啄木鸟和雨上映时间", "啄木鸟和雨", 2),
        # a cased script counts words of their own only
        ("Kes and Kestrel: kes", "kes", 2),
    ],
)
def test_mentions_in_a_script_without_spaces(text: str, name: str, count: int) -> None:
    assert titlevote._count_mentions(text.casefold(), name.casefold()) == count


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("「半分の花火」とはなにか?ふたりが「半分の花火」を目にして、その「鍵」が解けたとき", 12),
        ("Festival du film de Cannes", 5),
    ],
)
def test_words_of_a_line_in_a_script_without_spaces(line: str, words: int) -> None:
    assert titlecues.line_words(line) == words


def test_two_names_are_each_of_their_own_length() -> None:
    text = "Shir Eres LaEmek / A Lullaby for the Valley (Israel) 2023, 90 min\n\nText.\n"
    features = _features(text)["Shir Eres LaEmek / A Lullaby for the Valley"]
    assert "long" not in features


@pytest.mark.parametrize(("value", "genre"), [("Comédie musicale", True), ("Love Story", False)])
def test_a_genre_s_name_of_two_words(value: str, genre: bool) -> None:
    assert titlevote._genre_word(value) is genre
