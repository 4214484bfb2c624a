"""Directors and cast on pages of several films or of prose only, read on sites of many
languages: the first entry's credit among entries credited alike, a blog's heading "Title
(Director, Year)", and cues in prose."""

from __future__ import annotations

import pytest

from indexer.extract.pages.cues import (
    by_lines,
    citations,
    mentions,
    second_director,
    states_facts,
)
from indexer.extract.pages.introduced import filmography_asides
from indexer.extract.pages.linelabels import label_lists, segment_lists
from indexer.extract.pages.names import names, person
from indexer.extract.pages.people import described_in_parentheses, name_lines, names_before_facts
from indexer.extract.pages.possessive import film_possessors
from tests.page_support import film_of


@pytest.mark.parametrize(
    ("page", "directors"),
    [
        # entries credited alike: the first entry's director, though a later one is named more
        (
            "Smalkās aprindas\n\nRežisors Vudijs Allens. Lomās Džesijs Eizenbergs.\n\n"
            "Kā jau Vudijs Allens to prot, filma ir vieglā stāstā par mīlestību un kino.\n\n"
            "Ben-Hurs\n\nRežisors Timurs Bekmambetovs. Lomās Džeks Hjūstons.\n\n"
            "Krievu režisors Timurs Bekmambetovs Holivudā ir savējais, un filma ir gara.\n\n",
            ("Vudijs Allens",),
        ),
        # a blog's posts each headed "Title (Director, Year)": the first post's
        (
            "28. januar 2021.\n\nLov u mutnom (Vlastimir Radovanović, 1981)\n\n"
            "Ovaj reditelj mi je poznat kao scenarista vrlo dobrog filma Inspektor (1965).\n\n"
            "26. januar 2021.\n\nJojo Rabbit (Taika Waititi, 2019)\n\n"
            "Ideja na kojoj se ovaj film bazira mi nije bila naročito privlačna.\n\n",
            ("Vlastimir Radovanović",),
        ),
    ],
)  # fmt: skip
def test_directors_of_the_first_entry(page: str, directors: tuple[str, ...]) -> None:
    assert film_of(page).directors == directors


def test_a_film_cited_with_its_director_and_year_is_no_filmography() -> None:
    assert filmography_asides("Jojo Rabbit (Taika Waititi, 2019)\n") == []
    assert filmography_asides("by Kim Ji-hoon (Nightbus, The Pier) returns") == ["Kim Ji-hoon"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Girl, il film diretto dall’esordiente Lukas Dhont, è ispirato", "Lukas Dhont"),
        ("Troppa Grazia, il film diretto dal regista Gianni Zanasi, racconta", "Gianni Zanasi"),
        ("C'est un film d’Agnès Varda, tourné à Paris.", "Agnès Varda"),
        ("C'est un film d'Agnès Varda, tourné à Paris.", "Agnès Varda"),
    ],
)
def test_a_cue_ending_in_an_elided_article(text: str, name: str) -> None:
    assert [m.name for m in mentions(text, "directed_by")] == [name]


def test_a_credit_line_with_the_films_facts_after_the_word_for_by() -> None:
    block = "GIRL\ndi Lukas Dhont • Belgio • durata 105 min\n"
    assert [states_facts(block, m) for m in by_lines(block)] == [["Lukas Dhont"]]
    block = "Le otto montagne\ndi Felix Van Groeningen, Charlotte Vandermeersch — Italia, 2022\n"
    assert [states_facts(block, m) for m in by_lines(block)] == [
        ["Felix Van Groeningen", "Charlotte Vandermeersch"]
    ]
    byline = "Review\nBy Jane Smith\n"
    assert [(m.name, states_facts(byline, m)) for m in by_lines(byline)] == [("Jane Smith", [])]


def test_a_cast_list_with_each_role_glued_to_the_actor() -> None:
    value = "Nina HossNelly Lenz, Ronald ZehrfeldJohnny Lenz, Michael MaertensArzt, Eva BayTänzerin"
    assert names(value, field="cast") == [
        "Nina Hoss",
        "Ronald Zehrfeld",
        "Michael Maertens",
        "Eva Bay",
    ]
    # names written with an inner capital stay whole
    value = "Frances McDormand, Angus MacDonald, Leonardo DiCaprio"
    assert names(value, field="cast") == value.split(", ")


@pytest.mark.parametrize(
    ("name", "tidy"),
    [
        ("NSND Đặng Nhật Minh", "Đặng Nhật Minh"),  # People's Artist, a state title
        ("المصرية مي سعد", "مي سعد"),  # the Egyptian (a nationality with the article)
        ("الفلسطيني أحمد الدنف", "أحمد الدنف"),
    ],
)
def test_a_title_or_nationality_before_a_name(name: str, tidy: str) -> None:
    assert person(name) == tidy


def test_the_director_and_the_director() -> None:
    text = "لكل من المخرجة المصرية مي سعد والمخرج الفلسطيني أحمد الدنف، بعد أن"
    found = mentions(text, "director_nouns")[0]
    assert second_director(text, found) == "الفلسطيني أحمد الدنف"
    assert (
        second_director(
            "the director Ana Ruiz and the director Luis Gil.",
            mentions("the director Ana Ruiz and the director Luis Gil.", "director_nouns")[0],
        )
        == "Luis Gil"
    )


@pytest.mark.parametrize(
    ("line", "director"),
    [
        ("Documentary. Israel, 2024. Director, producer and writer: John Smith; Camera: Ana Ruiz.",
         "John Smith"),
        ("תיעודי. ישראל, 2024. בימוי, הפקה ותסריט: יאיר קדר; צילום: אורי אקרמן; עריכה: נואית גבע.",
         "יאיר קדר"),
    ],
)  # fmt: skip
def test_labels_joined_before_one_colon_inside_a_line(line: str, director: str) -> None:
    assert [m.name for m in segment_lists(line, "directors")] == [director]


