"""Attributions read by the page's own repetition (quotes39): a lone name is an outlet where its
block's other lone sources are outlets."""

from __future__ import annotations

from page_support import quotes

_BLOCK = (
    "Reviews\n"
    "\n"
    "★★★★★ A profoundly beautiful film.\n"
    "Mogiz Tahecenat\n"
    "\n"
    "★★★★★ It is an engrossing and exalting experience.\n"
    "The Vatoli\n"
    "\n"
    "★★★★★ It feels as expansive as the whole world.\n"
    "Huvo Radu\n"
    "\n"
    "★★★★ This is a supremely confident piece of film-making.\n"
    "Gekemaba (UK)\n"
)


def test_a_lone_name_in_a_block_of_outlets_is_an_outlet() -> None:
    assert [(c, o) for _, c, o in quotes(_BLOCK)] == [
        (None, "Mogiz Tahecenat"),
        (None, "The Vatoli"),
        (None, "Huvo Radu"),
        (None, "Gekemaba (UK)"),
    ]


def test_a_critic_known_by_a_given_name_keeps_the_block_as_written() -> None:
    body = _BLOCK.replace("Huvo Radu", "Peter Sample")
    assert [(c, o) for _, c, o in quotes(body)][:3] == [
        ("Mogiz Tahecenat", None),
        (None, "The Vatoli"),
        ("Peter Sample", None),
    ]
