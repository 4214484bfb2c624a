"""Cast read from a column of names, each alone on its line: a credit block whose labels or
commas went with the page's layout."""

from __future__ import annotations

import pytest

from indexer.extract.pages import castrows, people


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


@pytest.mark.parametrize(
    ("name", "block", "full"),
    [
        # the given name in katakana, the page writes the surname after a middle dot
        ("ティルダ", "精霊」役のティルダ・スウィントンや、", "ティルダ・スウィントン"),
        # the parts joined by "=" and "・"
        ("レオー", "名優ジャン=ピエール・レオーを主演に迎え", "ジャン=ピエール・レオー"),
        # a Chinese surname, the given name before the dot glued to a quotation mark
        ("高斯林", "“美队”克里斯·埃文斯和“高司令”瑞恩·高斯林主演", "瑞恩·高斯林"),
        # a Japanese name of kanji and katakana, and kanji names listed with "・", stay
        ("安藤サクラ", "妻役を安藤サクラ、", "安藤サクラ"),
        ("新垣結衣", "蒼井優・新垣結衣の二人", "新垣結衣"),
    ],
)  # fmt: skip
def test_a_dotted_name_in_full(name: str, block: str, full: str) -> None:
    assert people._dotted_full(name, block) == full


@pytest.mark.parametrize(
    ("listed", "kept"),
    [
        # the facts' lines below the credits: languages, then countries
        (["Finnish, Arabic", "Finland, Germany"], []),
        # one word that is also a language's name in some locale is an actor's name too
        (["Suriya", "Manikandan", "Lijo Mol Jose"], ["Suriya", "Manikandan", "Lijo Mol Jose"]),
    ],
)
def test_no_list_of_places_or_tongues(listed: list[str], kept: list[str]) -> None:
    ballot = people.Ballot()
    people._list_vote(ballot, listed, "test", 1.0)
    best = ballot.best()
    assert (best.value.split("; ") if best else []) == kept
