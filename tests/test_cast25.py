"""Cast read from a column of names, each alone on its line: a credit block whose labels or
commas went with the page's layout."""

from __future__ import annotations

import pytest

from indexer.extract.pages import castrows


@pytest.mark.parametrize(
    ("block", "column", "labelled"),
    [
        # a festival page: the actors under the programmer's words, no label
        ("is angry and incendiary cinema.\n\nGrainne Humphreys, Festival Director\n\n"
         "Bryan Brown\nMatt Day\nTremayne Doolan\n\nWon Best Feature at the 2017 festival",
         ["Bryan Brown", "Matt Day", "Tremayne Doolan"], False),
        # blank lines between the names, a heading of the page's words after them
        ("Roya is a resourceful young woman.\n\nElham Korda\n\nHadis Miramini\nRecommendations",
         ["Elham Korda", "Hadis Miramini"], False),
        # the cast's label, then names of a script without capitals, a comma on its own line
        ("Movie Overview\nटेस्ट\nकलाकार\nआर माधवन\n,\nनयनतारा\n,\nसिद्धार्थ\nनिर्देशक",
         ["आर माधवन", "नयनतारा", "सिद्धार्थ"], True),
        # a portrait above each name
        ("Vajon megélik-e a premiert?\n![]() |\nZsolt Anger | |\n![]() |\nKira Kovács | |\n",
         ["Zsolt Anger", "Kira Kovács"], False),
    ],
)  # fmt: skip
def test_a_column_of_names(block: str, column: list[str], labelled: bool) -> None:
    assert castrows.name_columns(block) == [(column, labelled)]


@pytest.mark.parametrize(
    "block",
    [
        # headings of the page's own words, no names
        "New Reviews\nPopular Posts\n\nthe new reviews and popular posts of the week",
        # one name twice, a photo and its caption
        "Foto: Motlys\n\nDag Johan Haugerud\n\nDag Johan Haugerud\n\nFoto: NTB",
        # names of a script without capitals, no label above: any short clause
        "مقدمة الفيلم\nاحمد عز\nزينة\nيكفيها الى هنا ويجب عليها ان تفكر",
        # the title and the director end the column
        "Whale Rider\nNiki Caro\n\nThe film opens in New Zealand.",
    ],
)  # fmt: skip
def test_no_column(block: str) -> None:
    assert castrows.name_columns(block, ["Whale Rider", "Niki Caro"]) == []