def test_labels_glued_after_digits_and_names_in_hangul_words() -> None:
    line = "개봉: 1966감독: 잉마르 베리만장르: 드라마, 심리출연: 비비 안데르손, 리브 울만평점: 8"
    assert [m.name for m in label_lists(line, "directors")] == ["잉마르 베리만"]
    assert [m.name for m in label_lists(line, "cast")] == ["비비 안데르손; 리브 울만"]


def test_the_first_entrys_cast_among_entries_credited_alike() -> None:
    page = (
        "페르소나(1966) 영화 정보\n\n<가면 뒤의 진짜 나> 개봉: 1966감독: 잉마르 베리만장르: 드라마"
        "출연: 비비 안데르손, 리브 울만평점: 8 《페르소나》는 인간 내면의 분열과 자아의 경계를 "
        "탐구하는 대표작이다.\n\n그린 북(2018) 영화 정보\n\n<우정> 개봉: 2018감독: 피터 패럴리"
        "장르: 드라마출연: 비고 모텐슨, 마허샬라 알리, 린다 카델리니평점: 7 《그린북》은 미국 "
        "남부를 배경으로 한 드라마다.\n\n"
    )
    film = film_of(page)
    assert (film.directors, film.cast) == (("잉마르 베리만",), ("비비 안데르손", "리브 울만"))


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        (("Saint Omer", "Alice Diop, France, 2022o", "Saint-Omer court of law."), ["Alice Diop"]),
        (("Rocks", "Sarah Gavron / UK 2019", "An uplifting film."), ["Sarah Gavron"]),
        (("Phoenix", "Christian Petzold Deutschland, 2014", "Classical."), ["Christian Petzold"]),
        # a name then no country: a byline and its date
        (("Rocks", "Jane Smith, 12 March 2019", "An uplifting film."), []),
    ],
)
def test_a_name_before_the_films_country_and_year(lines: tuple[str, ...], found: list[str]) -> None:
    assert names_before_facts(lines) == found


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("Das Team um Regisseur und Drehbuchautor Ed Herzog zeigt", "director_nouns", "Ed Herzog"),
        ("För manus och regi står långfilmsdebuterande Babak Anvari.", "directed_by",
         "Babak Anvari"),
        ("Filmen er laget av Mark Osborne, regissør av «Kung Fu Panda».", "directed_by",
         "Mark Osborne"),
    ],
)  # fmt: skip
def test_cues_in_prose_of_more_languages(text: str, kind: str, name: str) -> None:
    assert [m.name for m in mentions(text, kind)] == [name]


def test_the_character_whom_an_actor_plays() -> None:
    page = (
        "Naise lõhn\n\nFilm räägib pimedaks jäänud sõjaveteranist, keda mängib Al Pacino. "
        "Lugu sellest, kuidas sõjaveteran saab endale noore hooldaja.\n\n"
    )
    assert film_of(page).cast == ("Al Pacino",)


@pytest.mark.parametrize(
    ("text", "title", "cited"),
    [
        ("El Secreto de sus Ojos (Juan Jose Campanella, Argentina, España, 2009)",
         "El Secreto de sus Ojos", ("Juan Jose Campanella",)),
        ("Ver El caso Litvinenko (Bunt. Delo Litvinenko, Andréi Nekrasov, 2007).",
         "Ver El caso Litvinenko", ("Andréi Nekrasov",)),
        # a title not told from a long sentence before it
        ("Material de partida interesante para este trabajo titulado El caso Litvinenko "
         "(Andréi Nekrasov, 2007).", "", ("Andréi Nekrasov",)),
        ("Cube (1997, Vincenzo Natali)", None, None),
    ],
)  # fmt: skip
def test_citations_with_an_original_title_or_countries(
    text: str, title: str | None, cited: tuple[str, ...] | None
) -> None:
    found = [(c.title, c.names) for c in citations(text)]
    assert found == ([] if cited is None else [(title, cited)])


def test_a_line_listing_names_parted_by_slashes_after_a_colon() -> None:
    line = "Thriller américain_1h35 : Uma THURMAN / Evan Rachel WOOD / Eva AMURI / Brett CULLEN"
    assert name_lines(line) == [["Uma THURMAN", "Evan Rachel WOOD", "Eva AMURI", "Brett CULLEN"]]
    assert name_lines("Drame / France / 2019 / 93 min") == []


def test_a_basque_possessor_of_the_film_in_the_genitive() -> None:
    text = '"A escondidas" Mikel Ruedaren bigarren film luzea Malagako zinemaldian lehiatuko da.'
    assert [m.name for m in film_possessors(text, "eu")] == ["Mikel Ruedaren"]


def test_films_in_parentheses_after_a_name_are_no_cast() -> None:
    text = "With his third feature, Hlynur Pálmason (A White, White Day) delivers an epic."
    assert described_in_parentheses(text) == []
    text = "Il suit deux jeunes filles (Linda Molin, Fanny Ketter) dans la ville."
    assert described_in_parentheses(text) == [["Linda Molin", "Fanny Ketter"]]


@pytest.mark.parametrize(
    ("name", "tidy"),
    [
        # the word for "best", then a label or the word for film: an award's category
        ("Best Foreign Film", None),
        ("Best Screenplay", None),
        ("Mejor Dirección", None),
        ("Meilleur Film Étranger", None),
        # a name with the word for "best" in it, or opening with it before a name: a person
        ("George Best", "George Best"),
        ("Paras Arora", "Paras Arora"),
    ],
)
def test_an_award_category_is_no_person(name: str, tidy: str | None) -> None:
    assert person(name) == tidy
