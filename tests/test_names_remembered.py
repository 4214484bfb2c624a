"""The names of a labelled value are read once and remembered: every caller gets a list of
its own, the same as a first reading, whatever an earlier caller did with its list."""

from __future__ import annotations

import pytest

from indexer.extract.pages import names


@pytest.mark.parametrize(
    ("value", "field", "expected"),
    [
        ("Ana Ruiz, Pedro Lima", None, ["Ana Ruiz", "Pedro Lima"]),
        ("Ana Ruiz (Maria), Pedro Lima", "cast", ["Ana Ruiz", "Pedro Lima"]),
    ],
)
def test_a_changed_list_does_not_change_the_next_answer(
    value: str, field: str | None, expected: list[str]
) -> None:
    first = names.names(value, field=field)
    assert first == expected
    first.append("Someone Else")
    first[0] = "Changed"
    assert names.names(value, field=field) == expected
