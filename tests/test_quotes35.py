"""Quote precision of session 27 (quoteprec27b): furniture under a paragraph is no source."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.furniture import furniture_line, site_label

_PARAGRAPH = (
    "A quiet, patient film about two people nobody wanted, told with a tenderness that never "
    "turns sentimental and a landscape that speaks louder than its characters.\n"
)


@pytest.mark.parametrize(
    ("line", "site", "furniture"),
    [
        ("Programme Type: Film", "", True),  # a label and its value
        ("Screening Time: Fri, 2017-10-06 19:00", "", True),
        ("Fonte: JN", "", True),  # the article's origin, not a critic
        ("https://example.org/channel/", "", True),  # a link with its path
        ("QUANDO", "", True),  # a heading in capitals
        ("LA ROUTE DU PAIN", "", True),
        ("Gnoomit (2017)", "", True),  # another film's entry
        ("Dziennik Wschodni", "dziennikwschodni", True),  # the page's own publication
        ("Elsa Fernández-Santos: El País", "", False),  # a critic and an outlet
        ("Texte : Charles-Henri Ramond", "", False),  # the writer's signature
        ("Peter Bradshaw, The Guardian", "", False),
        ("PETER BRADSHAW", "", False),  # a critic's name in capitals
        ("VARIETY", "", False),  # a catalogued outlet in capitals
        ("BBC", "", False),  # an acronym may be an outlet's
        ("lenews.ch", "", False),  # a bare domain may sign a quote
        ("Bosley Crowther, 1960, New York Times", "", False),  # a year, not in brackets
    ],
)
def test_a_furniture_line(line: str, site: str, furniture: bool) -> None:
    assert furniture_line(line, site) is furniture


def test_the_site_label_is_the_first_label_of_the_host() -> None:
    assert site_label("https://www.dziennikwschodni.pl/kultura/1") == "dziennikwschodni"
    assert site_label(None) == ""


@pytest.mark.parametrize(
    "below",
    ["Programme Type: Film", "QUANDO", "Online: www.example-films.it", "Gnoomit (2017)"],
)
def test_a_paragraph_over_furniture_is_no_quote(below: str) -> None:
    assert quotes(f"{_PARAGRAPH}{below}\n") == []


def test_a_paragraph_over_the_sites_own_name_is_no_quote() -> None:
    body = f"{_PARAGRAPH}Dziennik Wschodni\n"
    assert quotes(body, "https://www.dziennikwschodni.pl/kultura/film,1.html") == []


def test_a_paragraph_over_a_critic_and_outlet_stays() -> None:
    found = quotes(f"{_PARAGRAPH}Peter Bradshaw, The Guardian\n")
    assert [(c, o) for _, c, o in found] == [("Peter Bradshaw", "The Guardian")]


@pytest.mark.parametrize(
    "body",
    [
        # a paragraph of the story above the quotation
        "The director presented the film to a full house at the festival on Friday and "
        "thanked the many volunteers of the town.\n\n"
        "“New collaborations are being forged every day and a lot of people are working hard "
        "to make it grow.”\n",
        # a paragraph of the story below it
        "“Every frame of this film was shot in natural light over four long winters in the "
        "hills.”\n\n"
        "The film opens in twelve more cinemas across the country next month, the distributor "
        "announced at the same event.\n",
    ],
)
def test_a_lone_quotation_beside_a_news_storys_paragraph_is_no_quote(body: str) -> None:
    assert quotes(body) == []


def test_a_lone_quotation_under_the_films_facts_stays() -> None:
    body = (
        "Dir: Ann Lee\n\n"
        "“A quiet, patient and quietly devastating portrait of a family that refuses to "
        "fall apart.”\n\n"
        "Venue: The Old Hall\n"
    )
    assert [t[:16] for t, _, _ in quotes(body)] == ["A quiet, patient"]


def test_a_quotation_that_the_paragraph_before_announces_stays() -> None:
    body = (
        "Det mener Ekstra Bladets anmelder, som giver filmen fem stjerner og kalder den "
        "årets mest overraskende danske komedie om en familie i krise.\n\n"
        "»Filmen er virkelig morsom, men den gør også ondt, fordi den på elegant vis viser "
        "os selv.«\n"
    )
    assert [o for _, _, o in quotes(body)] == ["Ekstra Bladet"]


@pytest.mark.parametrize(
    "body",
    [
        # a sentence cut at a dash: the words after it are no outlet
        "The tale, told in overlapping vignettes, is set in the year when the town was struck "
        "by the crisis – unemployment\n",
        # a verb of saying after the dash, in Spanish
        "El cine es una manera de reflejar y de ver la vida, y por ello es único – expuso\n",
    ],
)
def test_a_source_with_no_capital_in_a_cased_script_is_no_source(body: str) -> None:
    assert quotes(body) == []
