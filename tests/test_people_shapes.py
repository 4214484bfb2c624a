"""Name shapes and in-line credits read on pages of many sites: glued initials ("J.J. Abrams",
"Ч.Отгонбаяр"), a label glued to the value before it, the first of two labels inside a
value, every director of an in-line credit list, and role nouns of more scripts."""

from __future__ import annotations

import pytest

from indexer.extract.pages.cues import mentions
from indexer.extract.pages.linelabels import label_lists
from indexer.extract.pages.scan import embedded_label
from indexer.extract.pages.sentences import name_after
from tests.page_support import BLURB, film_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("J.J. Abrams. País: USA", "J.J. Abrams"),
        ("P.T. Anderson and his crew", "P.T. Anderson"),
        ("Ч.Отгонбаяр ажилласан", "Ч.Отгонбаяр"),
        ("У.Раджабов является автором", "У.Раджабов"),
        # an abbreviation is no name
        ("U.S.A. is large", None),
        ("St.Petersburg is large", None),
    ],
)
def test_names_with_initials_written_together(text: str, name: str | None) -> None:
    assert name_after(text, 0) == name


@pytest.mark.parametrize(
    ("value", "head"),
    [
        ("Yorgos Lanthimos Run Time: 141 min. Rating: R", "Yorgos Lanthimos"),
        ("Danish with subtitles. Running time: 117 minutes", "Danish with subtitles."),
        ("Sam Mendes Cast: George MacKay", "Sam Mendes"),
    ],
)
def test_a_value_ends_at_the_first_label_inside_it(value: str, head: str) -> None:
    at = embedded_label(value)
    assert at is not None and value[:at].strip() == head


def test_a_label_glued_to_the_value_before_it() -> None:
    line = "Género: Acciónaventuras Reparto:Ana Ruiz (Rey), Luis Gil (Han)"
    glued = "Género: AcciónaventurasReparto:Ana Ruiz (Rey), Luis Gil (Han)"
    assert [m.name for m in label_lists(line, "cast")] == ["Ana Ruiz; Luis Gil"]
    assert [m.name for m in label_lists(glued, "cast")] == ["Ana Ruiz; Luis Gil"]
    # without the capital the glued letters are one word, not a label
    assert label_lists("Género: Acciónaventurasreparto:Ana Ruiz", "cast") == []


@pytest.mark.parametrize(
    ("page", "directors"),
    [
        # every director listed after a label inside a line
        (
            "Honor Among Thieves\n\nUSA. 12 år. Regi: Jonathan Goldstein og John Francis Daley\n\n",
            ("Jonathan Goldstein", "John Francis Daley"),
        ),
        ("Pirate Brothers\n\nDirected : Asun Mawardi\nCast : Robin Shou\n\n", ("Asun Mawardi",)),
        (
            "Star Wars\n\nPelícula: Star Wars. Dirección: J.J. Abrams. País: USA.\n\n",
            ("J.J. Abrams",),
        ),
        ("Mora\n\nШинэ кино. Найруулагч Ч.Отгонбаяр ажилласан.\n\n", ("Ч.Отгонбаяр",)),
        ("Maqvali\n\n1. „Maqvali“, რეჟ. ელენე ნავერიანი (კონკურსი);\n\n", ("ელენე ნავერიანი",)),
        ("Boydoq\n\nКартинаси режиссори Алишер Узоқов, продюсери.\n\n", ("Алишер Узоқов",)),
        ("Paren\n\nFılmniń rejısseri Alen Nııazbekov aıtýynsha.\n\n", ("Alen Nııazbekov",)),
    ],
)  # fmt: skip
def test_directors_on_a_page(page: str, directors: tuple[str, ...]) -> None:
    assert film_of(page + BLURB).directors == directors


def test_kazakh_latin_cast_with_its_and() -> None:
    page = "Inoplanetianin\n\nBasty rólderin akter Baýyrjan Satov pen Juldyz Ómirǵalı somdaıdy.\n\n"
    assert film_of(page + BLURB).cast == ("Baýyrjan Satov", "Juldyz Ómirǵalı")


@pytest.mark.parametrize(
    "line",
    [
        "Nominee – Best Director, Academy Awards 2024",
        "Premio: Mejor Director, Premios Goya 2020",
        "Prix du Meilleur Réalisateur Festival de Cannes",
    ],
)
def test_an_awards_category_credits_no_one(line: str) -> None:
    assert mentions(line, "director_nouns") == []


def test_a_role_noun_without_the_word_for_best_still_credits() -> None:
    assert [m.name for m in mentions("The director, Warwick Thornton, said", "director_nouns")] == [
        "Warwick Thornton"
    ]
