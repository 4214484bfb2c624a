"""Attribution lines and sources read as a whole: an outlet's name of several capitalised words
kept whole, a word for a kind of publication never in a person's name, quotations typed with
doubled single marks, one source line under several quotations, a role word glued to an
ending that qualifies the name after it, and the director quoted in another case."""

from __future__ import annotations

import pytest
from page_support import film_of, quotes

from indexer.extract.pages.quotes import prose
from indexer.extract.pages.quotes.units import untagged
from indexer.extract.pages.quotes.who import Who, is_person, parse


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a place and an outlet word: one outlet's name, no critic "Santa Fe"
        ("Santa Fe Reporter", Who(None, "Santa Fe Reporter", True)),
        ("Eastern Cape Morning Post", Who(None, "Eastern Cape Morning Post", True)),
        # a person's name opening with a given name, then an outlet word: both
        ("Mark Kermode Observer", Who("Mark Kermode", "Observer", True)),
        # an outlet after its article parts any name from it
        ("Manohla Dargis The New York Times", Who("Manohla Dargis", "The New York Times", True)),
        # a word for a kind of publication and a name: the outlet
        ("Tidningen Kvällsposten", Who(None, "Tidningen Kvällsposten", True)),
    ],
)
def test_outlet_names_of_several_words(line: str, expected: Who) -> None:
    assert parse(line) == expected


def test_a_kind_of_publication_is_no_part_of_a_persons_name() -> None:
    assert not is_person("Filmmagasinet Kosmorama")
    assert is_person("Kosmo Rama")


def test_in_word_capitalised_within_a_name_stays() -> None:
    # the Irish "san" ("in the") opens no outlet that a place's name begins with
    assert parse("San Lorenzo Tribune") == Who(None, "San Lorenzo Tribune", True)
    assert parse("in The Guardian") == Who(None, "The Guardian", True)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "‘’A fine and patient film.’’-Jane Roe, Variety",
            "“A fine and patient film.”-Jane Roe, Variety",
        ),
        # two straight marks are a wiki's italics, left as written
        ("''Heat'' is a 1995 film", "''Heat'' is a 1995 film"),
        ("the '80s and the ‘sisters’ of it", "the '80s and the ‘sisters’ of it"),
    ],
)
def test_doubled_single_marks_read_as_double_marks(line: str, expected: str) -> None:
    assert untagged(line) == expected


def test_doubled_marks_and_a_glued_dash_make_a_signed_quote() -> None:
    body = (
        "‘’A tender and patient portrait of a fishing village that never once raises its "
        "voice.’’-Jane Roe, Screen International"
    )
    assert quotes(body) == [
        (
            "A tender and patient portrait of a fishing village that never once raises its voice.",
            "Jane Roe",
            "Screen International",
        )
    ]


def test_one_source_line_signs_the_quotations_right_above_it() -> None:
    body = (
        "Press\n"
        "“A tender portrait of a village that never once raises its voice.”\n"
        "“The two leads are quietly astonishing from start to finish.”\n"
        "LE JOURNAL, Jane Roe\n"
        "“A film of rare patience that earns every one of its tears.”\n"
        "Le Soir, Paul Doe"
    )
    assert quotes(body) == [
        (
            "A tender portrait of a village that never once raises its voice.",
            "Jane Roe",
            "LE JOURNAL",
        ),
        ("The two leads are quietly astonishing from start to finish.", "Jane Roe", "LE JOURNAL"),
        ("A film of rare patience that earns every one of its tears.", "Paul Doe", "Le Soir"),
    ]


def test_a_role_word_with_an_attributive_ending_names_no_critic_before_it() -> None:
    text = (
        '영화매체 버라이어티의 수석 평론가인 피터 데브루지는 "여전히 영화를 아주 잘 만든다는 것을 '
        '보여준다"고 썼다.'
    )
    # the name after the role ("평론가인", the role with its copula) is the critic (quoteprose45)
    assert prose.prose_quotes(text)[0][1] == Who("피터 데브루지", "버라이어티", True)
    text = '박평식 평론가는 "여전히 영화를 아주 잘 만든다는 것을 보여준다"고 평했다.'
    assert prose.prose_quotes(text)[0][1] == Who("박평식", None, True)


def test_the_director_quoted_in_another_case_is_no_critic() -> None:
    page = (
        "Title: Deti\nRéžia: Jaro Vojtek\n\n"
        "Film rozpráva o rodine, ktorá sa snaží prežiť zimu v horách a nájsť cestu späť.\n\n"
        "„Chcel som hovoriť o rôznych podobách vzťahov, pretože ich poznám zblízka,“ "
        "povedal Jara Vojteka."
    )
    film = film_of(page)
    assert [q.critic for q in film.quotes] == []


def test_an_outlets_critic_may_say_i_in_the_review() -> None:
    text = "Le Monde film eleştirmeni, “Benim çok sevdiğim, ustalıklı ve sabırlı bir filmdir” dedi."
    assert prose.prose_quotes(text)[0][1] == Who(None, "Le Monde", True)
    # an interview: the person talks to the outlet, no critic of it
    text = "“We shot it in twenty days with no money at all,” Jane Roe told Variety."
    assert prose.prose_quotes(text)[0][1] is None
