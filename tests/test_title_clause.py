"""Table tests for a name in sentence case after the word for film, up to its clause's end
(:mod:`indexer.extract.pages.titleclause`), and for the date a programme writes before a
heading or an address (:mod:`indexer.extract.pages.titles`); snippets written for these
tests."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titles, titlevote
from indexer.extract.pages.titleclause import clause_runs, linking_words
from indexer.extract.pages.titlemodel import FeatureBallot

_FEATURE = "clause_run"


def _runs(text: str, url: str | None = None) -> dict[str, int | None]:
    ballot = FeatureBallot()
    clause_runs(ballot, tuple(text.split("\n")), url)
    return {c.value: c.line for c in ballot.candidates.values() if _FEATURE in c.features}


@pytest.mark.parametrize(
    ("text", "url", "run"),
    [
        # ends at a comma, written again further down (Spanish)
        (
            "Estrenó su largometraje Las olas del norte, obra premiada en Cannes.\n"
            "Hablamos de Las olas del norte con la directora.",
            None,
            "Las olas del norte",
        ),
        # ends before a copula of the language data, written again (Czech)
        (
            "Nový film Zlaté jablko je o rodině na vesnici.\nHlavní roli v Zlaté jablko hraje.",
            None,
            "Zlaté jablko",
        ),
        # ends at a full stop, written once but spelled in the address (Slovak)
        (
            "V kinách je nový film Letné búrky nad mestom. Komédia režiséra.",
            "https://example.sk/kultura/letne-burky-nad-mestom/12345.html",
            "Letné búrky nad mestom",
        ),
        # the director's credit after the word for "by" is no part of the name (Italian)
        (
            "Il film Notte di luna di Carlo Neri, restaurato.\nNotte di luna di Carlo Neri, ora.",
            None,
            "Notte di luna",
        ),
        # ends at a spaced dash
        (
            "O filme Casa velha - um retrato da cidade tem sessão hoje.\nCasa velha estreia.",
            None,
            "Casa velha",
        ),
    ],
)
def test_the_run_up_to_its_clause_end(text: str, url: str | None, run: str) -> None:
    assert _runs(text, url) == {run: 0}


@pytest.mark.parametrize(
    "text",
    [
        # written once, nowhere in the address: no telling where the name ends
        "Estrenó su largometraje Las olas del norte, obra premiada en Cannes.",
        # capitalised words: the other cues read them
        "The film Red Sky Over Lagos, a drama.\nRed Sky Over Lagos again.",
        # one word and a verb: a run of two words or more ending on a linking word is none
        "The film Parasite is a triumph.\nParasite is a triumph, they say.",
        # the clause goes on past the line's end: no end to read
        "El largometraje Las olas sigue ganando\nLas olas sigue ganando",
    ],
)
def test_no_run_without_an_end_written_again(text: str) -> None:
    assert _runs(text) == {}


def test_linking_words_come_from_the_language_data() -> None:
    words = linking_words()
    assert {"the", "je", "en", "que"} <= words
    assert "film" not in words


def test_the_run_is_a_title_candidate() -> None:
    text = (
        "Source: https://example.org/x\nEstrenó su largometraje Las olas del norte, obra "
        "premiada.\nHablamos de Las olas del norte con la directora."
    )
    lines = tuple(text.split("\n"))
    ballot, _ = titlevote.collect(lines, set(), len(lines), set(), "https://example.org/x")
    found = {c.value: c.features for c in ballot.candidates.values()}
    assert _FEATURE in found["Las olas del norte"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Jan.  30, 31 – The Cranes are Flying", "The Cranes are Flying"),
        ("May 4 & 5: Brief Encounter", "Brief Encounter"),
        ("June 7-8 | Le Samouraï", "Le Samouraï"),
        # a spaced dash ends the days: the number after it is the name's (one opening with a
        # number is not read as a name, so the line is left whole)
        ("Jan 30 – 12 Angry Men", "Jan 30 – 12 Angry Men"),
    ],
)
def test_the_days_before_a_programme_heading(line: str, name: str) -> None:
    assert titles.without_date_head(line) == name


def test_a_date_before_the_first_cell_of_a_heading() -> None:
    heading = titles.clean_heading("APRIL 20 | Mr. Smith Goes to Washington | Film Society")
    assert heading.title == "Mr. Smith Goes to Washington"
    assert titles.heading_like("APRIL 20 | Mr. Smith Goes to Washington", set())


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("https://example.ca/2018/12/20/december-27-smultronstallet/", ["smultronstallet"]),
        ("https://example.org/jan-30-31-the-cranes-are-flying", ["the", "cranes", "are", "flying"]),
        ("https://example.org/12-march-the-third-man", ["the", "third", "man"]),
        # a month's name beside no day is a name's word
        ("https://example.org/june-bug", ["june", "bug"]),
    ],
)
def test_the_date_before_an_address_name(url: str, words: list[str]) -> None:
    assert titles.slug_words(url) == words
