"""The line that heads the page's story (titlestory.py): a title candidate written on the
nearest short line above the synopsis chosen with no title known is marked ``over_story``."""

from __future__ import annotations

from indexer.extract.pages import titlestory
from indexer.extract.pages.titlemodel import FeatureBallot

_STORY = (
    "Marta keert na twintig jaar terug naar het dorp van haar grootmoeder, waar een oude "
    "boomgaard verkocht moet worden. Tussen de bomen vindt ze brieven die niemand heeft "
    "gelezen, en langzaam ontdekt ze waarom haar moeder nooit meer terugkwam."
)
_LINES = (
    "Home | Agenda | Archief",
    "",
    "De Boomgaard (2021)",
    "",
    _STORY,
    "",
    "Meer films van deze week: Zomerlicht, De Haven",
)


def test_the_heading_over_the_story_is_marked() -> None:
    ballot = FeatureBallot()
    name = ballot.add("De Boomgaard", "heading", 1.0, 2)
    menu = ballot.add("Home", "menu", 1.0, 0)
    other = ballot.add("Zomerlicht", "late_line", 1.0, 6)
    titlestory.mark(ballot, _LINES, set())
    assert "over_story" in name.features
    assert "over_story" not in menu.features
    assert "over_story" not in other.features


def test_heading_over_skips_blank_lines_and_stops_after_long_ones() -> None:
    assert titlestory.heading_over(_LINES, 4) == "De Boomgaard (2021)"
    assert titlestory.heading_over((_STORY, _STORY, _STORY, "Kort", _STORY), 4) == "Kort"
    assert titlestory.heading_over(("Kort", _STORY, _STORY, _STORY, _STORY), 4) == ""


def test_a_page_without_a_story_marks_nothing() -> None:
    ballot = FeatureBallot()
    name = ballot.add("De Boomgaard", "heading", 1.0, 0)
    titlestory.mark(ballot, ("De Boomgaard", "2021, 90 min"), set())
    assert "over_story" not in name.features
