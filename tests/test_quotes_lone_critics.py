"""A lone name read by the page's other lone sources (quotes41): where the page signs its quotes
with critics alone, an unknown word alone in the same place is a critic too; a critic's surname
alone is the critic the page names in full."""

from __future__ import annotations

from page_support import quotes

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
