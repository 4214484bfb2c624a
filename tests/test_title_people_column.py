"""A column of people's names in rows shaped like the chosen title's line ("Name | |") is a
cast or crew, not a list of other films: the page is not cut before its credits
(:func:`indexer.extract.pages.titles.other_films`). Pages written for these tests."""

from __future__ import annotations

from indexer.extract.pages import titles


def _rows(names: list[str]) -> list[str]:
    return [line for name in names for line in ("![]() |", f"{name} | |")]


def test_a_column_of_people_is_no_list_of_films() -> None:
    names = ["John Smith", "Mary Jones", "Peter Brown", "Anna Berg", "Tomasz Wielki"]
    lines = ("Quiet Harbour", *_rows(names), "Director | Jane Moreau |", "Seen | |")
    title = titles.Title("John Smith", line=2)
    others, cut = titles.other_films(lines, title, None)
    assert "Mary Jones" not in others
    assert cut is None or cut > lines.index("Director | Jane Moreau |")


def test_a_list_of_films_shaped_alike_is_still_cut() -> None:
    films = ["Quiet Harbour", "The Long Winter", "Salt and Smoke", "Night Ferry"]
    lines = tuple(_rows(films))
    title = titles.Title("Quiet Harbour", line=1)
    others, cut = titles.other_films(lines, title, None)
    assert others[:3] == ["The Long Winter", "Salt and Smoke", "Night Ferry"]
    assert cut == 3
