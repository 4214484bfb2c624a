"""Table tests for where a synopsis's text begins: the prose paragraphs right before the
chosen one are taken in, up to a heading, a line of facts, a quotation or a wider gap
(snippets adapted from pages)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import synopsis

STORY = (
    "Nelly, an 8-year-old girl, has just lost her beloved grandmother and is helping her "
    "parents clean out her mother's childhood home, where she meets a girl her own age."
)


@pytest.mark.parametrize(
    ("before", "used", "taken"),
    [
        # a review's opening paragraph, a blank line between: the text begins there
        (
            [
                "Courts have had a long relationship with Indian films. But mostly the court "
                "proceedings shown in our movies are no way near to reality, as we all know.",
                "",
            ],
            set(),
            1,
        ),
        # the same paragraph read by a label ("Review:" above it): taken, the label is not
        (
            [
                "Review:",
                "Courts have had a long relationship with Indian films. But mostly the court "
                "proceedings shown in our movies are no way near to reality, as we all know.",
            ],
            {1, 2},
            1,
        ),
        # a sentence leading to the paragraph with a colon
        (["So let's get down to the story now:", ""], set(), 1),
        # a row of signs between paragraphs is no end of the text
        (
            [
                "Venus dirigida por Jaume Balagueró se estrena en cines españoles el próximo "
                "día 2 de diciembre, protagonizada por Ester Expósito.",
                "",
                "👽👽👽👽👽",
                "",
            ],
            set(),
            1,
        ),
        # a heading above the paragraph ends the text
        (["Petite Maman", ""], set(), 0),
        # a critic's signed quote above is no part of it
        (
            [
                "Pungent scene by scene and bracing in its cumulative impact, the movie is "
                "a modern classic of the crime genre. - Tim Robey",
                "",
            ],
            set(),
            0,
        ),
        # a line of credits a label took is no part of it
        (["Director: Céline Sciamma. Cast: Joséphine Sanz, Gabrielle Sanz.", ""], {1}, 0),
        # three blank lines: another text
        (
            [
                "Courts have had a long relationship with Indian films. But mostly the court "
                "proceedings shown in our movies are no way near to reality, as we all know.",
                "",
                "",
                "",
            ],
            set(),
            0,
        ),
    ],
)
def test_lead_in(before: list[str], used: set[int], taken: int) -> None:
    lines = ("Petite Maman", *before, STORY, "")
    start = 1 + len(before)
    found = synopsis._lead_in(lines, used, start, "Petite Maman")
    assert len(found) == taken
    assert all(lines[i].strip() for i in found)


@pytest.mark.parametrize(
    ("before", "used", "taken"),
    [
        # a short sentence a label took ("Review :" above it), right above the paragraph
        (["Review :", "", "A strong story set in the 1980s...."], {1, 2, 3}, 1),
        # a phrase with no end right above the paragraph, no blank line between
        (["", "The famous animated parody about the torments of creation"], set(), 1),
        # the same phrase with a blank line between: a heading, left out
        (["", "The famous animated parody about the torments of creation", ""], set(), 0),
        # the film's title above the paragraph, however long, is no part of it
        (["", "Petite Maman and the torments of creation in the woods"], set(), 0),
    ],
)
def test_lead_in_short_lines(before: list[str], used: set[int], taken: int) -> None:
    lines = ("Petite Maman", *before, STORY, "")
    found = synopsis._lead_in(lines, used, 1 + len(before), "Petite Maman")
    assert len(found) == taken
