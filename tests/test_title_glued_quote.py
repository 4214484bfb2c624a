"""A quote closed before a case ending or a particle glued on, in a script without capitals,
still quotes the name; an apostrophe inside a word of the Latin script does not close one."""

from __future__ import annotations

import pytest

from indexer.extract.pages.titlecues import _quotes_in


@pytest.mark.parametrize(
    ("line", "quoted"),
    [
        # Gujarati: the name, then the object's ending after the closing mark
        ("‘ધોળો ઘોડો’ને શ્રેષ્ઠ ફિલ્મનો પુરસ્કાર મળ્યો", ["ધોળો ઘોડો"]),
        # Hindi, straight quotes: the postposition glued on
        ("फिल्म 'सफ़ेद घोड़ा'को दर्शकों ने सराहा", ["सफ़ेद घोड़ा"]),
        # Thai writes no space between words
        ("ภาพยนตร์ “ม้าขาว”ได้รับรางวัล", ["ม้าขาว"]),
        # the Latin script: an apostrophe inside a word, the quote closes at the word's end
        ("Ela viu 'L'Avventura' ontem", ["L'Avventura"]),
        # title marks before a Han character, as before
        ("《白马》的导演", ["白马"]),
    ],
)
def test_glued_ending_closes_the_quote(line: str, quoted: list[str]) -> None:
    assert _quotes_in(line) == quoted


def test_hebrew_geresh_stays_inside_the_word() -> None:
    # "ג'ונגל": a geresh typed as an apostrophe inside a Hebrew word, no quote's end
    assert _quotes_in("הסרט 'ג'ונגל' זכה") == ["ג'ונגל"]
