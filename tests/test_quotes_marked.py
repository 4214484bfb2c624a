"""Outlets a page marks as such in its own words (quotes40): a name the page calls a website,
a magazine or a critic's paper is an outlet wherever the page writes it, and on that page only."""

from __future__ import annotations

import pytest

from indexer.extract.pages.quotes import find_quotes
from indexer.extract.pages.quotes.marked import marked_outlets
from indexer.extract.pages.quotes.who import known_outlet, page_outlets, parse

_MARKED = "De Amerikaanse website Kobe Wazulo was vol lof over de film."
_SIGNED = (
    "“Een verhaal over volwassen worden dat nergens echt overtuigt en veel te lang duurt.”",
    "– Kobe Wazulo",
    "",
    "“Een prachtig intiem en erg puur portret van de vriendschap tussen twee jongens.”",
    "– Jane Roe",
)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (_MARKED, "Kobe Wazulo"),  # a kind word and a nationality before the name
        ("El crític de Tahecenat diu que la pel·lícula és massa llarga.", "Tahecenat"),
        ("Nhận xét về bộ phim, báo Ledeze Mogiz viết rằng nó rất hay.", "Ledeze Mogiz"),
        ("Derek Elley, krytyk amerykańskiego pisma „Vavobup”, zarzuca filmowi nudę.", "Vavobup"),
        ("The Rukikolo's critic Jane Roe found it moving.", "The Rukikolo"),
        ("O “Mohesoto” elogiou a delicadeza emocional do filme.", "Mohesoto"),
        ("Jane Roe schreibt in Tahecenat: «Das ist ein visuell starkes Werk.»", "Tahecenat"),
        ("Kritik listu The Mogiz Peter Bradshaw napsal, že je dobrý.", "The Mogiz"),
    ],
)
def test_page_marks_a_name_as_an_outlet(line: str, name: str) -> None:
    assert name in marked_outlets((line,))


@pytest.mark.parametrize(
    "line",
    [
        "En entrevista con CNN Chile, el crítico de Cine, Polo Muñoz dijo que le gustó.",  # a word
        "The website Variety loved it.",  # listed already
        "Críticos. Em resumo, a revista Críticos. Em gostou.",
        "Zoals de website Peter Bradshaw schreef.",  # a known given name: a person
        "O “Ainda Estou Aqui” é o filme do ano.",  # a title in quotation marks says nothing
        "She said in France: “the film is a triumph of the year.”",  # a place
        'Mini-crítica de "Zangiku Monogatari"',  # "crítica": a review of a film too
    ],
)
def test_no_name_is_marked(line: str) -> None:
    assert marked_outlets((line,)) == frozenset()


def test_marked_name_signs_as_an_outlet_on_its_page_only() -> None:
    page = (_MARKED, "", *_SIGNED)
    assert [q[1:] for q in find_quotes(page, set(), set(), language="nl")] == [
        (None, "Kobe Wazulo"),
        ("Jane Roe", None),
    ]
    # the same lines on a page that marks nothing: a person's name alone signs as a critic
    assert find_quotes(_SIGNED, set(), set(), language="nl")[0][1:] == ("Kobe Wazulo", None)
    assert find_quotes(page, set(), set(), language="nl")[0][1:] == (None, "Kobe Wazulo")


def test_page_outlets_count_while_the_page_is_read() -> None:
    assert not known_outlet("Kobe Wazulo")
    with page_outlets(["Kobe Wazulo"]):
        assert known_outlet("Kobe Wazulo")
        assert parse("– Kobe Wazulo") is not None
        assert parse("– Kobe Wazulo").outlet == "Kobe Wazulo"  # type: ignore[union-attr]
    assert not known_outlet("Kobe Wazulo")
    assert parse("– Kobe Wazulo").critic == "Kobe Wazulo"  # type: ignore[union-attr]


def test_words_ending_two_critics_lines_are_their_outlet() -> None:
    lines = (
        "Carla Ruiz Vavobup",
        "",
        "La película es un drama brillante.",
        "Pedro Gil Vavobup",
        "Alex Harrison Ledeze Hide",  # once: no evidence
        "Tom Hanks Forrest Gump",
        "Robin Wright Jenny Curran",
    )
    assert marked_outlets(lines) == frozenset({"Vavobup"})


def test_no_outlet_from_one_critics_lines_or_from_a_line_break() -> None:
    one = ("Dir. Luiz Carlos Lacerda", "Luiz Carlos Lacerda")  # one person twice
    unknown = ("Kopu Mogiz Whatsapp", "Tevo Mogiz Whatsapp")  # no known given name
    broken = ("Derek Elley, krytyk amerykańskiego pisma", "Vavobup – premiera w Wilnie")
    assert marked_outlets(one) == marked_outlets(unknown) == marked_outlets(broken) == frozenset()
