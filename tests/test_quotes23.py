"""A critic's initials sign a quote (quotes23): "T.V. – Kvikmyndir.is", "F.E. Rás 2", a
paragraph signed "Δ.Π." under it."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.who import parse


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # initials before a dash and an outlet: the critic, then the outlet
        ("T.V. – Kvikmyndir.is", "T.V.|Kvikmyndir.is"),
        ("S.V. – MBL", "S.V.|MBL"),
        ("–H.K., Bylgjan", "H.K.|Bylgjan"),
        ("F.E. Rás 2", "F.E.|Rás 2"),
        # initials alone, in any cased script, one or two letters a piece
        ("Δ.Π.", "Δ.Π|"),
        ("A.Lo.", "A.Lo|"),
        ("Le Journal du Dimanche par S.B.", "S.B|Le Journal du Dimanche"),
        # outlets written with initials stay outlets
        ("L.A. Weekly", "|L.A. Weekly"),
        ("B.T.", "|B.T"),
    ],
)
def test_initials_sign_for_a_critic(text: str, who: str) -> None:
    found = parse(text)
    assert found is not None
    assert f"{found.critic or ''}|{found.outlet or ''}" == who


def test_initials_under_a_review_sign_it() -> None:
    body = (
        "Lions For Lambs/ 2007, Odeon\n\n"
        "Ενα ξεφούσκωτο κονσέρτο για τρεις (Στριπ, Κρουζ, Ρέντφορντ), με δύο στιβαρές "
        "ερμηνείες, που δεν καταφέρνει να επιδείξει πολύ περισσότερα.\n\n"
        "Δ.Π.\n\n"
        "ΠΕΡΙΣΣΟΤΕΡΑ ΣΤΗΝ ΙΔΙΑ ΚΑΤΗΓΟΡΙΑ\n"
    )
    assert [(t[:12], c, o) for t, c, o in quotes(body)] == [("Ενα ξεφούσκω", "Δ.Π", None)]


def test_a_teaser_takes_the_signature_of_the_review_it_repeats() -> None:
    text = (
        "Ενα ξεφούσκωτο κονσέρτο για τρεις (Στριπ, Κρουζ, Ρέντφορντ), με δύο στιβαρές "
        "ερμηνείες, που δεν καταφέρνει να επιδείξει πολύ περισσότερα."
    )
    body = f"{text}\n\nLions For Lambs/ 2007, Odeon\n\n{text}\n\nΔ.Π.\n"
    assert [(c, o) for _, c, o in quotes(body)] == [("Δ.Π", None)]
