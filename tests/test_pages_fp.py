"""bench.pages_fp counts a field cinedex gives where the label says the page shows none."""

from __future__ import annotations

from pathlib import Path

from bench.pages_fp import FIELDS, LISTS, count, extra_names, pick


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


def test_names_the_label_does_not_hold_are_counted_where_it_is_the_whole_list() -> None:
    film = {
        "cast": ["Tilda Swinton", "Honor Swinton Byrne", "Post-Credit Scene"],
        "directors": ["Joanna Hogg"],
        "genres": ["Dramas", "Romance", "Family Drama"],
        "countries": ["United Kingdom"],
    }
    label = {
        "cast": ["Honor Swinton Byrne", "Tom Burke"],  # two names: the label is the page's cast
        "directors": ["Joanna Hogg"],
        "genres_en": ["Drama"],
        "countries_en": [],  # the page shows none: a false positive, not a list to compare
    }
    assert extra_names(film, label) == {"directors": (0, 1), "genres": (1, 3), "cast": (2, 3)}


def test_a_cast_label_of_six_may_leave_names_out_and_is_not_counted() -> None:
    six = ["A. One", "B. Two", "C. Three", "D. Four", "E. Five", "F. Six"]
    assert "cast" not in extra_names({"cast": [*six, "G. Seven"]}, {"cast": six})


def test_a_director_in_the_nominative_is_no_extra_name() -> None:
    film = {"directors": ["Jerzy Skolimowski"]}
    label = {"directors": ["Jerzego Skolimowskiego"], "directors_nominative": ["Jerzy Skolimowski"]}
    assert extra_names(film, {"directors": ["Jerzego Skolimowskiego"]}) == {"directors": (1, 1)}
    assert extra_names(film, label) == {"directors": (0, 1)}


def test_count_adds_the_extra_names_of_each_page(tmp_path: Path) -> None:
    _page(tmp_path, "203_site_harbour.txt", "Jane Moreau")
    tally = {field: [0, 0] for field in FIELDS}
    extra = {field: [0, 0] for field in LISTS}
    label = {"title": "Quiet Harbour", "directors": ["Paul Girard"], "year": 2001, "quotes": []}
    count(tmp_path, {"203_site_harbour.txt": label}, tally, extra)
    assert extra["directors"] == [1, 1]  # "Jane Moreau" given, the label names another
