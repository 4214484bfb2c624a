"""Given names from a name dictionary (:mod:`bench.given_names`) and names written family name
first (:mod:`indexer.extract.pages.familyfirst`): synthetic snippets, no labelled page."""

from __future__ import annotations

from collections import Counter

import pytest

from bench.given_names import dictionary_frequencies, given_names
from indexer.extract.pages import (
    castheads,
    castrows,
    extract_page,
    familyfirst,
    roles,
    titleperson,
)

#: lines of ``nam_dict.txt``'s shape: a gender, the name, then one column a country from
#: column 30 on (Great Britain first, Hungary the 27th), a frequency digit in hexadecimal
_DICTIONARY = [
    "# comment: Jörg MICHAEL's list of first names",
    "M  " + "Tamás".ljust(27) + " " * 26 + "9" + " " * 28 + "$",
    "F  " + "Kata".ljust(27) + " " * 19 + "1      8" + " " * 28 + "$",
    "M  " + "Grace".ljust(27) + "A" + " " * 54 + "$",
    "=  " + "Gyuri György".ljust(27) + " " * 26 + "1" + " " * 28 + "$",
    "M  " + "Jun+Wei".ljust(27) + " " * 49 + "6" + " " * 5 + "$",
    "M  " + "Ho".ljust(27) + " " * 52 + "C" + "  " + "$",
    "F  " + "Aada".ljust(27) + " " * 19 + "2" + " " * 35 + "$",
]


def test_the_dictionary_gives_each_name_its_highest_frequency_in_any_country() -> None:
    assert dictionary_frequencies(_DICTIONARY) == {
        "tamas": 9,  # accents read as UTF-8 and folded into the key
        "kata": 8,  # the highest of its countries
        "grace": 10,
        "junwei": 6,  # "+" joins the parts of a name
        "ho": 12,
        "aada": 2,
    }  # the "=" line of an equivalent name is no name of its own


def test_common_given_names_that_titles_do_not_hold_are_listed() -> None:
    first = Counter({"peter": 40, "kata": 1, "rare": 1})
    titles = Counter({"grace": 30, "peter": 3, "kata": 1})
    names = given_names(first, titles, dictionary_frequencies(_DICTIONARY))
    # "grace" is in titles and nobody's first name; "ho" is too short; "aada" too rare; "kata"
    # opens one name only, and titles hold it as often
    assert names == ["junwei", "peter", "tamas"]
    # a word of the language data is listed only when the catalogues' people support it
    everyday = frozenset({"tamas", "peter"})
    assert given_names(first, titles, dictionary_frequencies(_DICTIONARY), everyday=everyday) == [
        "junwei",
        "peter",
    ]


def test_the_built_list_knows_given_names_of_more_countries() -> None:
    names = titleperson.listed_given_names()
    assert {"gyorgy", "tamas", "andras", "krisztian", "zsolt", "jiri", "lukasz"} <= names
    assert not {"the", "young", "grace", "man"} & names  # everyday words of titles


@pytest.mark.parametrize(
    ("code", "first"),
    [("hu", True), ("vi", True), ("en", False), ("de", False), (None, False)],
)
def test_languages_say_whether_they_write_the_family_name_first(
    code: str | None, first: bool
) -> None:
    assert familyfirst.writes_family_first(code) is first


@pytest.mark.parametrize(
    ("name", "block", "full"),
    [
        ("Nemes Jeles", "Nemes Jeles filmje. Nemes Jeles László esetében.", "Nemes Jeles László"),
        # no given name after it on the page: kept as written, nothing made up
        ("Nemes Jeles", "Nemes Jeles filmje. Nemes Jeles esetében.", "Nemes Jeles"),
        # a word in lower case or no given name after the name is none
        ("Kovács", "Kovács rendezte. Kovács Budapest felé.", "Kovács"),
        ("Nemes Jeles László", "Nemes Jeles László Tamás", "Nemes Jeles László"),
    ],
)  # fmt: skip
def test_a_family_name_is_completed_by_the_given_name_the_page_writes_after_it(
    name: str, block: str, full: str
) -> None:
    assert familyfirst.completed(name, block) == full


@pytest.mark.parametrize(
    ("value", "family_first", "person"),
    [
        ("Csákvári Géza", True, True),  # the given name closes the name
        ("Csákvári Géza", False, False),  # in a language that writes it first, no person
        ("György Bajomi Nagy", False, True),  # a Hungarian given name opening the name
        ("Saul fia", True, False),
        ("Finding Kata", False, False),
    ],
)  # fmt: skip
def test_person_like_reads_a_closing_given_name_where_the_language_writes_it_last(
    value: str, family_first: bool, person: bool
) -> None:
    assert titleperson.person_like(value, family_first) is person


@pytest.mark.parametrize(
    ("value", "parted"),
    [
        ("Kovács Tamás Nagy Zsolt Kulka János", "Kovács Tamás, Nagy Zsolt, Kulka János"),
        ("Nemes Jeles László Röhrig Géza", "Nemes Jeles László, Röhrig Géza"),
        ("Kovács Tamás", "Kovács Tamás"),
    ],
)  # fmt: skip
def test_names_parted_by_spaces_only_are_cut_after_given_names_family_name_first(
    value: str, parted: str
) -> None:
    assert castrows.spaced_apart(value, family_first=True) == parted


_PAGE = """Source: https://example.hu/kritika/a-varos-fenyei
A város fényei
Nemes Jeles filmjének bemutatója után sokan a teremben maradtak. A rendezés lassú, de pontos, \
és a képek sokáig velünk maradnak.
A fiatal Kovács Tamás először játszik főszerepet, és Nemes Jeles László esetében sem vártunk \
kevesebbet. A film egy kisvárosban játszódik, ahol egy család élete egyik napról a másikra \
megváltozik.
"""


def test_a_hungarian_director_named_by_the_family_name_is_given_in_full() -> None:
    assert extract_page(_PAGE, "x.txt").films[0].directors == ("Nemes Jeles László",)


def test_the_hungarian_word_of_playing_puts_the_actor_after_the_character() -> None:
    text = "Belép a kompozícióba a Sault alakító Röhrig Géza. Kísérjük őt."
    assert [m.name for m in roles.role_pairs(text, "hu")] == ["Röhrig Géza"]


_CAST_BLOCK = """Szereplők
Nemes Jeles László, Röhrig Géza, Molnár Levente
A film egy kisvárosban játszódik, ahol egy család élete egyik napról a másikra megváltozik, \
és a szereplők sokáig velünk maradnak.
"""


def test_a_list_s_longer_first_name_keeps_its_first_word_family_name_first() -> None:
    others = ["Röhrig Géza", "Molnár Levente"]
    name = "Nemes Jeles László"
    assert castheads.without_head_word(name, _CAST_BLOCK, others) == name
    english = _CAST_BLOCK.split("\n", 2)[1] + "\nThe film is set in a small town where a family's"
    english += " life changes from one day to the next, and the actors stay with us for long."
    assert castheads.without_head_word(name, english, others) == "Jeles László"
