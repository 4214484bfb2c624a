"""indexer.extract.pages.text: the words of a heading line, and a link to another article."""

from __future__ import annotations

import pytest

from indexer.extract.pages.synopsiscues import other_heading
from indexer.extract.pages.text import heading_words, is_link_line


@pytest.mark.parametrize(
    ("line", "words"),
    [("» Lire aussi :", "Lire aussi"), ("▶ Related", "Related"), ("## Cast ##", "Cast"),
     ("• Read also: The Long Night", "Read also: The Long Night"), ("Plain", "Plain")],
)  # fmt: skip
def test_heading_words(line: str, words: str) -> None:
    assert heading_words(line) == words


@pytest.mark.parametrize(
    ("line", "link"),
    [("Read also: The Long Night", True), ("• Lire aussi : Le Port", True),
     ("» Lire aussi", True), ("Related:", True), ("Read also the book", False),
     ("Relatedness is a theme", False)],
)  # fmt: skip
def test_link_line(line: str, link: bool) -> None:
    assert is_link_line(line) is link


def test_link_heading_is_another_section_for_the_synopsis() -> None:
    assert other_heading("» Lire aussi :") and is_link_line("» Lire aussi :")
