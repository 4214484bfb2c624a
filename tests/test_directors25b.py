"""A heading's "Title - Name": the director after a dash alone, unless the site's name."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titlecredit

CASES = [
    # the part after a dash names the director, no fact beside it
    (
        ["L'institutrice - Nadav Lapid", "", "Un film sur une institutrice."],
        "blog.example.org",
        ["Nadav Lapid"],
    ),
    # the part after a dash is the site's own name
    (["Une vie violente - Cinéma Utopia"], "example.org", []),
    (["Aftersun - Harbour Lights"], "www.harbourlights.co.uk", []),
    # a slogan, not a name
    (["The Burial of Kojo - Truly Refreshing Audiovisual Experience."], "example.com", []),
    # furniture after the dash
    (["Aftersun - Movie Review"], "example.com", []),
]


@pytest.mark.parametrize(("lines", "host", "want"), CASES)
def test_name_after_heading_dash(lines: list[str], host: str, want: list[str]) -> None:
    title = lines[0].split(" - ")[0]
    got = titlecredit.names_beside_title(tuple(lines), [title], "\n".join(lines), host)
    assert got == want


def test_name_read_as_original_title_is_still_a_credit() -> None:
    lines = ("Cenicienta (Kenneth Branagh, 2015)", "Branagh dirige.")
    got = titlecredit.names_beside_title(lines, ["Cenicienta", "Kenneth Branagh"], "\n".join(lines))
    assert got == ["Kenneth Branagh"]
