"""Table tests for a text's first words a blank line parts from its paragraph: a short opening
sentence, or the first part of a sentence cut after a comma, opens the synopsis; a line that
only looks like one (a date, a heading in capitals, names, an aside after a sentence, the
middle of a wrapped sentence) does not (synthetic snippets)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import synopsis

TITLE = "Winter Harbour"
BODY = (
    "As the village prepares for the holidays, an old fisherman finds a stranger asleep in his "
    "boat and decides, against the advice of his daughter, to take him in for the winter."
)
#: a paragraph that goes on in lower case after a comma (the rest of a cut sentence)
GOING_ON = (
    "when an old fisherman found a stranger asleep in his boat and decided, against the advice "
    "of his daughter, to take him in for the whole of the winter."
)


@pytest.mark.parametrize(
    ("above", "opening", "body", "taken"),
    [
        # a short sentence of three words
        (["", ""], "Iceland, Christmas time.", BODY, True),
        # under a line of facts, which is no sentence
        (["Thursday 28 January, 23:30, WDR", ""], "A gloomy coming-of-age story.", BODY, True),
        # the first part of a sentence cut after a comma, in a script without capitals
        (["", ""], "ზუსტად სამოცი წელი გავიდა მას შემდეგ,", "რაც ქართველმა რეჟისორმა " * 8, True),
        # the first part of a sentence cut after a comma, the rest going on in lower case
        (["", ""], "It was a cold night in the harbour,", GOING_ON, True),
        # a cut sentence whose rest opens a new sentence is no cut sentence
        (["", ""], "It was a cold night in the harbour,", BODY, False),
        # two words are a heading's or a byline's
        (["", ""], "Christmas time.", BODY, False),
        # a date, a credit, hours: digits
        (["", ""], "In cinemas from 20 December.", BODY, False),
        # a heading in capitals
        (["", ""], "WHAT IS IT ABOUT.", BODY, False),
        # a line of names
        (["", ""], "Antonio Banderas, Penelope Cruz.", BODY, False),
        # a short line after a sentence is an aside between a standfirst and its body
        (
            ["The festival opens tonight with the premiere of a new Icelandic film.", ""],
            "Presented by the director.",
            BODY,
            False,
        ),
        # the middle of a wrapped sentence: it opens in lower case
        (["", ""], "rather than the usual story.", BODY, False),
        # a signature or an item
        (["", ""], "- The Hollywood Reporter.", BODY, False),
    ],
)
def test_short_opening(above: list[str], opening: str, body: str, taken: bool) -> None:
    lines = ("", TITLE, *above, opening, "", body, "")
    start = len(lines) - 2
    found = synopsis._lead_in(lines, set(), start, TITLE)
    assert found == ([start - 2] if taken else [])


def test_short_opening_ends_the_lead_in() -> None:
    """Nothing above a short opening sentence is taken in, not even a long paragraph (one
    that ends no sentence, or the sentence would make the short line an aside)."""
    other = "The harbour lies quiet under the snow and the boats stay in for weeks " * 2
    lines = ("", TITLE, other.strip(), "", "Iceland, Christmas time.", "", BODY, "")
    assert synopsis._lead_in(lines, set(), 6, TITLE) == [4]


def test_compose_opens_with_the_short_sentence() -> None:
    lines = ("", TITLE, "", "", "Iceland, Christmas time.", "", BODY, "")
    ballot = synopsis.collect("", lines, set(), TITLE)
    candidate = next(c for c in ballot.candidates.values() if c.line == 6)
    text = synopsis.compose(candidate, lines, set(), TITLE)
    assert text == f"Iceland, Christmas time.\n\n{BODY}"
