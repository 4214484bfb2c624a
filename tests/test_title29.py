"""The name a winning news headline opens or closes with (:mod:`.titleheadline`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages.titleheadline import name_in

# (headline, page text around it, the name read, or None)
CASES = [
    # the name, then what happened; the page writes the name alone often
    (
        "Apprentice gets good reviews in the US",
        "Apprentice gets good reviews in the US\nBoo Junfeng's Apprentice, which premiered at "
        "Cannes, was praised. Critics called Apprentice taut. Apprentice opens here in July. "
        "Apprentice is his second film.",
        "Apprentice",
    ),
    # what happened, then the name (Hungarian): a clause of lower-case content words
    (
        "Jó kritikákat kapott a Krugovi",
        "Jó kritikákat kapott a Krugovi\nA Krugovi című filmet Berlinben mutatták be. "
        "Srdan Golubović filmje, a Krugovi, díjat nyert.",
        "Krugovi",
    ),
    # "of" alone is no clause, but the page writes the name alone many times
    (
        "The miracle of Himala",
        "The miracle of Himala\nHimala was made in 1982. Himala stars Nora Aunor. In Himala, "
        "Elsa sees the Virgin. Himala won prizes.",
        "Himala",
    ),
    # a name's own lower-case words ("et ses frères"): not a clause
    (
        "Leila et ses frères",
        "Leila et ses frères\nLeila a quarante ans. Leila est la seule à travailler.",
        None,
    ),
    # the page writes the whole headline again: a title, not a headline
    (
        "Ang Hapis at Himagsik ni Hermano Puli",
        "Ang Hapis at Himagsik ni Hermano Puli\nNapanood ko ang Ang Hapis at Himagsik ni "
        "Hermano Puli. Si Hermano Puli ay bayani. Hermano Puli at ang kanyang mga kasama.",
        None,
    ),
    # the name is written only once apart from the headline
    (
        "The Ugandan finally comes home",
        "The Ugandan finally comes home\nAfter years away, The Ugandan screens in Kampala.",
        None,
    ),
]


@pytest.mark.parametrize(("headline", "body", "name"), CASES)
def test_name_in(headline: str, body: str, name: str | None) -> None:
    assert name_in(headline, body) == name
