"""Table tests for the title's sources of session 26b: a heading without what is glued after
its name (a date, a weekday, a certificate, a director's label), a heading whole with its
dash, a name after a word for "titled", a definition's subject and a title label with the
word for film. Snippets written for these tests."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titlecaps, titlevote
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.extract.pages.titles import clean_heading


def _features(text: str) -> dict[str, dict[str, float]]:
    """Every title candidate of ``text`` with its features."""
    lines = tuple(text.split("\n"))
    ballot, _ = titlevote.collect(lines, set(), len(lines), set(), None)
    return {c.value: c.features for c in ballot.candidates.values()}


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("GREY HARBOUR I Maandag 3 juni om 20.30 uur", "GREY HARBOUR"),  # a spaced "I"
        ("Salt Roads - Sunday 26th September 5pm", "Salt Roads"),
        ("Quiet River (Ab 18. Oktober)", "Quiet River"),  # a date in brackets
        ("1,000 NIGHTS AT SEA [MA15+] – SUNDAY 21 SEPTEMBER, 6PM", "1,000 NIGHTS AT SEA"),
        ("Uma Casa Vazia domingo 7", "Uma Casa Vazia"),  # a weekday and a day's number
        ("Tide Pools Dir: Mara Olsen (NZIFF)", "Tide Pools"),  # a director's label
        ("Harbour Lights (12A)", "Harbour Lights"),
        ("Winter in Port – 18/12/25", "Winter in Port"),  # no letter: no other title
    ],
)
def test_what_is_glued_after_a_heading_name_goes(heading: str, title: str) -> None:
    cleaned = clean_heading(heading)
    assert cleaned.title == title
    assert cleaned.original is None


@pytest.mark.parametrize(
    "heading",
    ["Friday the 13th", "Sunday Bloody Sunday", "Saturday Night Fever", "Mission: Impossible"],
)
def test_a_name_with_a_weekday_or_a_colon_stays_whole(heading: str) -> None:
    assert clean_heading(heading).title == heading


def test_a_heading_whole_with_its_dash_is_a_candidate() -> None:
    cleaned = clean_heading("Sorgen - A titkos kert")
    assert (cleaned.title, cleaned.original) == ("Sorgen", "A titkos kert")
    assert cleaned.whole == "Sorgen - A titkos kert"
    assert clean_heading("Calm Waters – Film Review").whole is None  # the page's kind
    features = _features("Sorgen - A titkos kert\n\nEgy szép film a tengerről.\n")
    assert features["Sorgen - A titkos kert"]["dash_whole"] == 1.0
    assert "heading" in features["Sorgen - A titkos kert"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("I like the look of this Kenyan crime drama titled Salt Roads, from a new director.",
         "Salt Roads"),
        ("Filamu mpya iliyotengenezwa Marekani iitwayo TUMAINI kuhusu maisha.", "TUMAINI"),
        ("W kinie Studio wciąż można oglądać dokument pt. „Dolina”. Sam film to uczta.",
         "Dolina"),
    ],
)  # fmt: skip
def test_a_name_after_a_word_for_titled(sentence: str, name: str) -> None:
    assert "titled" in _features(f"Nowości\n\n{sentence}\n")[name]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("My Mother's House is a feature documentary about a fisherman.", "My Mother's House"),
        (
            "40 Nights in Odesa is a vital, unflinching and sad documentary about a siege.",
            "40 Nights in Odesa",
        ),
    ],
)
def test_a_sentence_defines_a_name_as_a_film(sentence: str, name: str) -> None:
    assert "defined_as_film" in _features(f"Habari\n\n{sentence}\n")[name]


@pytest.mark.parametrize(
    "label", ["Judul film", "Название фильма", "Titolo del film", "Movie title"]
)
def test_a_title_label_with_the_word_for_film(label: str) -> None:
    assert field_of(label) == ("title",)


@pytest.mark.parametrize(
    ("line", "runs"),
    [
        ("O último filme do realizador turco Ana Belo, UM DIA NA SERRA, um drama absorvente "
         "sobre uma aldeia.", ["UM DIA NA SERRA"]),
        ("Well acted and oozing charm, THE TALENTED MR. GREEN is an inventive romp in "
         "the city.", ["THE TALENTED MR. GREEN"]),
    ],
)  # fmt: skip
def test_a_name_in_capitals_inside_prose(line: str, runs: list[str]) -> None:
    ballot = FeatureBallot()
    titlecaps.caps_in_prose(ballot, (line,))
    assert [c.value for c in ballot.candidates.values()] == list(dict.fromkeys(runs))


@pytest.mark.parametrize(
    "line",
    [
        "The film screened at the BFI and at NZIFF before its release in the USA last year.",
        "A NEW FILM BY ANA BELO: ALL IN CAPITALS IS A HEADING, NOT PROSE AT ALL",
        "She moved to LONDON in the spring and never looked back at her old life there.",
        "*****CHANGE TO THE SHOWING: the film now starts at eight in the main hall, sorry.",
        "*****NEW SHOWING DATE*****The film follows a family on a road trip across the country.",
        "14. september 2017 | 14.30 MAIN HALL 2017, 5′, colour, stereo, a story of love on a train",
        "“His most personal film, and perhaps his most beautiful one.” - THE DAILY COURIER",
        "Photographs by Q. CASAS for the paper, who followed the shooting in the valley all week.",
        "Photographs by MARIA LOPEZ for the paper, who followed the shooting in the valley.",
    ],
)
def test_initials_and_a_heading_in_capitals_are_no_name(line: str) -> None:
    ballot = FeatureBallot()
    titlecaps.caps_in_prose(ballot, (line,))
    assert not ballot.candidates
