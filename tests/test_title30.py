"""A winning news headline that is a full clause about a name the page writes once more."""

from __future__ import annotations

import pytest

from indexer.extract.pages.titleheadline import name_in

# (headline, page text around it, the name read, or None)
CASES = [
    # a full clause (three content words) and the name written once more on its own
    (
        "The Ugandan finally comes home",
        "The Ugandan finally comes home\nAfter a successful world tour, acclaimed Ugandan "
        "filmmaker Patrick Sekyaya's latest feature, The Ugandan, is finally coming home.",
        "The Ugandan",
    ),
    # the clause, then the name
    (
        "Nigerian audiences finally embrace Lionheart",
        "Nigerian audiences finally embrace Lionheart\nGenevieve Nnaji's Lionheart opened in "
        "Lagos last week.",
        "Lionheart",
    ),
    # a pull quote in sentence case: its first word is an article, never a name
    (
        "Een emotioneel verbluffend verhaal over een bewogen leven",
        "Een emotioneel verbluffend verhaal over een bewogen leven\nEen film van Felix van "
        "Groeningen.",
        None,
    ),
    # the name never written apart from the headline
    (
        "Sepet makes me cry tonight",
        "Sepet makes me cry tonight\nI watched it yesterday with friends.",
        None,
    ),
]


@pytest.mark.parametrize(("headline", "body", "name"), CASES)
def test_name_in_a_full_clause(headline: str, body: str, name: str | None) -> None:
    assert name_in(headline, body) == name
