"""Cast lists of session 42: a list wrapped onto the next line where the page's width ran out
(:mod:`indexer.extract.pages.castwrap`), and a list cut inside its last name held by the
longer list it opens (:func:`people._held_lists`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import castrows, castwrap, people, roles
from tests.page_support import BLURB, film_of


@pytest.mark.parametrize(
    ("block", "listed", "whole"),
    [
        # the break cut the last name: its rest opens the next line
        (
            "Cast: Mara Velt, Ilse Doran, Boris Bokir\nManullang, Tessa Kaur, and Ron Ebel.\n",
            ["Mara Velt", "Ilse Doran", "Boris Bokir"],
            ["Mara Velt", "Ilse Doran", "Boris Bokir Manullang", "Tessa Kaur", "Ron Ebel"],
        ),
        # the break after a comma: the next line's names follow
        (
            "Cast: Mara Velt, Ilse Doran,\nTessa Kaur, Lolox and Ron Ebel\n",
            ["Mara Velt", "Ilse Doran"],
            ["Mara Velt", "Ilse Doran", "Tessa Kaur", "Lolox", "Ron Ebel"],
        ),
        # a sentence on the next line goes on with no list
        (
            "Cast: Mara Velt, Ilse Doran\nThe film opens in a harbour town, and then it rains.\n",
            ["Mara Velt", "Ilse Doran"],
            [],
        ),
        # the break inside the last name: the names after it on the next line follow, the
        # list's closing words in lower case left out
        (
            "dibintangi oleh beliau sendiri, Nabila\n"
            "Huda, Pekin Ibrahim, Sabrina Ali dan lain-lain.\n",
            ["Nabila Huda"],
            ["Nabila Huda", "Pekin Ibrahim", "Sabrina Ali"],
        ),
        # a sentence after the broken name: nothing to go on with
        ("with Nabila\nHuda, who plays the mother of two.\n", ["Nabila Huda"], []),
        # one name alone is no list to go on with
        ("Cast: Ilse Doran\nTessa Kaur, Ron Ebel\n", ["Ilse Doran"], []),
        # the list's line ends with a stop: not wrapped
        ("Cast: Mara Velt, Ilse Doran.\nTessa Kaur, Ron Ebel\n", ["Mara Velt", "Ilse Doran"], []),
    ],
)
def test_a_list_wrapped_onto_the_next_line_goes_on_there(
    block: str, listed: list[str], whole: list[str]
) -> None:
    assert castwrap.continued(block, listed) == whole


def test_a_wrapped_cast_list_is_read_whole_on_a_page() -> None:
    page = (
        "Source: https://example.org/film/harbour\n"
        "Harbour Lights (2019)\n"
        "Director: Anneke Vos\n"
        "Cast: Mara Velt, Ilse Doran, Boris Bokir\n"
        "Manullang, Tessa Kaur, and Ron Ebel.\n"
        f"{BLURB}\n"
    )
    assert list(film_of(page).cast[:5]) == [
        "Mara Velt",
        "Ilse Doran",
        "Boris Bokir Manullang",
        "Tessa Kaur",
        "Ron Ebel",
    ]


@pytest.mark.parametrize(
    ("short", "long", "held"),
    [
        (["a b", "c d", "judita frankovic"], ["a b", "c d", "judita frankovic brdar", "e"], True),
        # the same names, none cut: the other holding reads it
        (["a b", "c d"], ["a b", "c d", "e f"], False),
        # a name other than the longer list's at the cut
        (["a b", "c d", "judita horvat"], ["a b", "c d", "judita frankovic brdar", "e"], False),
        # a list of one name cut is no list
        (["judita frankovic"], ["judita frankovic brdar", "e"], False),
    ],
)
def test_a_list_cut_inside_its_last_name(short: list[str], long: list[str], held: bool) -> None:
    assert people._cut_list(short, long) is held


def test_a_labelled_list_cut_short_yields_to_the_whole_list_further_down() -> None:
    page = (
        "Source: https://example.org/film/lazar\n"
        "Lazarev put\n"
        "Režija: Ivan Jović Uloge: Nebojša Dugalić, Ivan Bosiljčić, Judita Franković\n"
        f"{BLURB}\n"
        "Uloge: Nebojša Dugalić, Ivan Bosiljčić, Judita Franković Brdar, Bojan Žirović, "
        "Đorđe Marković\n"
    )
    assert list(film_of(page).cast[2:5]) == [
        "Judita Franković Brdar",
        "Bojan Žirović",
        "Đorđe Marković",
    ]


@pytest.mark.parametrize(
    ("value", "parted"),
    [
        # given names known in Latin letters, written in Cyrillic
        ("Билјана Танески Владимир Светиев Сузан Максут",
         "Билјана Танески, Владимир Светиев, Сузан Максут"),
        # a double given name by its first part
        ("Natar Ungalaaq Sylvia Ivalu Peter-Henry Arnatsiaq",
         "Natar Ungalaaq, Sylvia Ivalu, Peter-Henry Arnatsiaq"),
        # six words between two known given names: three names of two words
        ("Olivia Colman Rakto Velin Zadmo Kerel Bodan Tisk Toby Marsh",
         "Olivia Colman, Rakto Velin, Zadmo Kerel, Bodan Tisk, Toby Marsh"),
        # an odd count of words too many for one name: no pairs, the part left whole
        ("Olivia Colman Rakto Velin Zadmo Kerel Bodan Toby Marsh",
         "Olivia Colman Rakto Velin Zadmo Kerel Bodan Toby Marsh"),
    ],
)  # fmt: skip
def test_spaced_names_cut_at_given_names_of_any_script(value: str, parted: str) -> None:
    assert castrows.spaced_apart(value) == parted


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # characters of one word or a noun, each actor's surname alone in parentheses
        ("Feyzee hopes to cook, unlike his dad (Siddique); his grand dad Karim (Thilakan) helps.",
         ["Siddique", "Thilakan"]),
        # one pair alone may be a word and its gloss
        ("Karim (Thilakan) runs the hotel.", []),
        # a full name before the parentheses: the actor first, the character after
        ("Joanna Kulig (Zula) sings; Tomasz Kot (Wiktor) plays.", []),
        # countries and languages in parentheses are no actors
        ("Made in Lodz (Poland), spoken in Polish (French) and Karim (Thilakan).", []),
    ],
)  # fmt: skip
def test_surnames_alone_in_parentheses_after_characters(text: str, actors: list[str]) -> None:
    assert [m.name for m in roles.cased_word_pairs(text)] == actors


def test_surnames_in_parentheses_join_the_actors_paired_in_full() -> None:
    block = (
        "Thelma Post (June Squibb) is conned by a scammer, helped by a friend (Richard "
        "Roundtree), despite her daughter Gail (Posey) and son-in-law Alan (Gregg).\n"
    )
    assert people.paired_with_characters(block) == [
        "June Squibb",
        "Richard Roundtree",
        "Posey",
        "Gregg",
    ]
