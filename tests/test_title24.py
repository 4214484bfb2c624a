"""Table tests for a programme's date before a film's name on its line ("6 Feb The Great
Escaper") and the name an early line writes before a person the page credits ("Drari de Kamel
Lazrak"): snippets adapted from pages, in several languages."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titleby, titles, titlevote
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.normalize import key


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("6 Feb The Great Escaper", "The Great Escaper"),  # a day and a month's abbreviation
        ("Sep. 08Playtime", "Playtime"),  # the day glued to the name
        ("JUEVES 13: Salón México", "Salón México"),  # a weekday (Spanish) and a day
        ("Friday 16th June – THE QUIET GIRL", "THE QUIET GIRL"),  # a weekday, a date, a dash
        ("Sat 24th Sept 7.30pm: BELFAST (12A)", "BELFAST"),  # a time, a certificate after
        ("Oct 8th        Woman at War        7.30", "Woman at War"),  # the time after the name
        ("22 NOVEMBRE Les Misérables", "Les Misérables"),  # French
        ("December 27: Smultronstället", "Smultronstället"),
    ],
)
def test_a_programmes_date_before_the_name(line: str, expected: str) -> None:
    assert titles.clean_heading(line).title == expected


@pytest.mark.parametrize(
    "line",
    [
        "May December",  # a month's name in the title, no day beside it
        "Mars Attacks!",  # a month's name of another language (French)
        "Friday the 13th",  # a weekday, then no day's number
        "12 Angry Men",  # a number, no month
        "Mai 68",  # no day of a month
        "domingo, 9 de diciembre de 2012",  # a date alone: nothing after it
        "Feb 8, 2019 by K. R. Rejeesh",  # lower case after the date: no name
    ],
)
def test_no_date_taken_off(line: str) -> None:
    assert titles.without_date_head(line) == line


def _before_person(lines: tuple[str, ...], people: list[str]) -> list[str]:
    ballot = FeatureBallot()
    titleby.around_person(ballot, lines, {key(p) for p in people})
    return [c.value for c in ballot.candidates.values() if "before_person" in c.features]


@pytest.mark.parametrize(
    ("line", "person", "expected"),
    [
        ("Drari de Kamel Lazrak", "Kamel Lazrak", "Drari"),  # French "de"
        (
            "ANONIMO VENEZIANO regia di Enrico Maria Salerno",
            "Enrico Maria Salerno",
            "ANONIMO VENEZIANO",
        ),
        ("• 14h00 | Grande salle | Le Bal, d’Ettore SCOLA", "Ettore Scola", "Le Bal"),  # elided
        (
            "JOURNEY’S END (Directed by Saul Dibb; Written by R. C. Sherriff)",
            "Saul Dibb",
            "JOURNEY'S END",
        ),
        ("Song of the Sea (Tomm Moore, 2015)", "Tomm Moore", "Song of the Sea"),  # a parenthesis
        ("Test Blu-ray / Kidnap, réalisé par Luis Prieto", "Luis Prieto", "Kidnap"),  # a slash
        ('"Argo" réalisé par Ben Affleck - Thriller', "Ben Affleck", "Argo"),  # quotes off
        ("Algunas bestias: (Chile, 2019) por Jorge Riquelme", "Jorge Riquelme", "Algunas bestias"),
        ("Kvikmyndin Missir, í leikstjórn Ara Ergis", "Ara Ergis", "Missir"),  # the film word off
    ],
)
def test_the_name_before_a_credited_person(line: str, person: str, expected: str) -> None:
    assert _before_person((line,), [person]) == [expected]


@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("Ein Film von Tomm Moore", "Tomm Moore"),  # the word for film alone
        ("Written by Saul Dibb", "Saul Dibb"),  # a credit's label
        ("Director (Tomm Moore)", "Tomm Moore"),  # a label
        ("With Ben Affleck, Matt Damon", "Matt Damon"),  # a cast list: no word for "by"
        ("Dirigida por Sebastián del Amo y protagonizada por Ana Ruiz", "Ana Ruiz"),
        ("(Italy/1966—directed by Gillo Pontecorvo)", "Gillo Pontecorvo"),  # an open bracket
        # the bare word for "by", then more of the sentence: a producer
        ("Produzido por Juliana Vicente, com roteiro de Ana Ruiz", "Juliana Vicente"),
    ],
)
def test_no_name_before_a_person(line: str, person: str) -> None:
    assert _before_person((line,), [person]) == []


def test_only_the_first_line_with_a_credited_person() -> None:
    lines = ("Drari de Kamel Lazrak", "Autres films", "Mica d'Ismaël Ferroukhi")
    assert _before_person(lines, ["Kamel Lazrak", "Ismaël Ferroukhi"]) == ["Drari"]


def test_no_person_far_down() -> None:
    lines = ("Programme", *[""] * 20, "Drari de Kamel Lazrak")
    assert _before_person(lines, ["Kamel Lazrak"]) == []


def test_a_disc_format_is_no_name() -> None:
    text = "Blu-ray\n\nPsycho\n\nThe film Psycho comes to Blu-ray in a new edition from the studio."
    lines = tuple(text.split("\n"))
    ballot, _ = titlevote.collect(lines, set(), len(lines), set(), None)
    features = {c.value: c.features for c in ballot.candidates.values()}
    assert "film_or_review_word" in features["Blu-ray"]


@pytest.mark.parametrize("value", ["Blu-ray", "DVD", "4K UHD", "DVD & Blu-ray", "4K Ultra HD"])
def test_video_formats(value: str) -> None:
    assert titlevote._VIDEO_FORMATS.fullmatch(value)


@pytest.mark.parametrize("value", ["Blu", "Dune", "Blu-ray Review", "DVD Talk"])
def test_no_video_format(value: str) -> None:
    assert not titlevote._VIDEO_FORMATS.fullmatch(value)
