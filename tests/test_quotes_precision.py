"""What is no critic's quote though it has the shape of one: an article under a press heading,
a title quoted in prose, the words of a person the page credits for the film."""

from __future__ import annotations

import pytest
from page_support import BLURB, quotes


def test_unsigned_paragraphs_in_a_row_under_a_press_heading_are_an_article() -> None:
    body = "Press\n\n" + "\n\n".join(
        [
            "The film follows two sisters who keep a mill running through a hard winter in "
            "the valley, and it never hurries them.",
            "Its director films the snow and the wheels of the mill with patience, and the "
            "actors hold long silences well.",
            "By the end the mill has become a character too, and the winter a test that the "
            "family passes only in part.",
        ]
    )
    assert quotes(body) == []


def test_signed_paragraphs_under_a_press_heading_stay_quotes() -> None:
    body = "Press\n\n" + "\n\n".join(
        [
            "A patient, luminous portrait of two sisters who keep a mill running through a "
            "hard winter.\nThe Guardian",
            "Its director films the snow and the wheels of the mill with a rare patience and "
            "grace.\nVariety",
            "By the end the mill has become a character too, and the winter a real test for "
            "all.\nSight and Sound",
        ]
    )
    assert [outlet for _, _, outlet in quotes(body)] == [
        "The Guardian",
        "Variety",
        "Sight and Sound",
    ]


def test_a_title_quoted_in_a_critics_sentence_is_no_quote() -> None:
    body = (
        "Peter Smith of The Guardian wrote that the film recalls “The Last King of Scotland” "
        "in its best scenes and calls it “a bruising, tender portrait of a family at war with "
        "itself”."
    )
    assert quotes(body) == [
        (
            "a bruising, tender portrait of a family at war with itself",
            "Peter Smith",
            "The Guardian",
        )
    ]


def test_a_labelled_cast_members_words_are_no_critics_quote() -> None:
    body = (
        "Cast: Jane Roe, John Poe\n\n"
        "“The story of the mill is the story of every family in the valley and its long "
        "winters.”\n— Jane Roe, Variety"
    )
    assert quotes(body) == []


def test_a_critic_who_is_not_credited_keeps_the_quote() -> None:
    body = (
        "Cast: Jane Roe, John Poe\n\n"
        "“The story of the mill is the story of every family in the valley and its long "
        "winters.”\n— Mary Major, Variety"
    )
    assert [(c, o) for _, c, o in quotes(body)] == [("Mary Major", "Variety")]


def test_a_headline_beside_a_label_is_no_quote() -> None:
    body = (
        f"{BLURB}\n\nNews09:45\nThe mayor opens the new cinema in the old harbour - VIDEO"
        "\n\nSport02:19"
    )
    assert quotes(body) == []


def test_a_short_verdict_that_ends_its_sentence_keeps_its_source() -> None:
    body = f"{BLURB}\n\nThe inspector solves his seventh case in style.\n- Local Papers"
    assert [(c, o) for _, c, o in quotes(body)] == [("Local Papers", None)]


@pytest.mark.parametrize(
    "line",
    [
        "“Can You Feel The Love Tonight”\n— Elton John",
        "“Best Summer Ever in the Valley”\nSXSW Online",
    ],
)
def test_a_title_on_its_own_line_is_no_quote(line: str) -> None:
    assert quotes(f"{BLURB}\n\n{line}") == []


def test_a_signed_sentence_on_its_own_line_stays_a_quote() -> None:
    line = "“A bruising, tender portrait of a family at war with itself.”\nSXSW Online"
    assert [(c, o) for _, c, o in quotes(f"{BLURB}\n\n{line}")] == [(None, "SXSW Online")]
