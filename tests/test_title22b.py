"""Table tests for the title cues of round 22b: a bracketed facts line, a name-and-year line."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titlesources
from indexer.extract.pages.titlemodel import FeatureBallot


@pytest.mark.parametrize(
    ("lines", "head"),
    [
        # a review's name and facts set apart in brackets under its headline
        (("Drama i sort-hvitt", "", "(Passing, USA, 2021)", ""), "Passing"),
        # the same without brackets still reads as before
        (("Passing, USA, 2021",), "Passing"),
    ],
)
def test_before_facts_reads_inside_brackets(lines: tuple[str, ...], head: str) -> None:
    ballot = FeatureBallot()
    titlesources.before_facts(ballot, lines)
    values = [c.value for c in ballot.candidates.values()]
    assert head in values
    assert not any(v.startswith("(") for v in values)


@pytest.mark.parametrize(
    ("lines", "below"),
    [
        # a site's section over the film's own line "NAME (year)": not the heading's facts
        (("Filmes por gênero", "", "O PAGADOR DE PROMESSAS (1962)", ""), False),
        (("Filmes por gênero", "Tokyo Story (1953)"), False),
        # a country and a year in parentheses stay facts
        (("Vlastníci", "Polska (2018), 90 min"), True),
        (("Le Concours", "(Francia 2024, 127’, DCP, col.)"), True),
    ],
)
def test_name_and_year_line_is_not_facts(lines: tuple[str, ...], below: bool) -> None:
    assert titlesources.facts_below(lines, 0) is below


@pytest.mark.parametrize(
    ("value", "series"),
    [
        ("Mid-Century Movie Nights", True),  # "Mid-Century Movie Nights: Tokyo Story"
        ("Classic Film Night", True),
        ("Tokyo Story", False),
        ("Film", False),  # one word: the section word's own cue
    ],
)
def test_series_name_before_the_film(value: str, series: bool) -> None:
    from indexer.extract.pages import titlevote

    ballot = FeatureBallot()
    ballot.add(value, "heading_part", 1.0, 0)
    candidate = next(iter(ballot.candidates.values()))
    assert titlevote._series_name(candidate) is series
