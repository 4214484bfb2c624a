"""The gap between a table row's cells inside a line (:data:`CELL_GAP`), one pattern for the
labelled values of every field and the columns of a flattened table's cell."""

from __future__ import annotations

import pytest

from indexer.extract.pages.linelabels import label_lists
from indexer.extract.pages.text import CELL_GAP


@pytest.mark.parametrize(
    ("line", "cells"),
    [
        ("Jane Doe    2011", ["Jane Doe", "2011"]),  # three spaces or more
        ("Jane Doe\t2011", ["Jane Doe", "2011"]),  # a tab
        ("Jane Doe \t 2011", ["Jane Doe", "2011"]),  # a tab and the blanks around it
        ("Jane  Doe", ["Jane  Doe"]),  # two spaces are a typing slip, no gap
    ],
)
def test_cell_gap(line: str, cells: list[str]) -> None:
    assert CELL_GAP.split(line, maxsplit=1) == cells


def test_a_labelled_value_ends_at_the_cell_gap() -> None:
    found = label_lists("Year: 2011 Directed by: Jane Doe    Subtitled in English\n", "directors")
    assert [m.name for m in found] == ["Jane Doe"]


def test_a_cell_of_a_pipe_row_parts_its_columns_at_the_cell_gap() -> None:
    from indexer.extract.pages.facts import pipe_facts

    found = pipe_facts("River Song [Chanson]    Belgium / France 2014 | 95 min")
    assert found is not None
    assert (found.countries, found.years, found.runtimes) == (["Belgium", "France"], [2014], [95])
    assert pipe_facts("River Song [Chanson] Belgium / France 2014 | 95 min") is None
