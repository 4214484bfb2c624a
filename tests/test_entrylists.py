"""Table tests for a film's entry in a list of films (:mod:`indexer.extract.pages.entrylists`):
where the next entry begins, and that the next films' facts stay out of the film's record
(snippets written for these tests, in several languages)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import entrylists, extract_page

#: a film club's season: names over a showtime, then a credit and a blurb (Norwegian)
_SEASON = (
    "Vårprogram\n\nLeviathan\n\nTysdag 09. februar kl 19.30\n\n"
    "Regi: Andrej Zvjagintsev\nRussland 2014, 141 min.\nEit drama frå nord.\n\n"
    "Paterson\n\nTysdag 23. februar kl 19.30\n\n"
    "Regi: Jim Jarmusch\nUSA 2016, 118 min.\nEin busssjåfør skriv dikt.\n"
)
#: a festival's line-up as bullets, each a name and its blurb (English)
_BULLETS = (
    "Singapore Film Festival, May 21-24\n\n"
    "Six entries of the festival run from Thursday to Sunday.\n\n"
    "  • Harbour Lights – A 2014 comedy directed by Mira Tan: a pilot takes a holiday.\n"
    "  • Quiet Streets – The 2015 drama by Omar Said follows a postman at night.\n"
    "  • Night Market – A 2016 documentary by Lena Koh about hawkers.\n"
)
#: a blog's posts, each under a heading of one head (English)
_POSTS = (
    "Our next film: Harbour Lights\n\n14 March 2018\n\n"
    "Our next film is Harbour Lights, a 2016 drama by Mira Tan about a pilot at sea.\n\n"
    "Our next film: Quiet Streets\n\n7 March 2018\n\n"
    "Our next film is Quiet Streets, a 2015 drama directed by Omar Said.\n"
)
#: one film's fact sheet: short lines over label lines, but no second film (German)
_SHEET = (
    "Das Lehrerzimmer\n\nRegie: Ilker Catak\n\nDeutschland 2023, 98 Min.\n\n"
    "Carla Nowak ist Lehrerin an einem Gymnasium.\n\nPressestimmen\n\n"
    "Regie: Ilker Catak\n\nEin kluger Film.\n"
)
#: critics' outlets, each over the critic's label: a list, but of no films (Turkish)
_OUTLETS = (
    "Basın Eleştirisi\n\nT24\n\nYazar: Atilla Dorsay\n\nOyuncular ise bir alem.\n\n"
    "Habertürk\n\nYazar: Mehmet Açar\n\nYönetmen filmin niyetine uygun.\n"
)

#: one film's screening: its name over the date, a critic's words over the venue (English)
_SCREENING = (
    "Harbour Lights\n\nDate: 23/09/2014 Times: 7:30 pm - 9:25 pm\n\n"
    "The film, set in 2013 in Singapore, follows a pilot who takes a holiday.\n\n"
    "'a wry and gently comic harbour drama'\n\nVenue: William Loveless Hall\n"
)

#: one film's sheet, then its full credits under a heading of their own (Spanish)
_FULL_CREDITS = (
    "Harbour Lights (2024)\nDirigida por\nMira Tan\nProducida en\nChile\nEstreno\n2024\n"
    "Bastián vive un día cotidiano en una población de Santiago.\n"
    "Ficha Técnica Completa\nDirigida por\nMira Tan\nSonido\nPedro Soto\n"
)


def _lines(text: str) -> tuple[str, ...]:
    return tuple(text.split("\n"))


@pytest.mark.parametrize(
    ("text", "name", "line", "start"),
    [
        (_SEASON, "Leviathan", 2, "Paterson"),
        (_BULLETS, "Harbour Lights", None, "  • Quiet Streets"),
        (_POSTS, "Harbour Lights", None, "Our next film: Quiet Streets"),
    ],
)
def test_entry_end_is_the_next_entry(text: str, name: str, line: int | None, start: str) -> None:
    lines = _lines(text)
    end = entrylists.entry_end(lines, name, line)
    assert end is not None
    assert lines[end].startswith(start)


@pytest.mark.parametrize(
    ("text", "name", "line"),
    [
        (_SHEET, "Das Lehrerzimmer", 0),  # one film: its label recurs, no other film's name
        (_OUTLETS, "T24", 2),  # outlets over their critics: no year, no runtime
        (_SEASON, "Paterson", 12),  # the last entry runs to the page's end
        (_SEASON, "Tysdag", None),  # a word of the showtimes heads no entry
        (_FULL_CREDITS, "Harbour Lights", 0),  # the film's own credits, no year: no entry
        (_SCREENING, "Harbour Lights", 0),  # a critic's words in lower case are no name
    ],
)
def test_no_entry_end(text: str, name: str, line: int | None) -> None:
    assert entrylists.entry_end(_lines(text), name, line) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_SEASON, ("Leviathan", ("Andrej Zvjagintsev",), 2014, 141, ("Russia",))),
        (_POSTS, ("Harbour Lights", ("Mira Tan",), 2016, None, ())),
    ],
)
def test_the_next_films_facts_stay_out(text: str, expected: tuple[object, ...]) -> None:
    film = extract_page(text, "list.txt").films[0]
    got = (film.title, film.directors, film.year, film.runtime_minutes, film.countries)
    assert got == expected
