"""Attributions read by the page's own repetition (quotes39): a lone name is an outlet where its
block's other lone sources are outlets."""

from __future__ import annotations

from page_support import quotes

from indexer.extract.pages.quotes.columns import articled
from indexer.extract.pages.quotes.who import Who, parse

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


def test_an_outlet_and_a_critic_known_by_a_given_name_either_side_of_a_slash() -> None:
    assert parse("Vozevuc Vuf-Rakoc/Roger Sample") == Who("Roger Sample", "Vozevuc Vuf-Rakoc", True)
    assert parse("Roger Sample / Vozevuc Vuf-Rakoc") == Who(
        "Roger Sample", "Vozevuc Vuf-Rakoc", True
    )


def test_a_run_of_signed_paragraphs_vouches_for_each_one_down_the_run() -> None:
    """Paragraphs each signed by a lone outlet on the line under it: the rated ones are kept on
    their own evidence, and each unrated pair of the same spacing after them is vouched for by
    the one before it, however long the run."""
    body = (
        "★★★★ This is a supremely confident piece of film-making.\n"
        "The Vatoli\n"
        "\n"
        "★★★★ Few recent films have demanded to be seen in a cinema as much as this one.\n"
        "The Rakosi\n"
        "\n"
        "In this quiet masterpiece, the director considers grief, love and work.\n"
        "The Kom Bebe\n"
        "\n"
        "A masterpiece, haunting and true, melancholy and wise.\n"
        "The Lakoru\n"
        "\n"
        "The movie is tender like a rainstorm.\n"
        "The Baco\n"
    )
    assert [o for _, _, o in quotes(body)] == [
        "The Vatoli",
        "The Rakosi",
        "The Kom Bebe",
        "The Lakoru",
        "The Baco",
    ]


def test_a_name_the_page_writes_after_an_article_is_an_outlet() -> None:
    body = (
        "The film has won praise abroad. The Dirabak Zemit noted: “Drenched in darkness and "
        "routinely visualizing its characters behind bars, it takes a far more sombre turn.”\n"
    )
    assert [(c, o) for _, c, o in quotes(body)] == [(None, "The Dirabak Zemit")]


def test_articled_needs_the_article_and_no_known_given_name() -> None:
    page = "The Dirabak Zemit noted it. Peter Sample wrote on it, as the Peter Sample blog did."
    assert articled("Dirabak Zemit", page) == "The Dirabak Zemit"
    assert articled("Lifunu Rufidilel", page) is None  # never written after an article
    assert articled("Peter Sample", page) is None  # a given name: a critic


_SCORED_RUN = (
    "Critics\n"
    "\n"
    "    • 100\n"
    "\n"
    "      The Vatoli\n"
    "\n"
    "      Both a powerful allegory for regeneration and a rich tale of mistaken identity.\n"
    "    • 100\n"
    "\n"
    "      Nosel Lebigo\n"
    "\n"
    "      The director never luxuriates in all this film history, but channels its affect.\n"
    "    • 91\n"
    "\n"
    "      Dirabak Zemit\n"
    "\n"
    "      The director's last film was superb, another romance with a wartime setting.\n"
    "    • 90\n"
    "\n"
    "      The Rakosi\n"
    "\n"
    "      Because the director is such a gifted storyteller, the film moves like a thriller.\n"
)


def test_a_run_of_score_source_and_text_signs_each_text_by_its_place() -> None:
    assert [(c, o) for _, c, o in quotes(_SCORED_RUN)] == [
        (None, "The Vatoli"),
        (None, "Nosel Lebigo"),
        (None, "Dirabak Zemit"),
        (None, "The Rakosi"),
    ]


def test_a_run_of_titles_and_synopses_without_scores_is_no_list_of_sources() -> None:
    """A list of films ("-" / "Title" / synopsis) repeats its shapes too, with no score."""
    body = _SCORED_RUN.replace("• 100", "-").replace("• 91", "-").replace("• 90", "-")
    assert quotes(body.replace("Critics", "More films")) == []
