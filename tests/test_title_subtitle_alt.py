"""Table tests for the whole a page writes twice with a subtitle, kept as the alternate title of
the name it writes alone more often (:func:`.titlesubtitle.whole_of`, ``titlevote.decide``):
pages written for these tests."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page, titlesubtitle


@pytest.mark.parametrize(
    ("name", "body", "expected"),
    [
        ("Top Gun", "Top Gun: Maverick opens.\nTop Gun: Maverick is back.", "Top Gun: Maverick"),
        ("Top Gun", "Top Gun: Maverick opens.\nThe first Top Gun was a hit.", None),  # once
        ("Rams", "Rams, Rams.", None),  # no subtitle
        ("Quo Vadis", "Quo Vadis, Anna? opens.\nQuo Vadis, Anna? is back.", None),  # a comma
    ],
)
def test_whole_of(name: str, body: str, expected: str | None) -> None:
    assert titlesubtitle.whole_of(name, body) == expected


def test_whole_of_after_a_comma() -> None:
    body = "Quo Vadis, Anna? opens.\nQuo Vadis, Anna? is back."
    assert titlesubtitle.whole_of("Quo Vadis", body, titlesubtitle.WITH_COMMA) == "Quo Vadis, Anna"


def _page(subtitle: str) -> str:
    return f"""Source: https://blog.example.com/2018/06/the-lost-harbour.html
The Lost Harbour: {subtitle}

The Lost Harbour: {subtitle} is the second film of the series. The Lost Harbour was a hit
six years ago, and the new The Lost Harbour keeps its island, its storms and its lighthouse.
We liked The Lost Harbour more than we expected to, and the sea has never looked so grey.
"""


@pytest.mark.parametrize(
    ("subtitle", "alt"),
    [
        ("Second Tide", ("The Lost Harbour: Second Tide",)),  # the name's full form
        ("Film Review", ()),  # a headline's words, not a subtitle
        ("Peter Jackson", ()),  # a person's name: the film's maker
    ],
)
def test_the_whole_with_its_subtitle_is_an_alternate_title(
    subtitle: str, alt: tuple[str, ...]
) -> None:
    film = extract_page(_page(subtitle), "harbour.txt").films[0]
    assert (film.title, film.alt_titles) == ("The Lost Harbour", alt)
