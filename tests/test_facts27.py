"""Runtimes, years, genres and countries in shapes seen on pages of several sites."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page
from indexer.extract.pages.numbers import _prose_minutes
from indexer.normalize import parse_runtime


@pytest.mark.parametrize(
    ("value", "minutes"),
    [
        ("86:00", 86),  # minutes and seconds: no film runs 86 hours
        ("1:26", 86),
        ("01:26:00", 86),
        ("196´", 196),  # an acute accent typed for the minutes' mark
        ("110′", 110),
        ("197 dakikalık", 197),  # Turkish adjective of "dakika"
        ("19:45", None),  # an hour of the day, no runtime
    ],
)
def test_parse_runtime(value: str, minutes: int | None) -> None:
    assert parse_runtime(value) == minutes


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("… Tamer Levent (Süavi) / Türkiye / 2014 / Renkli / 196´", "196´"),
        ("Československo, 1989, DCP, far., 110′, slov. s angl. tit.", "110′"),
        ("vakalara odaklanıyor. 197 dakikalık filmin gösteriminden sonra", "197 dakikalık"),
        ("in the 80´s he shot", None),
    ],
)
def test_prose_minutes(text: str, found: str | None) -> None:
    match = _prose_minutes().search(text)
    assert (match.group(0) if match else None) == found


def test_runtime_label_with_minutes_and_seconds() -> None:
    page = (
        "Viimne reliikvia\n\nMängufilmid | Seiklusfilm Kestus: 86:00\n\n"
        "Lavastaja: Grigori Kromanov\n\nFilm keskaegsest Eestist, kus noor aadlineiu põgeneb.\n"
    )
    film = extract_page(page, "https://example.org/film/viimne-reliikvia").films[0]
    assert film.runtime_minutes == 86
