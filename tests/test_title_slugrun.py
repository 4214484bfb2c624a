"""The address's words found back in the text: past the number the address was cut at, and
with the short words an address leaves out (snippets written for these tests)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from indexer.extract.pages import titles


@pytest.mark.parametrize(
    ("url", "body", "expected"),
    [
        (  # the words after the number the slug was cut at, as the page writes them
            "https://www.example.org/film/nuit-de-3-a-9/",
            "Ce soir: Nuit de 3 à 9, une comédie.",
            ["nuit", "de", "3", "a", "9"],
        ),
        (  # a section's word and a date after the name: no part of it
            "https://www.example.es/la-casa-azul-estreno-11-sep-2020",
            "La casa azul, estreno 11 sep en cines.",
            ["la", "casa", "azul"],
        ),
        (  # the page never writes the longer run
            "https://www.example.org/film/nuit-de-3-a-9/",
            "Ce soir: Nuit, une comédie.",
            ["nuit"],
        ),
    ],
)
def test_the_slug_past_its_number(url: str, body: str, expected: list[str]) -> None:
    assert titles.with_written_number(titles.slug_words(url), url, body) == expected


@pytest.mark.parametrize(
    ("slug", "body", "expected"),
    [
        (  # articles and prepositions left out of the address
            ["chanson", "mer", "froide", "anna"],
            "Hier, Chanson de la mer froide d'Anna Berg. La Chanson…",
            "Chanson de la mer froide",
        ),
        (  # capitalised words with the short ones between
            ["night", "long", "knives"],
            "Watch The Night of the Long Knives tonight.",
            "Night of the Long Knives",
        ),
        (  # written as the address has it: nothing between
            ["vent", "du", "nord"],
            "Vent du nord, le film.",
            "Vent du nord",
        ),
    ],
)
def test_the_slug_with_words_left_out(slug: list[str], body: str, expected: str) -> None:
    title = titles.from_slug(slug, body)
    assert title is not None and title.title == expected


@pytest.mark.parametrize(
    ("url", "names", "year"),
    [
        ("https://example.org/reviews/linha-de-passe-2008", ("Linha de Passe",), 2008),
        # a runner-up of the title vote names the film too
        (
            "https://example.org/2012/02/un-cuento-chino-2011.html",
            ("Otra cosa", "Un cuento chino"),
            2011,
        ),
        # a festival's edition, a title's own year
        ("https://example.org/egypt-shines-at-diff-2015/", ("Nawara",), None),
        ("https://example.org/verano-1993-estiu-1993/", ("Estiu 1993",), None),
        # a title in a script the address transliterates
        ("https://example.org/movies/uspekh-year-1984", ("Успех",), 1984),
        # no title known: the year after the address's words
        ("https://example.org/steekspel-2012", (), 2012),
    ],
)
def test_slug_year_after_the_films_name(url: str, names: tuple[str, ...], year: int | None) -> None:
    assert titles.slug_year(url, names) == year


@given(
    words=st.lists(st.text(alphabet="abiksae1", min_size=1, max_size=3), min_size=1, max_size=3),
    text=st.text(alphabet="abiskIKSıſK\u212a1 -_.,’'—()aeé", max_size=18),
)
def test_a_run_of_address_words_is_found_where_its_pattern_finds_it(
    words: list[str], text: str
) -> None:
    """Plain words are found with ``str.find``, the others by their pattern: the same span."""
    joined = titles._SLUG_GAP.join(titles.slug_word(w) for w in words)
    match = re.search(rf"(?<!\w){joined}(?!\w)", text, re.IGNORECASE)
    assert titles._slug_span(words, text) == (match.span() if match else None)


@pytest.mark.parametrize(
    ("words", "text", "span"),
    [
        (["happy", "as", "lazzaro"], "(Happy as Lazzaro)", (1, 17)),
        (["happy", "as", "lazzaro"], "Happy — as Lazzaro", None),  # a dash is no gap
        (["happy", "as"], "unhappy as, happy, as", (12, 21)),  # not inside a word
        (["oaendliga"], "Om det oandliga", (7, 15)),  # a digraph (the text folded): by the pattern
    ],
)
def test_address_runs(words: list[str], text: str, span: tuple[int, int] | None) -> None:
    assert titles._slug_span(words, text) == span
