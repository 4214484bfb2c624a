"""Quote shapes of session 27 (quotes27): unsigned quotations in news prose."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.who import fact_line


@pytest.mark.parametrize(
    "body",
    [
        # a statement the news reports, signed by the director's role after the closing mark
        "The festival opens tonight with a gala screening. “Every scene of this story was shot "
        "in natural light over four long winters in the mountains,” said the director.\n",
        # the same in Lithuanian: a dash, the verb "says" and the role "director"
        "Filmas pasirodys spalio mėnesį. „Deja, nėra geresnio laiko išeiti šiam filmui, "
        "reikia kalbėti apie tai dabar ir garsiai“, – sako režisierė.\n",
        # the producers' words, with no word for a critic or the press near them
        "Tickets are on sale now at the box office. “The film shows how a small village can "
        "stand together against a flood and rebuild everything from the ground,” the "
        "producers said.\n",
    ],
)
def test_an_unsigned_statement_in_news_prose_is_no_quote(body: str) -> None:
    assert quotes(body) == []


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # a word for critics in the paragraph before the quotation
        (
            "The critics were divided at the premiere. One of them wrote: “A tender, patient "
            "and quietly devastating portrait of a family that refuses to fall apart.”\n",
            "A tender, patient",
        ),
        # a word for the press after the closing mark, in the same sentence
        (
            "Der Film läuft ab Donnerstag. „Ein zärtliches, geduldiges und leise erschütterndes "
            "Porträt einer Familie, die nicht zerbrechen will“, schrieb die Presse nach der "
            "Premiere.\n",
            "Ein zärtliches",
        ),
        # a script without spaces: the word for "the media" inside the clause before
        (
            "这部电影曾入围主竞赛单元,被媒体称作“今年华语电影最温柔也最有力量的一部作品”。\n",
            "今年华语电影",
        ),
    ],
)
def test_an_unsigned_quotation_near_words_for_the_press_stays(body: str, start: str) -> None:
    assert [t[: len(start)] for t, _, _ in quotes(body)] == [start]


@pytest.mark.parametrize(
    ("line", "facts"),
    [
        ("Aotearoa Dreams, New Zealand, 1981", True),  # title, country, year
        ("Norway 1994", True),
        ("(Argentina, España, 2019) por Ana Pérez", True),
        ("Keteke – Kofi Mensah, 64′ (Ghana) – 2017", True),
        ("CANADA | 80 minutes | 2018", True),
        ("Jake Wilson, The Age, Australia", False),  # a country but no year: a source
        ("Bosley Crowther, 1960, New York Times", False),  # a year but no country
        ("Simran Hans, Observer (UK), 2019", False),  # a two-letter code names no country here
        ("Polityka (Polska), 02.03.2009", False),  # a year inside a date
    ],
)
def test_a_line_of_a_films_country_and_year_is_no_source(line: str, facts: bool) -> None:
    assert fact_line(line) is facts


def test_a_paragraph_over_its_films_country_and_year_is_no_quote() -> None:
    body = (
        "Programme\n\n"
        "A young courier crosses the city at night and finds the one person who can tell her "
        "what happened to her brother.\n\n"
        "Aotearoa Dreams, New Zealand, 1981\n"
    )
    assert quotes(body) == []
