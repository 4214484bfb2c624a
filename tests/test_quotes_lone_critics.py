"""A lone name read by the page's other lone sources (quotes41): where the page signs its quotes
with critics alone, an unknown word alone in the same place is a critic too; a critic's surname
alone is the critic the page names in full. And a quotation that the words before it open on
the page's last line, cut off there, is closed at the cut."""

from __future__ import annotations

import pytest
from page_support import quotes

from indexer.extract.pages.quotes.marks import closed_at_cut

_CRITICS = (
    "Reviews\n"
    "\n"
    "«A profoundly beautiful film, patient and warm from its first scene to its last.» "
    "(Pablo Sampler)\n"
    "\n"
    "«It is an engrossing and exalting experience that nobody should miss this year.» "
    "(MariKZ)\n"
    "\n"
    "«This is a supremely confident piece of film-making, and a very funny one too.» "
    "(Luisa Ejemplar)\n"
)


def test_an_unknown_word_alone_among_critics_alone_is_a_critic() -> None:
    assert [(c, o) for _, c, o in quotes(_CRITICS)] == [
        ("Pablo Sampler", None),
        ("MariKZ", None),
        ("Luisa Ejemplar", None),
    ]


def test_an_outlet_word_alone_keeps_the_lone_names_outlets() -> None:
    body = _CRITICS.replace("(Luisa Ejemplar)", "(Daily Zemit)")
    assert [(c, o) for _, c, o in quotes(body)][1:] == [(None, "MariKZ"), (None, "Daily Zemit")]


def test_a_critics_surname_alone_is_that_critic() -> None:
    body = (
        "Reviews\n"
        "\n"
        "“A profoundly beautiful film, patient and warm from its first scene to its last.”\n"
        "– Vozevuc\n"
        "\n"
        "“It is an engrossing and exalting experience that nobody should miss this year.”\n"
        "– Anton Vozevuc, The Daily Zemit\n"
    )
    assert [(c, o) for _, c, o in quotes(body)] == [
        ("Anton Vozevuc", None),
        ("Anton Vozevuc", "The Daily Zemit"),
    ]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "el medio Zemit calificó al filme como “visualmen",
            "el medio Zemit calificó al filme como “visualmen”",
        ),
        (
            "saying the actor “lends the girl a strength",
            "saying the actor “lends the girl a strength”",
        ),
        ("“Opens the line – Jane Doe, The Daily", "“Opens the line – Jane Doe, The Daily"),
    ],
)
def test_a_quotation_the_words_before_it_open_is_closed_at_the_cut(line: str, want: str) -> None:
    assert closed_at_cut(line) == want


def test_a_critics_words_cut_by_the_end_of_the_page_are_a_quote() -> None:
    body = (
        "Reviews\n"
        "\n"
        "“Un western que enfrenta los pecados del pasado”, afirmó The Daily Zemit.\n"
        "\n"
        "Por su parte el destacado medio estadounidense Variety, calificó al filme como “visualmen"
    )
    assert [(c, o, t) for t, c, o in quotes(body)][1:] == [(None, "Variety", "visualmen")]


def test_lines_that_run_on_by_a_comma_are_one_quotation_with_the_signed_line() -> None:
    body = (
        "Reviews\n"
        "\n"
        "A quiet film of small moments,\n"
        "of light and sound and patient bodies in a ring.\n"
        "― The Daily Zemit\n"
    )
    assert [(t, o) for t, _, o in quotes(body)] == [
        (
            "A quiet film of small moments, of light and sound and patient bodies in a ring.",
            "The Daily Zemit",
        )
    ]


def test_a_line_that_ends_its_sentence_is_not_joined_to_the_signed_line() -> None:
    body = (
        "Reviews\n"
        "\n"
        "The film opens in cinemas on Friday.\n"
        "A quiet film of light and sound and patient bodies in a ring.\n"
        "― The Daily Zemit\n"
    )
    assert [t[:8] for t, _, _ in quotes(body)] == ["A quiet "]
