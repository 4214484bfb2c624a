"""A press round-up that names each outlet in the paragraph before quoting it, and a paper's
word written alone ("Ekstra Bladet") as an outlet's (quotes30)."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.prose import owned_role
from indexer.extract.pages.quotes.who import is_person, outlet_evidence


@pytest.mark.parametrize("name", ["Ekstra Bladet", "Das Blatt"])
def test_a_papers_word_alone_names_an_outlet(name: str) -> None:
    assert outlet_evidence(name) == 2 and not is_person(name)


@pytest.mark.parametrize("name", ["Film Review", "Review Summary"])
def test_the_word_for_a_review_names_no_outlet(name: str) -> None:
    assert outlet_evidence(name) < 2


def test_outlet_in_the_genitive_before_a_critics_role() -> None:
    who = owned_role("Det mener Ekstra Bladets anmelder, som giver filmen fem ud af seks stjerner.")
    assert who is not None and (who.critic, who.outlet) == (None, "Ekstra Bladet")


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        # the outlet's critic announced in the genitive, then the quotation alone
        (
            "Det mener Ekstra Bladets anmelder, som giver filmen fem ud af seks stjerner.\n\n"
            "»Eller folkekomedie er måske ikke den helt rette genrebetegnelse, for nok er "
            "filmen virkelig morsom, men den gør også nas.«",
            "Ekstra Bladet",
        ),
        # one outlet and a critic's role in the paragraph before; "I" is a preposition here
        (
            "I Politiken får filmen fire ud af seks hjerter, og anmelderen roser "
            "skuespilpræstationerne.\n\n"
            "»Paprika Steen spiller selvfølgelig selv den nervøst dominante storesøster, der "
            "påtager sig ansvaret for, at alt skal blive perfekt.«",
            "Politiken",
        ),
    ],
)
def test_quote_after_the_paragraph_announcing_its_outlet(body: str, outlet: str) -> None:
    found = quotes(body)
    assert [(c, o) for _, c, o in found] == [(None, outlet)]


def test_quote_carried_over_blank_lines_left_by_a_picture() -> None:
    body = (
        "Filmed in Cornwall, film critic Mark Komode describes it as ‘a refreshingly authentic "
        "tale of tensions between locals and tourists in a once-thriving fishing village’.\n"
        + "\n"
        * 6
        + "‘It’s a genuine modern masterpiece, which establishes Jenkin as one of the most "
        "arresting and intriguing British film-makers of his generation.’"
    )
    found = quotes(body)
    assert [c for t, c, _ in found if t.startswith("It’s")] == ["Mark Komode"]
