"""A critic's words reported without quotation marks after a paragraph's source and a verb of
saying, in any language whose module lists its verbs (quotes25)."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.reported import reported_clause


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a critic "from" an outlet, a verb of saying, a comma or nothing, the words
        (
            "Rohit from Hindustan Times writes, the film is a good one but a little overt "
            "melodrama.",
            ("the film is a good one", "Rohit", "Hindustan Times"),
        ),
        (
            "Shubhra Gupta from Indian Express writes the story of the film is very simple "
            "and is very eloquently told.",
            ("the story of the film", "Shubhra Gupta", "Indian Express"),
        ),
        # "according to" the outlet and a comma
        (
            "According to The Guardian, the film is a gamut of emotions – joy, tears, "
            "excitement, and ebullience.",
            ("the film is a gamut", None, "The Guardian"),
        ),
        # an outlet written in another script (listed), the verb of the page's language
        (
            "پیتر دبروگ در ورایتی نوشت: از جهاتی، می توان تمام فیلم های فرهادی را «جدایی» "
            "یا «گذشته» نامید.",
            ("از جهاتی، می توان", "پیتر دبروگ", "ورایتی"),
        ),
        (
            "پیتر برادشاو در گاردین از پنج ستاره، چهار ستاره به فیلم داد و نوشت: این فیلم "
            "درباره یک ضربه ی بیرونی ویران کننده به خانواده است.",
            ("این فیلم درباره", "پیتر برادشاو", "گاردین"),
        ),
    ],
)
def test_reported_clause(text: str, want: tuple[str, str | None, str]) -> None:
    found = reported_clause(text)
    assert found is not None
    words, who = found
    assert (words[: len(want[0])], who.critic, who.outlet) == want


@pytest.mark.parametrize(
    "text",
    [
        # a person's statement, no outlet: no critic's words
        "The director said the film is a love letter to the city where he grew up as a boy.",
        # a capitalised name after the verb: no clause of reported words
        "Variety says Peter Debruge liked the film and the cast and the whole team a lot.",
        # too short to be a critic's words
        "Variety writes: a fine film.",
        # the first person speaks: a statement
        "Peter Bradshaw of The Guardian said: I was moved by the film and its cast and score.",
    ],
)
def test_not_reported(text: str) -> None:
    assert reported_clause(text) is None


def test_round_up_paragraphs() -> None:
    body = (
        "Movie Review\n\n"
        "Rohit from Hindustan Times writes, the film is a good one but a little overt "
        "melodrama. If one is looking for a good drama then it is a good film.\n\n"
        "Saibal from NDTV writes the film is for every mother, daughter, and human being who "
        "love and relates to melodrama.\n"
    )
    found = quotes(body)
    assert [(t[:12], c, o) for t, c, o in found] == [
        ("the film is ", "Rohit", "Hindustan Times"),
        ("the film is ", "Saibal", "NDTV"),
    ]
