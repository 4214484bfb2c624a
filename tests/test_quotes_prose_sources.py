"""Quotations inside prose whose sentence names their source: an outlet that is the subject of
a verb of saying right before the quotation writes its own words, "we" and "us" included."""

from __future__ import annotations

import pytest
from page_support import BLURB, Found, quotes

from indexer.extract.pages.quotes.prose import prose_quotes


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The distributor presents the documentary that The Prairie Chronicle says "
            "“urgently encourages us to support our local repertory cinemas”.",
            [
                (
                    "urgently encourages us to support our local repertory cinemas",
                    None,
                    "The Prairie Chronicle",
                )
            ],
        ),
        (
            "Le distributeur annonce le film que La Gazette Lyonnaise qualifie de « film qui "
            "nous bouleverse et nous hante longtemps ».",
            [("film qui nous bouleverse et nous hante longtemps", None, "La Gazette Lyonnaise")],
        ),
    ],
)
def test_an_outlet_saying_we_right_before_its_quote_is_its_review(
    body: str, expected: list[Found]
) -> None:
    assert quotes(BLURB + "\n\n" + body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "“We shot it in twenty days with our own money and a borrowed camera,” Campion told "
        "Variety.",
        "Variety says the director explained: “We shot it in twenty days with our own money "
        "and a borrowed camera”.",
    ],
)
def test_words_in_the_first_person_told_to_an_outlet_are_no_review(body: str) -> None:
    assert [who for _, who, _ in prose_quotes(body)] == [None]
