"""Table tests for the title evidence of a page's structure and shape: a list's entries, the
line above the credits, mentions in a script without spaces, names quoted only in prose, a
programme's word, two names in square brackets, a genre's name, a catalogue line with its
credits (snippets written for these tests, in several languages)."""

from __future__ import annotations

import pytest

from indexer.extract.pages.titles import two_titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("GODLAND [Vanskabte land]", ("GODLAND", "Vanskabte land")),
        ("Dýrið / Lamb", ("Dýrið", "Lamb")),
        # a number in brackets is no name
        ("Mustang [2]", ("Mustang [2]", None)),
    ],
)
def test_a_name_and_its_other_name_in_square_brackets(
    text: str, titles: tuple[str, str | None]
) -> None:
    assert two_titles(text) == titles
