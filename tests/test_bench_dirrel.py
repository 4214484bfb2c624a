"""Table tests of bench.dirrel: a generated run's relations to the page (title, surname,
shape around it) and the bookkeeping of the misses."""

from __future__ import annotations

from collections import Counter

import pytest

from bench import dirgen, dirrel


def _read(text: str, title: str, directors: list[str], hand: list[str]) -> dirgen.Read:
    return dirgen.Read("p", "s", {"directors": directors, "title": title}, text, title, hand, False)


def _relations(read: dirgen.Read, value: str) -> dict[str, float]:
    found = dirgen.runs(read.text)
    counts = Counter({v: len(s) for v, s in found.items()})
    return dict(
        zip(dirrel.RELATIONS, dirrel.relations(read, value, found[value], counts), strict=True)
    )


@pytest.mark.parametrize(
    ("text", "title", "value", "on", "off"),
    [
        # s21 (diarideterrassa): the title, then "de" and the name on one line
        (
            '"Nuestros mejores años", de Gabriele Muccino, és una excel·lent pel·lícula.',
            "Nuestros mejores años",
            "Gabriele Muccino",
            {"title_near", "title_line", "title_after"},
            {"title_before", "line_start", "apostrophe", "surname_any"},
        ),
        # test (uitinvlaanderen): the title on the name's line but more than 40 characters before
        (
            "Voor de meisjes, de nieuwe film van Oscar-winnaar (Karakter met Jan Decleir) Mike van"
            " Diem, was de openingsfilm op het 45e Nederlands Film Festival.",
            "Voor de meisjes",
            "Mike van Diem",
            {"title_line"},
            {"title_near", "title_after", "paren_after", "paren_before", "comma_year"},
        ),
        # s24 (reviewsbyamoslassen), its second line added: a possessive, the title after it, the
        # surname alone
        (
            "Two films to see theatrical re-releases are Eric Rohmer’s acclaimed FULL MOON IN"
            " PARIS and more.\nRohmer was a critic.",
            "Full Moon in Paris",
            "Eric Rohmer",
            {"apostrophe", "surname_any", "title_before", "title_line"},
            {"title_after", "line_start", "sentence_start"},
        ),
        # s21 (limpleystoke): a film list's "Title, Name, year"
        (
            "Wed 25th September\nToni Erdmann, Maren Ade, 2016\nAn eccentric comedy",
            "Toni Erdmann",
            "Maren Ade",
            {"comma_year", "title_near", "title_line"},
            {"line_start"},
        ),
    ],
)
def test_relations(text: str, title: str, value: str, on: set[str], off: set[str]) -> None:
    row = _relations(_read(text, title, [], []), value)
    assert {f for f in on if not row[f]} == set()
    assert {f for f in off if row[f]} == set()


@pytest.mark.parametrize(
    ("directors", "hand", "kind"),
    [
        (["Frank Rajah Arase"], [], "empty"),
        # s19 (pulse): the name cut short, a boundary error
        (["Frank Rajah Arase"], ["Frank Rajah"], "near"),
        # s17 (inquirer): another person (the restoration's producer)
        (["Lino Brocka"], ["Martin Scorsese"], "other"),
    ],
)
def test_miss_kind(directors: list[str], hand: list[str], kind: str) -> None:
    assert dirrel.miss_kind(_read("", "", directors, hand)) == kind


def test_title_rule_counts_right_wrong_and_false() -> None:
    named = _read(
        "Bellbird by Hamish Bennett, with Marton Csokas.", "Bellbird", ["Hamish Bennett"], []
    )
    other = _read(
        "Bellbird by Hamish Bennett, with Marton Csokas.", "Bellbird", ["Someone Else"], []
    )
    none = _read("Bellbird by Hamish Bennett, with Marton Csokas.", "Bellbird", [], [])
    given = _read("Bellbird by Hamish Bennett.", "Bellbird", ["Hamish Bennett"], ["Hamish Bennett"])
    reads = [named, other, none, given]
    pages = [dirrel.candidates(r) for r in reads]
    assert dirrel.title_rule(reads, pages, 5) == Counter({"right": 1, "wrong": 1, "false": 1})
    assert dirrel.title_rule(reads, pages, 2) == Counter()
