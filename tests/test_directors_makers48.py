"""Who made the film, read from a sentence's grammar (session 48): the possessor of the film's
own title in any quote marks, with a possessive particle or written in capitals; the years
between a possessor and the word for film; the words that describe the person between a
directing cue and the name; a middle dot and an honorific around a Japanese name. Snippets
from read pages."""

from __future__ import annotations

import pytest

from indexer.extract.pages import cues
from indexer.extract.pages.possessive import beside_bare_title, beside_title, film_possessors


@pytest.mark.parametrize(
    ("text", "title", "code", "found"),
    [
        # an apostrophe as the quote, after a space: the possessive's ending goes
        (
            "Payal Kapadia's 'All We Imagine As Light' bowls over critics: the film wins",
            "All We Imagine As Light",
            "en",
            ["Payal Kapadia"],
        ),
        (
            "Carl Th. Dreyers 'Ordet' blev en stor succes, en film for alle.",
            "Ordet",
            "da",
            ["Carl Th. Dreyers"],
        ),
        # a possessive particle before the title in corner brackets
        (
            "華語片今年在坎城影展大放異彩,侯孝賢的《聶隱娘》在國際媒體的綜合評分榜中暫居首位",
            "聶隱娘",
            "zh",
            ["侯孝賢"],
        ),
        # ASCII angle brackets, the genitive after them
        (
            "премьера украинского документального оммажа <Сентиментальное путешествие на "
            "планету Параджанова> Тараса Томенко.",
            "Сентиментальное путешествие на планету Параджанова",
            "ru",
            ["Тараса Томенко"],
        ),
        # no one: a role noun before the particle, an apostrophe inside a word
        ("導演的《聶隱娘》在國際", "聶隱娘", "zh", []),
        # a phrase before the particle, no family name opening it: "much awaited", "moving"
        ("今年 备受瞩目的《摆渡人》在", "摆渡人", "zh", []),
        ("，帶出令人動容的《麥路人》", "麥路人", "zh", []),
        ("I saw Dreyer's Ordet' yesterday", "Ordet", "da", []),
        # an apostrophe's quote where no language's genitive is known: a nickname
        ("MCHEZA filamu wa Tanzania, Hissan Muya 'Tino' ameibuka", "Tino", None, []),
    ],
)
def test_beside_title_reads_the_owner_in_any_quote_marks(
    text: str, title: str, code: str, found: list[str]
) -> None:
    assert [m.name for m in beside_title(text, title, code)] == found


def test_beside_bare_title_reads_a_one_word_title_the_prose_writes_in_capitals() -> None:
    text = "Vinod Kapri’s PIHU plays on this idea. The film is good."
    assert [m.name for m in beside_bare_title(text, "Pihu", "en")] == ["Vinod Kapri"]
    # an initialism of three letters is no title's spelling
    assert beside_bare_title("Ana Ruiz’s ZOO plays.", "Zoo", "en") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the person's years between the possessor and the word for film; "this" goes
        (
            "Šis Vytauto Žalakevičiaus (1930–1996) filmas iki šiol gyvas ir kursto aistras.",
            ["Vytauto Žalakevičiaus"],
        ),
        ("Šis Vytauto Žalakevičiaus filmas iki šiol gyvas.", ["Vytauto Žalakevičiaus"]),
    ],
)
def test_film_possessors_past_life_dates(text: str, found: list[str]) -> None:
    assert [m.name for m in film_possessors(text, "lt")] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "El largometraje dirigido por el venezolano Lorenzo Vigas, figura en la selección.",
            ["Lorenzo Vigas"],
        ),
        (
            "written and directed by seasoned filmmaker Annemarie Jacir, the film",
            ["Annemarie Jacir"],
        ),
        (
            "Le film réalisé par la jeune et talentueuse Yasmine Chouikh a été primé.",
            ["Yasmine Chouikh"],
        ),
        ("a film directed by the late Agnès Varda.", ["Agnès Varda"]),
        # a cue of its own between: no one
        ("directed by and starring John Smith", []),
    ],
)
def test_directed_by_reads_past_describing_words(text: str, found: list[str]) -> None:
    assert [m.name for m in cues.mentions(text, "directed_by")] == found


def test_role_noun_middle_dot_and_honorific_around_a_japanese_name() -> None:
    text = "、合わせて同作品監督・富田克也さんの過去作を一挙上映するという催し。"
    assert [m.name for m in cues.mentions(text, "director_nouns")] == ["富田克也"]
    assert cues.name_at("富田克也さんの過去作", 0) == "富田克也"


def test_a_describing_run_follows_the_word_for_by_only() -> None:
    # "đạo diễn kiêm chắp bút với Loung Ung": directed and co-wrote WITH her
    text = "do Angelina Jolie đạo diễn kiêm chắp bút với Loung Ung, dựa trên"
    assert "Loung Ung" not in [m.name for m in cues.mentions(text, "directed_by")]
