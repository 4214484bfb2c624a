"""In a script without capitals a director's name ends at a word no name holds: the role
word written after a director's name (a verb-final language's "in the direction of"), a
pronoun or a demonstrative ("this")."""

from __future__ import annotations

import pytest

from indexer.extract.pages.cues import name_at


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Tamil: "debut director Kumaran in the direction of released …"
        ("குமரன் இயக்கத்தில் வெளிவந்து பெரும் வரவேற்பைப்", "குமரன்"),
        # Arabic: "the director Karim Haddad this year returned …"
        ("كريم حداد هذه السنة إلى", "كريم حداد"),
        # Hindi: "Ravi Kumar this film …"
        ("रवि कुमार इस फिल्म", "रवि कुमार"),
    ],
)
def test_a_name_ends_before_a_word_no_name_holds(text: str, name: str) -> None:
    assert name_at(text, 0, single=True) == name


def test_a_three_word_name_is_kept_whole() -> None:
    assert name_at("محمد علي حسن في", 0) == "محمد علي حسن"
