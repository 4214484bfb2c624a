"""Directors of session 29: the function words of scripts without capitals (postpositions,
"as", "a", "this") that no name holds, so a role noun followed by one names nobody."""

from __future__ import annotations

import pytest

from indexer.extract.pages.scan import match_label
from tests.page_support import film_of


def _page(host: str, title: str, body: str) -> str:
    return f"Source: https://{host}/film/review\n{title}\n\n{body}\n"


@pytest.mark.parametrize(
    ("host", "title", "body"),
    [
        (
            "bn.example.com",
            "নদীর গান",
            "নদীর গান ছবিটি গতকাল দেখলাম। পরিচালক হিসেবে এক অসাধারণ কাজ দেখিয়েছেন তিনি।",
        ),
        (
            "fa.example.com",
            "باران",
            "فیلم باران را دیدم. کارگردان های بزرگی مثل او کم هستند و این فیلم دیدنی است.",
        ),
        (
            "ta.example.com",
            "மழை",
            "மழை திரைப்படம் பார்த்தேன். இயக்குனர் என்கிற முறையில் ஒரு நல்ல முயற்சி இது.",
        ),
    ],
)
def test_a_role_noun_then_a_function_word_names_no_director(
    host: str, title: str, body: str
) -> None:
    assert film_of(_page(host, title, body)).directors == ()


def test_a_function_word_ends_a_name_read_after_a_role_noun() -> None:
    body = "নদীর গান ছবিটি দেখলাম। পরিচালক রাজেশ গাঙ্গুলি থেকে আমরা আরও ভালো ছবি আশা করি।"
    assert film_of(_page("bn.example.com", "নদীর গান", body)).directors == ("রাজেশ গাঙ্গুলি",)


@pytest.mark.parametrize(
    ("host", "title", "body", "directors"),
    [
        (
            "tl.example.com",
            "Ang Bahay",
            "Ang Bahay Direksyon: Direk Ana Cruz Produksyon: Liwanag Productions "
            "Distribusyon: Viva Films Ang Ang Bahay ay isang pelikulang pampamilya.",
            ("Ana Cruz",),
        ),
        (
            "gl.example.com",
            "O outeiro",
            "Curtametraxe galega, 2021, 12 min. Dirección: Uxía Castro Etalonaxe: Brais Souto "
            "Intérpretes: Xoán Lema, Rosa Vidal",
            ("Uxía Castro",),
        ),
    ],
)
def test_a_label_no_language_lists_ends_a_value_on_a_flattened_line(
    host: str, title: str, body: str, directors: tuple[str, ...]
) -> None:
    assert film_of(_page(host, title, body)).directors == directors


def test_a_dashed_label_whose_dashes_go_on_with_the_films_facts() -> None:
    line = "Director – Anna Berglund – 2019 – Sweden, Norway, Denmark – Cert. 15 – 98m – Swedish"
    assert match_label(line) == (("directors",), "Anna Berglund")
    # a long value after a dash with no fact of the film after it is no label's value
    assert match_label("Director – " + "a word " * 12) is None


def test_a_labelled_name_turned_round_that_the_page_writes_straight_elsewhere() -> None:
    body = (
        "Godina proizvodnje: 2006\n\nRežija:\nHorvat, Milena\n\n"
        "Scenarij:\nMilena Horvat\n\nGlazba:\nIvan Kos\n"
    )
    assert film_of(_page("hr.example.com", "Zima", body)).directors == ("Horvat, Milena",)


def test_two_labelled_words_the_page_never_turns_round_stay_two_people() -> None:
    body = "Godina proizvodnje: 2006\n\nRežija:\nHorvat, Kos\n\nGlazba:\nIvan Lukić\n"
    assert film_of(_page("hr.example.com", "Zima", body)).directors == ("Horvat", "Kos")


@pytest.mark.parametrize(
    ("host", "title", "body", "directors"),
    [
        (
            "hu.example.com",
            "Nyaralás",
            "Este a moziban vetítik a Nyaralást.\n\nKovács Anna és Szabó Péter filmszatírája "
            "a hetvenes évek egy családi utazásáról szól.",
            {"Kovács Anna", "Szabó Péter"},
        ),
        (
            "az.example.com",
            "Yol",
            "Azərbaycanlı rejissorlar Rafiq Həsənov və Cavid Məmmədovun “Yol” filmi festivalda "
            "göstəriləcək.",
            {"Rafiq Həsənov", "Cavid Məmmədovun"},
        ),
    ],
)
def test_two_names_joined_by_and_both_possess_the_film(
    host: str, title: str, body: str, directors: set[str]
) -> None:
    assert set(film_of(_page(host, title, body)).directors) == directors
