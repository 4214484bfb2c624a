"""Directors of session 29b: a film's facts in parentheses ("(Name/Bel.-Fra./2017/90′)",
"(2021, Name)"), labels inside a line followed by a dash in scripts without capitals, a
label and a slash ("監督・脚本・出演/桃井かおり"), and a role noun that the words after it make
another crew member's label ("director de fotografía")."""

from __future__ import annotations

import pytest

from indexer.extract.pages.cues import citations, mentions
from indexer.extract.pages.linelabels import label_lists
from indexer.extract.pages.scan import match_label
from tests.page_support import film_of


def _page(host: str, title: str, body: str) -> str:
    return f"Source: https://{host}/film/review\n{title}\n\n{body}\n"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Gala «Une Part d’Ombre» (Samuel Tilman/Bel.-Fra.-Sui./2017/ 90′), présenté",
            ["Samuel Tilman"],
        ),
        ("«Les Ailes» (Anna Vidal/Fra./2019/104 min.) ouvre", ["Anna Vidal"]),
        ("Handia (Aitor Arregi + Jon Garaño, Spain, 2017)", ["Aitor Arregi", "Jon Garaño"]),
        ("Lov u mutnom (Vlastimir Radovanović, 1981)", ["Vlastimir Radovanović"]),
    ],
)
def test_a_tuple_of_facts_in_parentheses_names_the_director(text: str, names: list[str]) -> None:
    assert [list(c.names) for c in citations(text)] == [names]


@pytest.mark.parametrize(
    "text",
    [
        "Withnail and I (1987, Richard E Grant, Paul McGann) is a comedy.",  # a cast after a year
        "Cube (1997, Vincenzo Natali)",
        "the season (2019/2020) of the club",
        "the prize (Best Film, 2019, Cannes) went to it",
    ],
)
def test_other_parentheses_are_no_credit(text: str) -> None:
    assert citations(text) == []


def test_labels_with_dashes_inside_a_line_of_a_script_without_capitals() -> None:
    line = "மழை திரை விமர்சனம் இயக்கம் - ராகேஷ் நடிகர்கள் - தீபா, எழிலன் கதை - ஒரு கிராமம்"
    assert [m.name for m in label_lists(line, "directors")] == ["ராகேஷ்"]
    assert [m.name for m in label_lists(line, "cast")] == ["தீபா; எழிலன்"]


def test_a_lone_dash_after_a_label_word_in_prose_is_no_label() -> None:
    line = "மழை திரை விமர்சனம் இயக்கம் - ராகேஷ் ஒரு நல்ல முயற்சி"
    assert label_lists(line, "directors") == []


@pytest.mark.parametrize(
    ("line", "directors"),
    [
        ("監督・脚本・出演/桃井かおり", ("桃井かおり",)),
        ("監督/桃井かおり", ("桃井かおり",)),
        ("导演 / 毕赣", ("毕赣",)),
    ],
)
def test_a_label_a_slash_and_a_name(line: str, directors: tuple[str, ...]) -> None:
    body = "精神科医が、虚構の対話を続けていく。\n\n" + line + "\n2016年 日本 72分"
    assert film_of(_page("ja.example.com", "火 Hee", body)).directors == directors


def test_two_labels_joined_by_a_slash_are_no_value() -> None:
    body = "Film o rijeci i ljudima.\n\nRežija / Director\nJane Doe\n2016"
    assert film_of(_page("hr.example.com", "Rijeka", body)).directors == ("Jane Doe",)


@pytest.mark.parametrize(
    "text",
    [
        "La curiositat és que el director de fotografia , Eloi Molí, és català.",
        "The director of photography Roger Deakins shot it in winter.",
        "Avec le directeur de la photographie Darius Khondji, le film brille.",
        "Festival director Tiina Lokk says the line-up is strong.",
    ],
)
def test_a_role_noun_the_words_after_make_another_crew_label(text: str) -> None:
    assert mentions(text, "director_nouns") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The director Ana Ruiz said so.", "Ana Ruiz"),
        ("Türk sinema yönetmeni Nuri Bilge Ceylan yeni filmini çekti.", "Nuri Bilge Ceylan"),
    ],
)
def test_a_role_noun_alone_still_names_the_director(text: str, name: str) -> None:
    assert [m.name for m in mentions(text, "director_nouns")] == [name]


@pytest.mark.parametrize("line", ["Toni Erdmann - Maren Ade 2016", "Toni Erdmann, Maren Ade 2016"])
def test_a_year_glued_to_the_name_beside_the_title(line: str) -> None:
    page = (
        "Source: https://x.example.com/film/toni-erdmann\nToni Erdmann\n\n"
        f"{line}\n\nA father visits his daughter in Bucharest and plays pranks on her colleagues.\n"
    )
    assert film_of(page).directors == ("Maren Ade",)


def test_a_word_and_a_year_beside_the_title_are_no_credit() -> None:
    body = "Toni Erdmann – Posted 2016\n\nA father visits his daughter in Bucharest."
    assert film_of(_page("x.example.com", "Toni Erdmann", body)).directors == ()


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("Режија / Director:  Jane Doe", (("directors",), "Jane Doe")),
        ("Режија / Director", (("directors",), "")),
        ("監督・脚本・出演/桃井かおり", (("directors", "writers", "cast"), "桃井かおり")),
    ],
)
def test_a_bilingual_label_is_two_labels_not_a_label_and_its_value(
    line: str, read: tuple[tuple[str, ...], str]
) -> None:
    assert match_label(line) == read
