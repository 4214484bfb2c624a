"""bench.pages_fp counts a field cinedex gives where the label says the page shows none."""

from __future__ import annotations

from pathlib import Path

from bench.pages_fp import FIELDS, count, pick


def _page(folder: Path, name: str, director: str) -> None:
    (folder / name).write_text(
        "Source: https://example.org/films/quiet-harbour\n\nQuiet Harbour\n"
        f"Director: {director}\nYear: 2001\n\n"
        + "A fisherman's daughter comes home to the harbour town after ten years away, "
        "and her father does not know her at first. " * 3,
        encoding="utf-8",
    )


def test_a_director_given_against_an_empty_label_is_counted(tmp_path: Path) -> None:
    _page(tmp_path, "201_site_harbour.txt", "Jane Moreau")
    tally = {field: [0, 0] for field in FIELDS}
    empty = {"title": "Quiet Harbour", "directors": [], "year": 2001, "quotes": []}
    count(tmp_path, {"201_site_harbour.txt": empty}, tally)
    assert tally["directors"] == [1, 1]  # the page names one, the label none
    assert tally["year"] == [0, 0]  # labelled: not counted at all
    assert tally["quotes"] == [0, 1]  # no quote given, none labelled


def test_a_labelled_director_is_not_counted(tmp_path: Path) -> None:
    _page(tmp_path, "202_site_harbour.txt", "Jane Moreau")
    tally = {field: [0, 0] for field in FIELDS}
    label = {"title": "Quiet Harbour", "directors": ["Jane Moreau"], "year": None, "quotes": []}
    count(tmp_path, {"202_site_harbour.txt": label}, tally)
    assert tally["directors"] == [0, 0]
    assert tally["year"] == [1, 1]  # "Year: 2001" given, the label says none


def test_pick_takes_the_film_the_scorer_would() -> None:
    films = [{"title": "Other Film"}, {"title": "Quiet Harbor", "alt_titles": []}]
    assert pick(films, {"title": "Quiet Harbour"}) == films[1]
    assert pick([], {"title": "Quiet Harbour"}) is None
