"""Attributions read by the page's company (quotes43): a critic alone whose name opens with no
known given name is an outlet on a page whose other attributions name outlets surely."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.columns import outlets_by_company

_PROSE = (
    "Reviews were strong. The Vatoli called it a “serious, gripping and finally honourable film”"
    " and said more.\n\n"
    "“Ricardo Darin gives an awards-worthy performance in a rousing courtroom thriller,” opined"
    " Mogiz Tahecenat.\n\n"
    "Vavobup said, “The film is carried from one scene to the next with great verve and"
    " feeling.”\n"
)


def test_unlisted_names_beside_a_sure_outlet_are_outlets() -> None:
    assert [(c, o) for _, c, o in quotes(_PROSE)] == [
        (None, "The Vatoli"),
        (None, "Mogiz Tahecenat"),
        (None, "Vavobup"),
    ]


def test_without_a_sure_outlet_the_names_stay_critics() -> None:
    body = _PROSE.replace("The Vatoli", "Peter Sample")
    assert [(c, o) for _, c, o in quotes(body)] == [
        ("Peter Sample", None),
        ("Mogiz Tahecenat", None),
        ("Vavobup", None),
    ]


_SURE = ("a", None, "The Vatoli")


@pytest.mark.parametrize(
    ("found", "page", "expected"),
    [
        # a critic known by a given name stays one, and keeps the page's other names critics
        ([_SURE, ("b", "Peter Sample", None), ("c", "Mogiz Tahecenat", None)], "", None),
        # a one-word name is an outlet whatever the page's critics ...
        (
            [_SURE, ("b", "Peter Sample", None), ("c", "Vavobup", None)],
            "",
            [_SURE, ("b", "Peter Sample", None), ("c", None, "Vavobup")],
        ),
        # ... unless the page writes it as a surname after a given name
        ([_SURE, ("c", "Vavobup", None)], "Critic Peter Vavobup wrote", None),
        # a critic with an outlet is no critic alone; a name in lower case no name
        ([_SURE, ("b", "Mogiz Tahecenat", "Huvo Radu"), ("c", "vavobup", None)], "", None),
        # an outlet alone that nothing vouches for is no sure outlet
        ([("a", None, "Huvo"), ("c", "Mogiz Tahecenat", None)], "", None),
    ],
)
def test_outlets_by_company(
    found: list[tuple[str, str | None, str | None]],
    page: str,
    expected: list[tuple[str, str | None, str | None]] | None,
) -> None:
    assert outlets_by_company(found, page) == (found if expected is None else expected)
